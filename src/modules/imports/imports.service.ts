import { Worker } from "node:worker_threads";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { listNikRegions, listRegencyTree } from "../regions/regions.repository.ts";
import { detectDateFormat } from "./date-reader.ts";
import { type FileSource, type FileSpec, openFileSource, type RawRecord } from "./file-source.ts";
import { type ColumnMap, knownHeaderCount, type MappingFile, mapHeaders } from "./header-mapping.ts";
import type { WorkerInput, WorkerMessage } from "./import-worker.ts";
import * as repo from "./imports.repository.ts";
import { buildContext, type ContextInput } from "./normalise-context.ts";
import { type BatchCounts, type CopyChunk, flushRows, RowBatcher } from "./row-batcher.ts";

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
  if (earlier) return { ...summaryOf(earlier), file: file.fileName, alreadyImported: true };

  const records = file.records()[Symbol.asyncIterator]();
  const { header, sample } = await readSample(records);
  if (!header) throw new UserError("file_empty", { file: file.fileName });
  const mapping = options.mapping ?? (await repo.findSourceMapping(db, source));
  const columns = mapHeaders(header.cells, file.fileName, mapping);
  const context = await contextFor(db, options, columns, header.cells.length, sample);
  const startedAt = new Date();

  return db.transaction(async (tx) => {
    await repo.saveSource(tx, source, options.mapping);
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
    const counts = useWorker
      ? await loadInWorker(
          { file: specOf(file), batch, source, headerIndex: header.index, context },
          loader,
          report,
        )
      : await loadHere(
          records,
          sample,
          new RowBatcher(batch, source, header.index, buildContext(context)),
          loader,
          () => report(0, file.bytesRead()),
        );
    await repo.finishBatch(tx, batch, counts);
    report(counts.rows, file.bytes);
    return { source, file: file.fileName, ...counts, batch, alreadyImported: false };
  });
}

/** Small files are read on this thread: a worker costs more to start than it saves. */
async function loadHere(
  records: AsyncIterator<RawRecord[]>,
  sample: RawRecord[],
  batcher: RowBatcher,
  loader: ChunkLoader,
  report: () => void,
): Promise<BatchCounts> {
  batcher.add(sample);
  for (;;) {
    const next = await records.next();
    if (next.done) break;
    batcher.add(next.value);
    if (batcher.pending >= flushRows) await loader.load(batcher.take());
    report();
  }
  await loader.load(batcher.take());
  await loader.finish();
  return batcher.counts();
}

/** Large files are read, checked and formatted in a worker thread while this one loads. */
async function loadInWorker(
  input: WorkerInput,
  loader: ChunkLoader,
  report: (rows: number, bytesRead: number) => void,
): Promise<BatchCounts> {
  const worker = new Worker(new URL("./import-worker.mjs", import.meta.url), { workerData: input });
  try {
    return await new Promise<BatchCounts>((resolve, reject) => {
      let loading: Promise<void> = Promise.resolve();
      worker.on("message", (message: WorkerMessage) => {
        loading = loading
          .then(async () => {
            if (message.type === "done") {
              await loader.finish();
              resolve(message.counts);
              return;
            }
            await loader.load(message);
            await loader.finish();
            worker.postMessage("loaded");
            report(message.rows, message.bytesRead);
          })
          .catch(reject);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`import worker stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * Loads chunks of COPY text. The next chunk may be prepared while one loads: on PostgreSQL the
 * server ingests one chunk while Node formats the next. At most one COPY runs on the connection.
 */
class ChunkLoader {
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db) {}

  async load({ records, quarantine }: CopyChunk): Promise<void> {
    await this.inFlight;
    this.inFlight = (async () => {
      if (records.length) await this.db.copyFrom(repo.recordCopy, [records]);
      if (quarantine.length) await this.db.copyFrom(repo.quarantineCopy, [quarantine]);
    })();
    this.inFlight.catch(() => {}); // awaited, and so rethrown, by the next load or by finish
  }

  finish(): Promise<void> {
    return this.inFlight;
  }
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
    regencyTree: await listRegencyTree(db, options.regencyCode),
    nikRegionCodes: (await listNikRegions(db)).map((r) => r.code),
    today: (options.today ?? new Date()).toISOString(),
  };
}

function specOf({ path, format, encoding, delimiter }: FileSource): FileSpec {
  return { path, format, encoding, delimiter };
}

function summaryOf(batch: repo.BatchRow): Omit<ImportSummary, "alreadyImported"> {
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

export type { FileSource };
