-- Accounts. A role says what a user may do, an area (a region code) where: every read of
-- personal data will be limited to the user's area (docs/access.md).
CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
  full_name     text NOT NULL,
  role          text NOT NULL CHECK (role IN ('regency_admin', 'kecamatan_operator', 'desa_operator',
                  'bpjs_officer', 'csr_partner', 'auditor')),
  area_code     text NOT NULL REFERENCES regions (code),
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL
);
