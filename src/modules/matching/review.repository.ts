import type { Db } from "../../core/db.ts";
import type { ReviewStatus } from "./matching.repository.ts";

export interface ReviewRecord {
  batch: number;
  row: number;
  source: string;
  person: number;
  nik: string | null;
  name: string;
  sex: string | null;
  birth_date: string | null;
  birth_place: string | null;
  desa_name: string | null;
  kecamatan_name: string | null;
  address: string | null;
  desa_code: string | null;
  kecamatan_code: string | null;
  kk_number: string | null;
  phone: string | null;
}

export interface ReviewItem {
  id: number;
  kind: "possible_duplicate" | "shared_nik" | "split";
  status: ReviewStatus;
  score: number;
  reasons: Record<string, { level: string; weight: number }>;
  created_at: string;
  decided_by: string | null;
  a: ReviewRecord;
  b: ReviewRecord;
}

const recordJson = (alias: string, link: string) => `json_build_object(
  'batch', ${alias}.batch_id, 'row', ${alias}.row_number, 'source', ${alias}.source, 'person', ${link}.person_id,
  'nik', ${alias}.nik, 'name', ${alias}.name, 'sex', ${alias}.sex, 'birth_date', ${alias}.birth_date,
  'birth_place', ${alias}.birth_place, 'address', ${alias}.address, 'desa_code', ${alias}.desa_code,
  'kecamatan_code', ${alias}.kecamatan_code, 'kk_number', ${alias}.kk_number, 'phone', ${alias}.phone,
  'desa_name', (SELECT name FROM regions WHERE code = ${alias}.desa_code),
  'kecamatan_name', (SELECT name FROM regions WHERE code = ${alias}.kecamatan_code))`;

const selectItems = `SELECT i.id, i.kind, i.status, i.score, i.reasons, i.created_at::text, i.decided_by,
    ${recordJson("ra", "la")} AS a, ${recordJson("rb", "lb")} AS b
  FROM review_items i
  JOIN source_records ra ON ra.batch_id = i.batch_a AND ra.row_number = i.row_a
  JOIN source_records rb ON rb.batch_id = i.batch_b AND rb.row_number = i.row_b
  LEFT JOIN record_links la ON la.batch_id = i.batch_a AND la.row_number = i.row_a
  LEFT JOIN record_links lb ON lb.batch_id = i.batch_b AND lb.row_number = i.row_b`;

function parse(row: ReviewItem): ReviewItem {
  // json_build_object comes back as text on some drivers' settings: accept both.
  const json = <T>(v: T | string): T => (typeof v === "string" ? JSON.parse(v) : v);
  return { ...row, reasons: json(row.reasons), a: json(row.a), b: json(row.b) };
}

/** An area condition from core/scope.ts on both records (aliases ra and rb), or none (the CLI). */
export type ItemArea = { sql: string; param: string } | null;

export async function listItems(
  db: Db,
  {
    status,
    limit,
    afterId,
    area,
  }: { status: ReviewStatus | null; limit: number; afterId: number; area: ItemArea },
): Promise<ReviewItem[]> {
  const rows = await db.query<ReviewItem>(
    `${selectItems} WHERE ($1::text IS NULL OR i.status = $1) AND i.id > $2 AND ${area?.sql ?? "$4::text IS NULL"}
     ORDER BY i.id LIMIT $3`,
    [status, afterId, limit, area?.param ?? null],
  );
  return rows.map(parse);
}

/** Whether both of the item's records lie inside the area. */
export async function itemInArea(db: Db, id: number, area: NonNullable<ItemArea>): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM review_items i
     JOIN source_records ra ON ra.batch_id = i.batch_a AND ra.row_number = i.row_a
     JOIN source_records rb ON rb.batch_id = i.batch_b AND rb.row_number = i.row_b
     WHERE i.id = $2 AND ${area.sql}`,
    [area.param, id],
  );
  return rows.length > 0;
}

export async function getItem(db: Db, id: number): Promise<ReviewItem | null> {
  const rows = await db.query<ReviewItem>(`${selectItems} WHERE i.id = $1`, [id]);
  return rows[0] ? parse(rows[0]) : null;
}

export async function setStatus(db: Db, id: number, status: ReviewStatus, by: string): Promise<void> {
  await db.query("UPDATE review_items SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1", [
    id,
    status,
    by,
  ]);
}

/** Moves every record of person `from` to person `into` and removes `from`. */
export async function mergePersons(db: Db, into: number, from: number): Promise<void> {
  await db.query("UPDATE record_links SET person_id = $1, method = 'review' WHERE person_id = $2", [
    into,
    from,
  ]);
  await db.query("DELETE FROM persons WHERE id = $1", [from]);
}

/** Takes one record out of its person into a new person of its own; returns the new person's id. */
export async function splitRecord(db: Db, batch: number, row: number): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    `WITH created AS (
       INSERT INTO persons (nik, nik_valid, name, regency_code)
       SELECT CASE WHEN nik_valid THEN nik END, nik_valid, name, regency_code
       FROM source_records WHERE batch_id = $1 AND row_number = $2
       RETURNING id
     )
     UPDATE record_links l SET person_id = c.id, method = 'review', score = NULL, reasons = NULL
     FROM created c WHERE l.batch_id = $1 AND l.row_number = $2
     RETURNING c.id`,
    [batch, row],
  );
  return id;
}

export async function recordsOfPerson(db: Db, person: number): Promise<{ batch: number; row: number }[]> {
  return db.query(
    `SELECT batch_id AS batch, row_number AS row FROM record_links WHERE person_id = $1
     ORDER BY batch_id, row_number`,
    [person],
  );
}

export async function linkOf(db: Db, batch: number, row: number): Promise<number | null> {
  const rows = await db.query<{ person_id: number }>(
    "SELECT person_id FROM record_links WHERE batch_id = $1 AND row_number = $2",
    [batch, row],
  );
  return rows[0]?.person_id ?? null;
}

/** Stores a reviewer's split of a record that no review item asked about, so runs respect it. */
export async function recordSplit(
  db: Db,
  record: { batch: number; row: number },
  other: { batch: number; row: number },
  by: string,
): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    `INSERT INTO review_items (kind, batch_a, row_a, batch_b, row_b, score, reasons, status, regency_code,
       kecamatan_code, decided_by, decided_at)
     SELECT 'split', $1, $2, $3, $4, 0, '{}', 'split', regency_code, kecamatan_code, $5, now()
     FROM source_records WHERE batch_id = $1 AND row_number = $2
     ON CONFLICT (batch_a, row_a, batch_b, row_b) DO UPDATE SET status = 'split', decided_by = $5,
       decided_at = now()
     RETURNING id`,
    [record.batch, record.row, other.batch, other.row, by],
  );
  return id;
}
