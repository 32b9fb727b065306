/**
 * Targets and workforce denominators: how many workers an area is to cover in a year (a decision of
 * the regency) and how many informal workers live there (BPS statistics), so that the people covered
 * are a number against a target and a rate of the workforce. Areas are the regency, its kecamatan
 * and its desa. Counts only: nothing here names or identifies a person.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { coveredOn } from "../coverage/coverage-counts.ts";
import { readHeadedRows } from "../imports/headed-rows.ts";
import { RegionResolver } from "../imports/region-resolver.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import * as repo from "./targets.repository.ts";

/** The largest count accepted: more than any regency's workforce, inside a SQL integer. */
const maxCount = 100_000_000;
const maxSourceLength = 200;

export interface SavedTarget {
  year: number;
  region: string;
  name: string;
  level: number;
  target: number;
  source: string | null;
  /** False when the same number and source were stored already (nothing written, nothing audited). */
  changed: boolean;
}

/** Sets (or replaces) an area's target for a year. */
export async function setTarget({
  db,
  year,
  region,
  target,
  source,
  regencyCode,
  audit,
}: {
  db: Db;
  year: number;
  region: string;
  /** Workers to cover in the area that year, above 0. */
  target: number;
  /** Where the number comes from (a regulation, a budget line); optional. */
  source?: string | null;
  /** The configured regency: areas outside it are refused. */
  regencyCode: string;
  audit: AuditContext;
}): Promise<SavedTarget> {
  checkYear(year);
  if (!Number.isSafeInteger(target) || target < 1 || target > maxCount)
    throw new UserError("target_invalid", { target: String(target) });
  const note = sourceText(source);
  const area = await areaOf(db, region, regencyCode);
  return db.transaction(async (tx) => {
    const before = await repo.lockTarget(tx, year, area.code);
    const changed = before?.target !== target || before?.source !== note;
    if (changed) {
      await repo.upsertTarget(tx, { year, code: area.code, target, source: note, by: audit.actor });
      await recordAudit(tx, audit, "target_set", null, {
        year,
        region: area.code,
        target,
        source: note,
        before: before ? { target: before.target, source: before.source } : null,
      });
    }
    return { year, region: area.code, name: area.name, level: area.level, target, source: note, changed };
  });
}

/** Removes an area's target for a year; answers the target it had. */
export async function removeTarget({
  db,
  year,
  region,
  regencyCode,
  audit,
}: {
  db: Db;
  year: number;
  region: string;
  regencyCode: string;
  audit: AuditContext;
}): Promise<{ year: number; region: string; name: string; target: number }> {
  checkYear(year);
  const area = await areaOf(db, region, regencyCode);
  return db.transaction(async (tx) => {
    const before = await repo.lockTarget(tx, year, area.code);
    if (!before) throw new UserError("target_not_found", { year, region: area.code });
    await repo.deleteTarget(tx, year, area.code);
    await recordAudit(tx, audit, "target_remove", null, {
      year,
      region: area.code,
      before: { target: before.target, source: before.source },
    });
    return { year, region: area.code, name: area.name, target: before.target };
  });
}

export interface SavedWorkforce {
  year: number;
  region: string;
  name: string;
  level: number;
  informalWorkers: number;
  source: string;
  changed: boolean;
}

/** Sets (or replaces) an area's count of informal workers for a year, with its source. */
export async function setWorkforce({
  db,
  year,
  region,
  informalWorkers,
  source,
  regencyCode,
  audit,
}: {
  db: Db;
  year: number;
  region: string;
  /** Informal workers living in the area, 0 or more. */
  informalWorkers: number;
  /** Where the figure comes from, e.g. "BPS Sakernas Agustus 2025": required. */
  source: string;
  regencyCode: string;
  audit: AuditContext;
}): Promise<SavedWorkforce> {
  checkYear(year);
  checkWorkers(informalWorkers);
  const note = sourceText(source);
  if (!note) throw new UserError("workforce_source_missing");
  const area = await areaOf(db, region, regencyCode);
  return db.transaction(async (tx) => {
    const [before] = await repo.lockWorkforce(tx, year, [area.code]);
    const saved = await repo.upsertWorkforce(
      tx,
      year,
      [{ code: area.code, informalWorkers, source: note }],
      audit.actor,
    );
    if (saved.length > 0) {
      await recordAudit(tx, audit, "workforce_set", null, {
        year,
        region: area.code,
        informalWorkers,
        source: note,
        before: before ? { informalWorkers: before.informalWorkers, source: before.source } : null,
      });
    }
    return {
      year,
      region: area.code,
      name: area.name,
      level: area.level,
      informalWorkers,
      source: note,
      changed: saved.length > 0,
    };
  });
}

