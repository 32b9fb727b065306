import { isoDate } from "../../common/nik.ts";

/** The order of day and month in dates like 03/04/1990; ISO and Excel serials are unambiguous. */
export type DayMonthOrder = "dmy" | "mdy";

export interface DateFormat {
  order: DayMonthOrder;
  /** Both orders occur in the file (or neither shows): values like 03/04 cannot be trusted. */
  mixed: boolean;
}

export interface ReadDate {
  date: string | null;
  /** Read with day and month swapped because the dominant order gave an impossible date. */
  swapped?: boolean;
  /** Day and month both ≤ 12 in a file whose order is uncertain. */
  ambiguous?: boolean;
  /** The other reading, when both are possible: lets a caller check it against the NIK. */
  alternative?: string | null;
}

const months: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  dec: 12,
  desember: 12,
  december: 12,
};

const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/;
const named = /^(\d{1,2})[-\s/.]+([a-z]+)[-\s/.,]+(\d{4}|\d{2})$/;
const serial = /^\d{4,5}(\.\d+)?$/;

/** Looks at a sample of values and picks the file's dominant order (Indonesian dmy unless shown otherwise). */
export function detectDateFormat(values: string[]): DateFormat {
  let dmy = 0;
  let mdy = 0;
  for (const value of values) {
    const m = numeric.exec(value.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  const order = mdy > dmy ? "mdy" : "dmy";
  const minority = Math.min(dmy, mdy);
  // A few swapped values among many are defects, not a second format.
  return { order, mixed: dmy + mdy === 0 || minority > (dmy + mdy) * 0.2 };
}

/** Reads one date cell in the file's format; two-digit years are taken as 19xx/20xx not in the future. */
export function readDate(raw: string, format: DateFormat, today: Date): ReadDate {
  const value = raw.trim().toLowerCase();
  if (value === "") return { date: null };
  let m = iso.exec(value);
  if (m) return { date: plausible(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), today) };
  m = numeric.exec(value);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), expandYear(m[3], today)];
    const [day, month] = format.order === "dmy" ? [a, b] : [b, a];
    const first = plausible(isoDate(year, month, day), today);
    const other = day === month ? null : plausible(isoDate(year, day, month), today);
    if (first) return { date: first, ambiguous: Boolean(other && format.mixed), alternative: other };
    if (other) return { date: other, swapped: true };
    return { date: null };
  }
  m = named.exec(value);
  if (m && months[m[2]]) {
    return { date: plausible(isoDate(expandYear(m[3], today), months[m[2]], Number(m[1])), today) };
  }
  if (serial.test(value)) return { date: plausible(fromExcelSerial(Number(value)), today) };
  return { date: null };
}

function expandYear(text: string, today: Date): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  const century = Math.floor(today.getFullYear() / 100) * 100;
  return century + yy > today.getFullYear() ? century - 100 + yy : century + yy;
}

/** Excel's 1900 date system; right from 1 March 1900 on (Excel counts a phantom 29 Feb 1900). */
export function fromExcelSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Birth and snapshot dates lie between 1900 and today. */
function plausible(date: string | null, today: Date): string | null {
  if (!date || date < "1900-01-01" || date > isoDay(today)) return null;
  return date;
}

let lastDay: Date | undefined;
let lastIso = "";
/** today as yyyy-mm-dd, computed once per distinct Date object (imports pass the same one). */
function isoDay(today: Date): string {
  if (today !== lastDay) {
    lastDay = today;
    lastIso = today.toISOString().slice(0, 10);
  }
  return lastIso;
}
