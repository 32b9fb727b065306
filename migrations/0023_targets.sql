-- Targets and workforce denominators (docs/coverage.md): how many workers an area is to cover in a
-- year, and how many informal workers live there (BPS statistics), so that coverage is a number
-- against a target and a rate of the workforce. An area is the regency (level 2), one of its
-- kecamatan (3) or desa (4); the service keeps them inside the configured regency.

-- A year's target for an area, e.g. 100,000 for Kab. Tangerang (36.03) in 2026: a decision, set by
-- a regency admin (often with the budget revision that pays for it, ABT / APBD-P).
CREATE TABLE coverage_targets (
  year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  region_code text NOT NULL REFERENCES regions (code),
  target      integer NOT NULL CHECK (target > 0),
  -- where the number comes from: the regulation, the budget line, the meeting
  source      text,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, region_code)
);

-- A year's count of informal workers in an area: the denominator of the coverage rate, from BPS
-- (e.g. "BPS Sakernas Agustus 2025"), entered by hand or imported per kecamatan.
CREATE TABLE workforce (
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  region_code      text NOT NULL REFERENCES regions (code),
  informal_workers integer NOT NULL CHECK (informal_workers >= 0),
  source           text NOT NULL,
  updated_by       text NOT NULL,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, region_code)
);
