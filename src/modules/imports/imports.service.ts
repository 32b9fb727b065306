import { UserError } from "../../common/errors.ts";
import { CopyBuffer } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import { listNikRegions, listRegencyTree } from "../regions/regions.repository.ts";
import { detectDateFormat } from "./date-reader.ts";
import { type FileSource, openFileSource, type RawRecord } from "./file-source.ts";
import { type ColumnMap, knownHeaderCount, type MappingFile, mapHeaders } from "./header-mapping.ts";
import * as repo from "./imports.repository.ts";
import { RegionResolver } from "./region-resolver.ts";
import { type NormaliseContext, normaliseRow } from "./row-normaliser.ts";

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
}

/** Rows sampled before the first write to learn the header, the date format and the mapping. */
const sampleRows = 2000;
/** Rows per COPY: big enough to be fast, small enough to keep memory flat. */
const flushRows = 10_000;

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
  const ctx = await contextFor(db, options, columns, header.cells.length, sample);
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
      dateFormat: ctx.birthDateFormat.order,
      regencyCode: options.regencyCode,
      importedBy: options.importedBy,
      startedAt,
    });
    const writer = new BatchWriter(tx, batch, source, options.regencyCode, ctx);
    const report = () =>
      options.onProgress?.({ bytesRead: file.bytesRead(), bytes: file.bytes, rows: writer.rows });
    writer.add(sample, header.index);
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      writer.add(next.value, header.index);
      if (writer.pending >= flushRows) await writer.flush();
      report();
    }
    await writer.finish();
    report();
    const counts = writer.counts();
    await repo.finishBatch(tx, batch, counts);
    return { source, file: file.fileName, ...counts, batch, alreadyImported: false };
  });
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
): Promise<NormaliseContext> {
  const values = (index: number | undefined) =>
    index === undefined ? [] : sample.map((r) => r.cells[index] ?? "");
  const nikRegions = new Set((await listNikRegions(db)).map((r) => r.code));
  return {
    columns,
    headerCount,
    regencyCode: options.regencyCode,
    birthDateFormat: detectDateFormat(values(columns.birth_date)),
    desilDateFormat: detectDateFormat(values(columns.desil_date)),
    resolver: new RegionResolver(await listRegencyTree(db, options.regencyCode)),
    birthDates: new Map(),
    regionExists: (code) => nikRegions.has(code),
    today: options.today ?? new Date(),
  };
}

/** Turns raw records into COPY text and loads it in chunks, counting as it goes. */
class BatchWriter {
  rows = 0;
  private accepted = 0;
  private quarantined = 0;
  private skipped = 0;
  private readonly issues: Record<string, number> = {};
  private readonly recordLines = new CopyBuffer();
  private readonly quarantineLines = new CopyBuffer(1 << 16);
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly batch: number,
    private readonly source: string,
    private readonly regencyCode: string,
    private readonly ctx: NormaliseContext,
  ) {}

  get pending(): number {
    return this.recordLines.rows + this.quarantineLines.rows;
  }

  add(records: RawRecord[], headerIndex: number): void {
    for (const { index, cells, broken } of records) {
      if (index <= headerIndex) continue;
      const rowNumber = index - headerIndex;
      this.rows++;
      const outcome = normaliseRow(cells, broken, this.ctx);
      if (outcome.kind === "accepted") {
        this.accepted++;
        this.count(outcome.record.issues);
        this.recordLines.append(
          repo.recordLine(this.batch, this.source, rowNumber, cells, outcome.record, this.regencyCode),
        );
      } else if (outcome.kind === "quarantined") {
        this.quarantined++;
        this.count(outcome.reasons);
        this.quarantineLines.append(
          repo.quarantineLine(
            this.batch,
            rowNumber,
            "quarantined",
            outcome.reasons,
            cells,
            this.regencyCode,
            outcome.kecamatanCode,
          ),
        );
      } else {
        this.skipped++;
        this.count([outcome.reason]);
        if (outcome.reason === "summary_line") {
          this.quarantineLines.append(
            repo.quarantineLine(
              this.batch,
              rowNumber,
              "skipped",
              [outcome.reason],
              cells,
              this.regencyCode,
              null,
            ),
          );
        }
      }
    }
  }

  /**
   * Starts loading what is pending while the caller reads on: on PostgreSQL the server ingests one
   * chunk while Node parses the next. At most one COPY is in flight on the connection.
   */
  async flush(): Promise<void> {
    await this.inFlight;
    const records = this.recordLines.take();
    const quarantine = this.quarantineLines.take();
    const load = async () => {
      if (records.length) await this.db.copyFrom(repo.recordCopy, [records]);
      if (quarantine.length) await this.db.copyFrom(repo.quarantineCopy, [quarantine]);
    };
    this.inFlight = load();
    this.inFlight.catch(() => {}); // awaited, and so rethrown, by the next flush or by finish
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
  }

  counts() {
    return {
      rows: this.rows,
      accepted: this.accepted,
      quarantined: this.quarantined,
      skipped: this.skipped,
      issues: this.issues,
    };
  }

  private count(codes: string[]): void {
    for (const code of codes) this.issues[code] = (this.issues[code] ?? 0) + 1;
  }
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
