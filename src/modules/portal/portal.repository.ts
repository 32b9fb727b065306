/**
 * The partner portal's queries: counts and sums over the people a company funds, never a row of
 * anyone. A company funds the persons with memberships whose funder is one of its commitments'.
 */
import type { Db } from "../../core/db.ts";

export interface CompanyRow {
  id: number;
  code: string;
  name: string;
  sector: string | null;
}

export interface CommitmentRow {
  id: number;
  mou: string | null;
  budget: number;
  workers: number;
  period_from: string;
  period_to: string;
  kecamatan: string[];
  occupations: string[];
  funder: string | null;
  covered: number;
}

export async function findCompany(db: Db, code: string): Promise<CompanyRow | null> {
  const rows = await db.query<CompanyRow>("SELECT id, code, name, sector FROM companies WHERE code = $1", [
    code,
  ]);
  return rows[0] ?? null;
}

/** The company a user's account belongs to (a CSR partner's), or null. */
export async function companyOfUser(db: Db, userId: number): Promise<CompanyRow | null> {
  const rows = await db.query<CompanyRow>(
    `SELECT c.id, c.code, c.name, c.sector FROM users u JOIN companies c ON c.id = u.company_id
     WHERE u.id = $1`,
    [userId],
  );
  return rows[0] ?? null;
}

// The memberships a company pays for that had begun by the day ($2), and which of them cover it:
// the rule of the public status check (active, lapsed or ended; from the agreed start to the end of
// the last month, or to the day it ended).
const funded = `
  funded AS (
    SELECT m.person_id, c.id AS commitment_id,
           $2::date < m.end_month + interval '1 month' AND (m.ended_on IS NULL OR $2::date <= m.ended_on)
             AS covers
    FROM commitments c JOIN memberships m ON m.funder_id = c.funder_id
    WHERE c.company_id = $1 AND m.status IN ('active', 'lapsed', 'ended') AND m.active_from <= $2::date
  ),
  covered AS (SELECT DISTINCT person_id FROM funded WHERE covers)`;

export async function listCommitments(db: Db, companyId: number, day: string): Promise<CommitmentRow[]> {
  return db.query<CommitmentRow>(
    `WITH ${funded}
     SELECT c.id, mo.number AS mou, c.budget, c.workers, c.period_from, c.period_to,
            ARRAY(SELECT coalesce(r.name, k) FROM unnest(c.kecamatan_codes) k
                  LEFT JOIN regions r ON r.code = k ORDER BY 1) AS kecamatan,
            c.occupations, f.code AS funder,
            (SELECT count(DISTINCT person_id) FROM funded WHERE covers AND commitment_id = c.id) AS covered
     FROM commitments c LEFT JOIN mous mo ON mo.id = c.mou_id LEFT JOIN funders f ON f.id = c.funder_id
     WHERE c.company_id = $1
     ORDER BY c.period_from, c.id`,
    [companyId, day],
  );
}

export async function countPeople(
  db: Db,
  companyId: number,
  day: string,
): Promise<{ now: number; ever: number }> {
  const [row] = await db.query<{ now: number; ever: number }>(
    `WITH ${funded}
     SELECT (SELECT count(*) FROM covered) AS now, (SELECT count(DISTINCT person_id) FROM funded) AS ever`,
    [companyId, day],
  );
  return row;
}

/** The people covered on the day by the kecamatan of their address (null: none known). */
export async function countByKecamatan(
  db: Db,
  companyId: number,
  day: string,
): Promise<{ code: string | null; name: string | null; count: number }[]> {
  return db.query(
    `WITH ${funded}
     SELECT p.kecamatan_code AS code, r.name, count(*) AS count
     FROM covered JOIN persons p ON p.id = covered.person_id LEFT JOIN regions r ON r.code = p.kecamatan_code
     GROUP BY p.kecamatan_code, r.name
     ORDER BY r.name NULLS LAST, p.kecamatan_code`,
    [companyId, day],
  );
}

