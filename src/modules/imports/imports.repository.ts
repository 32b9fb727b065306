import { copyText, N } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import type { ListKind, MappingFile } from "./header-mapping.ts";
import type { NormalisedRecord } from "./row-normaliser.ts";

/** What an import batch records about its file. */
interface BatchFile {
  source: string;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  dateFormat: string | null;
  regencyCode: string;
  importedBy: string;
  startedAt: Date;
}

export interface BatchRow extends BatchFile {
  id: number;
  rows: number;
  accepted: number;
  quarantined: number;
  skipped: number;
  issues: Record<string, number>;
  finishedAt: Date;
}

const batchColumns = `id, source, file_name AS "fileName", file_sha256 AS "fileSha256", file_bytes AS "fileBytes",
  format, encoding, delimiter, headers, date_format AS "dateFormat", regency_code AS "regencyCode", rows,
  accepted, quarantined, skipped, issues, imported_by AS "importedBy", started_at AS "startedAt",
  finished_at AS "finishedAt"`;

export async function findBatchByFile(db: Db, source: string, sha256: string): Promise<BatchRow | undefined> {
  const rows = await db.query<BatchRow>(
    `SELECT ${batchColumns} FROM import_batches WHERE source = $1 AND file_sha256 = $2`,
    [source, sha256],
  );
  return rows[0];
}

export async function findBatch(db: Db, id: number): Promise<BatchRow | undefined> {
  const rows = await db.query<BatchRow>(`SELECT ${batchColumns} FROM import_batches WHERE id = $1`, [id]);
  return rows[0];
}

export async function listBatches(db: Db, limit: number): Promise<BatchRow[]> {
  return db.query<BatchRow>(`SELECT ${batchColumns} FROM import_batches ORDER BY id DESC LIMIT $1`, [limit]);
}

export async function countBatches(db: Db): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM import_batches");
  return n;
}

export async function findSourceMapping(db: Db, source: string): Promise<MappingFile | undefined> {
  const rows = await db.query<{ mapping: MappingFile | null }>(
    "SELECT mapping FROM sources WHERE name = $1",
    [source],
  );
  return rows[0]?.mapping ?? undefined;
}

/** Creates the source on first use; a mapping given with an import is remembered for the next one. */
export async function saveSource(
  db: Db,
  source: string,
  kind: ListKind,
  mapping: MappingFile | undefined,
): Promise<void> {
  await db.query(
    `INSERT INTO sources (name, kind, mapping) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET mapping = COALESCE(EXCLUDED.mapping, sources.mapping)`,
    [source, kind, mapping ? JSON.stringify(mapping) : null],
  );
}

/** The kind of a known source, or undefined for a new one. */
export async function findSourceKind(db: Db, source: string): Promise<ListKind | undefined> {
  const rows = await db.query<{ kind: ListKind }>("SELECT kind FROM sources WHERE name = $1", [source]);
  return rows[0]?.kind;
}

export interface NewBatch extends BatchFile {
  mapping: Record<string, number>;
}

export async function insertBatch(db: Db, batch: NewBatch): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    `INSERT INTO import_batches (source, file_name, file_sha256, file_bytes, format, encoding, delimiter, headers,
       mapping, date_format, regency_code, rows, accepted, quarantined, skipped, imported_by, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, 0, 0, 0, $12, $13) RETURNING id`,
    [
      batch.source,
      batch.fileName,
      batch.fileSha256,
      batch.fileBytes,
      batch.format,
      batch.encoding,
      batch.delimiter,
      batch.headers,
      JSON.stringify(batch.mapping),
      batch.dateFormat,
      batch.regencyCode,
      batch.importedBy,
      batch.startedAt,
    ],
  );
  return id;
}

export async function finishBatch(
  db: Db,
  id: number,
  counts: {
    rows: number;
    accepted: number;
    quarantined: number;
    skipped: number;
    issues: Record<string, number>;
  },
): Promise<void> {
  await db.query(
    `UPDATE import_batches SET rows = $2, accepted = $3, quarantined = $4, skipped = $5, issues = $6,
       finished_at = now() WHERE id = $1`,
    [id, counts.rows, counts.accepted, counts.quarantined, counts.skipped, JSON.stringify(counts.issues)],
  );
}

