/**
 * Jobs: long work handed to a worker. A handler per kind does the work and reports progress; the
 * worker records the result or a clear error. On PGlite the worker runs in the server's process;
 * on PostgreSQL any number of processes may run one (`PAYUNG_SERVICES=worker`).
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import * as repo from "./jobs.repository.ts";

export type { Job } from "./jobs.repository.ts";

export type JobHandler = (input: {
  db: Db;
  job: repo.Job;
  progress: (p: Record<string, unknown>) => Promise<void>;
}) => Promise<Record<string, unknown>>;

export async function enqueueJob(
  db: Db,
  job: { kind: string; params?: Record<string, unknown>; createdBy: string; areaCode: string },
): Promise<repo.Job> {
  return repo.insertJob(db, { ...job, params: job.params ?? {} });
}

export async function getJob({ db, id }: { db: Db; id: number }): Promise<repo.Job> {
  const job = await repo.getJob(db, id);
  if (!job) throw new UserError("job_not_found", { id });
  return job;
}

/** Runs queued jobs one at a time until none is left; returns how many it ran. */
export async function runQueuedJobs(db: Db, handlers: Record<string, JobHandler>): Promise<number> {
  let ran = 0;
  for (let job = await repo.claimJob(db); job; job = await repo.claimJob(db)) {
    ran++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new UserError("job_kind_unknown", { kind: job.kind });
      const current = job;
      const result = await handler({ db, job, progress: (p) => repo.setProgress(db, current.id, p) });
      await repo.finishJob(db, job.id, { result });
    } catch (error) {
      const e =
        error instanceof UserError
          ? { code: error.code, message: error.text("en") }
          : { code: "internal_error", message: String((error as Error)?.message ?? error) };
      await repo.finishJob(db, job.id, { error: e });
    }
  }
  return ran;
}

/**
 * Polls for jobs every `intervalMs` until stopped; jobs a crash left running are queued again
 * first. Returns a function that stops the worker after the job in hand.
 */
export function startWorker(
  db: Db,
  handlers: Record<string, JobHandler>,
  intervalMs = 1000,
): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    await repo.requeueStale(db);
    while (!stopped) {
      await runQueuedJobs(db, handlers);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}
