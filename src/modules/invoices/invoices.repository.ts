import type { Db } from "../../core/db.ts";

export interface InvoiceRow {
  id: number;
  funder: string;
  name: string;
  bpjsCode: string;
  members: number;
  amount: number;
  paid: number;
}

export async function sectors(db: Db): Promise<{ sector: string; occupations: string[] }[]> {
  return db.query("SELECT sector, occupations FROM tariff_sectors ORDER BY sector");
}

export async function paidInvoices(db: Db, month: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    `SELECT f.code FROM invoices i JOIN funders f ON f.id = i.funder_id
     WHERE i.month = ($1 || '-01')::date AND i.paid > 0 ORDER BY f.code`,
    [month],
  );
  return rows.map((r) => r.code);
}

export async function clearMonth(tx: Db, month: string): Promise<void> {
  await tx.query(
    "DELETE FROM invoice_lines WHERE invoice_id IN (SELECT id FROM invoices WHERE month = ($1 || '-01')::date)",
    [month],
  );
  await tx.query("DELETE FROM invoices WHERE month = ($1 || '-01')::date", [month]);
}

/**
 * One set-based pass: an invoice per funder with members this month, a line per billable member at
 * the rate of the funder and the member's sector, then the totals; funders with no one billed keep
 * no invoice.
 */
export async function billMonth(
  tx: Db,
  month: string,
  rates: { funderId: number; sector: string; amount: number }[],
  sectors: { sector: string; occupations: string[] }[],
  by: string,
): Promise<void> {
  const sectorOf = sectors.length
    ? `CASE ${sectors
        .map(
          (_, i) =>
            `WHEN upper(coalesce(p.occupation, '')) LIKE ANY (ARRAY(SELECT w || '%' FROM unnest($${5 + i}::text[]) w))
               THEN $${5 + sectors.length + i}`,
        )
        .join(" ")} ELSE 'other' END`
    : "'other'";
  await tx.query(
    `INSERT INTO invoices (funder_id, month, members, amount, generated_by)
     SELECT DISTINCT funder_id, ($1 || '-01')::date, 0, 0, $2 FROM unnest($3::bigint[]) funder_id`,
    [month, by, [...new Set(rates.map((r) => r.funderId))]],
  );
  await tx.query(
    `INSERT INTO invoice_lines (invoice_id, membership_id, person_id, sector, amount)
     SELECT i.id, b.id, b.person_id, b.sector, r.amount
     FROM (SELECT m.id, m.person_id, m.funder_id, ${sectorOf} AS sector
           FROM memberships m JOIN persons p ON p.id = m.person_id
           WHERE m.status IN ('active', 'ended', 'lapsed')
             AND m.start_month <= ($1 || '-01')::date AND m.end_month >= ($1 || '-01')::date
             AND date_trunc('month', coalesce(m.active_from, m.start_month))::date <= ($1 || '-01')::date
             AND (m.ended_on IS NULL OR ($1 || '-01')::date <= date_trunc('month', m.ended_on)::date)) b
     JOIN invoices i ON i.funder_id = b.funder_id AND i.month = ($1 || '-01')::date
     JOIN unnest($2::bigint[], $3::text[], $4::bigint[]) AS r(funder_id, sector, amount)
       ON r.funder_id = b.funder_id AND r.sector = b.sector`,
    [
      month,
      rates.map((r) => r.funderId),
      rates.map((r) => r.sector),
      rates.map((r) => r.amount),
      ...sectors.map((s) => s.occupations),
      ...sectors.map((s) => s.sector),
    ],
  );
  await tx.query(
    `UPDATE invoices i SET members = c.members, amount = c.amount
     FROM (SELECT invoice_id, count(*)::int AS members, sum(amount)::bigint AS amount FROM invoice_lines
           WHERE invoice_id IN (SELECT id FROM invoices WHERE month = ($1 || '-01')::date) GROUP BY invoice_id) c
     WHERE i.id = c.invoice_id`,
    [month],
  );
  await tx.query("DELETE FROM invoices WHERE month = ($1 || '-01')::date AND members = 0", [month]);
}

export async function monthInvoices(db: Db, month: string): Promise<InvoiceRow[]> {
  return db.query<InvoiceRow>(
    `SELECT i.id, f.code AS funder, f.name, f.bpjs_code AS "bpjsCode", i.members, i.amount, i.paid
     FROM invoices i JOIN funders f ON f.id = i.funder_id
     WHERE i.month = ($1 || '-01')::date ORDER BY f.code`,
    [month],
  );
}