/** Removes an area's workforce figure for a year; answers the figure it had. */
export async function removeWorkforce({
  db,
  year,
  region,
  regencyCode,
  audit,
}: {
  db: Db;
  year: number;
  region: string;
  regencyCode: string;
  audit: AuditContext;
}): Promise<{ year: number; region: string; name: string; informalWorkers: number }> {
  checkYear(year);
  const area = await areaOf(db, region, regencyCode);
  return db.transaction(async (tx) => {
    const [before] = await repo.lockWorkforce(tx, year, [area.code]);
    if (!before) throw new UserError("workforce_not_found", { year, region: area.code });
    await repo.deleteWorkforce(tx, year, area.code);
    await recordAudit(tx, audit, "workforce_remove", null, {
      year,
      region: area.code,
      before: { informalWorkers: before.informalWorkers, source: before.source },
    });
    return { year, region: area.code, name: area.name, informalWorkers: before.informalWorkers };
  });
}

/** Why an imported row was kept out (or, for `total_row`, skipped on purpose). */
export type WorkforceProblem =
  | "kecamatan_unknown"
  | "kecamatan_repeated"
  | "workers_invalid"
  | "source_missing"
  | "total_row";

export interface WorkforceImport {
  file: string;
  year: number;
  /** Data rows under the header (blank rows not counted). */
  rows: number;
  /** Figures written: new, or different from the stored ones. */
  saved: number;
  /** Figures equal to the stored ones (number and source): importing a file twice saves nothing. */
  unchanged: number;
  /** Rows kept out, with the kecamatan as written: fix them and import the file again. */
  problems: { row: number; kecamatan: string; workers: string; problem: WorkforceProblem }[];
  /** Rows whose kecamatan name was read with a typo forgiven: check that it is the one meant. */
  corrected: { row: number; kecamatan: string; code: string; name: string }[];
}

const headers = {
  code: /^(KODE|KODE (KECAMATAN|KEC\.?|WILAYAH)|KODE_KEC|KD_KEC|KODE KEMENDAGRI)$/,
  name: /^((NAMA )?(KECAMATAN|KEC\.?)|DISTRICT|WILAYAH)$/,
  workers: /PEKERJA|INFORMAL|WORKERS|TENAGA KERJA|^JUMLAH$/,
  source: /^(SUMBER|SUMBER DATA|SOURCE)$/,
};
const totalRow = /^(JUMLAH|TOTAL)\b/i;

/**
 * Reads informal-worker figures per kecamatan from a CSV or XLSX (a column with the kecamatan's
 * code or name, one with the number; a SUMBER column overrides `source` row by row) and saves them
 * for the year. Rows naming no kecamatan of the regency, repeating one, or with no usable number
 * are reported with their row number and kept out; the rest are saved in one transaction.
 */
