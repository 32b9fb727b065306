-- Claims for heirs (docs/claims.md): a death or work accident reported for a member, the family from
-- the KK, the claims it opens with their documents and steps, the handover ceremonies where paid
-- benefits are given to heirs, and the heirs' referrals to job training.

-- How claims are handled, as dated configuration: the documents each claim type needs (a document
-- may be needed only when the heir is the spouse, or only above an amount), how many days a claim
-- may stay in each step before it is overdue, and the largest document accepted.
CREATE TABLE claim_settings (
  valid_from date PRIMARY KEY,
  -- see src/modules/claims/claim-settings.ts (ClaimSettings) for the shape
  settings   jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO claim_settings (valid_from, settings, updated_by) VALUES (
  '2019-12-02',
  '{"documents": {
      "jkm": [{"code": "membership_card"}, {"code": "kk"}, {"code": "ktp_member"}, {"code": "ktp_heirs"},
              {"code": "death_certificate"}, {"code": "heir_statement"}, {"code": "marriage_book", "when": "spouse_heir"},
              {"code": "bank_book"}, {"code": "npwp", "when": "above", "amount": 50000000}],
      "jkk_death": [{"code": "membership_card"}, {"code": "kk"}, {"code": "ktp_member"}, {"code": "ktp_heirs"},
              {"code": "death_certificate"}, {"code": "accident_report"}, {"code": "heir_statement"},
              {"code": "marriage_book", "when": "spouse_heir"}, {"code": "bank_book"},
              {"code": "npwp", "when": "above", "amount": 50000000}],
      "jkk_stmb": [{"code": "membership_card"}, {"code": "ktp_member"}, {"code": "accident_report"},
              {"code": "medical_certificate"}, {"code": "bank_book"}],
      "education": [{"code": "education_form"}, {"code": "kk"}, {"code": "birth_certificate"},
              {"code": "enrolment_proof"}, {"code": "school_report"}, {"code": "bank_book"}]},
    "stepDays": {"draft": 14, "documents_complete": 7, "submitted": 14},
    "maxDocumentBytes": 5242880}',
  'migration'
);

-- A death or a work accident of a member, as reported by the village, BPJS or the family.
CREATE TABLE claim_events (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id     bigint NOT NULL,
  -- the membership that covered the day (or the person's latest, to show why nothing is due)
  membership_id bigint REFERENCES memberships (id),
  kind          text NOT NULL CHECK (kind IN ('death', 'accident')),
  event_date    date NOT NULL,
  -- a death caused by work is JKK's (48 × income); any other death is JKM's
  work_related  boolean NOT NULL,
  cause         text,
  place         text,
  injury        text,
  -- days the accident kept the member from work (temporary inability, STMB)
  days_unable   integer CHECK (days_unable >= 0),
  reported_by   text NOT NULL CHECK (reported_by IN ('village', 'bpjs', 'family')),
  reporter      text,
  note          text,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX claim_events_one_death_idx ON claim_events (person_id) WHERE kind = 'death';
CREATE INDEX claim_events_person_idx ON claim_events (person_id);

-- The member's family as on the KK, recorded with the event: who may inherit, and the children the
-- education benefit is for.
CREATE TABLE family_members (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id   bigint NOT NULL REFERENCES claim_events (id),
  name       text NOT NULL,
  nik        text,
  relation   text NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'grandchild', 'grandparent',
                                               'sibling', 'parent_in_law', 'will')),
  birth_date date,
  -- listed on the KK but deceased: cannot inherit
  deceased   boolean NOT NULL DEFAULT false,
  -- a child who married or works no longer receives the education benefit
  married    boolean NOT NULL DEFAULT false,
  working    boolean NOT NULL DEFAULT false,
  phone      text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX family_members_event_idx ON family_members (event_id);

-- A claim to BPJS after an event: JKM death, JKK death, JKK temporary inability, or one year of the
-- education benefit. What the rules say it pays is worked out when it opens and kept with it.
CREATE TABLE claims (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id         bigint NOT NULL REFERENCES claim_events (id),
  type             text NOT NULL CHECK (type IN ('jkm', 'jkk_death', 'jkk_stmb', 'education')),
  status           text NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'documents_complete', 'submitted', 'paid', 'rejected')),
  status_since     timestamptz NOT NULL DEFAULT now(),
  payable          boolean NOT NULL,
  -- why the rules pay nothing (a message code), when not payable
  refusal          text,
  -- the benefit lines [{rule, amount, params}] and their total, in rupiah
  lines            jsonb NOT NULL,
  expected         bigint NOT NULL,
  rules_source     text NOT NULL,
  -- education: the school year claimed and the children [{familyMemberId, level}]
  school_year      integer,
  children         jsonb,
  -- who receives it: the legal order's group, or 'override' with the officer's reason
  heir_group       text,
  heir_reason      text,
  bpjs_reference   text,
  submitted_on     date,
  paid_amount      bigint CHECK (paid_amount >= 0),
  paid_on          date,
  rejection_reason text,
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'paid' OR (paid_amount IS NOT NULL AND paid_on IS NOT NULL)),
  CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL),
  CHECK (type <> 'education' OR school_year IS NOT NULL)
);
CREATE INDEX claims_event_idx ON claims (event_id);
CREATE INDEX claims_status_idx ON claims (status, status_since);
CREATE UNIQUE INDEX claims_one_education_year_idx ON claims (event_id, school_year)
  WHERE type = 'education' AND status <> 'rejected';

