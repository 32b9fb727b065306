/**
 * Late contributions. In a month A, a funder's invoices of earlier months that are not fully paid
 * are unpaid months; a run of them ending the month before A is counted per member. Up to
 * `late_months` (billing_rules, 3 by default) a member is only late, and at exactly that many the
 * funder is warned: one more unpaid month ends the membership. More than that, and the membership
 * lapses: cover ends the day before its first unpaid month, and its lines leave those unpaid
 * invoices (the funder does not owe months without cover).
 */
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { addEvents } from "../enrolment/enrolment.repository.ts";
import { addMonths } from "../tariffs/premium.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";
import { dropLinesAfterEnd } from "./invoices.repository.ts";

export interface FunderLateness {
  funder: string;
  name: string;
  /** Consecutive unpaid months up to the month before the one checked. */
  unpaidMonths: number;
  /** The oldest month of that run: paying it first stops the lapse. */
  since: string;
  owed: number;
  /** Active members at exactly the limit: the next unpaid month ends their membership. */
  warned: number;
  /** Active members over the limit: lapsed when the check is applied. */
  lapsing: number;
  state: "late" | "warning" | "lapse";
}

export interface LatenessReport {
  month: string;
  lateMonths: number;
  funders: FunderLateness[];
  /** Memberships lapsed by this run (0 unless applied). */
  lapsed: number;
}

interface Run {
  funderId: number;
  funder: string;
  name: string;
  invoices: number[];
  since: string;
  owed: number;
}

export async function checkLateness({
  db,
  month,
  apply = false,
  audit,
}: {
  db: Db;
  /** yyyy-mm: the month now; invoices of earlier months are due. */
  month: string;
  apply?: boolean;
  audit?: AuditContext;
}): Promise<LatenessReport> {
  checkMonth(month);
  return db.transaction(async (tx) => {
    const [{ late_months: lateMonths }] = await tx.query<{ late_months: number }>(
      `SELECT late_months FROM billing_rules WHERE valid_from <= ($1 || '-01')::date
       ORDER BY valid_from DESC LIMIT 1`,
      [month],
    );
    const runs = await unpaidRuns(tx, month);
    const funders: FunderLateness[] = [];
    let lapsed = 0;
    for (const run of runs) {
      // Per active member: how many of the run's months bill them, and the first of them.
      const members = await tx.query<{ id: number; person_id: number; n: number; first: string }>(
        `SELECT m.id, m.person_id, count(*)::int AS n, to_char(min(i.month), 'YYYY-MM-DD') AS first
         FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN memberships m ON m.id = l.membership_id
         WHERE l.invoice_id = ANY($1::bigint[]) AND m.status = 'active'
         GROUP BY m.id, m.person_id HAVING count(*) >= $2`,
        [run.invoices, lateMonths],
      );
      const over = members.filter((m) => m.n > lateMonths);
      funders.push({
        funder: run.funder,
        name: run.name,
        unpaidMonths: run.invoices.length,
        since: run.since,
        owed: run.owed,
        warned: members.length - over.length,
        lapsing: over.length,
        state: over.length > 0 ? "lapse" : members.length > 0 ? "warning" : "late",
      });
      if (apply && over.length > 0) {
        await tx.query(
          `UPDATE memberships m SET status = 'lapsed', end_reason = 'unpaid', updated_at = now(),
             ended_on = (x.first::date - 1)
           FROM unnest($1::bigint[], $2::text[]) AS x(id, first) WHERE m.id = x.id`,
          [over.map((m) => m.id), over.map((m) => m.first)],
        );
        const ids = over.map((m) => m.id);
        await addEvents(tx, ids, "lapsed", { unpaidSince: run.since, month }, audit?.actor ?? "system");
        await dropLinesAfterEnd(tx, ids);
        if (audit) {
          await recordAudit(
            tx,
            audit,
            "membership_lapse",
            over.map((m) => m.person_id),
            { funder: run.funder, month, unpaidSince: run.since, lapsed: ids.length },
          );
        }
        lapsed += ids.length;
      }
    }
    return { month, lateMonths, funders, lapsed };
  });
}

/** Per funder, its unpaid invoices of consecutive months ending the month before `month`. */
async function unpaidRuns(db: Db, month: string): Promise<Run[]> {
  const rows = await db.query<{
    funder_id: number;
    code: string;
    name: string;
    id: number;
    month: string;
    owed: number;
    unpaid: boolean;
  }>(
    `SELECT i.funder_id, f.code, f.name, i.id, to_char(i.month, 'YYYY-MM') AS month,
            i.amount - i.paid AS owed, i.paid < i.amount AS unpaid
     FROM invoices i JOIN funders f ON f.id = i.funder_id
     WHERE i.month < ($1 || '-01')::date AND i.month >= ($1 || '-01')::date - interval '24 months'
     ORDER BY f.code, i.month DESC`,
    [month],
  );
  const runs: Run[] = [];
  let expected = addMonths(month, -1);
  let run = null as Run | null;
  for (const r of rows) {
    if (run?.funderId !== r.funder_id) {
      if (run && run.invoices.length > 0) runs.push(run);
      run = { funderId: r.funder_id, funder: r.code, name: r.name, invoices: [], since: "", owed: 0 };
      expected = addMonths(month, -1);
    }
    // The run stops at a paid month or a month with no invoice.
    if (r.month !== expected || !r.unpaid) {
      expected = "";
      continue;
    }
    run.invoices.push(r.id);
    run.since = r.month;
    run.owed += r.owed;
    expected = addMonths(r.month, -1);
  }
  if (run && run.invoices.length > 0) runs.push(run);
  return runs;
}
