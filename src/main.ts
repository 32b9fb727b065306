import { openApp } from "./core/app.ts";
import { loadConfig } from "./core/config.ts";
import { loadDemoIfEmpty } from "./modules/demo/demo.service.ts";
import { buildServer } from "./server.ts";

/** `npm start`: open (and on first start fill) the database, then serve on PORT (3000). */
const config = loadConfig();
const app = await openApp(config);
if (config.demoOnFirstStart) {
  const loaded = await loadDemoIfEmpty({ db: app.db, regencyCode: config.regencyCode, log: console.log });
  if (loaded) console.log(`Payung: demo data loaded (${loaded.rows} rows in ${loaded.files} lists)`);
}
const server = await buildServer(app);
await server.listen({ port: config.port, host: config.host });
console.log(
  `Payung: http://localhost:${config.port} (${app.db.kind === "pglite" ? config.dataDir : "PostgreSQL"})`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await server.close();
    await app.db.close();
    process.exit(0);
  });
}
