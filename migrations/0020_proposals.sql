-- The public status check and self-proposals (docs/enrolment.md).

-- The public status check's one lookup: the memberships that may cover the person with this NIK and
-- birth date. A function so that its plan is made once per connection, not on every check (at a
-- thousand checks a second planning the join cost more than running it).
CREATE FUNCTION public_cover(p_nik text, p_birth_date date)
  RETURNS TABLE (person_id bigint, status text, kpj text, start_month date, end_month date,
                 active_from date, ended_on date, funder_type text)
  LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
    SELECT p.id, m.status, m.kpj, m.start_month, m.end_month, m.active_from, m.ended_on, f.type
    FROM persons p
    LEFT JOIN memberships m ON m.person_id = p.id AND m.status IN ('active', 'ended', 'lapsed')
    LEFT JOIN funders f ON f.id = m.funder_id
    WHERE p.nik = p_nik AND p.birth_date = p_birth_date;
END $$;

-- Self-proposals: a worker (or a desa operator on their behalf) asks to be considered for cover.
-- A proposal waits in its village's verification queue; only when an operator verifies it does it
-- become a source record (of the source below), which matching then links like any list's row. It
-- never goes straight into a plan.

-- Self-declared data: trusted less than the offices' lists when they disagree on a value.
INSERT INTO sources (name, kind, trust) VALUES ('usulan-mandiri', 'people', 30) ON CONFLICT (name) DO NOTHING;

CREATE TABLE proposals (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  nik                text NOT NULL,
  name               text NOT NULL,
  birth_date         date NOT NULL,
  occupation         text NOT NULL,
  phone              text,
  desa_code          text NOT NULL REFERENCES regions (code),
  kecamatan_code     text NOT NULL,
  regency_code       text NOT NULL,
  -- when the worker agreed that their data be processed for cover (UU 27/2022): the latest submission's
  consent_at         timestamptz NOT NULL,
  status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
  -- the same NIK proposed again in the same desa while pending is merged: counted, latest values kept
  submissions        integer NOT NULL DEFAULT 1,
  -- 'public' (the page), or the operator who submitted on the worker's behalf (the latest submission)
  submitted_by       text NOT NULL,
  first_submitted_at timestamptz NOT NULL DEFAULT now(),
  last_submitted_at  timestamptz NOT NULL DEFAULT now(),
  decided_by         text,
  decided_at         timestamptz,
  rejection_reason   text,
  -- the source record a verified proposal became
  batch_id           bigint,
  row_number         integer,
  CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL),
  CHECK (status <> 'verified' OR batch_id IS NOT NULL)
);
CREATE UNIQUE INDEX proposals_pending_idx ON proposals (nik, desa_code) WHERE status = 'pending';
CREATE INDEX proposals_area_idx ON proposals (regency_code, kecamatan_code, desa_code, status);
