/** The funder statement's queries: plans, invoices, payments and refunds of one funder. Amounts only. */
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";

/** The months of a statement, as the first day of its first and last month. */
interface Months {
  from: string;
  to: string;
}
const inMonths = (column: string) => `${column} BETWEEN ($2 || '-01')::date AND ($3 || '-01')::date`;

export interface PlanShare {
  plan: number;
  from: string;
  to: string;
  approved_on: string | null;
  per_person: number;
  capacity: number;
  allocated: number;
  cost: number;
}

/** What approved plans overlapping the months gave the funder: persons and their cost. */
export async function planShares(db: Db, funderId: number, m: Months): Promise<PlanShare[]> {
  return db.query<PlanShare>(
    `SELECT p.id AS plan, to_char(p.period_from, 'YYYY-MM') AS "from", to_char(p.period_to, 'YYYY-MM') AS "to",
            ${isoDay("p.approved_at")} AS approved_on, pf.per_person, pf.capacity, pf.allocated, pf.cost
     FROM plan_funders pf JOIN plans p ON p.id = pf.plan_id
     WHERE pf.funder_id = $1 AND p.status = 'approved'
       AND p.period_from <= ($3 || '-01')::date AND p.period_to >= ($2 || '-01')::date
     ORDER BY p.period_from, p.id`,
    [funderId, m.from, m.to],
  );
}

export interface InvoiceMonth {
  month: string;
  members: number;
  amount: number;
  paid: number;
  last_paid_on: string | null;
  refunded: number;
  /** Premiums of this invoice paid for members whose cover had ended, not yet given back. */
  refund_due: number;
}

export async function invoiceMonths(db: Db, funderId: number, m: Months): Promise<InvoiceMonth[]> {
  return db.query<InvoiceMonth>(
    `SELECT to_char(i.month, 'YYYY-MM') AS month, i.members, i.amount, i.paid,
            (SELECT ${isoDay("max(p.paid_on)")} FROM payments p WHERE p.invoice_id = i.id) AS last_paid_on,
            coalesce((SELECT sum(r.amount) FROM refunds r WHERE r.invoice_id = i.id), 0)::bigint AS refunded,
            coalesce((SELECT sum(l.amount) FROM invoice_lines l JOIN memberships m ON m.id = l.membership_id
                      WHERE l.invoice_id = i.id AND i.paid > 0 AND m.ended_on IS NOT NULL
                        AND i.month > date_trunc('month', m.ended_on)
                        AND NOT EXISTS (SELECT 1 FROM refunds r
                                        WHERE r.invoice_id = i.id AND r.membership_id = m.id)), 0)::bigint AS refund_due
     FROM invoices i WHERE i.funder_id = $1 AND ${inMonths("i.month")}
     ORDER BY i.month`,
    [funderId, m.from, m.to],
  );
}

export interface PaymentLine {
  paid_on: string;
  month: string;
  amount: number;
  reference: string | null;
}

export async function paymentLines(db: Db, funderId: number, m: Months): Promise<PaymentLine[]> {
  return db.query<PaymentLine>(
    `SELECT ${isoDay("p.paid_on")} AS paid_on, to_char(i.month, 'YYYY-MM') AS month, p.amount, p.reference
     FROM payments p JOIN invoices i ON i.id = p.invoice_id
     WHERE i.funder_id = $1 AND ${inMonths("i.month")}
     ORDER BY p.paid_on, p.id`,
    [funderId, m.from, m.to],
  );
}

export interface RefundLine {
  refunded_on: string;
  month: string;
  memberships: number;
  amount: number;
  reference: string | null;
}

/** Refunds recorded for the months' invoices, counted per day, month and reference: no one named. */
export async function refundLines(db: Db, funderId: number, m: Months): Promise<RefundLine[]> {
  return db.query<RefundLine>(
    `SELECT ${isoDay("r.refunded_on")} AS refunded_on, to_char(i.month, 'YYYY-MM') AS month,
            count(*)::int AS memberships, sum(r.amount)::bigint AS amount, r.reference
     FROM refunds r JOIN invoices i ON i.id = r.invoice_id
     WHERE i.funder_id = $1 AND ${inMonths("i.month")}
     GROUP BY r.refunded_on, i.month, r.reference
     ORDER BY r.refunded_on, i.month`,
    [funderId, m.from, m.to],
  );
}

/** Paid and refunded for every invoice of the funder up to the months' end: what the budget has spent. */
export async function spentUpTo(
  db: Db,
  funderId: number,
  to: string,
): Promise<{ paid: number; refunded: number }> {
  const [row] = await db.query<{ paid: number; refunded: number }>(
    `SELECT coalesce(sum(i.paid), 0)::bigint AS paid,
            coalesce((SELECT sum(r.amount) FROM refunds r JOIN invoices j ON j.id = r.invoice_id
                      WHERE j.funder_id = $1 AND j.month <= ($2 || '-01')::date), 0)::bigint AS refunded
     FROM invoices i WHERE i.funder_id = $1 AND i.month <= ($2 || '-01')::date`,
    [funderId, to],
  );
  return row;
}
