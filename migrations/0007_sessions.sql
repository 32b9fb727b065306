-- Login sessions. The browser holds a random token in an httpOnly cookie; the database holds only
-- its SHA-256, so a copy of the database opens no session. Each session has its own CSRF token.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  source       text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
