import { openApp } from "./core/app.ts";
import type { Config } from "./core/config.ts";
import { loadDemoIfEmpty } from "./modules/demo/demo.service.ts";
import { jobHandlers } from "./modules/jobs/handlers.ts";
import { startWorker } from "./modules/jobs/jobs.service.ts";
import { buildServer } from "./server.ts";

/**
 * Runs Payung: opens (and on first start fills) the database, then serves on PORT and/or runs
 * the job worker, as `config.services` says, until SIGINT or SIGTERM.
 */
export async function serve(config: Config): Promise<void> {
  const app = await openApp(config);
  if (config.demoOnFirstStart && config.services.includes("web")) {
    const loaded = await loadDemoIfEmpty({ db: app.db, regencyCode: config.regencyCode, log: console.log });
    if (loaded) console.log(`Payung: demo data loaded (${loaded.rows} rows in ${loaded.files} lists)`);
  }
  const server = config.services.includes("web") ? await buildServer(app) : null;
  if (server) {
    await server.listen({ port: config.port, host: config.host });
    const where = app.db.kind === "pglite" ? config.dataDir : "PostgreSQL";
    console.log(`Payung: http://localhost:${config.port} (${where})`);
  }
  const stopWorker = config.services.includes("worker")
    ? startWorker(app.db, jobHandlers(config), { staleSeconds: config.jobStaleSeconds })
    : null;
  if (stopWorker) console.log("Payung: worker running jobs");

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      await server?.close();
      await stopWorker?.();
      await app.db.close();
      process.exit(0);
    });
  }
}
