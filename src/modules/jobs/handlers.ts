/**
 * What each kind of job does. A handler that runs one long transaction (matching) reports its
 * progress before and after it: on PGlite the one connection is busy inside the transaction.
 */
import { runMatching } from "../matching/matching.service.ts";
import type { JobHandler } from "./jobs.service.ts";

export const jobHandlers: Record<string, JobHandler> = {
  match: async ({ db, job, progress }) => {
    await progress({ step: "matching" });
    const summary = await runMatching({
      db,
      runBy: job.createdBy,
      refreshAll: job.params.refreshAll === true,
    });
    return { ...summary };
  },
};