CREATE TABLE claim_heirs (
  claim_id         bigint NOT NULL REFERENCES claims (id),
  family_member_id bigint NOT NULL REFERENCES family_members (id),
  PRIMARY KEY (claim_id, family_member_id)
);

-- Every step a claim went through, so the days in each step can be counted.
CREATE TABLE claim_steps (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id bigint NOT NULL REFERENCES claims (id),
  status   text NOT NULL,
  at       timestamptz NOT NULL DEFAULT now(),
  by       text NOT NULL,
  note     text
);
CREATE INDEX claim_steps_claim_idx ON claim_steps (claim_id, at);

-- A document of a claim's checklist: kept in the database (backed up with it, never a public path),
-- served only through the API to roles that handle claims. A new upload of the same item counts
-- instead of the old one; the old one stays for the record.
CREATE TABLE claim_documents (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id     bigint NOT NULL REFERENCES claims (id),
  code         text NOT NULL,
  filename     text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  bytes        integer NOT NULL,
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  status       text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'accepted', 'rejected')),
  note         text,
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  checked_by   text,
  checked_at   timestamptz
);
CREATE INDEX claim_documents_claim_idx ON claim_documents (claim_id, code, id);

-- A public handover of paid benefits to heirs (penyerahan santunan).
CREATE TABLE handovers (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title      text NOT NULL,
  held_on    date NOT NULL,
  place      text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE handover_claims (
  handover_id bigint NOT NULL REFERENCES handovers (id),
  claim_id    bigint NOT NULL UNIQUE REFERENCES claims (id),
  PRIMARY KEY (handover_id, claim_id)
);

-- An heir referred to a manpower office (Disnaker) programme, and how far they got.
CREATE TABLE training_referrals (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  claim_id         bigint NOT NULL REFERENCES claims (id),
  family_member_id bigint NOT NULL REFERENCES family_members (id),
  program          text NOT NULL,
  provider         text,
  status           text NOT NULL DEFAULT 'referred'
                     CHECK (status IN ('referred', 'enrolled', 'completed', 'employed')),
  referred_on      date NOT NULL,
  enrolled_on      date,
  completed_on     date,
  employed_on      date,
  note             text,
  created_by       text NOT NULL,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (family_member_id, program)
);
