-- Matching, second step: the fuzzy rule's settings and model, and the review queue.

-- Thresholds on the match weight (log2 of the odds a pair's comparisons give; see docs/matching.md).
-- One row; `payung match settings` changes it.
CREATE TABLE match_settings (
  id            boolean PRIMARY KEY DEFAULT true CHECK (id),
  link_weight   real NOT NULL,
  review_weight real NOT NULL,
  CHECK (review_weight <= link_weight)
);
INSERT INTO match_settings (link_weight, review_weight) VALUES (12, 4);

-- The model a run estimated (m and u per field and level); the next run with too few pairs of its
-- own starts from it.
ALTER TABLE match_runs ADD COLUMN model jsonb;

-- Pairs of source records a person should look at. possible_duplicate: two persons that may be
-- one; shared_nik: two records joined by one NIK whose other details differ; split: a reviewer
-- took a record out of its person unasked. A decision is kept here for good and every later run
-- respects it.
CREATE TABLE review_items (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('possible_duplicate', 'shared_nik', 'split')),
  batch_a        bigint NOT NULL,
  row_a          integer NOT NULL,
  batch_b        bigint NOT NULL,
  row_b          integer NOT NULL,
  score          real NOT NULL,
  reasons        jsonb NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'split')),
  run_id         bigint REFERENCES match_runs (id),
  regency_code   text NOT NULL,
  kecamatan_code text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  decided_by     text,
  decided_at     timestamptz,
  UNIQUE (batch_a, row_a, batch_b, row_b)
);
CREATE INDEX review_items_open_idx ON review_items (id) WHERE status = 'open';

-- Persons with something to review are held back from targeting until it is decided.
CREATE VIEW persons_under_review AS
SELECT DISTINCT l.person_id
FROM review_items i
JOIN record_links l ON (l.batch_id, l.row_number) IN ((i.batch_a, i.row_a), (i.batch_b, i.row_b))
WHERE i.status = 'open';

-- A run writes up to a million links and persons with COPY; per-row foreign key checks tripled
-- that time (ADR 0003, addendum). Only the matching run and review decisions write these rows.
ALTER TABLE persons DROP CONSTRAINT persons_desa_code_fkey;
ALTER TABLE persons DROP CONSTRAINT persons_kecamatan_code_fkey;
ALTER TABLE persons DROP CONSTRAINT persons_regency_code_fkey;
ALTER TABLE record_links DROP CONSTRAINT record_links_person_id_fkey;
ALTER TABLE record_links DROP CONSTRAINT record_links_run_id_fkey;
