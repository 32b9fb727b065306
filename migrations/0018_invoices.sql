-- Monthly invoices: per funder and month, each member billed at the tariff in force that month.

-- Which occupations belong to a sector that a discount names (PP 50/2025 treats transport workers
-- apart). An occupation is in a sector when it starts with one of the words, in capitals.
CREATE TABLE tariff_sectors (
  sector      text PRIMARY KEY,
  occupations text[] NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO tariff_sectors (sector, occupations, updated_by) VALUES
  ('transport', '{OJEK,TUKANG OJEK,OJOL,SOPIR,PENGEMUDI,KERNET,KENEK,SUPIR}', 'migration');

CREATE TABLE invoices (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  funder_id    bigint NOT NULL REFERENCES funders (id),
  month        date NOT NULL,
  members      integer NOT NULL,
  amount       bigint NOT NULL,
  paid         bigint NOT NULL DEFAULT 0,
  generated_by text NOT NULL,
  generated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (funder_id, month)
);

-- One member's premium in one invoice; written in bulk, so no per-row foreign key checks.
CREATE TABLE invoice_lines (
  invoice_id    bigint NOT NULL,
  membership_id bigint NOT NULL,
  person_id     bigint NOT NULL,
  sector        text NOT NULL,
  amount        bigint NOT NULL,
  PRIMARY KEY (invoice_id, membership_id)
);
