import os from "node:os";
import type { Command } from "commander";
import { message } from "../common/messages.ts";
import {
  type CoverageList,
  importWorkforce,
  listCoverage,
  removeTarget,
  removeWorkforce,
  setTarget,
  setWorkforce,
} from "../modules/targets/targets.service.ts";
import { wholeNumber } from "./arguments.ts";
import { formatPercent, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({ actor: `cli:${os.userInfo().username}`, via: `payung ${command}` });

/** Counts in Indonesian grouping (1.234.567), as the regency's reports write them. */
const number = (n: number | null) => (n === null ? "–" : n.toLocaleString("id-ID"));

type AreaOptions = ReportOptions & { year: number; region: string };

/** `payung targets …`: a year's target per area, and the list of coverage against targets and workforce. */
export function targetsCommands(program: Command): void {
  const targets = program
    .command("targets")
    .description("Yearly coverage targets per area, and coverage against targets and the informal workforce");
  targets
    .command("set")
    .description("Set an area's target for a year: the number of workers to cover")
    .requiredOption("--year <yyyy>", "the year, e.g. 2026", wholeNumber)
    .requiredOption("--region <code>", "the regency (36.03), a kecamatan (36.03.08) or a desa")
    .requiredOption("--target <n>", "workers to cover, e.g. 100000", wholeNumber)
    .option("--source <text>", "where the number comes from, e.g. the regent's decree or the budget line")
    .option("--json", "print JSON")
    .action(async (o: AreaOptions & { target: number; source?: string }) => {
      const saved = await withApp(({ db, config }) =>
        setTarget({
          db,
          year: o.year,
          region: o.region,
          target: o.target,
          source: o.source,
          regencyCode: config.regencyCode,
          audit: audit("targets set"),
        }),
      );
      const lang = langOf(o);
      report(o, saved, () =>
        [
          message(
            "target_saved",
            { year: saved.year, name: saved.name, region: saved.region, target: number(saved.target) },
            lang,
          ),
          saved.changed ? "" : message("coverage_unchanged", {}, lang),
        ]
          .filter(Boolean)
          .join(" "),
      );
    });
  targets
    .command("remove")
    .description("Remove an area's target for a year")
    .requiredOption("--year <yyyy>", "the year", wholeNumber)
    .requiredOption("--region <code>", "the area's code")
    .option("--json", "print JSON")
    .action(async (o: AreaOptions) => {
      const removed = await withApp(({ db, config }) =>
        removeTarget({
          db,
          year: o.year,
          region: o.region,
          regencyCode: config.regencyCode,
          audit: audit("targets remove"),
        }),
      );
      report(o, removed, () =>
        message("target_removed", { ...removed, target: number(removed.target) }, langOf(o)),
      );
    });
  targets
    .command("list")
    .description("Per area: target, informal workers, persons covered, coverage rate and progress to target")
    .requiredOption("--year <yyyy>", "the year", wholeNumber)
    .option("--on <yyyy-mm-dd>", "count coverage on this day of the year (default: today, or the year's end)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { year: number; on?: string }) => {
      const list = await withApp(({ db, config }) =>
        listCoverage({ db, year: o.year, on: o.on, regencyCode: config.regencyCode }),
      );
      report(o, list, () => coverageTable(list, o));
    });
}

