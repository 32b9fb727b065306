import type { Command } from "commander";
import { loadDemo } from "../modules/demo/demo.service.ts";
import { langOf, type ReportOptions, report, withApp } from "./output.ts";

export function demoCommands(program: Command): void {
  program
    .command("demo")
    .description(
      "Load the synthetic demo data set (Kab. Tangerang, lists from several offices) into an empty database",
    )
    .option("--people <n>", "how many synthetic people", "20000")
    .option("--seed <n>", "random seed: the same seed gives the same data", "2026")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { people: string; seed: string }) => {
      const people = Math.max(1, Number.parseInt(options.people, 10) || 20_000);
      const result = await withApp(({ db, config }) =>
        loadDemo({
          db,
          regencyCode: config.regencyCode,
          people,
          seed: Number(options.seed) || 2026,
          log: options.json ? undefined : (line) => process.stderr.write(`${line}\n`),
        }),
      );
      report(options, result, () =>
        langOf(options) === "id"
          ? `Data demo dimuat: ${result.files} daftar, ${result.rows} baris. Lihat: payung imports list`
          : `Demo data loaded: ${result.files} lists, ${result.rows} rows. See: payung imports list`,
      );
    });
}
