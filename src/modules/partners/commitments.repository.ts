import type { Db } from "../../core/db.ts";
import { isoMoment } from "../../core/sql-time.ts";

export interface Commitment {
  id: number;
  companyId: number;
  companyCode: string;
  companyName: string;
  mouId: number | null;
  mouNumber: string | null;
  /** Integer rupiah. */
  budget: number;
  workers: number;
  /** First and last month (yyyy-mm). */
  from: string;
  to: string;
  /** Only workers living in these kecamatan (none: anywhere in the regency). */
  kecamatan: { code: string; name: string }[];
  /** Only workers whose occupation starts with one of these (none: any). */
  occupations: string[];
  package: string;
  funderId: number | null;
  funderCode: string | null;
  acceptedBy: string | null;
  acceptedAt: string | null;
  createdBy: string;
  createdAt: string;
}

/** What the commitment's funder has used: its place in the latest approved plan, its invoices. */
export interface UseRow {
  /** The latest approved plan the funder is in; null when none is. */
  plan: number | null;
  /** Persons the plan gives it, and what their cover costs for its months. */
  allocated: number;
  allocatedCost: number;
  invoiced: number;
  paid: number;
  invoices: number;
}

export interface CommitmentFields {
  mouId: number | null;
  budget: number;
  workers: number;
  from: string;
  to: string;
  kecamatanCodes: string[];
  occupations: string[];
  package: string;
}

const columns = `k.id, k.company_id AS "companyId", co.code AS "companyCode", co.name AS "companyName",
  k.mou_id AS "mouId", m.number AS "mouNumber", k.budget, k.workers,
  to_char(k.period_from, 'YYYY-MM') AS "from", to_char(k.period_to, 'YYYY-MM') AS "to",
  (SELECT coalesce(jsonb_agg(jsonb_build_object('code', r.code, 'name', r.name) ORDER BY r.code), '[]')
   FROM regions r WHERE r.code = ANY (k.kecamatan_codes)) AS kecamatan,
  k.occupations, k.package, k.funder_id AS "funderId", f.code AS "funderCode", k.accepted_by AS "acceptedBy",
  ${isoMoment("k.accepted_at")} AS "acceptedAt", k.created_by AS "createdBy", ${isoMoment("k.created_at")} AS "createdAt"`;

const from = `commitments k JOIN companies co ON co.id = k.company_id LEFT JOIN mous m ON m.id = k.mou_id
  LEFT JOIN funders f ON f.id = k.funder_id`;

export async function findCommitment(db: Db, id: number, lock = false): Promise<Commitment | null> {
  const rows = await db.query<Commitment>(
    `SELECT ${columns} FROM ${from} WHERE k.id = $1 ${lock ? "FOR UPDATE OF k" : ""}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function listCommitments(
  db: Db,
  filter: { companyId?: number; accepted?: boolean },
): Promise<Commitment[]> {
  return db.query<Commitment>(
    `SELECT ${columns} FROM ${from}
     WHERE ($1::bigint IS NULL OR k.company_id = $1) AND ($2::boolean IS NULL OR (k.funder_id IS NOT NULL) = $2)
     ORDER BY k.period_from DESC, co.name, k.id DESC`,
    [filter.companyId ?? null, filter.accepted ?? null],
  );
}

/** Per funder: its place in the latest approved plan that has it, what it was invoiced and paid. */
export async function usageOf(db: Db, funderIds: number[]): Promise<Map<number, UseRow>> {
  if (funderIds.length === 0) return new Map();
  const rows = await db.query<UseRow & { funderId: number }>(
    `SELECT f.id AS "funderId", pl.plan_id AS plan, coalesce(pl.allocated, 0)::int AS allocated,
            coalesce(pl.cost, 0)::bigint AS "allocatedCost", inv.invoiced, inv.paid, inv.invoices
     FROM unnest($1::bigint[]) f (id)
     LEFT JOIN LATERAL (
       SELECT pf.plan_id, pf.allocated, pf.cost FROM plan_funders pf JOIN plans p ON p.id = pf.plan_id
       WHERE pf.funder_id = f.id AND p.status = 'approved'
       ORDER BY p.approved_at DESC NULLS LAST, p.id DESC LIMIT 1) pl ON true
     CROSS JOIN LATERAL (
       SELECT coalesce(sum(i.amount), 0)::bigint AS invoiced, coalesce(sum(i.paid), 0)::bigint AS paid,
              count(*)::int AS invoices
       FROM invoices i WHERE i.funder_id = f.id) inv`,
    [funderIds],
  );
  return new Map(rows.map(({ funderId, ...use }) => [Number(funderId), use]));
}

/** The regency's kecamatan among these codes. */
export async function kecamatanOf(db: Db, codes: string[], regencyCode: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    "SELECT code FROM regions WHERE code = ANY ($1::text[]) AND level = 3 AND parent_code = $2",
    [codes, regencyCode],
  );
  return rows.map((r) => r.code);
}

export async function insertCommitment(
  db: Db,
  companyId: number,
  f: CommitmentFields,
  by: string,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO commitments (company_id, mou_id, budget, workers, period_from, period_to, kecamatan_codes,
       occupations, package, created_by)
     VALUES ($1, $2, $3, $4, ($5 || '-01')::date, ($6 || '-01')::date, $7, $8, $9, $10) RETURNING id`,
    [companyId, f.mouId, f.budget, f.workers, f.from, f.to, f.kecamatanCodes, f.occupations, f.package, by],
  );
  return Number(row.id);
}

export async function updateCommitment(db: Db, id: number, f: CommitmentFields): Promise<void> {
  await db.query(
    `UPDATE commitments SET mou_id = $2, budget = $3, workers = $4, period_from = ($5 || '-01')::date,
       period_to = ($6 || '-01')::date, kecamatan_codes = $7, occupations = $8, package = $9
     WHERE id = $1`,
    [id, f.mouId, f.budget, f.workers, f.from, f.to, f.kecamatanCodes, f.occupations, f.package],
  );
}

export async function setAccepted(db: Db, id: number, funderId: number, by: string): Promise<void> {
  await db.query(
    "UPDATE commitments SET funder_id = $2, accepted_by = $3, accepted_at = now() WHERE id = $1",
    [id, funderId, by],
  );
}
