/**
 * The public status check: a worker or an heir gives an NIK and a birth date and learns only
 * whether the worker is covered today, since when, by which kind of funder, the KPJ masked, and
 * what to do after an accident or a death. Nothing else of the record ever leaves this module —
 * not even whether Payung knows the NIK: every answer but "covered" is the same.
 */
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { isoDate, parseNik } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import type { CheckLog } from "./check-log.ts";
import { type CoverRow, findCover } from "./public-check.repository.ts";

export const funderTypes = ["apbd", "apbd_p", "province", "apbn", "dana_desa", "csr", "other"] as const;
export type FunderType = (typeof funderTypes)[number];

export type StatusAnswer =
  | {
      result: "covered";
      /** ISO date: the start of the cover running today, without a break. */
      since: string;
      funderType: FunderType;
      /** The kind of funder in words; never its name (a company's, a village's). */
      funder: string;
      /** The KPJ's last four characters, the rest hidden; null before BPJS gave one. */
      kpj: string | null;
      message: string;
      guidance: { accident: string; death: string };
    }
  | { result: "not_covered"; message: string };

/** A well-formed NIK (digits cleaned), or a 400 answer saying what is wrong with it. */
export function validNik(input: string, lang: Lang = "id"): string {
  const info = parseNik(input);
  const problem = info.problems.find((p) => p.severity === "error");
  if (problem)
    throw new UserError("public_nik_invalid", { problem: message(problem.code, problem.params, lang) });
  return info.nik;
}

/** A real date (yyyy-mm-dd) from 1900 to today, or a 400 answer. */
export function validBirthDate(input: string, today = localToday()): string {
  const [y, m, d] = input.split("-").map(Number);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(input) ? isoDate(y, m, d) : null;
  if (!date || date < "1900-01-01" || date > today)
    throw new UserError("public_birth_date_invalid", { date: input });
  return date;
}

/** Today in the server's time zone, yyyy-mm-dd. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The answer for an NIK and birth date. Not covered, an unknown NIK and a wrong birth date give
 * the same answer, byte for byte, after the same query and nothing else: an NIK (which holds its
 * birth date) must not tell anyone that its holder is on a welfare list. A check that showed a
 * cover is recorded in the audit log under that person, with the caller's address (`log`).
 */
export async function checkStatus({
  db,
  nik,
  birthDate,
  lang,
  log,
  source,
  today = localToday(),
}: {
  db: Db;
  nik: string;
  birthDate: string;
  lang: Lang;
  log: CheckLog;
  /** The caller's address, for the audit log. */
  source: string;
  today?: string;
}): Promise<StatusAnswer> {
  const rows = await findCover(db, nik, birthDate);
  const spells = rows.flatMap((r) => spellOf(r) ?? []);
  const current = spells
    .filter((s) => s.from <= today && today <= s.to)
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (!current) return { result: "not_covered", message: message("public_status_not_covered", {}, lang) };
  log.add([...new Set(rows.map((r) => r.person_id))], source);
  const since = coveredSince(current, spells);
  const funder = message(`public_funder_${current.funderType}`, {}, lang);
  return {
    result: "covered",
    since,
    funderType: current.funderType,
    funder,
    kpj: maskKpj(current.kpj),
    message: message("public_status_covered", { since: dmy(since), funder }, lang),
    guidance: {
      accident: message("public_guidance_accident", {}, lang),
      death: message("public_guidance_death", {}, lang),
    },
  };
}

interface Spell {
  from: string;
  to: string;
  funderType: FunderType;
  kpj: string | null;
}

/**
 * The days a membership covers: an active one from the start BPJS agreed (else its first month)
 * to the last day of its last month; an ended or lapsed one only to the day it ended.
 */
export function spellOf(row: CoverRow): Spell | null {
  if (!row.status || !row.start_month || !row.end_month) return null;
  const from = row.active_from ?? row.start_month;
  let to = lastDayOfMonth(row.end_month);
  if (row.status !== "active") {
    if (!row.ended_on) return null;
    if (row.ended_on < to) to = row.ended_on;
  }
  if (to < from) return null;
  const type = (funderTypes as readonly string[]).includes(row.funder_type ?? "") ? row.funder_type : "other";
  return { from, to, funderType: type as FunderType, kpj: row.kpj };
}

/** The start of the unbroken cover that includes `current`: spells that follow each other day to day join. */
function coveredSince(current: Spell, spells: Spell[]): string {
  let since = current.from;
  for (;;) {
    const dayBefore = addDays(since, -1);
    const earlier = spells.find((s) => s.from < since && s.to >= dayBefore);
    if (!earlier) return since;
    since = earlier.from;
  }
}

/** Only the last four characters show: enough to tell two cards apart, too little to claim with. */
export function maskKpj(kpj: string | null): string | null {
  if (!kpj) return null;
  return `••••${kpj.length > 4 ? kpj.slice(-4) : ""}`;
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}