export async function importWorkforce({
  db,
  file,
  year,
  source,
  regencyCode,
  audit,
}: {
  db: Db;
  file: string;
  year: number;
  /** The source of every row whose file gives none. */
  source?: string | null;
  regencyCode: string;
  audit: AuditContext;
}): Promise<WorkforceImport> {
  checkYear(year);
  const fallback = sourceText(source);
  const kecamatan = await repo.listKecamatan(db, regencyCode);
  const byCode = new Map(kecamatan.map((k) => [k.code, k]));
  const byDigits = new Map(kecamatan.map((k) => [k.code.replaceAll(".", ""), k]));
  const resolver = new RegionResolver(kecamatan);
  const problems: WorkforceImport["problems"] = [];
  const corrected: WorkforceImport["corrected"] = [];
  const figures = new Map<string, { informalWorkers: number; source: string }>();

  const read = await readHeadedRows(file, headers, requireColumns, (cell, row) => {
    const written = cell("name") || cell("code");
    const workers = cell("workers");
    const keep = (problem: WorkforceProblem) => problems.push({ row, kecamatan: written, workers, problem });
    if (totalRow.test(written)) return keep("total_row");
    const code = cell("code");
    // A code (36.03.08 or 360308), in its own column or in the name's; else the name, typos forgiven.
    let area = byCode.get(code) ?? byDigits.get(code.replace(/\s/g, "")) ?? byCode.get(cell("name"));
    if (!area && cell("name")) {
      const found = resolver.resolve(cell("name"), "");
      area = found.kecamatanCode ? byCode.get(found.kecamatanCode) : undefined;
      if (area && found.issues.includes("region_typo_corrected"))
        corrected.push({ row, kecamatan: cell("name"), code: area.code, name: area.name });
    }
    if (!area) return keep("kecamatan_unknown");
    const count = parseCount(workers);
    if (count === null) return keep("workers_invalid");
    const rowSource = sourceText(cell("source")) ?? fallback;
    if (!rowSource) return keep("source_missing");
    if (figures.has(area.code)) return keep("kecamatan_repeated");
    figures.set(area.code, { informalWorkers: count, source: rowSource });
  });

  return db.transaction(async (tx) => {
    const codes = [...figures.keys()];
    const before = new Map((await repo.lockWorkforce(tx, year, codes)).map((w) => [w.regionCode, w]));
    const saved = await repo.upsertWorkforce(
      tx,
      year,
      codes.map((code) => ({ code, ...figures.get(code)! })),
      audit.actor,
    );
    if (saved.length > 0) {
      await recordAudit(tx, audit, "workforce_import", null, {
        year,
        file: read.fileName,
        sha256: read.sha256,
        rows: read.rows,
        problems: problems.length,
        saved: saved.map((code) => ({
          region: code,
          informalWorkers: figures.get(code)!.informalWorkers,
          source: figures.get(code)!.source,
          before: before.has(code) ? before.get(code)!.informalWorkers : null,
        })),
      });
    }
    return {
      file: read.fileName,
      year,
      rows: read.rows,
      saved: saved.length,
      unchanged: codes.length - saved.length,
      problems,
      corrected,
    };
  });
}

/** One area's line of the list. Rates are fractions (0.4321 is 43.21%), null without a denominator. */
export interface CoverageArea {
  code: string;
  name: string;
  /** 2 regency, 3 kecamatan, 4 desa. */
  level: number;
  target: number | null;
  targetSource: string | null;
  /** Informal workers: the area's own figure, else the sum of its children's when every child has one. */
  workforce: number | null;
  workforceSource: string | null;
  /** "figure": entered for the area; "sum": added up from every kecamatan (or desa) below it. */
  workforceFrom: "figure" | "sum" | null;
  /** Persons covered on the list's day: the regency's are all its persons, a kecamatan's its residents. */
  covered: number;
  /** covered ÷ workforce; null when there is no workforce figure or it is 0. */
  coverageRate: number | null;
  /** covered ÷ target; null without a target. */
  targetProgress: number | null;
}

export interface CoverageList {
  year: number;
  /** The day coverage was counted on (yyyy-mm-dd): the data's date. */
  on: string;
  regency: string;
  /** The regency, every kecamatan, and the desa that have a target or a workforce figure; in code order. */
  areas: CoverageArea[];
  /** Covered persons whose address names no kecamatan: in the regency's count only. */
  unplaced: number;
}

/**
 * A year's targets and workforce figures per area, with the persons covered on a day of the year
 * (by default: today in the current year, 31 December of a past year, 1 January of a future one).
 */
