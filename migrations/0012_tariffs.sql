-- Programs, packages and discounts as dated rules (PP 44/2015 as amended, PP 82/2019, PP 50/2025):
-- money is integer rupiah, a percentage is in basis points (1% = 100). For a month, the rule of a
-- program with the latest start on or before it applies; a new rule from a later month replaces it.
CREATE TABLE tariff_rules (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  program     text NOT NULL CHECK (program IN ('JKK', 'JKM', 'JHT')),
  -- percent of declared income (with a minimum), or a flat amount
  basis_points integer CHECK (basis_points BETWEEN 0 AND 10000),
  flat        bigint CHECK (flat >= 0),
  minimum     bigint NOT NULL DEFAULT 0 CHECK (minimum >= 0),
  valid_from  date NOT NULL,
  source      text NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((basis_points IS NULL) <> (flat IS NULL)),
  UNIQUE (program, valid_from)
);

-- A discount on some programs for some months; funders of the excluded types pay in full, and a
-- discount may be for one sector of workers only (PP 50/2025: transport first, the others later).
CREATE TABLE tariff_discounts (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programs       text[] NOT NULL,
  percent        integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  valid_from     date NOT NULL,
  valid_to       date NOT NULL,
  sector         text NOT NULL DEFAULT 'all',
  excluded_funder_types text[] NOT NULL DEFAULT '{}',
  source         text NOT NULL,
  CHECK (valid_to >= valid_from)
);

-- What a funder buys for a person: some programs at a declared income.
CREATE TABLE packages (
  code            text PRIMARY KEY,
  name            text NOT NULL,
  programs        text[] NOT NULL,
  declared_income bigint NOT NULL CHECK (declared_income > 0)
);

INSERT INTO tariff_rules (program, basis_points, flat, minimum, valid_from, source, created_by) VALUES
  ('JKK', 100, NULL, 10000, '2015-07-01', 'PP 44/2015 jo. PP 82/2019: 1% of declared income, at least Rp10.000', 'migration'),
  ('JKM', NULL, 6800, 0, '2015-07-01', 'PP 44/2015 jo. PP 82/2019: Rp6.800 a month', 'migration'),
  ('JHT', 200, NULL, 0, '2015-07-01', 'PP 46/2015: 2% of declared income, optional for BPU', 'migration');

INSERT INTO tariff_discounts (programs, percent, valid_from, valid_to, sector, excluded_funder_types, source) VALUES
  ('{JKK,JKM}', 50, '2026-01-01', '2027-03-31', 'transport', '{apbn,apbd}', 'PP 50/2025: transport-sector BPU'),
  ('{JKK,JKM}', 50, '2026-04-01', '2026-12-31', 'other', '{apbn,apbd}', 'PP 50/2025: all other BPU');

INSERT INTO packages (code, name, programs, declared_income) VALUES
  ('jkk-jkm', 'JKK + JKM', '{JKK,JKM}', 1000000),
  ('jkk-jkm-jht', 'JKK + JKM + JHT', '{JKK,JKM,JHT}', 1000000);
