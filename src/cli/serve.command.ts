import os from "node:os";
import type { Command } from "commander";
import { loadConfig } from "../core/config.ts";
import { cancelJob, listJobs } from "../modules/jobs/jobs.service.ts";
import { serve } from "../serve.ts";
import { type ReportOptions, report, table, withApp } from "./output.ts";

export function serveCommands(program: Command): void {
  program
    .command("serve")
    .description("Run Payung: the web server and the job worker (same as npm start)")
    .option("--services <list>", "web, worker or web,worker (default: PAYUNG_SERVICES or web,worker)")
    .action(async (options: { services?: string }) => {
      const env = options.services ? { ...process.env, PAYUNG_SERVICES: options.services } : process.env;
      await serve(loadConfig(env));
    });
  const jobs = program.command("jobs").description("Background jobs: imports, matching and exports");
  jobs
    .command("list")
    .description("The latest jobs, newest first")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { limit: string }) => {
      const found = await withApp(({ db }) => listJobs(db, null, Number(options.limit)));
      report(options, found, () =>
        table(
          ["id", "kind", "status", "by", "created", "progress"],
          found.map((j) => [
            j.id,
            j.kind,
            j.status,
            j.createdBy,
            j.createdAt,
            JSON.stringify(j.progress ?? {}),
          ]),
        ),
      );
    });
  jobs
    .command("cancel <id>")
    .description("Cancel a queued or running job; nothing it did is kept")
    .option("--json", "print JSON")
    .action(async (id: string, options: ReportOptions) => {
      const job = await withApp(({ db }) =>
        cancelJob({ db, id: Number(id), by: `cli:${os.userInfo().username}` }),
      );
      report(options, job, () => `${job.id} ${job.kind}: ${job.status}`);
    });
}
