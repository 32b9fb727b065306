-- The audit log: who read or changed which person's data, when, from where, through what.
-- Append-only (triggers refuse UPDATE, DELETE and TRUNCATE) and hash-chained: each entry carries
-- the hash of the one before, so a changed or removed entry breaks the chain (`payung audit verify`).
CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor       text NOT NULL,
  action      text NOT NULL,
  -- The persons concerned; null when an action concerns no one in particular or everyone.
  person_ids  bigint[],
  via         text NOT NULL,
  source      text,
  details     jsonb NOT NULL DEFAULT '{}',
  prev_hash   text NOT NULL,
  hash        text NOT NULL UNIQUE
);
CREATE INDEX audit_log_persons_idx ON audit_log USING gin (person_ids);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
