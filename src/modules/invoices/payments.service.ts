/**
 * Money received for a funder's invoice of a month. An invoice is paid when its payments reach its
 * amount; more than it owes is refused (an over-payment is settled with BPJS, not booked here).
 */
import { UserError } from "../../common/errors.ts";
import { formatRupiah } from "../../common/rupiah.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { checkDate, checkMonth } from "../tariffs/tariffs.service.ts";

export interface PaymentResult {
  invoice: number;
  funder: string;
  month: string;
  amount: number;
  paid: number;
  /** What the invoice still owes after this payment. */
  owed: number;
}

export async function recordPayment({
  db,
  funderCode,
  month,
  amount,
  paidOn,
  reference,
  audit,
}: {
  db: Db;
  funderCode: string;
  month: string;
  amount: number;
  paidOn: string;
  reference?: string;
  audit: AuditContext;
}): Promise<PaymentResult> {
  checkMonth(month);
  checkDate(paidOn);
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new UserError("payment_amount_invalid", { amount });
  return db.transaction(async (tx) => {
    const [invoice] = await tx.query<{ id: number; amount: number; paid: number }>(
      `SELECT i.id, i.amount, i.paid FROM invoices i JOIN funders f ON f.id = i.funder_id
       WHERE f.code = $1 AND i.month = ($2 || '-01')::date FOR UPDATE OF i`,
      [funderCode, month],
    );
    if (!invoice) throw new UserError("invoice_not_found", { funder: funderCode, month });
    const owed = invoice.amount - invoice.paid;
    if (amount > owed)
      throw new UserError("payment_too_much", {
        amount: formatRupiah(amount),
        owed: formatRupiah(owed),
        funder: funderCode,
        month,
      });
    await tx.query(
      "INSERT INTO payments (invoice_id, paid_on, amount, reference, recorded_by) VALUES ($1, $2, $3, $4, $5)",
      [invoice.id, paidOn, amount, reference ?? null, audit.actor],
    );
    await tx.query("UPDATE invoices SET paid = paid + $2 WHERE id = $1", [invoice.id, amount]);
    await recordAudit(tx, audit, "payment_record", null, {
      funder: funderCode,
      month,
      amount,
      paidOn,
      reference,
    });
    return {
      invoice: invoice.id,
      funder: funderCode,
      month,
      amount: invoice.amount,
      paid: invoice.paid + amount,
      owed: owed - amount,
    };
  });
}

export interface PaymentRow {
  id: number;
  funder: string;
  month: string;
  paid_on: string;
  amount: number;
  reference: string | null;
  recorded_by: string;
}

/** The payments of a month's invoices (or of every month), newest first. */
export async function listPayments(db: Db, month?: string): Promise<PaymentRow[]> {
  if (month) checkMonth(month);
  return db.query<PaymentRow>(
    `SELECT p.id, f.code AS funder, to_char(i.month, 'YYYY-MM') AS month, to_char(p.paid_on, 'YYYY-MM-DD') AS paid_on,
            p.amount, p.reference, p.recorded_by
     FROM payments p JOIN invoices i ON i.id = p.invoice_id JOIN funders f ON f.id = i.funder_id
     WHERE $1::text IS NULL OR i.month = ($1 || '-01')::date
     ORDER BY p.paid_on DESC, p.id DESC LIMIT 500`,
    [month ?? null],
  );
}
