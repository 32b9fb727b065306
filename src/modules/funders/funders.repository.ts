import type { Db } from "../../core/db.ts";

export interface Funder {
  id: number;
  code: string;
  name: string;
  type: string;
  bpjsCode: string;
  budget: number;
  /** First and last month covered (yyyy-mm). */
  from: string;
  to: string;
  package: string;
  unitRate: number | null;
  desaCode: string | null;
  kecamatanCodes: string[];
  occupations: string[];
}

const columns = `id, code, name, type, bpjs_code AS "bpjsCode", budget, to_char(period_from, 'YYYY-MM') AS "from",
  to_char(period_to, 'YYYY-MM') AS "to", package, unit_rate AS "unitRate", desa_code AS "desaCode",
  kecamatan_codes AS "kecamatanCodes", occupations`;

export async function listFunders(db: Db): Promise<Funder[]> {
  return db.query<Funder>(`SELECT ${columns} FROM funders ORDER BY period_from, code`);
}

export async function findFunder(db: Db, code: string): Promise<Funder | null> {
  const rows = await db.query<Funder>(`SELECT ${columns} FROM funders WHERE code = $1`, [code]);
  return rows[0] ?? null;
}

/** Adds a funder; null when the code is taken. */
export async function insertFunder(db: Db, f: Omit<Funder, "id">, by: string): Promise<Funder | null> {
  const rows = await db.query<Funder>(
    `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, unit_rate,
       desa_code, kecamatan_codes, occupations, created_by)
     VALUES ($1, $2, $3, $4, $5, ($6 || '-01')::date, ($7 || '-01')::date, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (code) DO NOTHING RETURNING ${columns}`,
    [
      f.code,
      f.name,
      f.type,
      f.bpjsCode,
      f.budget,
      f.from,
      f.to,
      f.package,
      f.unitRate,
      f.desaCode,
      f.kecamatanCodes,
      f.occupations,
      by,
    ],
  );
  return rows[0] ?? null;
}
