import { UserError } from "../../common/errors.ts";
import { csvRow } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";
import { listNikRegions, listRegencyTree } from "../regions/regions.repository.ts";
import { ChunkLoader, loadHere, loadInWorkers } from "./batch-loader.ts";
import { detectDateFormat } from "./date-reader.ts";
import { type FileSource, type FileSpec, openFileSource, type RawRecord } from "./file-source.ts";
import {
  type ColumnMap,
  knownHeaderCount,
  type ListKind,
  type MappingFile,
  mapHeaders,
  type ProposedColumn,
  proposeColumns,
} from "./header-mapping.ts";
import * as repo from "./imports.repository.ts";
import { buildContext, type ContextInput } from "./normalise-context.ts";
import { RowBatcher } from "./row-batcher.ts";

export interface ImportSummary {
  source: string;
  file: string;
  rows: number;
  accepted: number;
  quarantined: number;
  skipped: number;
  issues: Record<string, number>;
  batch: number;
  /** The same file was imported before under this source: nothing changed. */
  alreadyImported: boolean;
}

export interface ImportProgress {
  bytesRead: number;
  bytes: number;
  rows: number;
}

export interface ImportOptions {
  db: Db;
  file: string;
  source: string;
  mapping?: MappingFile;
  /** People to protect (default), or BPJS's list of its members. */
  kind?: ListKind;
  regencyCode: string;
  importedBy: string;
  onProgress?: (progress: ImportProgress) => void;
  today?: Date;
  /** Read files from this many bytes on in a worker thread (default 8 MiB; tests lower it). */
  workerFromBytes?: number;
}

/** Rows sampled before the first write to learn the header, the date format and the mapping. */
const sampleRows = 2000;
/** Files from this size on are read in a worker thread. */
const workerFromBytes = 8 << 20;

/**
 * Imports one list from one office: every row becomes a flagged source record, a quarantined
 * row with its reasons, or a skipped line. All of it lands in one transaction, so a crash
 * leaves no half batch; the same file under the same source is recognised and not loaded twice.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const { db, source } = options;
  if (!/^[\w.-]{1,64}$/.test(source)) throw new UserError("source_name_invalid", { source });
  const file = await openFileSource(options.file);
  const earlier = await repo.findBatchByFile(db, source, file.sha256);
  if (earlier) return { ...batchSummary(earlier), file: file.fileName, alreadyImported: true };

  const records = file.records()[Symbol.asyncIterator]();
  const { header, sample } = await readSample(records);
  if (!header) throw new UserError("file_empty", { file: file.fileName });
  const known = await repo.findSourceKind(db, source);
  const kind = options.kind ?? known ?? "people";
  if (known && known !== kind) throw new UserError("source_kind_conflict", { source, kind: known });
  const mapping = options.mapping ?? (await repo.findSourceMapping(db, source));
  const columns = mapHeaders(header.cells, file.fileName, mapping, kind);
  const context = await contextFor(db, options, columns, header.cells.length, sample);
  const startedAt = new Date();

  return db.transaction(async (tx) => {
    await repo.saveSource(tx, source, kind, options.mapping);
    const batch = await repo.insertBatch(tx, {
      source,
      fileName: file.fileName,
      fileSha256: file.sha256,
      fileBytes: file.bytes,
      format: file.format,
      encoding: file.encoding,
      delimiter: file.delimiter,
      headers: header.cells,
      mapping: columns as Record<string, number>,
      dateFormat: context.birthDateFormat.order,
      regencyCode: options.regencyCode,
      importedBy: options.importedBy,
      startedAt,
    });
    const loader = new ChunkLoader(tx);
    const report = (rows: number, bytesRead: number) =>
      options.onProgress?.({ bytesRead, bytes: file.bytes, rows });
    const useWorker = file.bytes >= (options.workerFromBytes ?? workerFromBytes);
    if (useWorker) await records.return?.(); // the worker reads the file itself
    const counts = useWorker
      ? await loadInWorkers(
          partsOf(file, tx.kind).map((part) => ({
            file: part,
            batch,
            source,
            headerIndex: header.index,
            context,
          })),
          loader,
          report,
        )
      : await loadHere(
          records,
          sample,
          new RowBatcher(batch, source, header.index, buildContext(context)),
          loader,
          (rows) => report(rows, file.bytesRead()),
        );
    await repo.finishBatch(tx, batch, counts);
    await tx.exec("ANALYZE source_records"); // plans stay good after a large list
    report(counts.rows, file.bytes);
    return { source, file: file.fileName, ...counts, batch, alreadyImported: false };
  });
}

export interface ImportPreview {
  file: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  /** The first data rows as written. */
  rows: string[][];
  columns: ProposedColumn[];
  /** The source has a mapping remembered from an earlier import. */
  remembered: boolean;
  saved: MappingFile | undefined;
  kind: ListKind;
}

