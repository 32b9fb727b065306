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
  /** The start of the occupation, case-insensitive. */
  occupation?: string;
  /** Desil up to this one (1 = poorest tenth). */
  desil?: number;
  flag?: PersonFlag;
}

/** Conditions a person can be picked by: an NIK that is not valid, a pair under review, BPJS cover. */
export const personFlags = ["nik_invalid", "under_review", "covered"] as const;
export type PersonFlag = (typeof personFlags)[number];

/** Orders of the registry; by id pages run on the last id seen, the others on an offset. */
export const personSorts = ["id", "name", "birth_date", "desil"] as const;
export type PersonSort = (typeof personSorts)[number];

/** "Siti am" → "siti:* & am:*": each word typed starts a word of the name. Null for no words. */
export function wordPrefixes(name: string | undefined): string | null {
  const words = (name ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/** The area condition (alias p, parameter $1) and the filters ($2–$8). */
function where(area: { sql: string; param: string }, f: PersonFilter) {
  return {
    sql: `${area.sql} AND ($2::text IS NULL OR p.name_words @@ to_tsquery('simple', $2))
      AND ($3::text IS NULL OR p.kecamatan_code = $3) AND ($4::text IS NULL OR p.desa_code = $4)
      AND ($5::text IS NULL OR p.nik = $5) AND ($6::text IS NULL OR p.occupation ILIKE $6 || '%')
      AND ($7::int IS NULL OR p.desil <= $7)
      AND ($8::text IS NULL
        OR ($8 = 'nik_invalid' AND NOT p.nik_valid)
        OR ($8 = 'under_review' AND EXISTS (SELECT 1 FROM persons_under_review r WHERE r.person_id = p.id))
        OR ($8 = 'covered' AND EXISTS (SELECT 1 FROM bpjs_coverage c WHERE c.person_id = p.id
              AND c.membership_status IS DISTINCT FROM 'inactive')))`,
    params: [
      area.param,
      wordPrefixes(f.name),
      f.kecamatan ?? null,
      f.desa ?? null,
      f.nik ?? null,
      f.occupation?.replace(/[%_\\]/g, "") || null,
      f.desil ?? null,
      f.flag ?? null,
    ],
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
  filter: PersonFilter & { sort: PersonSort; afterId: number; offset: number; limit: number; cap: number },
): Promise<{ rows: PersonRow[]; counted: number }> {
  const w = where(area, filter);
  const byId = filter.sort === "id";
  const rows = await db.query<PersonRow>(
    byId
      ? `SELECT ${personColumns} FROM persons p WHERE ${w.sql} AND p.id > $9 ORDER BY p.id LIMIT $10`
      : `SELECT ${personColumns} FROM persons p WHERE ${w.sql}
         ORDER BY p.${filter.sort} NULLS LAST, p.id OFFSET $9 LIMIT $10`,
    [...w.params, byId ? filter.afterId : filter.offset, filter.limit],
  );
  const first = byId ? filter.afterId === 0 : filter.offset === 0;
  if (first && rows.length < filter.limit) return { rows, counted: rows.length };
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM persons p WHERE ${w.sql} LIMIT $9) counted`,
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
  desa_name: string | null;
  /** Issue codes the import flagged on the record. */
  issues: string[];
}

export async function sourcesOf(db: Db, personId: number): Promise<SourceRow[]> {
  return db.query<SourceRow>(
    `SELECT r.source, r.batch_id AS batch, r.row_number AS row, l.method, l.score, r.name, r.nik, r.birth_date,
            r.desa_code, (SELECT name FROM regions WHERE code = r.desa_code) AS desa_name, r.issues
     FROM record_links l JOIN source_records r ON r.batch_id = l.batch_id AND r.row_number = l.row_number
     WHERE l.person_id = $1 ORDER BY r.batch_id, r.row_number`,
    [personId],
  );
}
