/**
 * Jobs: long work handed to a worker. A handler per kind does the work, reports progress and
 * watches its signal, which fires when someone cancels the job; the worker records the result, a
 * clear error or the cancellation. On PGlite the worker runs in the server's process; on
 * PostgreSQL any number of processes may run one (`PAYUNG_SERVICES=worker`).
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import * as repo from "./jobs.repository.ts";

export type { Job } from "./jobs.repository.ts";

export type JobHandler = (input: {
  db: Db;
  job: repo.Job;
  /** Keeps the latest progress; throws once the job is cancelled, so call it often. */
  progress: (p: Record<string, unknown>) => void;
  signal: AbortSignal;
}) => Promise<Record<string, unknown>>;

export interface WorkerOptions {
  /** How often a running job's progress is saved and its cancel flag read (PostgreSQL). */
  heartbeatMs?: number;
  /** A running job not heard of for this long is taken to be a crash's and queued again. */
  staleSeconds?: number;
}

/** The jobs this process is running: their live progress and the switch that cancels them. */
const running = new Map<
  number,
  { controller: AbortController; progress: Record<string, unknown>; ended: Promise<void> }
>();

export async function enqueueJob(
  db: Db,
  job: { kind: string; params?: Record<string, unknown>; createdBy: string; areaCode: string },
): Promise<repo.Job> {
  return repo.insertJob(db, { ...job, params: job.params ?? {} });
}

/** A job as stored, with the live progress when this process is running it. */
export async function getJob({ db, id }: { db: Db; id: number }): Promise<repo.Job> {
  const job = await repo.getJob(db, id);
  if (!job) throw new UserError("job_not_found", { id });
  const live = running.get(id);
  return live && job.status === "running" ? { ...job, progress: live.progress } : job;
}

export async function listJobs(db: Db, createdBy: string | null, limit = 50): Promise<repo.Job[]> {
  return repo.listJobs(db, createdBy, limit);
}

/**
 * Cancels a queued job at once and stops a running one; what it did is rolled back. A job this
 * process runs is stopped here and now (on PGlite the database waits for its transaction anyway);
 * one running elsewhere stops at its worker's next heartbeat.
 */
export async function cancelJob({ db, id, by }: { db: Db; id: number; by: string }): Promise<repo.Job> {
  const local = running.get(id);
  if (local) {
    local.controller.abort(new UserError("job_cancelled", { id, by }));
    await local.ended;
    return getJob({ db, id });
  }
  const job = await repo.requestCancel(db, id, by);
  if (!job) {
    const ended = await getJob({ db, id });
    throw new UserError("job_finished", { id, status: ended.status });
  }
  // This process may have taken the job up since the first look.
  running.get(id)?.controller.abort(new UserError("job_cancelled", { id, by }));
  return getJob({ db, id });
}

/** Runs queued jobs one at a time until none is left; returns how many it ran. */
export async function runQueuedJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  { heartbeatMs = 2000 }: WorkerOptions = {},
): Promise<number> {
  let ran = 0;
  for (let job = await repo.claimJob(db); job; job = await repo.claimJob(db)) {
    ran++;
    await runJob(db, job, handlers[job.kind], heartbeatMs);
  }
  return ran;
}

async function runJob(db: Db, job: repo.Job, handler: JobHandler | undefined, heartbeatMs: number) {
  let ended = () => {};
  const live = {
    controller: new AbortController(),
    progress: {} as Record<string, unknown>,
    ended: new Promise<void>((resolve) => {
      ended = resolve;
    }),
  };
  const { signal } = live.controller;
  running.set(job.id, live);
  // On PostgreSQL a second connection keeps the job's heartbeat and progress while the work holds
  // the first one in a transaction; PGlite has one connection, and its worker shares the process.
  const beat =
    db.kind === "postgres"
      ? setInterval(() => {
          repo
            .heartbeat(db, job.id, live.progress)
            .then((by) => by && live.controller.abort(new UserError("job_cancelled", { id: job.id, by })))
            .catch(() => {});
        }, heartbeatMs)
      : undefined;
  try {
    if (!handler) throw new UserError("job_kind_unknown", { kind: job.kind });
    const progress = (p: Record<string, unknown>) => {
      signal.throwIfAborted();
      live.progress = p;
    };
    const result = await handler({ db, job, progress, signal });
    await repo.finishJob(db, job.id, { result }, live.progress);
  } catch (error) {
    if (signal.aborted) {
      const by = String((signal.reason as UserError).params?.by);
      await repo.finishJob(db, job.id, { cancelled: by }, live.progress);
    } else await repo.finishJob(db, job.id, { error: errorOf(error) }, live.progress);
  } finally {
    clearInterval(beat);
    running.delete(job.id);
    ended();
  }
}

function errorOf(error: unknown): { code: string; message: string } {
  return error instanceof UserError
    ? { code: error.code, message: error.text("en") }
    : { code: "internal_error", message: String((error as Error)?.message ?? error) };
}

/**
 * Jobs a crash left running go back to the queue (or end, when cancelled meanwhile or
 * interrupted three times). On PGlite every running job is a crash's: one process holds it.
 */
export async function recoverJobs(db: Db, staleSeconds: number): Promise<number> {
  const stale = await repo.staleJobs(db, db.kind === "pglite" ? 0 : staleSeconds);
  for (const job of stale.filter((j) => !running.has(j.id))) {
    if (job.cancelledBy) await repo.finishJob(db, job.id, { cancelled: job.cancelledBy });
    else if (job.attempts >= 3)
      await repo.finishJob(db, job.id, {
        error: errorOf(new UserError("job_abandoned", { id: job.id, attempts: job.attempts })),
      });
    else await repo.requeueJob(db, job.id);
  }
  return stale.length;
}

/**
 * Polls for jobs every `intervalMs` until stopped, first queueing again what a crash left
 * running. Returns a function that stops the worker after the job in hand.
 */
export function startWorker(
  db: Db,
  handlers: Record<string, JobHandler>,
  { intervalMs = 1000, staleSeconds = 60, ...options }: WorkerOptions & { intervalMs?: number } = {},
): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await recoverJobs(db, staleSeconds);
      await runQueuedJobs(db, handlers, options);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}
