/**
 * BPJS's bill for a funder and month against Payung's invoice: the people BPJS bills that Payung
 * does not bill as members that month, the members Payung bills that BPJS does not, and amounts
 * that differ. A bill row is matched by KPJ when both sides have one, else by NIK. Nothing is
 * changed: the answer says what to take up with BPJS's office.
 */
import { UserError } from "../../common/errors.ts";
import { cleanNik, maskNik } from "../../common/nik.ts";
import { copyText, N } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { readHeadedRows } from "../imports/headed-rows.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";

export interface Reconciliation {
  file: string;
  funder: string;
  month: string;
  /** Rows of BPJS's bill, and what they add up to. */
  billed: { rows: number; amount: number | null };
  invoice: { members: number; amount: number };
  matched: number;
  /** In BPJS's bill, not billed by Payung that month (the first 100; `status` when Payung knows the NIK). */
  notOurs: { count: number; rows: { row: number; nik: string; kpj: string | null; status: string | null }[] };
  /** Billed by Payung, missing from BPJS's bill (the first 100). */
  notBilled: {
    count: number;
    members: { membership: number; name: string; nik: string; kpj: string | null }[];
  };
  /** Matched, at another amount (the first 100). */
  amountDiffers: {
    count: number;
    rows: { row: number; nik: string; kpj: string | null; ours: number; theirs: number }[];
  };
}

const headers = {
  nik: /^(NIK|NO\.? ?KTP|NOMOR INDUK KEPENDUDUKAN)$/,
  kpj: /KPJ|NO(MOR|\.)? ?PESERTA/,
  amount: /IURAN|JUMLAH|NOMINAL|TAGIHAN|AMOUNT/,
};

export async function reconcileBill({
  db,
  file,
  funderCode,
  month,
  audit,
}: {
  db: Db;
  file: string;
  funderCode: string;
  month: string;
  audit: AuditContext;
}): Promise<Reconciliation> {
  checkMonth(month);
  const [invoice] = await db.query<{ id: number; members: number; amount: number }>(
    `SELECT i.id, i.members, i.amount FROM invoices i JOIN funders f ON f.id = i.funder_id
     WHERE f.code = $1 AND i.month = ($2 || '-01')::date`,
    [funderCode, month],
  );
  if (!invoice) throw new UserError("invoice_not_found", { funder: funderCode, month });
  const lines: string[] = [];
  let amount: number | null = null;
  const source = await readHeadedRows(file, headers, requireColumns, (cell, row) => {
    const rupiah = cell("amount").replace(/[^\d]/g, "");
    if (rupiah) amount = (amount ?? 0) + Number(rupiah);
    lines.push(
      `${row}\t${copyText(cleanNik(cell("nik")) || null)}\t${copyText(cell("kpj") || null)}\t${rupiah || N}\n`,
    );
  });
  const { rows } = source;

  return db.transaction(async (tx) => {
    await tx.exec(`CREATE TEMP TABLE bill_rows (row integer, nik text, kpj text, amount bigint,
      membership_id bigint) ON COMMIT DROP`);
    await tx.copyFrom("COPY bill_rows (row, nik, kpj, amount) FROM STDIN", [lines.join("")]);
    // Each row's line of the invoice: by KPJ, else by NIK.
    const ours = `SELECT l.membership_id, m.nik, m.kpj FROM invoice_lines l JOIN memberships m ON m.id = l.membership_id
                  WHERE l.invoice_id = $1`;
    await tx.query(
      `UPDATE bill_rows b SET membership_id = o.membership_id FROM (${ours}) o WHERE b.kpj = o.kpj`,
      [invoice.id],
    );
    await tx.query(
      `UPDATE bill_rows b SET membership_id = o.membership_id FROM (${ours}) o
       WHERE b.membership_id IS NULL AND b.nik = o.nik`,
      [invoice.id],
    );
    const [counts] = await tx.query<{ not_ours: number; not_billed: number; differs: number }>(
      `SELECT (SELECT count(*)::int FROM bill_rows WHERE membership_id IS NULL) AS not_ours,
              (SELECT count(*)::int FROM invoice_lines l WHERE l.invoice_id = $1
                 AND NOT EXISTS (SELECT 1 FROM bill_rows b WHERE b.membership_id = l.membership_id)) AS not_billed,
              (SELECT count(*)::int FROM bill_rows b JOIN invoice_lines l
                 ON l.invoice_id = $1 AND l.membership_id = b.membership_id WHERE b.amount <> l.amount) AS differs`,
      [invoice.id],
    );
    const notOurs = await tx.query<{
      row: number;
      nik: string | null;
      kpj: string | null;
      status: string | null;
    }>(
      `SELECT b.row, b.nik, b.kpj,
              (SELECT m.status FROM memberships m WHERE m.nik = b.nik ORDER BY m.id DESC LIMIT 1) AS status
       FROM bill_rows b WHERE b.membership_id IS NULL ORDER BY b.row LIMIT 100`,
    );
    const notBilled = await tx.query<{ membership: number; name: string; nik: string; kpj: string | null }>(
      `SELECT m.id AS membership, p.name, m.nik, m.kpj
       FROM invoice_lines l JOIN memberships m ON m.id = l.membership_id JOIN persons p ON p.id = m.person_id
       WHERE l.invoice_id = $1 AND NOT EXISTS (SELECT 1 FROM bill_rows b WHERE b.membership_id = l.membership_id)
       ORDER BY m.id LIMIT 100`,
      [invoice.id],
    );
    const differs = await tx.query<{
      row: number;
      nik: string;
      kpj: string | null;
      ours: number;
      theirs: number;
    }>(
      `SELECT b.row, m.nik, m.kpj, l.amount AS ours, b.amount AS theirs
       FROM bill_rows b JOIN invoice_lines l ON l.invoice_id = $1 AND l.membership_id = b.membership_id
       JOIN memberships m ON m.id = b.membership_id
       WHERE b.amount <> l.amount ORDER BY b.row LIMIT 100`,
      [invoice.id],
    );
    const result: Reconciliation = {
      file: source.fileName,
      funder: funderCode,
      month,
      billed: { rows, amount },
      invoice: { members: invoice.members, amount: invoice.amount },
      matched: rows - counts.not_ours,
      notOurs: { count: counts.not_ours, rows: notOurs.map((r) => ({ ...r, nik: maskNik(r.nik ?? "") })) },
      notBilled: { count: counts.not_billed, members: notBilled.map((m) => ({ ...m, nik: maskNik(m.nik) })) },
      amountDiffers: { count: counts.differs, rows: differs.map((r) => ({ ...r, nik: maskNik(r.nik) })) },
    };
    await recordAudit(tx, audit, "bill_reconcile", null, {
      file: source.fileName,
      sha256: source.sha256,
      funder: funderCode,
      month,
      rows,
      notOurs: counts.not_ours,
      notBilled: counts.not_billed,
      amountDiffers: counts.differs,
    });
    return result;
  });
}

function requireColumns(found: Record<keyof typeof headers, number>): void {
  if (found.nik < 0 && found.kpj < 0) throw new UserError("bill_columns_missing");
}
