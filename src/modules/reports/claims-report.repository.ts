/**
 * The claims report's queries: counts and amounts of claims, their steps, handovers and training
 * referrals of a period, inside an area (a condition on persons p). No one is named.
 *
 * A claim's status on the data date D is its last step recorded before the end of D (claim_steps),
 * so a report of a past quarter reads as it would have then; a claim with no step uses its status.
 */
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";
import type { Scope } from "../claims/claims-access.ts";

export interface Period {
  from: string;
  to: string;
  /** The data date: the period's last day, or today while it runs. */
  dataDate: string;
}

const joins = "FROM claims c JOIN claim_events e ON e.id = c.event_id JOIN persons p ON p.id = e.person_id";
/** The claim's last step before the end of the day at $n: its status and since when. */
const stepOnDay = (n: number) => `LEFT JOIN LATERAL (
    SELECT s.status, s.at FROM claim_steps s WHERE s.claim_id = c.id AND s.at < $${n}::date + 1
    ORDER BY s.at DESC, s.id DESC LIMIT 1) st ON true`;
const openedIn = "c.created_at >= $1::date AND c.created_at < $2::date + 1";

export interface OpenedRow {
  type: string;
  status: string;
  claims: number;
  expected: number;
}

/** Claims opened in the period, by type and by their status on the data date. */
export async function openedClaims(db: Db, p: Period, scope: Scope): Promise<OpenedRow[]> {
  const area = scope(4);
  return db.query<OpenedRow>(
    `SELECT c.type, coalesce(st.status, c.status) AS status, count(*)::int AS claims,
            sum(c.expected)::bigint AS expected
     ${joins} ${stepOnDay(3)}
     WHERE ${openedIn} AND ${area.sql}
     GROUP BY 1, 2`,
    [p.from, p.to, p.dataDate, area.param],
  );
}

export interface PaidRow {
  type: string;
  claims: number;
  paid: number;
  expected: number;
  /** Days from opening to payment, on average. */
  average_days: number | null;
}

/** Claims BPJS paid in the period (paid_on), by type. */
export async function paidClaims(db: Db, p: Period, scope: Scope): Promise<PaidRow[]> {
  const area = scope(3);
  return db.query<PaidRow>(
    `SELECT c.type, count(*)::int AS claims, sum(c.paid_amount)::bigint AS paid, sum(c.expected)::bigint AS expected,
            round(avg(c.paid_on - c.created_at::date), 1)::float8 AS average_days
     ${joins}
     WHERE c.status = 'paid' AND c.paid_on BETWEEN $1::date AND $2::date AND ${area.sql}
     GROUP BY c.type`,
    [p.from, p.to, area.param],
  );
}

export interface StepRow {
  status: string;
  steps: number;
  average_days: number;
  longest_days: number;
}

/** Steps left in the period (the next step came in it): how many, and the days they took. */
export async function stepDays(db: Db, p: Period, scope: Scope): Promise<StepRow[]> {
  const area = scope(3);
  return db.query<StepRow>(
    `SELECT x.status, count(*)::int AS steps, round(avg(x.days), 1)::float8 AS average_days,
            round(max(x.days), 1)::float8 AS longest_days
     FROM (SELECT s.status, lead(s.at) OVER w AS left_at,
                  (extract(epoch FROM lead(s.at) OVER w - s.at) / 86400)::numeric AS days
           FROM claim_steps s JOIN claims c ON c.id = s.claim_id JOIN claim_events e ON e.id = c.event_id
           JOIN persons p ON p.id = e.person_id
           WHERE ${area.sql}
           WINDOW w AS (PARTITION BY s.claim_id ORDER BY s.at, s.id)) x
     WHERE x.left_at >= $1::date AND x.left_at < $2::date + 1
       AND x.status IN ('draft', 'documents_complete', 'submitted')
     GROUP BY x.status`,
    [p.from, p.to, area.param],
  );
}

export interface OverdueRow {
  status: string;
  claims: number;
  expected: number;
}

/**
 * Claims open on the data date that had been in their step longer than the claim settings allow
 * (`limits`: days per step), by step. Any opening day: an old claim still waiting is overdue.
 */
export async function overdueClaims(
  db: Db,
  p: Period,
  limits: Partial<Record<string, number>>,
  scope: Scope,
): Promise<OverdueRow[]> {
  const area = scope(3);
  return db.query<OverdueRow>(
    `SELECT x.status, count(*)::int AS claims, sum(x.expected)::bigint AS expected
     FROM (SELECT coalesce(st.status, c.status) AS status, coalesce(st.at, c.status_since) AS since, c.expected
           ${joins} ${stepOnDay(1)}
           WHERE c.created_at < $1::date + 1 AND ${area.sql}) x
     WHERE x.status IN ('draft', 'documents_complete', 'submitted')
       AND x.since < $1::date + 1 - make_interval(days => ($2::jsonb ->> x.status)::int)
     GROUP BY x.status`,
    [p.dataDate, JSON.stringify(limits), area.param],
  );
}

export interface HandoverRow {
  held_on: string;
  title: string;
  place: string;
  claims: number;
  paid: number;
}

/** Ceremonies held in the period, with the area's claims handed over at each. */
export async function handoversHeld(db: Db, p: Period, scope: Scope): Promise<HandoverRow[]> {
  const area = scope(3);
  return db.query<HandoverRow>(
    `SELECT ${isoDay("h.held_on")} AS held_on, h.title, h.place, count(*)::int AS claims,
            coalesce(sum(c.paid_amount), 0)::bigint AS paid
     FROM handovers h JOIN handover_claims hc ON hc.handover_id = h.id JOIN claims c ON c.id = hc.claim_id
     JOIN claim_events e ON e.id = c.event_id JOIN persons p ON p.id = e.person_id
     WHERE h.held_on BETWEEN $1::date AND $2::date AND ${area.sql}
     GROUP BY h.id, h.held_on, h.title, h.place
     ORDER BY h.held_on, h.id`,
    [p.from, p.to, area.param],
  );
}

/** Heirs referred to training in the period, by how far they had got on the data date. */
export async function trainingStates(
  db: Db,
  p: Period,
  scope: Scope,
): Promise<{ status: string; referrals: number }[]> {
  const area = scope(4);
  return db.query(
    `SELECT CASE WHEN t.employed_on <= $3::date THEN 'employed' WHEN t.completed_on <= $3::date THEN 'completed'
                 WHEN t.enrolled_on <= $3::date THEN 'enrolled' ELSE 'referred' END AS status,
            count(*)::int AS referrals
     FROM training_referrals t JOIN claims c ON c.id = t.claim_id JOIN claim_events e ON e.id = c.event_id
     JOIN persons p ON p.id = e.person_id
     WHERE t.referred_on BETWEEN $1::date AND $2::date AND ${area.sql}
     GROUP BY 1`,
    [p.from, p.to, p.dataDate, area.param],
  );
}
