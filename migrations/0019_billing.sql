-- Payments of invoices, lateness, refunds after a membership ends, and replacements for persons
-- BPJS rejected.

-- How late contributions may be paid: more than `late_months` consecutive unpaid months ends a
-- membership (lapsed); a funder is warned when its members reach that many. Dated: a rule holds from
-- its date until the next one.
CREATE TABLE billing_rules (
  valid_from  date PRIMARY KEY,
  late_months integer NOT NULL CHECK (late_months BETWEEN 1 AND 24),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO billing_rules (valid_from, late_months, updated_by) VALUES ('2000-01-01', 3, 'migration');

-- Money received for an invoice; an invoice is paid when its payments reach its amount.
CREATE TABLE payments (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  invoice_id  bigint NOT NULL REFERENCES invoices (id),
  paid_on     date NOT NULL,
  amount      bigint NOT NULL CHECK (amount > 0),
  -- the transfer's reference (SP2D number, bank reference)
  reference   text,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_invoice_idx ON payments (invoice_id);

-- A member's premium paid for a month after their membership ended, given back to the funder.
CREATE TABLE refunds (
  invoice_id    bigint NOT NULL,
  membership_id bigint NOT NULL,
  amount        bigint NOT NULL,
  refunded_on   date NOT NULL,
  reference     text,
  recorded_by   text NOT NULL,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (invoice_id, membership_id)
);

CREATE INDEX memberships_ended_idx ON memberships (funder_id) WHERE ended_on IS NOT NULL;

-- The next person on a plan's waitlist takes the place of one BPJS rejected: at most once.
ALTER TABLE memberships ADD COLUMN replaces bigint UNIQUE REFERENCES memberships (id);
CREATE INDEX memberships_replacing_idx ON memberships (plan_id, funder_id, person_id) WHERE replaces IS NOT NULL;
CREATE INDEX memberships_deaths_idx ON memberships (person_id) WHERE end_reason = 'death';
