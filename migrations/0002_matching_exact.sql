-- Matching, first step: links from source records to persons, and how much each source is
-- trusted when its values disagree with another's.

-- Links live in their own narrow table: setting a column on a million wide source rows would
-- rewrite every one of them.
ALTER TABLE source_records DROP COLUMN person_id;

-- Higher wins when sources disagree on a value (e.g. the welfare register over a village proposal).
ALTER TABLE sources ADD COLUMN trust smallint NOT NULL DEFAULT 50 CHECK (trust BETWEEN 0 AND 100);

-- Golden fields are chosen from the linked records by rules (docs/matching.md); where each value
-- came from is worked out again from those records when it is asked for, so it cannot go stale.
ALTER TABLE persons ADD COLUMN nik_valid boolean NOT NULL DEFAULT false;
-- Not unique: a reviewer may split two records that share an NIK into two persons.
CREATE INDEX persons_nik_idx ON persons (nik) WHERE nik IS NOT NULL;

CREATE TABLE record_links (
  batch_id     bigint NOT NULL,
  row_number   integer NOT NULL,
  person_id    bigint NOT NULL REFERENCES persons (id),
  -- exact: same valid NIK; new: the first record of a new person
  method       text NOT NULL CHECK (method IN ('exact', 'new', 'fuzzy', 'review')),
  score        real,
  reasons      jsonb,
  regency_code text NOT NULL,
  linked_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (batch_id, row_number)
);
CREATE INDEX record_links_person_idx ON record_links (person_id);

-- One run of `payung match`: what it linked, for history and for refreshing only what it touched.
CREATE TABLE match_runs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  counts      jsonb NOT NULL DEFAULT '{}',
  run_by      text NOT NULL
);
ALTER TABLE record_links ADD COLUMN run_id bigint REFERENCES match_runs (id);
