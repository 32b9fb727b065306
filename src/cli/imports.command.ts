import fs from "node:fs";
import os from "node:os";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { UserError } from "../common/errors.ts";
import type { Lang } from "../common/lang.ts";
import { message } from "../common/messages.ts";
import type { ListKind, MappingFile } from "../modules/imports/header-mapping.ts";
import {
  batchSummary,
  type ImportProgress,
  type ImportSummary,
  importFile,
  listImports,
  listQuarantine,
  quarantineCsv,
  showImport,
} from "../modules/imports/imports.service.ts";
import { formatNumber, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

export function importCommands(program: Command): void {
  program
    .command("import")
    .description("Import one list (CSV or XLSX) from one office as a batch of source records")
    .argument("<file>", "the list: .csv (comma, semicolon or tab; UTF-8 or Windows-1252) or .xlsx")
    .requiredOption(
      "--source <name>",
      "the office or list it comes from, e.g. dtks, dkp-nelayan, usulan-desa",
    )
    .option(
      "--mapping <file>",
      'a JSON file {"columns": {"Header": "field" | null}} for headers Payung does not know',
    )
    .option("--kind <people|bpjs-members>", "people to protect (default), or BPJS's list of its members")
    .option(
      "--regency <code>",
      "the regency whose kecamatan and desa the list names (default: PAYUNG_REGENCY or 36.03)",
    )
    .option("--json", "print the summary as JSON")
    .action(
      async (
        file: string,
        options: ReportOptions & { source: string; mapping?: string; regency?: string; kind?: string },
      ) => {
        const lang = langOf(options);
        if (options.kind && options.kind !== "people" && options.kind !== "bpjs-members") {
          throw new UserError("list_kind_unknown", { kind: options.kind });
        }
        const mapping = options.mapping ? readMapping(options.mapping) : undefined;
        const bar = progressBar();
        const summary = await withApp(({ db, config }) =>
          importFile({
            db,
            file,
            source: options.source,
            mapping,
            kind: options.kind as ListKind | undefined,
            regencyCode: options.regency ?? config.regencyCode,
            importedBy: `cli:${os.userInfo().username}`,
            onProgress: bar?.update,
          }),
        ).finally(() => bar?.stop());
        report(options, summary, () => describeSummary(summary, lang));
      },
    );

  const imports = program.command("imports").description("Past import batches and their quarantined rows");
  imports
    .command("list")
    .description("List import batches, newest first")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { limit: string }) => {
      const batches = await withApp(({ db }) => listImports({ db, limit: Number(options.limit) || 50 }));
      report(options, batches, () =>
        batches.length === 0
          ? langOf(options) === "id"
            ? "Belum ada impor. Mulai dengan: payung import <berkas> --source <nama>"
            : "No imports yet. Start with: payung import <file> --source <name>"
          : table(
              ["batch", "source", "file", "rows", "accepted", "quarantined", "skipped", "finished"],
              batches.map((b) => [
                b.id,
                b.source,
                b.fileName,
                b.rows,
                b.accepted,
                b.quarantined,
                b.skipped,
                isoMinute(b.finishedAt),
              ]),
            ),
      );
    });
  imports
    .command("show")
    .description("Show one batch: counts and issues")
    .argument("<batch>", "batch number")
    .option("--json", "print JSON")
    .action(async (batch: string, options: ReportOptions) => {
      const row = await withApp(({ db }) => showImport({ db, batch: batchNumber(batch) }));
      report(options, row, () =>
        describeSummary({ ...batchSummary(row), alreadyImported: false }, langOf(options)),
      );
    });
  imports
    .command("quarantine")
    .description("Rows of a batch set aside (quarantined or skipped), with reasons and their original text")
    .argument("<batch>", "batch number")
    .option("--csv", "print CSV with the original columns plus row and reasons, to fix in a spreadsheet")
    .option("--json", "print JSON")
    .action(async (batch: string, options: ReportOptions & { csv?: boolean }) => {
      const lang = langOf(options);
      const result = await withApp(({ db }) => listQuarantine({ db, batch: batchNumber(batch) }));
      if (options.csv) {
        process.stdout.write(quarantineCsv(result.batch.headers, result.rows));
        return;
      }
      report(options, result.rows, () =>
        result.rows.length === 0
          ? lang === "id"
            ? "Tidak ada baris yang dikarantina."
            : "No rows set aside."
          : result.rows
              .map(
                (r) =>
                  `${lang === "id" ? "baris" : "row"} ${r.rowNumber} (${r.disposition}): ${r.reasons
                    .map((c) => message(c, {}, lang))
                    .join(" ")}\n  ${r.raw.join(" | ")}`,
              )
              .join("\n"),
      );
    });
}

function readMapping(file: string): MappingFile {
  if (!fs.existsSync(file)) throw new UserError("file_not_found", { file });
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    const columns = parsed?.columns ?? parsed;
    if (typeof columns !== "object" || columns === null || Array.isArray(columns))
      throw new Error('expected {"columns": {…}}');
    return { columns };
  } catch (error) {
    throw new UserError("mapping_invalid", { file, reason: (error as Error).message });
  }
}

function batchNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError("batch_not_found", { batch: text });
  return n;
}

/** A progress bar on a terminal only; piped output stays clean. */
function progressBar(): { update: (p: ImportProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    format: "{bar} {percentage}% | {rows} rows | {eta_formatted}",
    stream: process.stderr,
    hideCursor: true,
  });
  let started = false;
  return {
    update: (p) => {
      if (!started) bar.start(p.bytes, 0, { rows: 0 });
      started = true;
      bar.update(p.bytesRead, { rows: p.rows });
    },
    stop: () => started && bar.stop(),
  };
}

function describeSummary(s: ImportSummary, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const head =
    lang === "id"
      ? `Batch ${s.batch} (${s.source}, ${s.file})${s.alreadyImported ? ": berkas ini sudah pernah diimpor, tidak ada yang berubah" : ""}\n` +
        `${n(s.rows)} baris: ${n(s.accepted)} diterima, ${n(s.quarantined)} dikarantina, ${n(s.skipped)} dilewati`
      : `Batch ${s.batch} (${s.source}, ${s.file})${s.alreadyImported ? ": this file was imported before, nothing changed" : ""}\n` +
        `${n(s.rows)} rows: ${n(s.accepted)} accepted, ${n(s.quarantined)} quarantined, ${n(s.skipped)} skipped`;
  const issues = Object.entries(s.issues)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `  ${n(count).padStart(8)}  ${code}: ${message(code, {}, lang)}`);
  return issues.length ? `${head}\n${issues.join("\n")}` : head;
}

function isoMinute(d: Date): string {
  return new Date(d).toISOString().slice(0, 16).replace("T", " ");
}
