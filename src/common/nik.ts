/**
 * NIK (Nomor Induk Kependudukan): 16 digits `PP KK CC DDMMYY SSSS` = province, regency/city,
 * kecamatan of issue, birth date (women: day + 40), serial. The region is where the NIK was
 * issued, not where the person lives now.
 */
export interface NikProblem {
  code: string;
  /** An error makes the NIK invalid; a warning only asks for a look. */
  severity: "error" | "warning";
  params?: Record<string, string | number>;
}

export interface NikInfo {
  nik: string;
  valid: boolean;
  sex: "L" | "P" | null;
  /** ISO date, or null when the date part is impossible. */
  birthDate: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  serial: string | null;
  problems: NikProblem[];
}

/** Tells which region codes exist; absent means "don't check regions". */
export type RegionExists = (code: string) => boolean;

/** Removes what spreadsheets add around an NIK: spaces, dots, a leading apostrophe. */
export function cleanNik(value: string): string {
  // Most NIKs arrive clean: skip the regex work for them (imports call this a million times).
  if (allDigits(value)) return value;
  return value.replace(/^'+/, "").replace(/[\s.-]/g, "");
}

export function parseNik(
  input: string,
  options: { regionExists?: RegionExists; today?: Date } = {},
): NikInfo {
  const nik = cleanNik(input);
  const info: NikInfo = {
    nik,
    valid: false,
    sex: null,
    birthDate: null,
    provinceCode: null,
    regencyCode: null,
    districtCode: null,
    serial: null,
    problems: [],
  };
  if (nik === "") {
    info.problems.push({ code: "nik_missing", severity: "error" });
    return info;
  }
  if (!allDigits(nik)) {
    // Scientific notation from Excel (3.60304E+15) lands here too: the digits are lost.
    info.problems.push({ code: "nik_invalid_chars", severity: "error" });
    return info;
  }
  if (nik.length !== 16) {
    info.problems.push({ code: "nik_invalid_length", severity: "error", params: { length: nik.length } });
    return info;
  }
  info.provinceCode = nik.slice(0, 2);
  info.regencyCode = `${nik.slice(0, 2)}.${nik.slice(2, 4)}`;
  info.districtCode = `${info.regencyCode}.${nik.slice(4, 6)}`;
  info.serial = nik.slice(12, 16);

  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = day > 40;
  const realDay = female ? day - 40 : day;
  const year = fullYear(yy, options.today ?? new Date());
  const date = isoDate(year, month, realDay);
  if (date) {
    info.birthDate = date;
    info.sex = female ? "P" : "L";
  } else {
    info.problems.push({ code: "nik_invalid_date", severity: "error", params: { date: nik.slice(6, 12) } });
  }
  if (info.serial === "0000") info.problems.push({ code: "nik_serial_zero", severity: "error" });

  const exists = options.regionExists;
  if (exists) {
    if (!exists(info.provinceCode))
      info.problems.push({
        code: "nik_invalid_province",
        severity: "error",
        params: { code: info.provinceCode },
      });
    else if (!exists(info.regencyCode))
      info.problems.push({
        code: "nik_unknown_regency",
        severity: "warning",
        params: { code: info.regencyCode },
      });
    else if (!exists(info.districtCode))
      info.problems.push({
        code: "nik_unknown_district",
        severity: "warning",
        params: { code: info.districtCode },
      });
  }
  info.valid = !info.problems.some((p) => p.severity === "error");
  return info;
}

/** Two-digit years: the most recent year not in the future (a NIK holder is born, not unborn). */
export function fullYear(yy: number, today: Date): number {
  const century = Math.floor(today.getFullYear() / 100) * 100;
  return century + yy > today.getFullYear() ? century - 100 + yy : century + yy;
}

/** ISO yyyy-mm-dd if the date exists, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 3603••••••••0012: region of issue and serial stay readable, the birth date does not. */
export function maskNik(nik: string): string {
  if (nik.length !== 16) return "•".repeat(Math.max(0, nik.length - 4)) + nik.slice(-4);
  return `${nik.slice(0, 4)}${"•".repeat(8)}${nik.slice(12)}`;
}

/** Only the digits 0–9 (true for the empty string). */
export function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
