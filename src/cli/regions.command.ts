import type { Command } from "commander";
import { levelNames, listRegions } from "../modules/regions/regions.service.ts";
import { type ReportOptions, report, table, withApp } from "./output.ts";

export function regionsCommands(program: Command): void {
  const regions = program
    .command("regions")
    .description("Indonesian regions (Kepmendagri codes, from idn-area-data)");
  regions
    .command("list")
    .description("List the regions under a code: provinces, regencies, kecamatan or desa/kelurahan")
    .option("--parent <code>", "the parent region code, e.g. 36.03 for Kab. Tangerang (none: provinces)")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { parent?: string }) => {
      const result = await withApp(({ db }) => listRegions({ db, parentCode: options.parent }));
      report(options, result, () => {
        const title = result.parent ? `${result.parent.code} ${result.parent.name}` : "Indonesia";
        const level = result.regions[0] ? levelNames[result.regions[0].level as 1 | 2 | 3 | 4] : "";
        return `${title}: ${result.regions.length} ${level}\n${table(
          ["kode", "nama"],
          result.regions.map((r) => [r.code, r.name]),
        )}`;
      });
    });
}
