/** The dossier's registers (migration 0026) and the partners it lists (read only, migration 0024). */
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";

export interface Regulation {
  id: number;
  kind: string;
  number: string;
  title: string;
  issued_on: string;
  notes: string | null;
  created_by: string;
}

export interface Innovation {
  id: number;
  name: string;
  started_on: string;
  description: string;
  created_by: string;
}

const regulationColumns = `id, kind, number, title, ${isoDay("issued_on")} AS issued_on, notes, created_by`;
const innovationColumns = `id, name, ${isoDay("started_on")} AS started_on, description, created_by`;

/** Regulations issued on or before the day (all without one), oldest first. */
export async function listRegulations(db: Db, until: string | null = null): Promise<Regulation[]> {
  return db.query<Regulation>(
    `SELECT ${regulationColumns} FROM regulations WHERE $1::date IS NULL OR issued_on <= $1::date
     ORDER BY issued_on, id`,
    [until],
  );
}

/** Adds a regulation; null when one of that kind and number is there already. */
export async function insertRegulation(
  db: Db,
  r: Omit<Regulation, "id" | "created_by">,
  by: string,
): Promise<Regulation | null> {
  const [row] = await db.query<Regulation>(
    `INSERT INTO regulations (kind, number, title, issued_on, notes, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kind, number) DO NOTHING RETURNING ${regulationColumns}`,
    [r.kind, r.number, r.title, r.issued_on, r.notes, by],
  );
  return row ?? null;
}

export async function deleteRegulation(db: Db, id: number): Promise<Regulation | null> {
  const [row] = await db.query<Regulation>(
    `DELETE FROM regulations WHERE id = $1 RETURNING ${regulationColumns}`,
    [id],
  );
  return row ?? null;
}

export async function listInnovations(db: Db, until: string | null = null): Promise<Innovation[]> {
  return db.query<Innovation>(
    `SELECT ${innovationColumns} FROM innovations WHERE $1::date IS NULL OR started_on <= $1::date
     ORDER BY started_on, id`,
    [until],
  );
}

export async function insertInnovation(
  db: Db,
  i: Omit<Innovation, "id" | "created_by">,
  by: string,
): Promise<Innovation | null> {
  const [row] = await db.query<Innovation>(
    `INSERT INTO innovations (name, started_on, description, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name) DO NOTHING RETURNING ${innovationColumns}`,
    [i.name, i.started_on, i.description, by],
  );
  return row ?? null;
}

export async function deleteInnovation(db: Db, id: number): Promise<Innovation | null> {
  const [row] = await db.query<Innovation>(
    `DELETE FROM innovations WHERE id = $1 RETURNING ${innovationColumns}`,
    [id],
  );
  return row ?? null;
}

export interface PartnerRow {
  company: string;
  sector: string | null;
  mou_number: string | null;
  signed_on: string | null;
  valid_from: string | null;
  valid_to: string | null;
  commitments: number;
  budget: number;
  workers: number;
  /** Commitments accepted as funders (allocation can spend them). */
  funded: number;
}

/**
 * CSR companies with an MoU signed, or a commitment starting, on or before the day: one line per
 * MoU (a company without one has a line of its commitments), with what was committed under it.
 */
export async function listPartners(db: Db, until: string): Promise<PartnerRow[]> {
  return db.query<PartnerRow>(
    `WITH lines AS (
       SELECT m.company_id, m.id AS mou_id FROM mous m WHERE m.signed_on <= $1::date
       UNION
       SELECT c.company_id, NULL::bigint FROM commitments c WHERE c.mou_id IS NULL AND c.period_from <= $1::date)
     SELECT co.name AS company, co.sector, m.number AS mou_number, ${isoDay("m.signed_on")} AS signed_on,
            ${isoDay("m.valid_from")} AS valid_from, ${isoDay("m.valid_to")} AS valid_to,
            count(c.id)::int AS commitments, coalesce(sum(c.budget), 0)::bigint AS budget,
            coalesce(sum(c.workers), 0)::bigint AS workers, count(c.funder_id)::int AS funded
     FROM lines l JOIN companies co ON co.id = l.company_id LEFT JOIN mous m ON m.id = l.mou_id
     LEFT JOIN commitments c ON c.company_id = l.company_id AND c.mou_id IS NOT DISTINCT FROM l.mou_id
       AND c.period_from <= $1::date
     GROUP BY co.id, co.name, co.sector, m.id, m.number, m.signed_on, m.valid_from, m.valid_to
     ORDER BY co.name, m.signed_on NULLS LAST`,
    [until],
  );
}
