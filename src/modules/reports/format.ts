/**
 * How a report's PDF writes values: numbers the Indonesian way in either language (1.234.567,
 * Rp1.234.567, 43,21%), as the regency's papers do; days dd-mm-yyyy; months by name.
 */
import type { Lang } from "../../common/lang.ts";
import { formatRupiah } from "../../common/rupiah.ts";
import type { Cell, ColumnKind } from "./report.ts";

export function formatCount(n: number): string {
  return n.toLocaleString("id-ID");
}

/** 0.4321 → 43,21% */
export function formatRate(r: number): string {
  return `${(r * 100).toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

/** 2026-03-31 → 31-03-2026 */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}

/** 2026-03 → "Mar 2026" */
export function formatMonth(month: string, lang: Lang): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(lang === "id" ? "id-ID" : "en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A moment on this machine's clock: 02-04-2026 10:11. */
export function formatMoment(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getDate())}-${two(at.getMonth() + 1)}-${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** One cell as the PDF shows it; an empty value is a dash. */
export function formatCell(value: Cell, kind: ColumnKind, lang: Lang): string {
  if (value === null || value === "") return "–";
  if (typeof value === "number") {
    if (kind === "rupiah") return formatRupiah(value);
    if (kind === "rate") return formatRate(value);
    if (kind === "decimal")
      return value.toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return formatCount(value);
  }
  if (kind === "day" && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDay(value);
  if (kind === "month" && /^\d{4}-\d{2}$/.test(value)) return formatMonth(value, lang);
  return value;
}
