import { allDigits, cleanNik, parseNik, type RegionExists } from "../../common/nik.ts";
import { type DateFormat, type ReadDate, readDate } from "./date-reader.ts";
import type { ColumnMap } from "./header-mapping.ts";
import type { RegionResolver } from "./region-resolver.ts";

/** One accepted row, normalised. Absent facts are null; `issues` flags what needs a look. */
export interface NormalisedRecord {
  nik: string | null;
  nikValid: boolean;
  name: string;
  sex: "L" | "P" | null;
  birthDate: string | null;
  birthPlace: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  desaName: string | null;
  kecamatanName: string | null;
  desaCode: string | null;
  kecamatanCode: string | null;
  occupation: string | null;
  desil: number | null;
  desilDate: string | null;
  phone: string | null;
  kkNumber: string | null;
  kpj: string | null;
  /** BPJS membership lists only. */
  membershipStatus: "active" | "inactive" | null;
  segment: string | null;
  memberSince: string | null;
  payer: string | null;
  issues: string[];
}

export type RowOutcome =
  | { kind: "accepted"; record: NormalisedRecord }
  | { kind: "quarantined"; reasons: string[]; kecamatanCode: string | null }
  | { kind: "skipped"; reason: "blank_line" | "summary_line" };

/** What a file's sample settled: its columns and its date formats. */
export interface FileSettings {
  columns: ColumnMap;
  headerCount: number;
  regencyCode: string;
  birthDateFormat: DateFormat;
  desilDateFormat: DateFormat;
  memberSinceFormat: DateFormat;
}

export interface NormaliseContext extends FileSettings {
  resolver: RegionResolver;
  /** Dates already read in this import, by their text. */
  birthDates: Map<string, ReadDate>;
  desilDates: Map<string, ReadDate>;
  memberSinceDates: Map<string, ReadDate>;
  /** Options for parseNik, made once. */
  nikOptions: { regionExists: RegionExists; today: Date };
  regionExists: RegionExists;
  today: Date;
}

const summaryWords = /^(total|jumlah|sub ?total|grand ?total|jumlah total|total keseluruhan)\b/i;

/**
 * Decides what one row of a list becomes: a flagged record, a quarantined row, or a skipped line.
 * This runs for every row of lists with millions of rows: it avoids closures and repeated parsing.
 */
export function normaliseRow(cells: string[], broken: boolean, ctx: NormaliseContext): RowOutcome {
  const c = ctx.columns;
  if (isBlank(cells, 0)) return { kind: "skipped", reason: "blank_line" };
  const name = collapse(cell(cells, c.name));
  const rawNik = cell(cells, c.nik);
  if (isSummary(cells, rawNik)) return { kind: "skipped", reason: "summary_line" };
  const area = ctx.resolver.resolve(cell(cells, c.kecamatan), cell(cells, c.desa));
  const reasons: string[] = [];
  if (broken || !isBlank(cells, ctx.headerCount)) reasons.push("row_unreadable");
  if (name === "") reasons.push("name_missing");
  else if (!hasLetter(name)) reasons.push("name_unreadable");
  if (reasons.length > 0) return { kind: "quarantined", reasons, kecamatanCode: area.kecamatanCode };

  const issues: string[] = area.issues.length ? [...area.issues] : [];
  const nikInfo = parseNik(rawNik, ctx.nikOptions);
  for (const p of nikInfo.problems) issues.push(p.code);
  if (nikInfo.valid && nikInfo.regencyCode !== ctx.regencyCode) issues.push("nik_issued_elsewhere");

  let sex = readSex(cell(cells, c.sex));
  if (sex === undefined) {
    issues.push("sex_invalid");
    sex = null;
  }
  if (nikInfo.valid) {
    if (sex === null) {
      sex = nikInfo.sex;
      issues.push("sex_from_nik");
    } else if (sex !== nikInfo.sex) issues.push("sex_nik_mismatch");
  }

  const birthDate = readBirthDate(
    cell(cells, c.birth_date),
    ctx,
    nikInfo.valid ? nikInfo.birthDate : null,
    issues,
  );
  const rtRw = c.rt_rw === undefined ? undefined : cell(cells, c.rt_rw).split(/[/\-\s]+/);
  const desilDateText = cell(cells, c.desil_date);
  const sinceText = cell(cells, c.member_since);

  return {
    kind: "accepted",
    record: {
      nik: rawNik === "" ? null : nikInfo.nik,
      nikValid: nikInfo.valid,
      name,
      sex,
      birthDate,
      birthPlace: orNull(cell(cells, c.birth_place)),
      address: orNull(collapse(cell(cells, c.address))),
      rt: padArea(cell(cells, c.rt) || rtRw?.[0] || ""),
      rw: padArea(cell(cells, c.rw) || rtRw?.[1] || ""),
      desaName: orNull(cell(cells, c.desa)),
      kecamatanName: orNull(cell(cells, c.kecamatan)),
      desaCode: area.desaCode,
      kecamatanCode: area.kecamatanCode,
      occupation: orNull(collapse(cell(cells, c.occupation))),
      desil: readDesil(cell(cells, c.desil), issues),
      desilDate: desilDateText
        ? readCached(desilDateText, ctx.desilDateFormat, ctx.desilDates, ctx.today).date
        : null,
      phone: readPhone(cell(cells, c.phone), issues),
      kkNumber: readKk(cell(cells, c.kk_number), issues),
      kpj: orNull(cell(cells, c.kpj)),
      membershipStatus: readMembershipStatus(cell(cells, c.membership_status), issues),
      segment: orNull(cell(cells, c.segment)),
      memberSince: sinceText
        ? readCached(sinceText, ctx.memberSinceFormat, ctx.memberSinceDates, ctx.today).date
        : null,
      payer: orNull(collapse(cell(cells, c.payer))),
      issues,
    },
  };
}

