-- Long work (matching now; imports and exports as they move to the API) runs as jobs: a row here,
-- picked by a worker with FOR UPDATE SKIP LOCKED so two workers never take the same job, and kept
-- with its progress, result or error. A job whose worker has not been heard of for 30 minutes (a
-- crash) is queued again when a worker starts.
CREATE TABLE jobs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         text NOT NULL,
  params       jsonb NOT NULL DEFAULT '{}',
  status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress     jsonb,
  result       jsonb,
  error        jsonb,
  attempts     integer NOT NULL DEFAULT 0,
  created_by   text NOT NULL,
  area_code    text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  started_at   timestamptz,
  heartbeat_at timestamptz,
  finished_at  timestamptz
);
CREATE INDEX jobs_queued_idx ON jobs (id) WHERE status = 'queued';
