/**
 * Persons covered per area and trait, read from the counters the database keeps up to date
 * (migrations/0025_coverage_counts.sql) on the counters' day, or counted from the memberships for
 * any other day. Both answer the same shape, so a report of a past month reads like today's.
 */
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";

/**
 * Covered persons of one area code (desa, else kecamatan, else regency) with dimension 'all', or of
 * one trait value in the whole area asked for.
 */
export interface CoveredCell {
  area: string;
  dimension: "all" | "occupation" | "desil" | "sex" | "birth_year";
  /** '' when unknown */
  value: string;
  covered: number;
}

/**
 * Cells per area code for the total ('all'); a trait's cells summed over the whole area asked
 * (`$1`), which is all a breakdown needs: a few hundred rows rather than areas × values.
 */
function areaOfCell(column: string): string {
  return `CASE WHEN dimension = 'all' THEN ${column} ELSE $1 END`;
}

/** The area codes inside an area (itself and those under it), as a condition on `column`. */
function inside(column: string, n: number): string {
  return `(${column} = $${n} OR ${column} LIKE $${n} || '.%')`;
}

/**
 * Moves the counters forward to `today` (a no-op when they are there already) and answers the day
 * they are for: the later of the two, should the database's clock be ahead of this machine's.
 */
export async function rollTo(db: Db, today: string): Promise<string> {
  const clock = async () =>
    (await db.query<{ day: string }>(`SELECT ${isoDay("day")} AS day FROM coverage_clock`))[0].day;
  const day = await clock();
  if (day >= today) return day;
  await db.query("SELECT coverage_roll($1::date)", [today]);
  return clock();
}

/**
 * Covered persons inside `area` on `day` (by default the counters' day, today once rolled): from
 * the counters when the day is theirs, else counted from the memberships. Answers the day counted.
 */
export async function coveredOn(
  db: Db,
  area: string,
  day: string | undefined,
  today: string,
): Promise<{ on: string; cells: CoveredCell[] }> {
  const clock = await rollTo(db, today);
  const on = day ?? clock;
  return { on, cells: on === clock ? await countedNow(db, area) : await countedOn(db, area, on) };
}

/** The counters of the clock's day for the areas inside `area`. */
export async function countedNow(db: Db, area: string): Promise<CoveredCell[]> {
  return db.query<CoveredCell>(
    `SELECT ${areaOfCell("area_code")} AS area, dimension, value, sum(covered)::int AS covered
     FROM coverage_now WHERE ${inside("area_code", 1)}
     GROUP BY 1, 2, 3 HAVING sum(covered) <> 0`,
    [area],
  );
}

/** The same cells counted from the memberships, for a day other than the counters'. */
export async function countedOn(db: Db, area: string, day: string): Promise<CoveredCell[]> {
  return db.query<CoveredCell>(
    `WITH covered AS (
       SELECT DISTINCT p.id, coalesce(p.desa_code, p.kecamatan_code, p.regency_code) AS area,
              coalesce(p.occupation, '') AS occupation, coalesce(p.desil::text, '') AS desil,
              coalesce(p.sex, '') AS sex, coalesce(extract(year FROM p.birth_date)::text, '') AS birth_year
       FROM memberships m JOIN persons p ON p.id = m.person_id
       WHERE ${coversDay("m", 2)} AND ${inside("coalesce(p.desa_code, p.kecamatan_code, p.regency_code)", 1)}
     )
     SELECT ${areaOfCell("c.area")} AS area, d.dimension, d.value, count(*)::int AS covered
     FROM covered c
     CROSS JOIN LATERAL (VALUES ('all', ''), ('occupation', c.occupation), ('desil', c.desil),
                                ('sex', c.sex), ('birth_year', c.birth_year)) AS d (dimension, value)
     GROUP BY 1, 2, 3`,
    [area, day],
  );
}

/** Covered on the last day of each month before the clock's day, inside `area`. */
export async function countedMonths(db: Db, area: string): Promise<{ month: string; covered: number }[]> {
  return db.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, sum(covered)::int AS covered FROM coverage_months
     WHERE ${inside("area_code", 1)} GROUP BY month HAVING sum(covered) <> 0 ORDER BY month`,
    [area],
  );
}

/**
 * A membership alias `m` covers the day at `$n`: BPJS accepted it, the day is on or after its
 * agreed start and no later than the last day of its last month, or the day a lapsed or ended one
 * ended. The same rule as coverage_recount in the migration.
 */
export function coversDay(m: string, n: number): string {
  return `(${m}.active_from <= $${n}::date
    AND $${n}::date < ${m}.end_month + interval '1 month'
    AND (${m}.status = 'active' OR (${m}.status IN ('lapsed', 'ended') AND $${n}::date <= ${m}.ended_on)))`;
}
