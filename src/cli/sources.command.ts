import type { Command } from "commander";
import { listSources, setTrust } from "../modules/imports/imports.service.ts";
import { type ReportOptions, report, table, withApp } from "./output.ts";

export function sourcesCommands(program: Command): void {
  const sources = program.command("sources").description("The offices' lists: kind, trust, batches");
  sources
    .command("list")
    .description("List sources with their kind, trust (0–100) and how much they hold")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions) => {
      const rows = await withApp(({ db }) => listSources({ db }));
      report(options, rows, () =>
        table(
          ["source", "kind", "trust", "batches", "records"],
          rows.map((r) => [r.name, r.kind, r.trust, r.batches, r.records]),
        ),
      );
    });
  sources
    .command("trust")
    .description("Set how much a source is trusted when lists disagree (higher wins in golden records)")
    .argument("<source>", "source name")
    .argument("<trust>", "0–100 (default for a new source: 50)")
    .option("--json", "print JSON")
    .action(async (source: string, trust: string, options: ReportOptions) => {
      const row = await withApp(({ db }) => setTrust({ db, source, trust: Number(trust) }));
      report(
        options,
        row,
        () => `${row.name}: trust ${row.trust} (payung match applies it to persons it touches)`,
      );
    });
}
