import type { Db } from "../../core/db.ts";

/** Rows per page: exports walk the tables by key, so memory stays flat at any size. */
const pageSize = 20_000;

export interface LinkRow {
  source: string;
  row: number;
  person_id: number | null;
  batch: number;
}

/** Every accepted source record and the person it belongs to (null while unlinked), in key order. */
export async function* pageLinks(db: Db): AsyncGenerator<LinkRow[]> {
  let after = [0, 0];
  for (;;) {
    const rows = await db.query<LinkRow>(
      `SELECT r.source, r.row_number AS row, l.person_id, r.batch_id AS batch
       FROM source_records r
       LEFT JOIN record_links l ON l.batch_id = r.batch_id AND l.row_number = r.row_number
       WHERE (r.batch_id, r.row_number) > ($1, $2)
       ORDER BY r.batch_id, r.row_number LIMIT ${pageSize}`,
      after,
    );
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    after = [last.batch, last.row];
  }
}

export const personColumns = [
  "id",
  "nik",
  "nik_valid",
  "name",
  "sex",
  "birth_date",
  "birth_place",
  "address",
  "desa_code",
  "kecamatan_code",
  "regency_code",
  "occupation",
  "desil",
  "desil_date",
  "phone",
  "kk_number",
  "records",
] as const;

export type PersonRow = Record<(typeof personColumns)[number], string | number | boolean | null>;

/** Golden records with how many source records each has, in id order. */
/** Golden records in id order; with `area` (a condition on alias p, parameter $2) only those inside it. */
export async function* pagePersons(
  db: Db,
  area?: { sql: string; param: string },
): AsyncGenerator<PersonRow[]> {
  let after = 0;
  for (;;) {
    const rows = await db.query<PersonRow>(
      `SELECT p.id, p.nik, p.nik_valid, p.name, p.sex, p.birth_date, p.birth_place, p.address, p.desa_code,
              p.kecamatan_code, p.regency_code, p.occupation, p.desil, p.desil_date, p.phone, p.kk_number,
              (SELECT count(*)::int FROM record_links l WHERE l.person_id = p.id) AS records,
              c.kpj AS bpjs_kpj, c.member_since AS bpjs_since
       FROM persons p
       LEFT JOIN LATERAL (
         SELECT kpj, member_since FROM bpjs_coverage b
         WHERE b.person_id = p.id AND b.membership_status IS DISTINCT FROM 'inactive'
         ORDER BY b.batch_id DESC LIMIT 1
       ) c ON true
       WHERE p.id > $1 AND ${area?.sql ?? "$2::text IS NULL"} ORDER BY p.id LIMIT ${pageSize}`,
      [after, area?.param ?? null],
    );
    if (rows.length === 0) return;
    yield rows;
    after = Number(rows[rows.length - 1].id);
  }
}
