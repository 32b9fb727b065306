/**
 * Premiums paid for months after a membership ended (a death reported after the month was paid,
 * say) go back to the funder: with the claim, or per the funder's agreement. Each such line of a
 * paid invoice is due until a refund is recorded for it.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";

export interface RefundRow {
  membership: number;
  person_id: number;
  name: string;
  nik: string;
  funder: string;
  month: string;
  amount: number;
  end_reason: string;
  ended_on: string;
  refunded_on: string | null;
}

/** The lines (l) of paid invoices (i) for months after a membership (m) ended. */
const paidAfterEnd = `FROM memberships m
     JOIN invoices i ON i.funder_id = m.funder_id AND i.month > date_trunc('month', m.ended_on) AND i.paid > 0
     JOIN invoice_lines l ON l.invoice_id = i.id AND l.membership_id = m.id`;

/**
 * Premiums paid after memberships ended: due ones first, then those refunded. `area` (a condition
 * on persons p with its parameter at $4) narrows them.
 */
export async function listRefunds(
  db: Db,
  filter: { funder?: string; membership?: number; due?: boolean },
  area?: { sql: string; param: string },
): Promise<{ refunds: RefundRow[]; due: number }> {
  const refunds = await db.query<RefundRow>(
    `SELECT m.id AS membership, m.person_id, p.name, m.nik, f.code AS funder, to_char(i.month, 'YYYY-MM') AS month,
            l.amount, m.end_reason, to_char(m.ended_on, 'YYYY-MM-DD') AS ended_on,
            to_char(r.refunded_on, 'YYYY-MM-DD') AS refunded_on
     ${paidAfterEnd}
     JOIN funders f ON f.id = m.funder_id
     JOIN persons p ON p.id = m.person_id
     LEFT JOIN refunds r ON r.invoice_id = i.id AND r.membership_id = m.id
     WHERE m.ended_on IS NOT NULL AND ($1::text IS NULL OR f.code = $1) AND ($2::bigint IS NULL OR m.id = $2)
       AND (NOT $3 OR r.refunded_on IS NULL) AND ${area?.sql ?? "$4::text IS NULL"}
     ORDER BY r.refunded_on IS NOT NULL, m.ended_on, m.id, i.month`,
    [filter.funder ?? null, filter.membership ?? null, filter.due ?? false, area?.param ?? null],
  );
  return {
    refunds,
    due: refunds.filter((r) => r.refunded_on === null).reduce((sum, r) => sum + r.amount, 0),
  };
}

/** Records that a membership's due refunds were paid back; returns the amount. */
export async function recordRefund({
  db,
  membershipId,
  refundedOn,
  reference,
  audit,
}: {
  db: Db;
  membershipId: number;
  refundedOn: string;
  reference?: string;
  audit: AuditContext;
}): Promise<{ membership: number; months: number; amount: number }> {
  checkDate(refundedOn);
  return db.transaction(async (tx) => {
    const { refunds } = await listRefunds(tx, { membership: membershipId, due: true });
    if (refunds.length === 0) throw new UserError("refund_none_due", { id: membershipId });
    const made = await tx.query<{ amount: number }>(
      `INSERT INTO refunds (invoice_id, membership_id, amount, refunded_on, reference, recorded_by)
       SELECT i.id, m.id, l.amount, $2, $3, $4
       ${paidAfterEnd}
       WHERE m.id = $1
       ON CONFLICT DO NOTHING RETURNING amount`,
      [membershipId, refundedOn, reference ?? null, audit.actor],
    );
    const amount = made.reduce((sum, r) => sum + r.amount, 0);
    await recordAudit(tx, audit, "refund_record", [refunds[0].person_id], {
      membership: membershipId,
      months: made.length,
      amount,
      refundedOn,
      reference,
    });
    return { membership: membershipId, months: made.length, amount };
  });
}
