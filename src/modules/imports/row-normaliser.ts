import { cleanNik, parseNik, type RegionExists } from "../../common/nik.ts";
import { type DateFormat, readDate } from "./date-reader.ts";
import type { ColumnMap, Field } from "./header-mapping.ts";
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
  issues: string[];
}

export type RowOutcome =
  | { kind: "accepted"; record: NormalisedRecord }
  | { kind: "quarantined"; reasons: string[]; kecamatanCode: string | null }
  | { kind: "skipped"; reason: "blank_line" | "summary_line" };

export interface NormaliseContext {
  columns: ColumnMap;
  headerCount: number;
  regencyCode: string;
  birthDateFormat: DateFormat;
  desilDateFormat: DateFormat;
  resolver: RegionResolver;
  regionExists: RegionExists;
  today: Date;
}

const summaryWords = /^(total|jumlah|sub ?total|grand ?total|jumlah total|total keseluruhan)\b/i;

/** Decides what one row of a list becomes: a flagged record, a quarantined row, or a skipped line. */
export function normaliseRow(cells: string[], broken: boolean, ctx: NormaliseContext): RowOutcome {
  const get = (field: Field): string => {
    const index = ctx.columns[field];
    return index === undefined ? "" : clean(cells[index] ?? "");
  };
  if (cells.every((c) => c.trim() === "")) return { kind: "skipped", reason: "blank_line" };
  const name = get("name").replace(/\s+/g, " ");
  const rawNik = get("nik");
  if (!/\d{6,}/.test(rawNik) && cells.slice(0, 4).some((c) => summaryWords.test(c.trim()))) {
    return { kind: "skipped", reason: "summary_line" };
  }
  const area = ctx.resolver.resolve(get("kecamatan"), get("desa"));
  const reasons: string[] = [];
  const overflow = cells.slice(ctx.headerCount).some((c) => c.trim() !== "");
  if (broken || overflow) reasons.push("row_unreadable");
  if (name === "") reasons.push("name_missing");
  else if (!/\p{L}/u.test(name)) reasons.push("name_unreadable");
  if (reasons.length > 0) return { kind: "quarantined", reasons, kecamatanCode: area.kecamatanCode };

  const issues: string[] = [...area.issues];
  const nik = rawNik === "" ? null : cleanNik(rawNik);
  const nikInfo = parseNik(rawNik, { regionExists: ctx.regionExists, today: ctx.today });
  for (const p of nikInfo.problems) issues.push(p.code);
  if (nikInfo.valid && nikInfo.regencyCode !== ctx.regencyCode) issues.push("nik_issued_elsewhere");

  let sex = readSex(get("sex"));
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

  const birthDate = readBirthDate(get("birth_date"), ctx, nikInfo.valid ? nikInfo.birthDate : null, issues);
  const rtRw = get("rt_rw").split(/[/\-\s]+/);
  const desil = readDesil(get("desil"), issues);
  const desilDateText = get("desil_date");
  const desilDate = desilDateText ? readDate(desilDateText, ctx.desilDateFormat, ctx.today).date : null;

  return {
    kind: "accepted",
    record: {
      nik,
      nikValid: nikInfo.valid,
      name,
      sex,
      birthDate,
      birthPlace: orNull(get("birth_place")),
      address: orNull(get("address").replace(/\s+/g, " ")),
      rt: padArea(get("rt") || rtRw[0] || ""),
      rw: padArea(get("rw") || rtRw[1] || ""),
      desaName: orNull(get("desa")),
      kecamatanName: orNull(get("kecamatan")),
      desaCode: area.desaCode,
      kecamatanCode: area.kecamatanCode,
      occupation: orNull(get("occupation").replace(/\s+/g, " ")),
      desil,
      desilDate,
      phone: readPhone(get("phone"), issues),
      kkNumber: readKk(get("kk_number"), issues),
      kpj: orNull(get("kpj")),
      issues,
    },
  };
}

/** Trims and drops the apostrophe spreadsheets use to keep digits as text. */
function clean(value: string): string {
  const trimmed = value.trim();
  return trimmed.charCodeAt(0) === 39 ? trimmed.slice(1).trim() : trimmed;
}

function orNull(value: string): string | null {
  return value === "" ? null : value;
}

const sexWords: Record<string, "L" | "P"> = {
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
  return sexWords[value.toLowerCase().replace(/[^a-z0-9]/g, "")];
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
  const read = readDate(text, ctx.birthDateFormat, ctx.today);
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

function readDesil(text: string, issues: string[]): number | null {
  if (text === "") return null;
  const m = /^(?:desil\s*)?(\d{1,2})$/i.exec(text);
  const value = m ? Number(m[1]) : Number.NaN;
  if (value >= 1 && value <= 10) return value;
  issues.push("desil_invalid");
  return null;
}

/** Indonesian numbers as dialled at home: +62 812… → 0812…. */
function readPhone(text: string, issues: string[]): string | null {
  if (text === "" || text === "-") return null;
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
  if (/^\d{16}$/.test(digits)) return digits;
  issues.push("kk_invalid");
  return null;
}

function padArea(value: string): string | null {
  const digits = value.replace(/\D/g, "");
  return digits ? digits.padStart(3, "0").slice(-3) : null;
}
