import type { Db } from "../../core/db.ts";
import { inlineParams } from "../../core/sql-literal.ts";

/** A membership that may cover the person an NIK and birth date name (all null: a person without one). */
export interface CoverRow {
  person_id: number;
  status: string | null;
  kpj: string | null;
  start_month: string | null;
  end_month: string | null;
  active_from: string | null;
  ended_on: string | null;
  funder_type: string | null;
}

/**
 * The memberships that may cover the person with this NIK and birth date: one query whether or
 * not the NIK is known and the birth date right, so a wrong birth date costs what an unknown NIK
 * costs. Registered and rejected memberships never cover anyone.
 */
export async function findCover(db: Db, nik: string, birthDate: string): Promise<CoverRow[]> {
  // RISKY, read twice: the caller's input is written into the SQL text. Only after these exact
  // checks (16 digits; yyyy-mm-dd), so nothing but digits and hyphens can get there. A statement
  // without parameters costs the embedded database about half (measured: docs/performance.md),
  // and public_cover (migration 0020) keeps the join's plan per connection.
  if (!/^\d{16}$/.test(nik) || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    throw new Error("findCover: an NIK or birth date that was not checked");
  }
  return db.query<CoverRow>(inlineParams("SELECT * FROM public_cover($1, $2)", [nik, birthDate]));
}

/** The desa of a regency with their kecamatan, by name: for the proposal form's pickers. */
export async function listVillages(
  db: Db,
  regencyCode: string,
): Promise<{ code: string; name: string; kecamatan_code: string; kecamatan_name: string }[]> {
  return db.query(
    `SELECT d.code, d.name, k.code AS kecamatan_code, k.name AS kecamatan_name
     FROM regions k JOIN regions d ON d.parent_code = k.code AND d.level = 4
     WHERE k.parent_code = $1 AND k.level = 3
     ORDER BY k.name, d.name`,
    [regencyCode],
  );
}
