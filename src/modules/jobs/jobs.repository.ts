import type { Db } from "../../core/db.ts";

export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";

export interface Job {
  id: number;
  kind: string;
  params: Record<string, unknown>;
  status: JobStatus;
  progress: Record<string, unknown> | null;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
  attempts: number;
  createdBy: string;
  areaCode: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  cancelRequestedAt: string | null;
  cancelledBy: string | null;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const columns = `id, kind, params, status, progress, result, error, attempts, created_by AS "createdBy",
  area_code AS "areaCode", ${iso("created_at")} AS "createdAt", ${iso("started_at")} AS "startedAt",
  ${iso("finished_at")} AS "finishedAt", ${iso("cancel_requested_at")} AS "cancelRequestedAt",
  cancelled_by AS "cancelledBy"`;

export async function insertJob(
  db: Db,
  job: { kind: string; params: Record<string, unknown>; createdBy: string; areaCode: string },
): Promise<Job> {
  const [row] = await db.query<Job>(
    `INSERT INTO jobs (kind, params, created_by, area_code) VALUES ($1, $2, $3, $4) RETURNING ${columns}`,
    [job.kind, JSON.stringify(job.params), job.createdBy, job.areaCode],
  );
  return row;
}

/** Takes the oldest queued job, if any; SKIP LOCKED lets several workers poll side by side. */
export async function claimJob(db: Db): Promise<Job | null> {
  const rows = await db.query<Job>(
    `UPDATE jobs SET status = 'running', started_at = now(), attempts = attempts + 1
     WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
     RETURNING ${columns}`,
  );
  return rows[0] ?? null;
}

export type JobOutcome =
  | { result: Record<string, unknown> }
  | { error: { code: string; message: string } }
  | { cancelled: string };

/** Ends a job; `progress`, when given, is its last progress. */
export async function finishJob(
  db: Db,
  id: number,
  outcome: JobOutcome,
  progress?: Record<string, unknown>,
): Promise<void> {
  const status = "result" in outcome ? "done" : "error" in outcome ? "failed" : "cancelled";
  await db.query(
    `UPDATE jobs SET status = $2, result = $3, error = $4, progress = coalesce($5, progress),
       cancelled_by = coalesce($6, cancelled_by), finished_at = now() WHERE id = $1`,
    [
      id,
      status,
      "result" in outcome ? JSON.stringify(outcome.result) : null,
      "error" in outcome ? JSON.stringify(outcome.error) : null,
      progress ? JSON.stringify(progress) : null,
      "cancelled" in outcome ? outcome.cancelled : null,
    ],
  );
}

/** A sign of life from the worker, with its progress; answers who cancelled the job, if anyone. */
export async function heartbeat(
  db: Db,
  id: number,
  progress: Record<string, unknown>,
): Promise<string | null> {
  const rows = await db.query<{ by: string | null }>(
    `UPDATE jobs SET heartbeat_at = now(), progress = $2 WHERE id = $1 RETURNING cancelled_by AS by`,
    [id, JSON.stringify(progress)],
  );
  return rows[0]?.by ?? null;
}

/**
 * Cancels a queued job at once; a running one is marked and stopped by its worker. Returns the
 * job as it is now, or null when it had already ended.
 */
export async function requestCancel(db: Db, id: number, by: string): Promise<Job | null> {
  const rows = await db.query<Job>(
    `UPDATE jobs SET cancelled_by = $2,
       cancel_requested_at = now(),
       status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
       finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END
     WHERE id = $1 AND status IN ('queued', 'running') RETURNING ${columns}`,
    [id, by],
  );
  return rows[0] ?? null;
}

/**
 * Running jobs whose worker has not been heard of for `staleSeconds` (a crash); 0 gives every
 * running job, right for the embedded database, which only one process can hold.
 */
export async function staleJobs(
  db: Db,
  staleSeconds: number,
): Promise<{ id: number; attempts: number; cancelledBy: string | null }[]> {
  return db.query(
    `SELECT id, attempts, cancelled_by AS "cancelledBy" FROM jobs
     WHERE status = 'running' AND coalesce(heartbeat_at, started_at) <= now() - make_interval(secs => $1)`,
    [staleSeconds],
  );
}

export async function requeueJob(db: Db, id: number): Promise<void> {
  await db.query("UPDATE jobs SET status = 'queued', progress = NULL WHERE id = $1 AND status = 'running'", [
    id,
  ]);
}

export async function listJobs(db: Db, createdBy: string | null, limit: number): Promise<Job[]> {
  return db.query<Job>(
    `SELECT ${columns} FROM jobs WHERE $1::text IS NULL OR created_by = $1 ORDER BY id DESC LIMIT $2`,
    [createdBy, limit],
  );
}

export async function getJob(db: Db, id: number): Promise<Job | null> {
  const rows = await db.query<Job>(`SELECT ${columns} FROM jobs WHERE id = $1`, [id]);
  return rows[0] ?? null;
}
