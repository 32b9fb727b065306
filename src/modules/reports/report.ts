/**
 * A report as plain data, before it becomes a file: a title, the data's date, the parameters, and
 * sections of tables. One builder per report fills it; report-xlsx.ts and report-pdf.ts write the
 * same object, so the spreadsheet and the PDF always carry the same numbers.
 */
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";

export const reportKinds = ["coverage", "funder", "claims", "paritrana"] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportFormats = ["xlsx", "pdf"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * How a column's values are written: `count` and `rupiah` are integers (#,##0 in XLSX, 1.234.567 /
 * Rp1.234.567 in the PDF), `rate` a fraction (0,4321 → 43,21%), `day` an ISO date (dd-mm-yyyy in the
 * PDF), `month` yyyy-mm (a month name in the PDF), `decimal` a number to one place (average days).
 */
export type ColumnKind = "text" | "count" | "rupiah" | "rate" | "decimal" | "day" | "month";

export interface Column {
  label: string;
  kind: ColumnKind;
}

export type Cell = string | number | null;

export interface Table {
  /** The sheet's name in the XLSX (at most 31 characters, unique in the report). */
  sheet: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** A totals line under the rows, when the table adds up. */
  total?: Cell[];
  /** Shown under the table: what an empty table means, where a number comes from. */
  note?: string;
}

export interface Section {
  heading: string;
  /** Paragraphs before the tables. */
  text?: string[];
  /** An SVG drawing (the schematic map) shown in the PDF only. */
  svg?: { markup: string; width: number };
  tables: Table[];
}

export interface Report {
  kind: ReportKind;
  lang: Lang;
  title: string;
  /** The area or funder and the period, under the title. */
  subtitle: string;
  /** The day the numbers are for (yyyy-mm-dd). */
  dataDate: string;
  /** When the file was made. */
  madeAt: Date;
  /** The parameters as asked for, labelled, for the record. */
  params: [label: string, value: string][];
  sections: Section[];
  /** The file's name without its extension, e.g. laporan-cakupan-2026-03. */
  fileStem: string;
}

/** A message of the reports catalog in the report's language. */
export type Say = (code: string, params?: Record<string, string | number>) => string;

export function sayer(lang: Lang): Say {
  return (code, params = {}) => message(code, params, lang);
}

/** A column in one call: col(t("…"), "count"). */
export const col = (label: string, kind: ColumnKind = "text"): Column => ({ label, kind });

/** Sums a column of numbers (nulls count as nothing). */
export function sum(rows: Cell[][], index: number): number {
  return rows.reduce(
    (total, row) => total + (typeof row[index] === "number" ? (row[index] as number) : 0),
    0,
  );
}

/** part ÷ whole as a fraction to four places; null without a whole. */
export function ratio(part: number, whole: number | null | undefined): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 10_000) / 10_000;
}
