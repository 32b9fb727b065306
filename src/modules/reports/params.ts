/**
 * A report's parameters as typed (query string, command line), checked with an answer that says
 * what is wrong and how to write it. A period's data date is its last day, or today while it runs:
 * no report shows numbers for a day that has not come.
 */
import { UserError } from "../../common/errors.ts";

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A month (yyyy-mm) not after today's; with the day its numbers are for. */
export function reportMonth(month: string | undefined, today: string): { month: string; dataDate: string } {
  if (!month) throw new UserError("reports_month_missing");
  if (!monthPattern.test(month)) throw new UserError("reports_month_invalid", { month });
  if (month > today.slice(0, 7)) throw new UserError("reports_month_future", { month });
  return { month, dataDate: earlier(lastDayOf(month), today) };
}

/** A year (yyyy) not after this one; with the day its numbers are for. */
export function reportYear(year: string | undefined, today: string): { year: number; dataDate: string } {
  if (!year) throw new UserError("reports_year_missing");
  if (!/^\d{4}$/.test(year) || Number(year) < 2000) throw new UserError("reports_year_invalid", { year });
  if (year > today.slice(0, 4)) throw new UserError("reports_year_future", { year });
  return { year: Number(year), dataDate: earlier(`${year}-12-31`, today) };
}

/** A period of days (from ≤ to, from not after today); by default 1 January to today. */
export function reportDays(
  from: string | undefined,
  to: string | undefined,
  today: string,
): { from: string; to: string; dataDate: string } {
  const end = to || today;
  const start = from || `${end.slice(0, 4)}-01-01`;
  for (const day of [start, end]) if (!isDay(day)) throw new UserError("reports_day_invalid", { day });
  if (start > end) throw new UserError("reports_period_reversed", { from: start, to: end });
  if (start > today) throw new UserError("reports_period_future", { from: start });
  return { from: start, to: end, dataDate: earlier(end, today) };
}

/**
 * A period of months: a year, or from and to (yyyy-mm), or else `fallback` (a funder's own
 * period). Not both a year and months, and not starting after this month.
 */
export function reportMonths(
  p: { year?: string; from?: string; to?: string },
  fallback: { from: string; to: string },
  today: string,
): { from: string; to: string; dataDate: string } {
  if (p.year && (p.from || p.to)) throw new UserError("reports_period_both");
  if ((p.from && !p.to) || (!p.from && p.to)) throw new UserError("reports_months_half");
  let from = fallback.from;
  let to = fallback.to;
  if (p.year) {
    if (!/^\d{4}$/.test(p.year) || Number(p.year) < 2000)
      throw new UserError("reports_year_invalid", { year: p.year });
    from = `${p.year}-01`;
    to = `${p.year}-12`;
  } else if (p.from && p.to) {
    for (const month of [p.from, p.to])
      if (!monthPattern.test(month)) throw new UserError("reports_month_invalid", { month });
    from = p.from;
    to = p.to;
  }
  if (from > to) throw new UserError("reports_period_reversed", { from, to });
  if (from > today.slice(0, 7)) throw new UserError("reports_period_future", { from });
  return { from, to, dataDate: earlier(lastDayOf(to), today) };
}

export function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function isDay(text: string): boolean {
  if (!dayPattern.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}

const earlier = (a: string, b: string) => (a < b ? a : b);
