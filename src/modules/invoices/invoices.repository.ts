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
 * One set-based pass: an invoice per funder, a line per billable member at the rate of the funder
 * and the member's sector, the totals with them; funders with no one billed keep no invoice. Each
 * funder's rates are one row (other first, then each sector), so every member is looked at once.
 */
export async function billMonth(
  tx: Db,
  month: string,
  rates: { funderId: number; amounts: number[] }[],
  sectors: { sector: string; occupations: string[] }[],
  by: string,
): Promise<void> {
  const sectorIndex = sectors.length
    ? `CASE ${sectors
        .map(
          (_, i) =>
            `WHEN upper(coalesce(p.occupation, '')) LIKE ANY (ARRAY(SELECT w || '%' FROM unnest($${3 + i}::text[]) w))
               THEN ${i + 2}`,
        )
        .join(" ")} ELSE 1 END`
    : "1";
  await tx.exec(`CREATE TEMP TABLE invoice_rates (funder_id bigint PRIMARY KEY, invoice_id bigint,
    amounts bigint[]) ON COMMIT DROP`);
  await tx.query(
    `WITH made AS (
       INSERT INTO invoices (funder_id, month, members, amount, generated_by)
       SELECT funder_id, ($1 || '-01')::date, 0, 0, $2 FROM unnest($3::bigint[]) funder_id RETURNING id, funder_id)
     INSERT INTO invoice_rates
     SELECT made.funder_id, made.id, r.amounts
     FROM made JOIN (SELECT funder_id, ARRAY(SELECT jsonb_array_elements_text(amounts)::bigint) AS amounts
                     FROM jsonb_to_recordset($4::jsonb) AS x(funder_id bigint, amounts jsonb)) r
       ON r.funder_id = made.funder_id`,
    [
      month,
      by,
      rates.map((r) => r.funderId),
      JSON.stringify(rates.map((r) => ({ funder_id: r.funderId, amounts: r.amounts }))),
    ],
  );
  await tx.exec("ANALYZE invoice_rates");
  // The lines and the totals in one statement: the lines are not read back.
  await tx.query(
    `WITH lines AS (
       INSERT INTO invoice_lines (invoice_id, membership_id, person_id, sector, amount)
       SELECT r.invoice_id, b.id, b.person_id, ($2::text[])[b.sector], r.amounts[b.sector]
       FROM (SELECT m.id, m.person_id, m.funder_id, ${sectorIndex} AS sector
             FROM memberships m JOIN persons p ON p.id = m.person_id
             WHERE m.status IN ('active', 'ended', 'lapsed')
               AND m.start_month <= ($1 || '-01')::date AND m.end_month >= ($1 || '-01')::date
               AND coalesce(m.active_from, m.start_month) < ($1 || '-01')::date + interval '1 month'
               AND (m.ended_on IS NULL OR m.ended_on >= ($1 || '-01')::date)) b
       JOIN invoice_rates r ON r.funder_id = b.funder_id
       RETURNING invoice_id, amount)
     UPDATE invoices i SET members = c.members, amount = c.amount
     FROM (SELECT invoice_id, count(*)::int AS members, sum(amount)::bigint AS amount FROM lines
           GROUP BY invoice_id) c
     WHERE i.id = c.invoice_id`,
    [month, ["other", ...sectors.map((s) => s.sector)], ...sectors.map((s) => s.occupations)],
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

/**
 * Takes ended memberships out of the unpaid invoices of months after they ended (a death reported
 * late, a lapse): the funder does not owe those months. Paid invoices keep the lines: refunds.
 */
export async function dropLinesAfterEnd(tx: Db, membershipIds: number[]): Promise<void> {
  if (membershipIds.length === 0) return;
  await tx.query(
    `WITH gone AS (
       DELETE FROM invoice_lines l USING memberships m, invoices i
       WHERE m.id = ANY($1::bigint[]) AND i.funder_id = m.funder_id AND i.paid = 0
         AND i.month > date_trunc('month', m.ended_on) AND l.invoice_id = i.id AND l.membership_id = m.id
       RETURNING l.invoice_id, l.amount)
     UPDATE invoices i SET members = i.members - c.members, amount = i.amount - c.amount
     FROM (SELECT invoice_id, count(*)::int AS members, sum(amount)::bigint AS amount FROM gone
           GROUP BY invoice_id) c
     WHERE i.id = c.invoice_id`,
    [membershipIds],
  );
}