export async function listCoverage({
  db,
  year,
  on,
  regencyCode,
  desaOf,
  today = localToday(),
}: {
  db: Db;
  year: number;
  /** yyyy-mm-dd inside the year. */
  on?: string;
  regencyCode: string;
  /** A kecamatan whose every desa is listed, with or without a target or workforce figure. */
  desaOf?: string;
  /** For tests: the day taken as today. */
  today?: string;
}): Promise<CoverageList> {
  checkYear(year);
  const day = on ?? defaultDay(year, today);
  checkDate(day);
  if (Number(day.slice(0, 4)) !== year) throw new UserError("coverage_day_outside_year", { on: day, year });
  const [main, desa, targets, workforce, covered] = await Promise.all([
    repo.listMainAreas(db, regencyCode),
    repo.listDesa(db, regencyCode),
    repo.listTargets(db, year, regencyCode),
    repo.listWorkforce(db, year, regencyCode),
    coveredOn(db, regencyCode, day, today),
  ]);
  const targetOf = new Map(targets.map((t) => [t.regionCode, t]));
  const figureOf = new Map(workforce.map((w) => [w.regionCode, w]));

  // Children roll up: a desa's count is its residents', a kecamatan's all its residents' (those
  // without a desa too), the regency's every covered person's.
  const coveredIn = new Map<string, number>();
  let unplaced = 0;
  let all = 0;
  for (const c of covered.cells) {
    if (c.dimension !== "all") continue;
    all += c.covered;
    // Area codes nest: 36.03 (regency), 36.03.08 (kecamatan), 36.03.08.2001 (desa).
    const kecamatan = c.area.length > regencyCode.length ? c.area.slice(0, regencyCode.length + 3) : null;
    if (kecamatan) coveredIn.set(kecamatan, (coveredIn.get(kecamatan) ?? 0) + c.covered);
    else unplaced += c.covered;
    if (kecamatan && c.area !== kecamatan) coveredIn.set(c.area, (coveredIn.get(c.area) ?? 0) + c.covered);
  }
  coveredIn.set(regencyCode, all);

  // A denominator summed from children only when every child has one: a partial sum would make
  // the rate look higher than it is.
  const childrenOf = new Map<string, repo.Area[]>();
  for (const a of [...main, ...desa]) {
    if (a.parentCode) childrenOf.set(a.parentCode, [...(childrenOf.get(a.parentCode) ?? []), a]);
  }
  const summed = new Map<string, number | null>();
  const workforceOf = (code: string): number | null => {
    const own = figureOf.get(code);
    if (own) return own.informalWorkers;
    if (summed.has(code)) return summed.get(code)!;
    const children = childrenOf.get(code) ?? [];
    let sum: number | null = children.length > 0 ? 0 : null;
    for (const child of children) {
      const n = workforceOf(child.code);
      sum = n === null || sum === null ? null : sum + n;
      if (sum === null) break;
    }
    summed.set(code, sum);
    return sum;
  };

  const listed = (d: repo.Area) => targetOf.has(d.code) || figureOf.has(d.code) || d.parentCode === desaOf;
  const shown = [...main, ...desa.filter(listed)].sort((a, b) => a.code.localeCompare(b.code));
  const areas = shown.map((a): CoverageArea => {
    const target = targetOf.get(a.code) ?? null;
    const own = figureOf.get(a.code) ?? null;
    const workforce = workforceOf(a.code);
    const n = coveredIn.get(a.code) ?? 0;
    return {
      code: a.code,
      name: a.name,
      level: a.level,
      target: target?.target ?? null,
      targetSource: target?.source ?? null,
      workforce,
      workforceSource: own?.source ?? null,
      workforceFrom: own ? "figure" : workforce === null ? null : "sum",
      covered: n,
      coverageRate: ratio(n, workforce),
      targetProgress: ratio(n, target?.target ?? null),
    };
  });
  return { year, on: day, regency: regencyCode, areas, unplaced };
}

async function areaOf(db: Db, code: string, regencyCode: string): Promise<repo.Area> {
  const area = await repo.findArea(db, code.trim(), regencyCode);
  if (!area) throw new UserError("coverage_region_outside", { code, regency: regencyCode });
  return area;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UserError("coverage_year_invalid", { year: String(year) });
}

function checkWorkers(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0 || n > maxCount)
    throw new UserError("workforce_invalid", { workers: String(n) });
}

/** Trimmed, runs of spaces made one; empty as none. */
function sourceText(text: string | null | undefined): string | null {
  const note = (text ?? "").normalize("NFC").trim().replace(/\s+/g, " ");
  if (note.length > maxSourceLength)
    throw new UserError("coverage_source_too_long", { max: maxSourceLength });
  return note || null;
}

/**
 * A count as statistics tables write it: 12345, 12.345 or 12,345 (thousands grouped), 12 345, or
 * 12345.0 from a spreadsheet; null for anything else (a fraction, a word, a negative number).
 */
export function parseCount(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, "");
  let digits: string | null = null;
  if (/^\d+$/.test(t)) digits = t;
  else if (/^\d{1,3}([.,]\d{3})+$/.test(t) && new Set(t.match(/[.,]/g)).size === 1)
    digits = t.replace(/[.,]/g, "");
  else if (/^\d+[.,]0+$/.test(t)) digits = t.replace(/[.,]0+$/, "");
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n <= maxCount ? n : null;
}

function ratio(part: number, whole: number | null): number | null {
  if (whole === null || whole === 0) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}

function defaultDay(year: number, today: string): string {
  const current = Number(today.slice(0, 4));
  return year === current ? today : year < current ? `${year}-12-31` : `${year}-01-01`;
}

function requireColumns(found: Record<keyof typeof headers, number>): void {
  const missing = [
    ...(found.code < 0 && found.name < 0 ? ["KECAMATAN"] : []),
    ...(found.workers < 0 ? ["PEKERJA INFORMAL"] : []),
  ];
  if (missing.length > 0) throw new UserError("workforce_columns_missing", { missing: missing.join(", ") });
}
