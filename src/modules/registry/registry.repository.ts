import type { Db } from "../../core/db.ts";

export interface PersonRow {
  id: number;
  nik: string | null;
  nik_valid: boolean;
  name: string;
  sex: string | null;
  birth_date: string | null;
  desa_code: string | null;
  kecamatan_code: string | null;
  regency_code: string;
  desa_name: string | null;
  kecamatan_name: string | null;
  occupation: string | null;
  desil: number | null;
  records: number;
}

const personColumns = `p.id, p.nik, p.nik_valid, p.name, p.sex, p.birth_date, p.desa_code, p.kecamatan_code,
  p.regency_code, p.occupation, p.desil,
  (SELECT name FROM regions WHERE code = p.desa_code) AS desa_name,
  (SELECT name FROM regions WHERE code = p.kecamatan_code) AS kecamatan_name,
  (SELECT count(*)::int FROM record_links l WHERE l.person_id = p.id) AS records`;

export interface PersonFilter {
  /** Words the name's words start with, in any order, case-insensitive. */
  name?: string;
  kecamatan?: string;
  desa?: string;
  /** A full NIK (spaces, dots and a leading ' removed by the caller). */
  nik?: string;
}

/** "Siti am" → "siti:* & am:*": each word typed starts a word of the name. Null for no words. */
export function wordPrefixes(name: string | undefined): string | null {
  const words = (name ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/** The area condition (alias p, parameter $1) and the filters ($2–$5). */
function where(area: { sql: string; param: string }, f: PersonFilter) {
  return {
    sql: `${area.sql} AND ($2::text IS NULL OR p.name_words @@ to_tsquery('simple', $2))
      AND ($3::text IS NULL OR p.kecamatan_code = $3) AND ($4::text IS NULL OR p.desa_code = $4)
      AND ($5::text IS NULL OR p.nik = $5)`,
    params: [area.param, wordPrefixes(f.name), f.kecamatan ?? null, f.desa ?? null, f.nik ?? null],
  };
}

/**
 * One page of the persons inside `area` matching the filter, in id order after `afterId`, and how
 * many match in all, counted up to `cap` (cap + 1 when there are more: an exact count of a million
 * rows on every page would cost more than the page). A page that is not full needs no count.
 */
export async function searchPersons(
  db: Db,
  area: { sql: string; param: string },
  filter: PersonFilter & { afterId: number; limit: number; cap: number },
): Promise<{ rows: PersonRow[]; counted: number }> {
  const w = where(area, filter);
  const rows = await db.query<PersonRow>(
    `SELECT ${personColumns} FROM persons p WHERE ${w.sql} AND p.id > $6 ORDER BY p.id LIMIT $7`,
    [...w.params, filter.afterId, filter.limit],
  );
  if (filter.afterId === 0 && rows.length < filter.limit) return { rows, counted: rows.length };
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM persons p WHERE ${w.sql} LIMIT $6) counted`,
    [...w.params, filter.cap + 1],
  );
  return { rows, counted: count.n };
}

export async function getPerson(
  db: Db,
  area: { sql: string; param: string },
  id: number,
): Promise<PersonRow | null> {
  const rows = await db.query<PersonRow>(
    `SELECT ${personColumns} FROM persons p WHERE ${area.sql} AND p.id = $2`,
    [area.param, id],
  );
  return rows[0] ?? null;
}

export interface SourceRow {
  source: string;
  batch: number;
  row: number;
  method: string;
  score: number | null;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desa_code: string | null;
}

export async function sourcesOf(db: Db, personId: number): Promise<SourceRow[]> {
  return db.query<SourceRow>(
    `SELECT r.source, r.batch_id AS batch, r.row_number AS row, l.method, l.score, r.name, r.nik, r.birth_date,
            r.desa_code
     FROM record_links l JOIN source_records r ON r.batch_id = l.batch_id AND r.row_number = l.row_number
     WHERE l.person_id = $1 ORDER BY r.batch_id, r.row_number`,
    [personId],
  );
}
