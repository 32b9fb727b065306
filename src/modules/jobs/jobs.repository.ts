import type { Db } from "../../core/db.ts";

export type JobStatus = "queued" | "running" | "done" | "failed";

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
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const columns = `id, kind, params, status, progress, result, error, attempts, created_by AS "createdBy",
  area_code AS "areaCode", ${iso("created_at")} AS "createdAt", ${iso("started_at")} AS "startedAt",
  ${iso("finished_at")} AS "finishedAt"`;

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

export async function setProgress(db: Db, id: number, progress: Record<string, unknown>): Promise<void> {
  await db.query("UPDATE jobs SET progress = $2, heartbeat_at = now() WHERE id = $1", [
    id,
    JSON.stringify(progress),
  ]);
}

export async function finishJob(
  db: Db,
  id: number,
  outcome: { result: Record<string, unknown> } | { error: { code: string; message: string } },
): Promise<void> {
  await db.query(`UPDATE jobs SET status = $2, result = $3, error = $4, finished_at = now() WHERE id = $1`, [
    id,
    "result" in outcome ? "done" : "failed",
    "result" in outcome ? JSON.stringify(outcome.result) : null,
    "error" in outcome ? JSON.stringify(outcome.error) : null,
  ]);
}

/** Jobs a crash left running (no sign of life for 30 minutes) go back to the queue. */
export async function requeueStale(db: Db): Promise<number> {
  const rows = await db.query(
    `UPDATE jobs SET status = 'queued' WHERE status = 'running'
       AND coalesce(heartbeat_at, started_at) < now() - interval '30 minutes' RETURNING id`,
  );
  return rows.length;
}

export async function getJob(db: Db, id: number): Promise<Job | null> {
  const rows = await db.query<Job>(`SELECT ${columns} FROM jobs WHERE id = $1`, [id]);
  return rows[0] ?? null;
}
