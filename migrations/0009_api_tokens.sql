-- Tokens for system-to-system use (a BPJS exchange script, a provincial dashboard): sent as
-- `Authorization: Bearer …`, acting as the user they belong to. Only the SHA-256 is kept.
CREATE TABLE api_tokens (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id),
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  created_by   text NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  UNIQUE (user_id, name)
);
