/**
 * Companies, commitments and the people they fund, written straight into the tables (the
 * partners module makes companies and commitments; enrolment, invoices and claims the rest, each
 * tested there): for the portal's tests in the API and in the browser.
 */
import type { Db } from "../../core/db.ts";

export interface FixtureCompany {
  code: string;
  name: string;
  sector?: string;
  /** A funder code makes the commitment accepted (a funder of that code is made); null: not yet. */
  commitments: {
    funder: string | null;
    budget: number;
    workers: number;
    from: string;
    to: string;
    mou?: string;
  }[];
}

export interface FundedPerson {
  nik: string;
  name: string;
  /** a kecamatan's code, e.g. 36.03.08; null: no address known */
  kecamatan: string | null;
  occupation: string | null;
  status?: "registered" | "active" | "lapsed" | "ended" | "rejected";
  /** yyyy-mm-dd; default 2026-01-01 (none for registered and rejected) */
  activeFrom?: string;
  endedOn?: string;
}

/** Inserts a company and its commitments (and the funders of accepted ones); answers the company's id. */
export async function insertCompany(db: Db, company: FixtureCompany): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    "INSERT INTO companies (code, name, sector, created_by) VALUES ($1, $2, $3, 'test') RETURNING id",
    [company.code, company.name, company.sector ?? null],
  );
  for (const c of company.commitments) {
    let mouId: number | null = null;
    if (c.mou) {
      [{ id: mouId }] = await db.query<{ id: number }>(
        `INSERT INTO mous (company_id, number, signed_on, valid_from, valid_to, created_by)
         VALUES ($1, $2, $3, $3, $4, 'test') RETURNING id`,
        [id, c.mou, c.from, c.to],
      );
    }
    const funder = c.funder
      ? (
          await db.query<{ id: number }>(
            `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, created_by)
             VALUES ($1, $2, 'csr', 'SC', $3, $4, $5, 'jkk-jkm', 'test') RETURNING id`,
            [c.funder, `CSR ${company.name}`, c.budget, c.from, c.to],
          )
        )[0].id
      : null;
    await db.query(
      `INSERT INTO commitments (company_id, mou_id, budget, workers, period_from, period_to, funder_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'test')`,
      [id, mouId, c.budget, c.workers, c.from, c.to, funder],
    );
  }
  return Number(id);
}

/** Persons with a membership paid by the funder (one plan for the lot); answers the memberships' ids in order. */
export async function insertFunded(db: Db, funderCode: string, people: FundedPerson[]): Promise<number[]> {
  const [plan] = await db.query<{ id: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ('2026-01-01', '2026-12-01', 'approved', '{}', 'test') RETURNING id`,
  );
  const ids: number[] = [];
  for (const p of people) {
    const desa = p.kecamatan
      ? (
          await db.query<{ code: string }>(
            "SELECT code FROM regions WHERE parent_code = $1 AND level = 4 ORDER BY code LIMIT 1",
            [p.kecamatan],
          )
        )[0].code
      : null;
    const [person] = await db.query<{ id: number }>(
      `INSERT INTO persons (nik, nik_valid, name, birth_date, sex, regency_code, kecamatan_code, desa_code,
         occupation)
       VALUES ($1, true, $2, '1985-03-01', 'L', '36.03', $3, $4, $5) RETURNING id`,
      [p.nik, p.name, p.kecamatan, desa, p.occupation],
    );
    const status = p.status ?? "active";
    const accepted = status !== "registered" && status !== "rejected";
    const [membership] = await db.query<{ id: number }>(
      `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
         active_from, ended_on, end_reason, rejection_reason)
       SELECT $1, $2, f.id, 'jkk-jkm', $3, $4, $5, '2026-01-01', '2026-12-01', $6, $7, $8, $9
       FROM funders f WHERE f.code = $10 RETURNING id`,
      [
        person.id,
        plan.id,
        p.nik,
        status,
        accepted ? `KPJ${p.nik.slice(-8)}` : null,
        accepted ? (p.activeFrom ?? "2026-01-01") : null,
        p.endedOn ?? null,
        status === "lapsed" ? "unpaid" : status === "ended" ? "moved" : null,
        status === "rejected" ? "NIK tidak ditemukan" : null,
        funderCode,
      ],
    );
    ids.push(Number(membership.id));
  }
  return ids;
}

/** A paid death claim (JKM) for each membership, to one heir each. */
export async function insertPaidClaims(
  db: Db,
  memberships: number[],
  amount: number,
  paidOn: string,
): Promise<void> {
  for (const membership of memberships) {
    const [event] = await db.query<{ id: number }>(
      `INSERT INTO claim_events (person_id, membership_id, kind, event_date, work_related, reported_by, created_by)
       SELECT person_id, id, 'death', '2026-05-01', false, 'village', 'test' FROM memberships WHERE id = $1
       RETURNING id`,
      [membership],
    );
    const [heir] = await db.query<{ id: number }>(
      `INSERT INTO family_members (event_id, name, relation, created_by)
       VALUES ($1, $2, 'spouse', 'test') RETURNING id`,
      [event.id, `AHLI WARIS ${event.id}`],
    );
    const [claim] = await db.query<{ id: number }>(
      `INSERT INTO claims (event_id, type, status, payable, lines, expected, rules_source, paid_amount, paid_on,
         heir_group, created_by)
       VALUES ($1, 'jkm', 'paid', true, '[]', $2, 'test', $2, $3, 'spouse_children', 'test') RETURNING id`,
      [event.id, amount, paidOn],
    );
    await db.query("INSERT INTO claim_heirs (claim_id, family_member_id) VALUES ($1, $2)", [
      claim.id,
      heir.id,
    ]);
  }
}

/** One month's invoice of the funder billing the memberships at a premium each, paid and refunded as given. */
export async function insertInvoice(
  db: Db,
  funderCode: string,
  month: string,
  memberships: number[],
  premium: number,
  money: { paid?: number; paidOn?: string; refund?: { membership: number; on: string } } = {},
): Promise<void> {
  const amount = premium * memberships.length;
  const [invoice] = await db.query<{ id: number }>(
    `INSERT INTO invoices (funder_id, month, members, amount, paid, generated_by)
     SELECT id, $2, $3, $4, $5, 'test' FROM funders WHERE code = $1 RETURNING id`,
    [funderCode, month, memberships.length, amount, money.paid ?? 0],
  );
  await db.query(
    `INSERT INTO invoice_lines (invoice_id, membership_id, person_id, sector, amount)
     SELECT $1, m.id, m.person_id, 'other', $3 FROM memberships m WHERE m.id = ANY($2::bigint[])`,
    [invoice.id, memberships, premium],
  );
  if (money.paid) {
    await db.query(
      "INSERT INTO payments (invoice_id, paid_on, amount, recorded_by) VALUES ($1, $2, $3, 'test')",
      [invoice.id, money.paidOn ?? month, money.paid],
    );
  }
  if (money.refund) {
    await db.query(
      `INSERT INTO refunds (invoice_id, membership_id, amount, refunded_on, recorded_by)
       VALUES ($1, $2, $3, $4, 'test')`,
      [invoice.id, money.refund.membership, premium, money.refund.on],
    );
  }
}
