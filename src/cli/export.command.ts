import os from "node:os";
import type { Command } from "commander";
import { UserError } from "../common/errors.ts";
import { type ExportFormat, exportLinks, exportPersons } from "../modules/exports/exports.service.ts";
import { withApp } from "./output.ts";

interface ExportCliOptions {
  format: string;
  out?: string;
}

export function exportCommands(program: Command): void {
  const exp = program
    .command("export")
    .description("Write links or golden records to CSV or XLSX (to --out, or CSV to standard output)");
  const what = { links: exportLinks, persons: exportPersons };
  for (const [name, run] of Object.entries(what)) {
    exp
      .command(name)
      .description(
        name === "links"
          ? "source,row,person_id,batch for every accepted source record (row as in the import summary)"
          : "the golden records, one line per person (full NIK: keep the file safe)",
      )
      .option("--format <csv|xlsx>", "file format", "csv")
      .option("--out <file>", "write to this file instead of standard output")
      .action(async (options: ExportCliOptions) => {
        const format = exportFormat(options);
        const audit = { actor: `cli:${os.userInfo().username}`, via: `payung export ${name}` };
        const count = await withApp(({ db }) =>
          run({ db, format, out: options.out ?? process.stdout, audit }),
        );
        if (options.out) process.stderr.write(`${count} → ${options.out}\n`);
      });
  }
}

function exportFormat({ format, out }: ExportCliOptions): ExportFormat {
  if (format !== "csv" && format !== "xlsx") throw new UserError("export_format_unknown", { format });
  if (format === "xlsx" && !out) throw new UserError("export_xlsx_needs_out");
  return format;
}
