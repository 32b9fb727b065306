import type { Db } from "../../core/db.ts";
import { isoMoment } from "../../core/sql-time.ts";

export type ProposalStatus = "pending" | "verified" | "rejected";

export interface NewProposal {
  nik: string;
  name: string;
  birthDate: string;
  occupation: string;
  phone: string | null;
  desaCode: string;
  kecamatanCode: string;
  regencyCode: string;
  submittedBy: string;
}

export interface ProposalRow {
  id: number;
  nik: string;
  name: string;
  birth_date: string;
  occupation: string;
  phone: string | null;
  desa_code: string;
  desa_name: string;
  kecamatan_code: string;
  kecamatan_name: string;
  regency_code: string;
  status: ProposalStatus;
  submissions: number;
  submitted_by: string;
  consent_at: string;
  first_submitted_at: string;
  last_submitted_at: string;
  decided_by: string | null;
  decided_at: string | null;
  rejection_reason: string | null;
  batch_id: number | null;
  row_number: number | null;
}

/** The caller's area as a condition on alias `p` with its one parameter at `$n` (scope.ts), or none (the CLI). */
export type AreaFilter = ((n: number) => { sql: string; param: string }) | null;

/**
 * Adds a proposal, or merges it into the pending one of the same NIK and desa: one more
 * submission, the latest values kept. Atomic, so two submissions at once still make one row.
 */
export async function upsertProposal(
  db: Db,
  p: NewProposal,
): Promise<{ id: number; submissions: number; status: ProposalStatus }> {
  const [row] = await db.query<{ id: number; submissions: number; status: ProposalStatus }>(
    `INSERT INTO proposals (nik, name, birth_date, occupation, phone, desa_code, kecamatan_code, regency_code,
       consent_at, submitted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
     ON CONFLICT (nik, desa_code) WHERE status = 'pending' DO UPDATE SET
       name = EXCLUDED.name, birth_date = EXCLUDED.birth_date, occupation = EXCLUDED.occupation,
       phone = COALESCE(EXCLUDED.phone, proposals.phone), consent_at = EXCLUDED.consent_at,
       submitted_by = EXCLUDED.submitted_by, submissions = proposals.submissions + 1,
       last_submitted_at = now()
     RETURNING id, submissions, status`,
    [
      p.nik,
      p.name,
      p.birthDate,
      p.occupation,
      p.phone,
      p.desaCode,
      p.kecamatanCode,
      p.regencyCode,
      p.submittedBy,
    ],
  );
  return row;
}

const selectProposals = `SELECT p.id, p.nik, p.name, p.birth_date, p.occupation, p.phone, p.desa_code,
    d.name AS desa_name, p.kecamatan_code, k.name AS kecamatan_name, p.regency_code, p.status, p.submissions,
    p.submitted_by, ${isoMoment("p.consent_at")} AS consent_at, ${isoMoment("p.first_submitted_at")} AS first_submitted_at,
    ${isoMoment("p.last_submitted_at")} AS last_submitted_at, p.decided_by, ${isoMoment("p.decided_at")} AS decided_at,
    p.rejection_reason, p.batch_id, p.row_number
  FROM proposals p
  JOIN regions d ON d.code = p.desa_code
  LEFT JOIN regions k ON k.code = p.kecamatan_code`;

/** A page of the queue inside the area, oldest submission first, and how many there are in all. */
export async function listProposals(
  db: Db,
  filter: { status?: ProposalStatus; desa?: string; offset: number; limit: number },
  area: AreaFilter,
): Promise<{ rows: ProposalRow[]; total: number }> {
  const params: unknown[] = [filter.status ?? null, filter.desa ?? null];
  const where = ["($1::text IS NULL OR p.status = $1)", "($2::text IS NULL OR p.desa_code = $2)"];
  if (area) {
    const condition = area(params.length + 1);
    params.push(condition.param);
    where.push(condition.sql);
  }
  const condition = where.join(" AND ");
  const [{ total }] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM proposals p WHERE ${condition}`,
    params,
  );
  const rows = await db.query<ProposalRow>(
    `${selectProposals} WHERE ${condition} ORDER BY p.first_submitted_at, p.id
     OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
    [...params, filter.offset, filter.limit],
  );
  return { rows, total };
}

/** Proposals by id inside the area, locked for a decision; those missing or outside are absent. */
export async function lockProposals(db: Db, ids: number[], area: AreaFilter): Promise<ProposalRow[]> {
  const params: unknown[] = [ids];
  let condition = "p.id = ANY($1::bigint[])";
  if (area) {
    const inArea = area(2);
    params.push(inArea.param);
    condition += ` AND ${inArea.sql}`;
  }
  return db.query<ProposalRow>(`${selectProposals} WHERE ${condition} ORDER BY p.id FOR UPDATE OF p`, params);
}

export async function markVerified(
  db: Db,
  verified: { id: number; batch: number; row: number }[],
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE proposals p SET status = 'verified', decided_by = $4, decided_at = now(), batch_id = v.batch,
       row_number = v.row
     FROM unnest($1::bigint[], $2::bigint[], $3::int[]) AS v(id, batch, row)
     WHERE p.id = v.id`,
    [verified.map((v) => v.id), verified.map((v) => v.batch), verified.map((v) => v.row), by],
  );
}

export async function markRejected(db: Db, id: number, reason: string, by: string): Promise<void> {
  await db.query(
    `UPDATE proposals SET status = 'rejected', decided_by = $3, decided_at = now(), rejection_reason = $2
     WHERE id = $1`,
    [id, reason, by],
  );
}

/** A desa of the regency and its kecamatan, or undefined. */
export async function findDesa(
  db: Db,
  desaCode: string,
  regencyCode: string,
): Promise<{ code: string; kecamatan_code: string; name: string; kecamatan_name: string } | undefined> {
  const [row] = await db.query<{
    code: string;
    kecamatan_code: string;
    name: string;
    kecamatan_name: string;
  }>(
    `SELECT d.code, k.code AS kecamatan_code, d.name, k.name AS kecamatan_name
     FROM regions d JOIN regions k ON k.code = d.parent_code
     WHERE d.code = $1 AND d.level = 4 AND k.parent_code = $2`,
    [desaCode, regencyCode],
  );
  return row;
}
