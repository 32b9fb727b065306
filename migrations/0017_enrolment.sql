-- Enrolment with BPJS Ketenagakerjaan: registration files sent from an approved plan, BPJS's
-- answers, and the memberships that follow, with their history.

-- BPJS answered that the population registry (Dukcapil) does not know this NIK: not eligible in
-- any later plan until the NIK is corrected.
ALTER TABLE persons ADD COLUMN nik_unverified boolean NOT NULL DEFAULT false;
CREATE FUNCTION nik_corrected() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.nik_unverified := false;
  RETURN NEW;
END $$;
CREATE TRIGGER persons_nik_corrected BEFORE UPDATE OF nik ON persons
  FOR EACH ROW WHEN (OLD.nik IS DISTINCT FROM NEW.nik) EXECUTE FUNCTION nik_corrected();

-- The columns of the collective registration file, in order: BPJS offices use different templates.
-- A column is {"header": text in the file, "field": what Payung writes in it}.
CREATE TABLE registration_templates (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
  name        text NOT NULL,
  columns     jsonb NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO registration_templates (code, name, columns, updated_by) VALUES (
  'default',
  'Pendaftaran kolektif BPU (bawaan)',
  '[{"header": "NIK", "field": "nik"}, {"header": "NAMA LENGKAP", "field": "name"},
    {"header": "TEMPAT LAHIR", "field": "birth_place"}, {"header": "TANGGAL LAHIR", "field": "birth_date"},
    {"header": "JENIS KELAMIN", "field": "sex"}, {"header": "ALAMAT", "field": "address"},
    {"header": "DESA/KELURAHAN", "field": "desa"}, {"header": "KECAMATAN", "field": "kecamatan"},
    {"header": "PEKERJAAN", "field": "occupation"}, {"header": "PENGHASILAN", "field": "income"},
    {"header": "PROGRAM", "field": "programs"}, {"header": "BULAN MULAI", "field": "start_month"},
    {"header": "BULAN AKHIR", "field": "end_month"}, {"header": "KODE PEMBERI DANA", "field": "funder_code"}]',
  'migration'
);

-- One registration file made: for one funder of one approved plan.
CREATE TABLE registrations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id     bigint NOT NULL REFERENCES plans (id),
  funder_id   bigint NOT NULL REFERENCES funders (id),
  template    text NOT NULL REFERENCES registration_templates (code),
  format      text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  rows        integer NOT NULL,
  -- persons of the plan left out of the file: an invalid or unverified NIK never leaves the building
  refused     integer NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- A person's cover by one funder for one spell of a plan, from registration to its end.
CREATE TABLE memberships (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id        bigint NOT NULL,
  plan_id          bigint NOT NULL REFERENCES plans (id),
  funder_id        bigint NOT NULL REFERENCES funders (id),
  package          text NOT NULL REFERENCES packages (code),
  -- the NIK as sent: BPJS's key for the member
  nik              text NOT NULL,
  status           text NOT NULL DEFAULT 'registered'
                     CHECK (status IN ('registered', 'active', 'rejected', 'lapsed', 'ended')),
  -- BPJS's membership number: an opaque string
  kpj              text,
  start_month      date NOT NULL,
  end_month        date NOT NULL,
  -- the start BPJS agreed (the answer's date, or the cooperation agreement's)
  active_from      date,
  rejection_reason text,
  ended_on         date,
  end_reason       text CHECK (end_reason IN ('death', 'moved', 'wage_job', 'age_limit', 'funder_ended', 'withdrew', 'unpaid')),
  registration_id  bigint REFERENCES registrations (id),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, person_id, start_month)
);
CREATE INDEX memberships_nik_idx ON memberships (nik);
CREATE INDEX memberships_person_idx ON memberships (person_id);
CREATE INDEX memberships_funder_idx ON memberships (funder_id, status);

-- Everything that happened to a membership, in order: the history the lifecycle is read from.
CREATE TABLE membership_events (
  membership_id bigint NOT NULL REFERENCES memberships (id),
  at            timestamptz NOT NULL DEFAULT now(),
  event         text NOT NULL,
  details       jsonb NOT NULL DEFAULT '{}',
  by            text NOT NULL
);
CREATE INDEX membership_events_idx ON membership_events (membership_id, at);
