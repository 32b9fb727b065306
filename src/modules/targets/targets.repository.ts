import type { Db } from "../../core/db.ts";

/** An area a target or workforce figure may be set for: the regency, a kecamatan or a desa. */
export interface Area {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

export interface TargetRow {
  regionCode: string;
  target: number;
  source: string | null;
}

export interface WorkforceRow {
  regionCode: string;
  informalWorkers: number;
  source: string;
}

const areaColumns = `code, name, level, parent_code AS "parentCode"`;

/** The region of this code if it is the regency or lies under it; else none. */
export async function findArea(db: Db, code: string, regencyCode: string): Promise<Area | null> {
  const rows = await db.query<Area>(
    `SELECT ${areaColumns} FROM regions WHERE code = $1 AND (code = $2 OR code LIKE $2 || '.%')`,
    [code, regencyCode],
  );
  return rows[0] ?? null;
}

/** The regency and its kecamatan, in code order: the areas every list shows. */
export async function listMainAreas(db: Db, regencyCode: string): Promise<Area[]> {
  return db.query<Area>(
    `SELECT ${areaColumns} FROM regions WHERE code = $1 OR (parent_code = $1 AND level = 3) ORDER BY code`,
    [regencyCode],
  );
}

/** The kecamatan of the regency, for reading an imported file's names and codes. */
export async function listKecamatan(db: Db, regencyCode: string): Promise<Area[]> {
  return db.query<Area>(
    `SELECT ${areaColumns} FROM regions WHERE parent_code = $1 AND level = 3 ORDER BY code`,
    [regencyCode],
  );
}

/** Desa of the regency (all, for sums of a kecamatan's desa; or those of these codes). */
export async function listDesa(db: Db, regencyCode: string): Promise<Area[]> {
  return db.query<Area>(
    `SELECT ${areaColumns} FROM regions WHERE code LIKE $1 || '.%' AND level = 4 ORDER BY code`,
    [regencyCode],
  );
}

export async function listTargets(db: Db, year: number, regencyCode: string): Promise<TargetRow[]> {
  return db.query<TargetRow>(
    `SELECT region_code AS "regionCode", target, source FROM coverage_targets
     WHERE year = $1 AND (region_code = $2 OR region_code LIKE $2 || '.%') ORDER BY region_code`,
    [year, regencyCode],
  );
}

export async function listWorkforce(db: Db, year: number, regencyCode: string): Promise<WorkforceRow[]> {
  return db.query<WorkforceRow>(
    `SELECT region_code AS "regionCode", informal_workers AS "informalWorkers", source FROM workforce
     WHERE year = $1 AND (region_code = $2 OR region_code LIKE $2 || '.%') ORDER BY region_code`,
    [year, regencyCode],
  );
}

/** The target of an area and year, locked for a change; none when unset. */
export async function lockTarget(db: Db, year: number, code: string): Promise<TargetRow | null> {
  const rows = await db.query<TargetRow>(
    `SELECT region_code AS "regionCode", target, source FROM coverage_targets
     WHERE year = $1 AND region_code = $2 FOR UPDATE`,
    [year, code],
  );
  return rows[0] ?? null;
}

export async function upsertTarget(
  db: Db,
  t: { year: number; code: string; target: number; source: string | null; by: string },
): Promise<void> {
  await db.query(
    `INSERT INTO coverage_targets (year, region_code, target, source, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (year, region_code) DO UPDATE SET target = EXCLUDED.target, source = EXCLUDED.source,
       updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [t.year, t.code, t.target, t.source, t.by],
  );
}

export async function deleteTarget(db: Db, year: number, code: string): Promise<void> {
  await db.query("DELETE FROM coverage_targets WHERE year = $1 AND region_code = $2", [year, code]);
}

/** The workforce figures of a year for these areas, locked for a change. */
export async function lockWorkforce(db: Db, year: number, codes: string[]): Promise<WorkforceRow[]> {
  return db.query<WorkforceRow>(
    `SELECT region_code AS "regionCode", informal_workers AS "informalWorkers", source FROM workforce
     WHERE year = $1 AND region_code = ANY($2::text[]) ORDER BY region_code FOR UPDATE`,
    [year, codes],
  );
}

/** Saves figures of one year; a figure equal to the one stored (number and source) is left alone. */
export async function upsertWorkforce(
  db: Db,
  year: number,
  rows: { code: string; informalWorkers: number; source: string }[],
  by: string,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const saved = await db.query<{ code: string }>(
    `INSERT INTO workforce (year, region_code, informal_workers, source, updated_by)
     SELECT $1, r.code, r.workers, r.source, $5
     FROM unnest($2::text[], $3::int[], $4::text[]) AS r (code, workers, source)
     ON CONFLICT (year, region_code) DO UPDATE SET informal_workers = EXCLUDED.informal_workers,
       source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()
     WHERE (workforce.informal_workers, workforce.source) IS DISTINCT FROM
           (EXCLUDED.informal_workers, EXCLUDED.source)
     RETURNING region_code AS code`,
    [year, rows.map((r) => r.code), rows.map((r) => r.informalWorkers), rows.map((r) => r.source), by],
  );
  return saved.map((r) => r.code);
}

export async function deleteWorkforce(db: Db, year: number, code: string): Promise<void> {
  await db.query("DELETE FROM workforce WHERE year = $1 AND region_code = $2", [year, code]);
}
