import type { Db } from "../../core/db.ts";

/** A source record not yet linked to a person. */
const unlinked = `NOT EXISTS (SELECT 1 FROM record_links l WHERE l.batch_id = r.batch_id AND l.row_number = r.row_number)`;

export async function startRun(db: Db, runBy: string): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    "INSERT INTO match_runs (run_by) VALUES ($1) RETURNING id",
    [runBy],
  );
  return id;
}

export async function finishRun(db: Db, run: number, counts: Record<string, number>): Promise<void> {
  await db.query("UPDATE match_runs SET finished_at = clock_timestamp(), counts = $2 WHERE id = $1", [
    run,
    JSON.stringify(counts),
  ]);
}

/** Valid NIKs that already belong to exactly one person: link the new records to that person. */
export async function linkToKnownNiks(db: Db, run: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH known AS (
       SELECT nik, min(id) AS id FROM persons WHERE nik_valid GROUP BY nik HAVING count(*) = 1
     ), linked AS (
       INSERT INTO record_links (batch_id, row_number, person_id, method, regency_code, run_id)
       SELECT r.batch_id, r.row_number, k.id, 'exact', r.regency_code, $1
       FROM source_records r JOIN known k ON k.nik = r.nik
       WHERE r.nik_valid AND ${unlinked}
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM linked`,
    [run],
  );
  return rows[0].n;
}

/**
 * Valid NIKs no person has yet: one new person per NIK, started from its most trusted, most
 * recent record ('new'), with every other record of that NIK linked to it ('exact').
 */
export async function createPersonsForNewNiks(
  db: Db,
  run: number,
): Promise<{ persons: number; links: number }> {
  const rows = await db.query<{ persons: number; links: number }>(
    `WITH pending AS (
       SELECT r.batch_id, r.row_number, r.nik, r.name, r.regency_code, s.trust
       FROM source_records r JOIN sources s ON s.name = r.source
       WHERE r.nik_valid AND ${unlinked}
         AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.nik = r.nik)
     ), first AS (
       SELECT DISTINCT ON (nik) * FROM pending ORDER BY nik, trust DESC, batch_id DESC, row_number
     ), created AS (
       INSERT INTO persons (nik, nik_valid, name, regency_code)
       SELECT nik, true, name, regency_code FROM first
       RETURNING id, nik
     ), linked AS (
       INSERT INTO record_links (batch_id, row_number, person_id, method, regency_code, run_id)
       SELECT p.batch_id, p.row_number, c.id,
              CASE WHEN (p.batch_id, p.row_number) = (f.batch_id, f.row_number) THEN 'new' ELSE 'exact' END,
              p.regency_code, $1
       FROM pending p JOIN created c ON c.nik = p.nik JOIN first f ON f.nik = p.nik
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM created) AS persons, (SELECT count(*)::int FROM linked) AS links`,
    [run],
  );
  return rows[0];
}

/** The fields of a golden record, as text, from one source record `r`. */
const goldenFields = `(VALUES
  ('nik', CASE WHEN r.nik_valid THEN r.nik END),
  ('name', r.name),
  ('sex', r.sex::text),
  ('birth_date', r.birth_date::text),
  ('birth_place', r.birth_place),
  ('address', r.address),
  ('area', coalesce(r.desa_code, r.kecamatan_code)),
  ('occupation', r.occupation),
  ('desil', r.desil::text),
  ('phone', r.phone),
  ('kk_number', r.kk_number)
) AS f (field, value)`;

/**
 * Every value the linked records offer for each field of the chosen persons, ranked: the most
 * trusted source first, then the most recent batch, then the value most records agree on.
 * Rank 1 is the golden value. `persons` is a query returning person ids.
 */
function rankedValues(persons: string): string {
  return `vals AS (
       SELECT l.person_id, f.field, f.value, r.source, s.trust, r.batch_id, r.row_number
       FROM (${persons}) AS t (person_id)
       JOIN record_links l ON l.person_id = t.person_id
       JOIN source_records r ON r.batch_id = l.batch_id AND r.row_number = l.row_number
       JOIN sources s ON s.name = r.source
       CROSS JOIN LATERAL ${goldenFields}
       WHERE f.value IS NOT NULL
     ), counted AS (
       SELECT *, count(*) OVER (PARTITION BY person_id, field, value)::int AS agree FROM vals
     ), ranked AS (
       SELECT *, row_number() OVER (
         PARTITION BY person_id, field ORDER BY trust DESC, batch_id DESC, agree DESC, row_number) AS rank
       FROM counted
     )`;
}

/**
 * Rebuilds the golden record of every person this run linked records to (or of every person, with
 * `all`, after a change of trust). Village and kecamatan come together from one record, as do
 * desil and its snapshot date, so they never mix two records.
 */
export async function refreshGoldenRecords(db: Db, run: number, all = false): Promise<number> {
  const pick = (field: string) => `max(value) FILTER (WHERE field = '${field}')`;
  const from = (field: string, column: string) => `max(${column}) FILTER (WHERE field = '${field}')`;
  const rows = await db.query<{ n: number }>(
    `WITH ${rankedValues(
      all ? "SELECT id FROM persons" : "SELECT DISTINCT person_id FROM record_links WHERE run_id = $1",
    )},
     golden AS (
       SELECT person_id, ${pick("nik")} AS nik, ${pick("name")} AS name, ${pick("sex")} AS sex,
         ${pick("birth_date")} AS birth_date, ${pick("birth_place")} AS birth_place,
         ${pick("address")} AS address, ${pick("occupation")} AS occupation, ${pick("phone")} AS phone,
         ${pick("kk_number")} AS kk_number,
         ${from("area", "batch_id")} AS area_batch, ${from("area", "row_number")} AS area_row,
         ${from("desil", "batch_id")} AS desil_batch, ${from("desil", "row_number")} AS desil_row
       FROM ranked WHERE rank = 1 GROUP BY person_id
     ), updated AS (
       UPDATE persons p SET
         nik = coalesce(g.nik, p.nik),
         nik_valid = g.nik IS NOT NULL OR p.nik_valid,
         name = coalesce(g.name, p.name),
         sex = g.sex,
         birth_date = g.birth_date::date,
         birth_place = g.birth_place,
         address = g.address,
         desa_code = area.desa_code,
         kecamatan_code = area.kecamatan_code,
         regency_code = coalesce(area.regency_code, p.regency_code),
         occupation = g.occupation,
         desil = desil.desil,
         desil_date = desil.desil_date,
         phone = g.phone,
         kk_number = g.kk_number,
         updated_at = now()
       FROM golden g
       LEFT JOIN source_records area ON area.batch_id = g.area_batch AND area.row_number = g.area_row
       LEFT JOIN source_records desil ON desil.batch_id = g.desil_batch AND desil.row_number = g.desil_row
       WHERE p.id = g.person_id
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM updated`,
    all ? [] : [run],
  );
  return rows[0].n;
}

export interface FieldValue {
  field: string;
  value: string;
  source: string;
  batch: number;
  row: number;
  /** How many of the person's records give this value. */
  agree: number;
  /** 1 = the golden value. */
  rank: number;
}

/** Where each value of one person's golden record came from, with every alternative. */
export async function listProvenance(db: Db, personId: number): Promise<FieldValue[]> {
  return db.query<FieldValue>(
    `WITH ${rankedValues("SELECT $1::bigint")}
     SELECT field, value, source, batch_id AS batch, row_number AS row, agree, rank::int AS rank
     FROM ranked ORDER BY field, rank`,
    [personId],
  );
}

export interface MatchTotals {
  records: number;
  persons: number;
  unlinked: number;
  /** Persons on a BPJS membership list that is not marked inactive: already covered. */
  covered: number;
}

export async function countMatching(db: Db): Promise<MatchTotals> {
  const [row] = await db.query<MatchTotals>(
    `SELECT (SELECT count(*)::int FROM source_records) AS records,
            (SELECT count(*)::int FROM persons) AS persons,
            (SELECT count(*)::int FROM source_records r WHERE ${unlinked}) AS unlinked,
            (SELECT count(DISTINCT person_id)::int FROM bpjs_coverage
              WHERE membership_status IS DISTINCT FROM 'inactive') AS covered`,
  );
  return row;
}
