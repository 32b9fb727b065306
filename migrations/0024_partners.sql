-- CSR partners (docs/partners.md): companies that pay for workers' cover from CSR funds, their
-- memoranda of understanding with the regency, what they commit to, and the circular letter
-- (surat edaran) campaign that asks them to join. A commitment becomes a funder in allocation.

CREATE TABLE companies (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code          text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
  name          text NOT NULL,
  sector        text,
  address       text,
  contact_name  text,
  contact_phone text,
  contact_email text,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- A memorandum of understanding (MoU / nota kesepahaman) between the regency and a company.
CREATE TABLE mous (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id  bigint NOT NULL REFERENCES companies (id),
  number      text NOT NULL,
  signed_on   date NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date NOT NULL,
  -- who signed, in order, e.g. {"Bupati Tangerang", "Direktur Utama PT Maju"}
  signatories text[] NOT NULL DEFAULT '{}',
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to >= valid_from),
  UNIQUE (company_id, number)
);

-- What a company promises to pay for: a budget, a number of workers, optionally an area or
-- occupations. Once accepted it is a funder (funder_id), so allocation can spend it.
CREATE TABLE commitments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id      bigint NOT NULL REFERENCES companies (id),
  mou_id          bigint REFERENCES mous (id),
  budget          bigint NOT NULL CHECK (budget > 0),
  workers         integer NOT NULL CHECK (workers > 0),
  period_from     date NOT NULL,
  period_to       date NOT NULL,
  kecamatan_codes text[] NOT NULL DEFAULT '{}',
  occupations     text[] NOT NULL DEFAULT '{}',
  funder_id       bigint UNIQUE REFERENCES funders (id),
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from)
);
CREATE INDEX commitments_company_idx ON commitments (company_id);
-- The package the company pays for (the funder gets it on acceptance), and who accepted it when.
ALTER TABLE commitments
  ADD COLUMN package     text NOT NULL DEFAULT 'jkk-jkm' REFERENCES packages (code),
  ADD COLUMN accepted_by text,
  ADD COLUMN accepted_at timestamptz;
CREATE INDEX mous_company_idx ON mous (company_id);
CREATE INDEX mous_valid_to_idx ON mous (valid_to);

-- A circular letter (surat edaran) sent to companies, asking them to cover workers.
CREATE TABLE circulars (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number     text NOT NULL UNIQUE,
  title      text NOT NULL,
  sent_on    date NOT NULL,
  -- the day answers are asked for
  answer_by  date,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which company got the letter, when, what it answered, and the next follow-up due.
CREATE TABLE circular_recipients (
  circular_id  bigint NOT NULL REFERENCES circulars (id),
  company_id   bigint NOT NULL REFERENCES companies (id),
  sent_on      date NOT NULL,
  answered_on  date,
  answer       text CHECK (answer IN ('willing', 'declined', 'considering')),
  follow_up_on date,
  notes        text,
  updated_by   text NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (circular_id, company_id),
  CHECK ((answer IS NULL) = (answered_on IS NULL))
);
CREATE INDEX circular_recipients_company_idx ON circular_recipients (company_id);
CREATE INDEX circular_recipients_follow_up_idx ON circular_recipients (follow_up_on) WHERE follow_up_on IS NOT NULL;

-- A CSR partner's login belongs to one company: the partner portal shows that company's aggregates.
ALTER TABLE users ADD COLUMN company_id bigint REFERENCES companies (id);
