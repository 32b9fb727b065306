-- Jobs can be cancelled: a queued job at once, a running one when its worker next looks
-- (cancel_requested_at). A job a crash left running goes back to the queue, at most three tries.
ALTER TABLE jobs DROP CONSTRAINT jobs_status_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_status_check
  CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled'));
ALTER TABLE jobs ADD COLUMN cancel_requested_at timestamptz;
ALTER TABLE jobs ADD COLUMN cancelled_by text;
CREATE INDEX jobs_created_by_idx ON jobs (created_by, id DESC);
