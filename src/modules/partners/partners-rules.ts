/**
 * Checks every partners entry point shares: days and months as written, short texts, the lists a
 * company or letter carries. A bad value answers what is wrong and how to write it.
 */
import { UserError } from "../../common/errors.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";

export const answers = ["willing", "declined", "considering"] as const;
export type Answer = (typeof answers)[number];

export const codePattern = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/** yyyy-mm-dd, a day of the calendar (Date.parse lets 30 February through). */
export function checkDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day)
    throw new UserError("date_invalid", { date: day });
  return day;
}

export function checkMonths(from: string, to: string): void {
  checkMonth(from);
  checkMonth(to);
  if (to < from) throw new UserError("commitment_period_invalid", { from, to });
}

/** Trimmed, inner runs of spaces made one; empty as null. Refuses more than `max` characters. */
export function text(value: string | null | undefined, field: string, max = 200): string | null {
  const t = (value ?? "").normalize("NFC").trim().replace(/\s+/g, " ");
  if (t.length > max) throw new UserError("partner_text_too_long", { field, max });
  return t || null;
}

/** Like text, but required. */
export function required(value: string | null | undefined, field: string, max = 200): string {
  const t = text(value, field, max);
  if (!t) throw new UserError("partner_field_missing", { field });
  return t;
}

export function checkEmail(email: string | null): string | null {
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new UserError("company_email_invalid", { email });
  return email?.toLowerCase() ?? null;
}

export function checkPhone(phone: string | null): string | null {
  if (phone !== null && !/^\+?[0-9][0-9 ()-]{5,24}$/.test(phone))
    throw new UserError("company_phone_invalid", { phone });
  return phone;
}

/** Names in order, each trimmed; blanks dropped, the same name twice kept once. */
export function signatoryList(names: string[]): string[] {
  const list = [...new Set(names.map((n) => text(n, "signatories")).filter((n): n is string => n !== null))];
  if (list.length > 10) throw new UserError("mou_signatories_too_many", { max: 10 });
  return list;
}

/** Occupations as funders match them: prefixes in capitals, each once. */
export function occupationList(names: string[]): string[] {
  return [
    ...new Set(
      names.map((n) => text(n, "occupations", 60)?.toUpperCase()).filter((n): n is string => Boolean(n)),
    ),
  ];
}

/** Whole rupiah above zero. */
export function checkBudget(budget: number): void {
  if (!Number.isSafeInteger(budget) || budget <= 0)
    throw new UserError("commitment_budget_invalid", { budget: String(budget) });
}

export function checkWorkers(workers: number): void {
  if (!Number.isSafeInteger(workers) || workers <= 0 || workers > 10_000_000)
    throw new UserError("commitment_workers_invalid", { workers: String(workers) });
}

/** Days to look ahead in a list of what is coming: 0 to 366. */
export function checkWithin(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 366)
    throw new UserError("partner_within_invalid", { days: String(days) });
  return days;
}

/** yyyy-mm-dd plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** What changed, field by field: the values before and after (both empty when nothing did). */
export interface Change<T> {
  before: Partial<T>;
  after: Partial<T>;
}

export function changes<T extends object>(before: T, after: T): Change<T> {
  const out: Change<T> = { before: {}, after: {} };
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      out.before[key] = before[key];
      out.after[key] = after[key];
    }
  }
  return out;
}
