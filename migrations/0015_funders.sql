-- Who pays: each funder has a budget for a period of months, a package, and optional limits (a
-- village's Dana Desa pays only for its residents; a company may fund some kecamatan or
-- occupations). Its BPJS funder code groups its members in BPJS's files.
CREATE TABLE funders (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code          text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
  name          text NOT NULL,
  type          text NOT NULL CHECK (type IN ('apbd', 'apbd_p', 'province', 'apbn', 'dana_desa', 'csr', 'other')),
  bpjs_code     text NOT NULL CHECK (bpjs_code IN ('SG', 'SA', 'SD', 'SL', 'SC', 'SB')),
  budget        bigint NOT NULL CHECK (budget >= 0),
  period_from   date NOT NULL,
  period_to     date NOT NULL,
  package       text NOT NULL REFERENCES packages (code),
  -- a rounded rate a person a month by policy; null: the tariff of each month
  unit_rate     bigint CHECK (unit_rate > 0),
  desa_code     text,
  kecamatan_codes text[] NOT NULL DEFAULT '{}',
  occupations   text[] NOT NULL DEFAULT '{}',
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from),
  CHECK (type <> 'dana_desa' OR desa_code IS NOT NULL)
);
