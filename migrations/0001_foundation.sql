-- Foundation: regions, sources, import batches, source records, quarantine, persons (outline).
-- Every person-level table carries region codes so it can later be distributed by region.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Kepmendagri regions from idn-area-data: 1 province, 2 regency/city, 3 kecamatan, 4 desa/kelurahan.
CREATE TABLE regions (
  code        text PRIMARY KEY,
  parent_code text, -- no foreign key: loaded in bulk from a trusted file
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  name        text NOT NULL
);
CREATE INDEX regions_parent_idx ON regions (parent_code);

-- One office's list (DTKS, fisheries, a village proposal …); its mapping is remembered.
CREATE TABLE sources (
  name       text PRIMARY KEY,
  mapping    jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE import_batches (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source        text NOT NULL REFERENCES sources (name),
  file_name     text NOT NULL,
  file_sha256   text NOT NULL,
  file_bytes    bigint NOT NULL,
  format        text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  encoding      text,
  delimiter     text,
  headers       text[] NOT NULL,
  mapping       jsonb NOT NULL,
  date_format   text,
  regency_code  text NOT NULL REFERENCES regions (code),
  rows          integer NOT NULL,
  accepted      integer NOT NULL,
  quarantined   integer NOT NULL,
  skipped       integer NOT NULL,
  issues        jsonb NOT NULL DEFAULT '{}',
  imported_by   text NOT NULL,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source, file_sha256)
);

-- A golden record: one real person, built from source records by matching.
CREATE TABLE persons (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nik            text,
  name           text NOT NULL,
  sex            char(1) CHECK (sex IN ('L', 'P')),
  birth_date     date,
  birth_place    text,
  address        text,
  desa_code      text REFERENCES regions (code),
  kecamatan_code text REFERENCES regions (code),
  regency_code   text NOT NULL REFERENCES regions (code),
  occupation     text,
  desil          smallint,
  desil_date     date,
  phone          text,
  kk_number      text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_region_idx ON persons (regency_code, kecamatan_code, desa_code);

-- One accepted row of one list, normalised, keyed by its batch and row number (1 = the first data
-- line under the header). `raw` keeps the original text of every cell as a JSON array of strings.
-- `issues` holds flag codes (see docs/import.md); a flagged record is still a candidate person.
-- Bulk loading shaped this table (docs/performance.md): no foreign key on batch_id (a per-row check
-- made COPY several times slower; a batch and its rows are written in one transaction), raw as JSON
-- text rather than text[] (array parsing cost a third of the load), and no surrogate id.
CREATE TABLE source_records (
  batch_id       bigint NOT NULL,
  row_number     integer NOT NULL,
  source         text NOT NULL,
  raw            text NOT NULL,
  nik            text,
  nik_valid      boolean NOT NULL,
  name           text NOT NULL,
  sex            char(1) CHECK (sex IN ('L', 'P')),
  birth_date     date,
  birth_place    text,
  address        text,
  rt             text,
  rw             text,
  desa_name      text,
  kecamatan_name text,
  desa_code      text,
  kecamatan_code text,
  regency_code   text NOT NULL,
  occupation     text,
  desil          smallint,
  desil_date     date,
  phone          text,
  kk_number      text,
  kpj            text,
  issues         text[] NOT NULL DEFAULT '{}',
  person_id      bigint,
  PRIMARY KEY (batch_id, row_number)
);

-- Rows set aside: quarantined (cannot be a person yet; fix and re-submit) or skipped
-- (summary lines). Nothing a file held is lost: `raw` keeps every cell as written.
CREATE TABLE quarantine (
  batch_id       bigint NOT NULL,
  row_number     integer NOT NULL,
  disposition    text NOT NULL CHECK (disposition IN ('quarantined', 'skipped')),
  reasons        text[] NOT NULL,
  raw            text NOT NULL,
  regency_code   text NOT NULL,
  kecamatan_code text,
  resolved_at    timestamptz,
  PRIMARY KEY (batch_id, row_number)
);
