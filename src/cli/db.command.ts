import type { Command } from "commander";
import { loadConfig } from "../core/config.ts";
import { openDb } from "../core/db.ts";
import { migrate } from "../core/migrate.ts";
import { loadRegions } from "../modules/regions/regions.repository.ts";
import { type ReportOptions, report } from "./output.ts";

export function dbCommands(program: Command): void {
  const db = program.command("db").description("Database schema");
  db.command("migrate")
    .description("Apply pending migrations and load the regions (also done on every start)")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions) => {
      const config = loadConfig();
      const conn = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const { applied } = await migrate(conn);
        const regions = await loadRegions(conn);
        report(options, { applied, regionsLoaded: regions }, () =>
          applied.length ? `applied: ${applied.join(", ")}; regions loaded: ${regions}` : "schema up to date",
        );
      } finally {
        await conn.close();
      }
    });
}