/** The people covered on the day by occupation, as lists write it in capitals (null: unknown). */
export async function countByOccupation(
  db: Db,
  companyId: number,
  day: string,
): Promise<{ occupation: string | null; count: number }[]> {
  return db.query(
    `WITH ${funded}
     SELECT NULLIF(upper(btrim(p.occupation)), '') AS occupation, count(*) AS count
     FROM covered JOIN persons p ON p.id = covered.person_id
     GROUP BY 1 ORDER BY 1 NULLS LAST`,
    [companyId, day],
  );
}

/** The company's memberships by their status today. */
export async function countMemberships(db: Db, companyId: number): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; count: number }>(
    `SELECT m.status, count(*) AS count
     FROM commitments c JOIN memberships m ON m.funder_id = c.funder_id
     WHERE c.company_id = $1 GROUP BY m.status`,
    [companyId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.count]));
}

/**
 * Claims paid by the day for deaths and accidents its cover met (the event's membership is one
 * it pays for): how many, for how many members and heirs, and how much.
 */
export async function sumClaimsPaid(
  db: Db,
  companyId: number,
  day: string,
): Promise<{ claims: number; members: number; heirs: number; amount: number }> {
  const [row] = await db.query<{ claims: number; members: number; heirs: number; amount: number }>(
    `WITH paid AS (
       SELECT cl.id, cl.paid_amount, e.person_id
       FROM commitments c
       JOIN memberships m ON m.funder_id = c.funder_id
       JOIN claim_events e ON e.membership_id = m.id
       JOIN claims cl ON cl.event_id = e.id
       WHERE c.company_id = $1 AND cl.status = 'paid' AND cl.paid_on <= $2::date
     )
     SELECT (SELECT count(*) FROM paid) AS claims,
            (SELECT count(DISTINCT person_id) FROM paid) AS members,
            (SELECT count(DISTINCT h.family_member_id) FROM claim_heirs h JOIN paid ON paid.id = h.claim_id) AS heirs,
            (SELECT coalesce(sum(paid_amount), 0)::bigint FROM paid) AS amount`,
    [companyId, day],
  );
  return row;
}

/**
 * The money of the company's funders by the day: invoiced (months up to the day's), paid and
 * refunded by then, and the people the invoices bill (to hide amounts tied to fewer than 5).
 */
export async function sumMoney(
  db: Db,
  companyId: number,
  day: string,
): Promise<{ budget: number; invoiced: number; paid: number; refunded: number; people: number }> {
  const [row] = await db.query<{
    budget: number;
    invoiced: number;
    paid: number;
    refunded: number;
    people: number;
  }>(
    `WITH bills AS (
       SELECT i.id, i.amount FROM commitments c JOIN invoices i ON i.funder_id = c.funder_id
       WHERE c.company_id = $1 AND i.month <= $2::date
     )
     SELECT (SELECT coalesce(sum(budget), 0)::bigint FROM commitments WHERE company_id = $1) AS budget,
            (SELECT coalesce(sum(amount), 0)::bigint FROM bills) AS invoiced,
            (SELECT coalesce(sum(p.amount), 0)::bigint FROM payments p JOIN bills ON bills.id = p.invoice_id
             WHERE p.paid_on <= $2::date) AS paid,
            (SELECT coalesce(sum(r.amount), 0)::bigint FROM refunds r JOIN bills ON bills.id = r.invoice_id
             WHERE r.refunded_on <= $2::date) AS refunded,
            (SELECT count(DISTINCT l.person_id) FROM invoice_lines l JOIN bills ON bills.id = l.invoice_id) AS people`,
    [companyId, day],
  );
  return row;
}

/** The regency's name, for the report's heading. */
export async function regionName(db: Db, code: string): Promise<string | null> {
  const rows = await db.query<{ name: string }>("SELECT name FROM regions WHERE code = $1", [code]);
  return rows[0]?.name ?? null;
}