/** `payung workforce …`: informal workers per area (the coverage rate's denominator), set or imported. */
export function workforceCommands(program: Command): void {
  const workforce = program
    .command("workforce")
    .description("Informal workers per area and year (BPS statistics): the denominator of coverage rates");
  workforce
    .command("set")
    .description("Set an area's number of informal workers for a year")
    .requiredOption("--year <yyyy>", "the year, e.g. 2026", wholeNumber)
    .requiredOption("--region <code>", "the regency (36.03), a kecamatan (36.03.08) or a desa")
    .requiredOption("--workers <n>", "informal workers living there, e.g. 12345", wholeNumber)
    .requiredOption("--source <text>", 'where the figure comes from, e.g. "BPS Sakernas Agustus 2025"')
    .option("--json", "print JSON")
    .action(async (o: AreaOptions & { workers: number; source: string }) => {
      const saved = await withApp(({ db, config }) =>
        setWorkforce({
          db,
          year: o.year,
          region: o.region,
          informalWorkers: o.workers,
          source: o.source,
          regencyCode: config.regencyCode,
          audit: audit("workforce set"),
        }),
      );
      const lang = langOf(o);
      report(o, saved, () =>
        [
          message(
            "workforce_saved",
            {
              year: saved.year,
              name: saved.name,
              region: saved.region,
              workers: number(saved.informalWorkers),
              source: saved.source,
            },
            lang,
          ),
          saved.changed ? "" : message("coverage_unchanged", {}, lang),
        ]
          .filter(Boolean)
          .join(" "),
      );
    });
  workforce
    .command("remove")
    .description("Remove an area's informal-worker figure for a year")
    .requiredOption("--year <yyyy>", "the year", wholeNumber)
    .requiredOption("--region <code>", "the area's code")
    .option("--json", "print JSON")
    .action(async (o: AreaOptions) => {
      const removed = await withApp(({ db, config }) =>
        removeWorkforce({
          db,
          year: o.year,
          region: o.region,
          regencyCode: config.regencyCode,
          audit: audit("workforce remove"),
        }),
      );
      report(o, removed, () =>
        message("workforce_removed", { ...removed, workers: number(removed.informalWorkers) }, langOf(o)),
      );
    });
  workforce
    .command("import <file>")
    .description(
      "Import informal workers per kecamatan from CSV/XLSX (KECAMATAN or KODE, PEKERJA INFORMAL, optional SUMBER)",
    )
    .requiredOption("--year <yyyy>", "the year the figures are for", wholeNumber)
    .option("--source <text>", 'the source of rows whose file names none, e.g. "BPS Sakernas Agustus 2025"')
    .option("--json", "print JSON")
    .action(async (file: string, o: ReportOptions & { year: number; source?: string }) => {
      const done = await withApp(({ db, config }) =>
        importWorkforce({
          db,
          file,
          year: o.year,
          source: o.source,
          regencyCode: config.regencyCode,
          audit: audit("workforce import"),
        }),
      );
      const lang = langOf(o);
      report(o, done, () =>
        [
          message(
            "workforce_import_summary",
            {
              file: done.file,
              year: done.year,
              rows: number(done.rows),
              saved: number(done.saved),
              unchanged: number(done.unchanged),
              problems: number(done.problems.length),
            },
            lang,
          ),
          ...done.problems.map((p) => message(`workforce_row_${p.problem}`, p, lang)),
          ...done.corrected.map((c) => message("workforce_row_corrected", c, lang)),
        ].join("\n"),
      );
    });
}

function coverageTable(list: CoverageList, o: ReportOptions): string {
  const lang = langOf(o);
  const indent = (level: number) => "  ".repeat(Math.max(0, level - 2));
  return [
    message("coverage_list_heading", { year: list.year, on: list.on }, lang),
    table(
      ["code", "area", "target", "workforce", "covered", "rate", "progress"],
      list.areas.map((a) => [
        a.code,
        `${indent(a.level)}${a.name}`,
        number(a.target),
        `${number(a.workforce)}${a.workforceFrom === "sum" ? " Σ" : ""}`,
        number(a.covered),
        formatPercent(a.coverageRate),
        formatPercent(a.targetProgress),
      ]),
    ),
    list.areas.some((a) => a.workforceFrom === "sum") ? message("coverage_list_summed", {}, lang) : "",
    list.unplaced > 0 ? message("coverage_list_unplaced", { count: number(list.unplaced) }, lang) : "",
  ]
    .filter(Boolean)
    .join("\n");
}