export const recordCopy = `COPY source_records (batch_id, row_number, source, raw, nik, nik_valid, name, sex,
  birth_date, birth_place, address, rt, rw, desa_name, kecamatan_name, desa_code, kecamatan_code, regency_code,
  occupation, desil, desil_date, phone, kk_number, kpj, membership_status, segment, member_since, payer, issues)
  FROM STDIN`;

/** One source record as a line of COPY text. Codes, digits and dates need no escaping. */
export function recordLine(
  batchId: number,
  source: string,
  rowNumber: number,
  raw: string[],
  r: NormalisedRecord,
  regencyCode: string,
): string {
  return `${batchId}\t${rowNumber}\t${copyText(source)}\t${copyText(JSON.stringify(raw))}\t${copyText(r.nik)}\t${
    r.nikValid ? "t" : "f"
  }\t${copyText(r.name)}\t${r.sex ?? N}\t${r.birthDate ?? N}\t${copyText(r.birthPlace)}\t${copyText(r.address)}\t${
    r.rt ?? N
  }\t${r.rw ?? N}\t${copyText(r.desaName)}\t${copyText(r.kecamatanName)}\t${r.desaCode ?? N}\t${
    r.kecamatanCode ?? N
  }\t${regencyCode}\t${copyText(r.occupation)}\t${r.desil ?? N}\t${r.desilDate ?? N}\t${r.phone ?? N}\t${
    r.kkNumber ?? N
  }\t${copyText(r.kpj)}\t${r.membershipStatus ?? N}\t${copyText(r.segment)}\t${r.memberSince ?? N}\t${copyText(
    r.payer,
  )}\t{${r.issues.join(",")}}\n`;
}

export const quarantineCopy = `COPY quarantine (batch_id, row_number, disposition, reasons, raw, regency_code,
  kecamatan_code) FROM STDIN`;

export function quarantineLine(
  batchId: number,
  rowNumber: number,
  disposition: "quarantined" | "skipped",
  reasons: string[],
  raw: string[],
  regencyCode: string,
  kecamatanCode: string | null,
): string {
  return `${batchId}\t${rowNumber}\t${disposition}\t{${reasons.join(",")}}\t${copyText(
    JSON.stringify(raw),
  )}\t${regencyCode}\t${kecamatanCode ?? N}\n`;
}

export interface QuarantineRow {
  rowNumber: number;
  disposition: "quarantined" | "skipped";
  reasons: string[];
  raw: string[];
  kecamatanCode: string | null;
}

export async function listQuarantine(db: Db, batchId: number): Promise<QuarantineRow[]> {
  const rows = await db.query<Omit<QuarantineRow, "raw"> & { raw: string }>(
    `SELECT row_number AS "rowNumber", disposition, reasons, raw, kecamatan_code AS "kecamatanCode"
     FROM quarantine WHERE batch_id = $1 ORDER BY row_number`,
    [batchId],
  );
  return rows.map((r) => ({ ...r, raw: JSON.parse(r.raw) }));
}

/** How much each source is trusted (0–100) when lists disagree on a value; matching reads it. */
export async function setSourceTrust(db: Db, trust: Record<string, number>): Promise<void> {
  for (const [name, value] of Object.entries(trust)) {
    await db.query("UPDATE sources SET trust = $2 WHERE name = $1", [name, value]);
  }
}

export interface SourceRow {
  name: string;
  kind: ListKind;
  trust: number;
  batches: number;
  records: number;
}

export async function listSources(db: Db): Promise<SourceRow[]> {
  return db.query<SourceRow>(
    `SELECT s.name, s.kind, s.trust,
            (SELECT count(*)::int FROM import_batches b WHERE b.source = s.name) AS batches,
            (SELECT coalesce(sum(accepted), 0)::int FROM import_batches b WHERE b.source = s.name) AS records
     FROM sources s ORDER BY s.name`,
  );
}
