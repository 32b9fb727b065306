-- What BPJS Ketenagakerjaan pays after a death or a work accident (PP 82/2019 for BPU members):
-- dated configuration, so a later regulation is a new row, not a code change. Amounts in rupiah.
CREATE TABLE benefit_rules (
  valid_from date PRIMARY KEY,
  -- see src/modules/claims/benefits.ts (BenefitRules) for the shape
  rules      jsonb NOT NULL,
  source     text NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO benefit_rules (valid_from, rules, source, updated_by) VALUES (
  '2019-12-02',
  '{"minMembershipMonths": 0,
    "jkmDeath": {"lumpSum": 20000000, "periodicMonths": 24, "periodicAmount": 500000, "funeral": 10000000},
    "jkkDeathIncomeMonths": 48,
    "stmb": {"fullMonths": 12, "fullPercent": 100, "afterPercent": 50},
    "jkkClaimYears": 5,
    "education": {"maxChildren": 2, "afterJkmMinMembershipYears": 3, "endAge": 23, "maxTotal": 174000000,
      "levels": [{"level": "tk", "perYear": 1500000, "years": 2}, {"level": "sd", "perYear": 1500000, "years": 6},
                 {"level": "smp", "perYear": 2000000, "years": 3}, {"level": "sma", "perYear": 3000000, "years": 3},
                 {"level": "pt", "perYear": 12000000, "years": 5}]}}',
  'PP 82/2019',
  'migration'
);