/** The first rows of a list and how its columns would be read, before anything is imported. */
export async function previewFile({
  db,
  file,
  source,
  kind,
}: {
  db: Db;
  file: string;
  source: string;
  kind?: ListKind;
}): Promise<ImportPreview> {
  const opened = await openFileSource(file);
  const records = opened.records()[Symbol.asyncIterator]();
  const { header, sample } = await readSample(records);
  await records.return?.();
  if (!header) throw new UserError("file_empty", { file: opened.fileName });
  const saved = await repo.findSourceMapping(db, source);
  const listKind = kind ?? (await repo.findSourceKind(db, source)) ?? "people";
  return {
    file: opened.fileName,
    format: opened.format,
    encoding: opened.encoding,
    delimiter: opened.delimiter,
    headers: header.cells,
    rows: sample.slice(0, 10).map((r) => r.cells),
    columns: proposeColumns(header.cells, saved, listKind),
    remembered: saved !== undefined,
    saved,
    kind: listKind,
  };
}

/** The header is the first of the top rows that names at least two known fields (title rows may sit above it). */
async function readSample(
  records: AsyncIterator<RawRecord[]>,
): Promise<{ header: RawRecord | undefined; sample: RawRecord[] }> {
  const seen: RawRecord[] = [];
  let header: RawRecord | undefined;
  while (!header || seen.length < sampleRows) {
    const next = await records.next();
    if (next.done) break;
    seen.push(...next.value);
    if (!header) header = findHeader(seen);
  }
  header ??= findHeader(seen, true);
  return { header, sample: header ? seen.filter((r) => r.index > header.index) : [] };
}

function findHeader(records: RawRecord[], final = false): RawRecord | undefined {
  const candidates = records.filter((r) => r.cells.some((c) => c.trim() !== "")).slice(0, 20);
  const named = candidates.find((r) => knownHeaderCount(r.cells) >= 2);
  if (named || !final) return named;
  return candidates[0];
}

async function contextFor(
  db: Db,
  options: ImportOptions,
  columns: ColumnMap,
  headerCount: number,
  sample: RawRecord[],
): Promise<ContextInput> {
  const values = (index: number | undefined) =>
    index === undefined ? [] : sample.map((r) => r.cells[index] ?? "");
  return {
    columns,
    headerCount,
    regencyCode: options.regencyCode,
    birthDateFormat: detectDateFormat(values(columns.birth_date)),
    desilDateFormat: detectDateFormat(values(columns.desil_date)),
    memberSinceFormat: detectDateFormat(values(columns.member_since)),
    regencyTree: await listRegencyTree(db, options.regencyCode),
    nikRegionCodes: (await listNikRegions(db)).map((r) => r.code),
    today: (options.today ?? new Date()).toISOString(),
  };
}

/**
 * What the workers read: the whole file, or on PostgreSQL its two halves when it can be cut
 * between records. PGlite loads on this thread, which leaves no core for a second reader.
 */
function partsOf(
  { path, format, encoding, delimiter, bytes, middle }: FileSource,
  db: Db["kind"],
): FileSpec[] {
  const spec = { path, format, encoding, delimiter };
  if (!middle || db !== "postgres") return [spec];
  return [
    { ...spec, part: { start: 0, end: middle.offset, firstIndex: 0 } },
    { ...spec, part: { start: middle.offset, end: bytes, firstIndex: middle.index } },
  ];
}

/** What an import reported, read back from its batch. */
export function batchSummary(batch: repo.BatchRow): Omit<ImportSummary, "alreadyImported"> {
  return {
    source: batch.source,
    file: batch.fileName,
    rows: batch.rows,
    accepted: batch.accepted,
    quarantined: batch.quarantined,
    skipped: batch.skipped,
    issues: batch.issues,
    batch: batch.id,
  };
}

export async function listImports({ db, limit = 50 }: { db: Db; limit?: number }) {
  return repo.listBatches(db, limit);
}

export async function showImport({ db, batch }: { db: Db; batch: number }) {
  const row = await repo.findBatch(db, batch);
  if (!row) throw new UserError("batch_not_found", { batch });
  return row;
}

export async function listQuarantine({ db, batch }: { db: Db; batch: number }) {
  const row = await showImport({ db, batch });
  return { batch: row, rows: await repo.listQuarantine(db, batch) };
}

/** Set-aside rows as CSV to fix in a spreadsheet: row, disposition, reasons, then the original cells. */
export function quarantineCsv(headers: string[], rows: repo.QuarantineRow[]): string {
  const lines = [["row", "disposition", "reasons", ...headers]];
  for (const r of rows) lines.push([String(r.rowNumber), r.disposition, r.reasons.join(" "), ...r.raw]);
  return `${lines.map(csvRow).join("\n")}\n`;
}

export async function listSources({ db }: { db: Db }) {
  return repo.listSources(db);
}

/** Sets how much a source is trusted when lists disagree; matching uses it on its next run. */
export async function setTrust({ db, source, trust }: { db: Db; source: string; trust: number }) {
  if (!Number.isInteger(trust) || trust < 0 || trust > 100) throw new UserError("trust_invalid", { trust });
  const known = (await repo.listSources(db)).find((s) => s.name === source);
  if (!known) throw new UserError("source_not_found", { source });
  await repo.setSourceTrust(db, { [source]: trust });
  return { ...known, trust };
}
