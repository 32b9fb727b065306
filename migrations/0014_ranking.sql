-- A desil older than this many months at the start of the program year is flagged as stale: the
-- household's welfare may have changed since the survey that set it.
ALTER TABLE eligibility_rules ADD COLUMN desil_max_age_months integer NOT NULL DEFAULT 24
  CHECK (desil_max_age_months > 0);