/** A mapped cell, trimmed, without the apostrophe spreadsheets use to keep digits as text. */
function cell(cells: string[], index: number | undefined): string {
  if (index === undefined) return "";
  const value = cells[index];
  if (value === undefined || value === "") return "";
  const trimmed = value.trim();
  return trimmed.charCodeAt(0) === 39 ? trimmed.slice(1).trim() : trimmed;
}

function isBlank(cells: string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (cells[i] !== "" && cells[i].trim() !== "") return false;
  return true;
}

function collapse(value: string): string {
  return value.includes("  ") || value.includes("\t") ? value.replace(/\s+/g, " ") : value;
}

/** "TOTAL" or "JUMLAH" in one of the first cells, and no NIK: a spreadsheet's sum line. */
function isSummary(cells: string[], rawNik: string): boolean {
  if (rawNik.length >= 6 && /\d{6,}/.test(rawNik)) return false;
  for (let i = 0; i < 4 && i < cells.length; i++) {
    const first = cells[i].trimStart().charCodeAt(0) | 32; // lower-case ASCII letter
    if (
      (first === 116 || first === 106 || first === 115 || first === 103) &&
      summaryWords.test(cells[i].trim())
    ) {
      return true; // t(otal), j(umlah), s(ub total), g(rand total)
    }
  }
  return false;
}

function orNull(value: string): string | null {
  return value === "" ? null : value;
}

const sexWords: Record<string, "L" | "P"> = {
  L: "L",
  P: "P",
  l: "L",
  lk: "L",
  laki: "L",
  lakilaki: "L",
  pria: "L",
  lelaki: "L",
  male: "L",
  m: "L",
  "1": "L",
  p: "P",
  pr: "P",
  perempuan: "P",
  wanita: "P",
  female: "P",
  f: "P",
  w: "P",
  "2": "P",
};

/** L, P, null when empty, undefined when unreadable. */
export function readSex(value: string): "L" | "P" | null | undefined {
  if (value === "") return null;
  return sexWords[value] ?? sexWords[value.toLowerCase().replace(/[^a-z0-9]/g, "")];
}

function readBirthDate(
  text: string,
  ctx: NormaliseContext,
  nikDate: string | null,
  issues: string[],
): string | null {
  if (text === "") {
    issues.push("birth_date_missing");
    return null;
  }
  const read = readCached(text, ctx.birthDateFormat, ctx.birthDates, ctx.today);
  if (!read.date) {
    issues.push("birth_date_invalid");
    return null;
  }
  let date = read.date;
  if (nikDate && date !== nikDate && read.alternative === nikDate) {
    // The NIK settles an ambiguous day/month in favour of the other reading.
    date = nikDate;
    issues.push("birth_date_swapped");
  } else {
    if (read.swapped) issues.push("birth_date_swapped");
    else if (read.ambiguous && date !== nikDate) issues.push("birth_date_ambiguous");
    if (nikDate && date !== nikDate) issues.push("birth_date_nik_mismatch");
  }
  return date;
}

/** Dates repeat across a large list: a bounded cache saves parsing them again. */
function readCached(text: string, format: DateFormat, cache: Map<string, ReadDate>, today: Date): ReadDate {
  let read = cache.get(text);
  if (!read) {
    read = readDate(text, format, today);
    if (cache.size > 100_000) cache.clear();
    cache.set(text, read);
  }
  return read;
}

const inactiveWords = /^(non ?aktif|tidak aktif|inactive|keluar|berhenti|meninggal|mutasi|lapsed|ended)/;

/** AKTIF → active; NON AKTIF, KELUAR, MENINGGAL … → inactive. */
function readMembershipStatus(text: string, issues: string[]): "active" | "inactive" | null {
  if (text === "") return null;
  const value = text.toLowerCase().replace(/[-_]/g, " ").trim();
  if (inactiveWords.test(value)) return "inactive";
  if (/^(aktif|active)/.test(value)) return "active";
  issues.push("membership_status_invalid");
  return null;
}

function readDesil(text: string, issues: string[]): number | null {
  if (text === "") return null;
  if (text.length <= 2 && allDigits(text)) {
    const value = Number(text);
    if (value >= 1 && value <= 10) return value;
  }
  const m = /^(?:desil\s*)?(\d{1,2})$/i.exec(text);
  const value = m ? Number(m[1]) : Number.NaN;
  if (value >= 1 && value <= 10) return value;
  issues.push("desil_invalid");
  return null;
}

/** Indonesian numbers as dialled at home: +62 812… → 0812…. */
function readPhone(text: string, issues: string[]): string | null {
  if (text === "" || text === "-") return null;
  if (text.charCodeAt(0) === 48 && text.length >= 9 && text.length <= 14 && allDigits(text)) return text;
  let digits = text.replace(/[^\d]/g, "");
  if (digits.startsWith("62")) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith("8")) digits = `0${digits}`;
  if (/^0\d{8,13}$/.test(digits)) return digits;
  issues.push("phone_invalid");
  return null;
}

function readKk(text: string, issues: string[]): string | null {
  if (text === "" || text === "-") return null;
  const digits = cleanNik(text);
  if (digits.length === 16 && allDigits(digits)) return digits;
  issues.push("kk_invalid");
  return null;
}

function padArea(value: string): string | null {
  if (value.length === 3 && allDigits(value)) return value;
  const digits = value.replace(/\D/g, "");
  return digits ? digits.padStart(3, "0").slice(-3) : null;
}

/** A letter anywhere in the name; the first character settles it for almost every name. */
function hasLetter(name: string): boolean {
  const c = name.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || /\p{L}/u.test(name);
}
