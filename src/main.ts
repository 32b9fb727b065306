import { openApp } from "./core/app.ts";
import { loadConfig } from "./core/config.ts";
import { loadDemoIfEmpty } from "./modules/demo/demo.service.ts";
import { jobHandlers } from "./modules/jobs/handlers.ts";
import { startWorker } from "./modules/jobs/jobs.service.ts";
import { buildServer } from "./server.ts";

/** `npm start`: open (and on first start fill) the database, then serve on PORT (3000). */
const config = loadConfig();
const app = await openApp(config);
if (config.demoOnFirstStart) {
  const loaded = await loadDemoIfEmpty({ db: app.db, regencyCode: config.regencyCode, log: console.log });
  if (loaded) console.log(`Payung: demo data loaded (${loaded.rows} rows in ${loaded.files} lists)`);
}
const server = config.services.includes("web") ? await buildServer(app) : null;
if (server) {
  await server.listen({ port: config.port, host: config.host });
  console.log(
    `Payung: http://localhost:${config.port} (${app.db.kind === "pglite" ? config.dataDir : "PostgreSQL"})`,
  );
}
const stopWorker = config.services.includes("worker") ? startWorker(app.db, jobHandlers(config)) : null;
if (stopWorker) console.log("Payung: worker running jobs");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await server?.close();
    await stopWorker?.();
    await app.db.close();
    process.exit(0);
  });
}
