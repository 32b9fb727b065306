import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Command, Option } from "commander";
import { UserError } from "../common/errors.ts";
import { message } from "../common/messages.ts";
import {
  addInnovation,
  addRegulation,
  listInnovations,
  listRegulations,
  regulationKinds,
  removeInnovation,
  removeRegulation,
} from "../modules/reports/dossier.service.ts";
import { type ReportFormat, reportFormats } from "../modules/reports/report.ts";
import { makeReport, type ReportParams } from "../modules/reports/reports.service.ts";
import { idOf } from "./arguments.ts";
import { langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({ actor: `cli:${os.userInfo().username}`, via: `payung ${command}` });

type FileOptions = ReportOptions & ReportParams & { format?: ReportFormat; out?: string };

/** `payung reports <kind>`: a report as XLSX or PDF (docs/reports.md). */
export function reportsCommands(program: Command): void {
  const reports = program
    .command("reports")
    .description("Reports as XLSX or PDF: coverage, funder statement, claims, Paritrana Award dossier");
  const kind = (name: string, description: string) =>
    reports
      .command(name)
      .description(description)
      .addOption(
        new Option("--format <format>", "xlsx or pdf (default: from --out's extension)").choices(
          reportFormats,
        ),
      )
      .option("--out <file>", "where to write it (default: the report's own name, here)")
      .option("--json", "print JSON");
  kind(
    "coverage",
    "Monthly coverage: covered vs target and workforce per area, traits, trend, budget, claims",
  )
    .requiredOption("--month <yyyy-mm>", "the month, e.g. 2026-03 (counted on its last day, or today)")
    .option("--area <code>", "the regency (default), a kecamatan (36.03.08) or a desa")
    .action((o: FileOptions) => writeReport("coverage", o));
  kind("funder", "A funder's statement: budget, plan allocation, invoices, payments, refunds, balance")
    .requiredOption("--funder <code>", "the funder's code (payung funders list)")
    .option("--year <yyyy>", "a calendar year")
    .option("--from <yyyy-mm>", "first month (with --to); default: the funder's period")
    .option("--to <yyyy-mm>", "last month")
    .action((o: FileOptions) => writeReport("funder", o));
  kind("claims", "Claims of a period: by type and status, paid, days per step, overdue, handovers, training")
    .option("--from <yyyy-mm-dd>", "first day (default: 1 January of --to's year)")
    .option("--to <yyyy-mm-dd>", "last day (default: today)")
    .action((o: FileOptions) => writeReport("claims", o));
  kind(
    "paritrana",
    "The Paritrana Award dossier of a year: coverage, budget, regulations, innovations, partners",
  )
    .requiredOption("--year <yyyy>", "the award year, e.g. 2026")
    .action((o: FileOptions) => writeReport("paritrana", o));
}

async function writeReport(kind: string, o: FileOptions): Promise<void> {
  const fromName = o.out ? path.extname(o.out).slice(1).toLowerCase() : undefined;
  const format = o.format ?? fromName;
  if (!format) throw new UserError("reports_out_missing", { format: "pdf" });
  const file = await withApp(({ db, config }) =>
    makeReport({
      db,
      kind,
      format,
      params: { month: o.month, area: o.area, funder: o.funder, year: o.year, from: o.from, to: o.to },
      lang: langOf(o),
      audit: audit(`reports ${kind}`),
      regencyCode: config.regencyCode,
    }),
  );
  const out = o.out ?? file.filename;
  fs.writeFileSync(out, file.bytes);
  report(o, { kind, format: file.format, out, bytes: file.bytes.length, dataDate: file.dataDate }, () =>
    message("reports_written", { out, day: file.dataDate }, langOf(o)),
  );
}

/** `payung regulations …` and `payung innovations …`: the dossier's registers. */
export function dossierCommands(program: Command): void {
  const regulations = program
    .command("regulations")
    .description("The regency's regulations on covering vulnerable workers (for the Paritrana dossier)");
  regulations
    .command("add")
    .description("Record a regulation")
    .addOption(new Option("--kind <kind>", "what it is").choices(regulationKinds).makeOptionMandatory())
    .requiredOption("--number <text>", 'its number, e.g. "12 Tahun 2024"')
    .requiredOption("--title <text>", "its title")
    .requiredOption("--issued-on <yyyy-mm-dd>", "the day it was issued")
    .option("--notes <text>", "what it does for coverage")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & { kind: string; number: string; title: string; issuedOn: string; notes?: string },
      ) => {
        const added = await withApp(({ db }) =>
          addRegulation({
            db,
            input: { kind: o.kind, number: o.number, title: o.title, issuedOn: o.issuedOn, notes: o.notes },
            audit: audit("regulations add"),
          }),
        );
        report(
          o,
          added,
          () => `${added.id}: ${message(`regulation_kind_${added.kind}`, {}, langOf(o))} ${added.number}`,
        );
      },
    );
  regulations
    .command("list")
    .description("The regulations recorded, oldest first")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const found = await withApp(({ db }) => listRegulations({ db }));
      report(o, found, () =>
        table(
          ["id", "kind", "number", "issued", "title"],
          found.map((r) => [r.id, r.kind, r.number, r.issued_on, r.title]),
        ),
      );
    });
  regulations
    .command("remove <id>")
    .description("Remove a regulation recorded by mistake")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const removed = await withApp(({ db }) =>
        removeRegulation({ db, id: idOf(id, "regulation_not_found"), audit: audit("regulations remove") }),
      );
      report(o, removed, () =>
        message("dossier_removed", { what: `${removed.kind} ${removed.number}` }, langOf(o)),
      );
    });

  const innovations = program
    .command("innovations")
    .description("The regency's innovations in covering vulnerable workers (for the Paritrana dossier)");
  innovations
    .command("add")
    .description("Record an innovation")
    .requiredOption("--name <text>", "its name")
    .requiredOption("--started-on <yyyy-mm-dd>", "the day it started")
    .requiredOption("--description <text>", "what is done and what came of it")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { name: string; startedOn: string; description: string }) => {
      const added = await withApp(({ db }) =>
        addInnovation({
          db,
          input: { name: o.name, startedOn: o.startedOn, description: o.description },
          audit: audit("innovations add"),
        }),
      );
      report(o, added, () => `${added.id}: ${added.name}`);
    });
  innovations
    .command("list")
    .description("The innovations recorded, oldest first")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const found = await withApp(({ db }) => listInnovations({ db }));
      report(o, found, () =>
        table(
          ["id", "started", "name", "description"],
          found.map((i) => [i.id, i.started_on, i.name, i.description]),
        ),
      );
    });
  innovations
    .command("remove <id>")
    .description("Remove an innovation recorded by mistake")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const removed = await withApp(({ db }) =>
        removeInnovation({ db, id: idOf(id, "innovation_not_found"), audit: audit("innovations remove") }),
      );
      report(o, removed, () => message("dossier_removed", { what: removed.name }, langOf(o)));
    });
}
