import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { streamXlsxRows } from "hucre/xlsx";
import { UserError } from "../../common/errors.ts";
import { CsvParser, detectDelimiter } from "../../core/csv.ts";

/** One record of a file: its cells as text, and its 0-based position among the file's records. */
export interface RawRecord {
  index: number;
  cells: string[];
  broken: boolean;
}

/** How to read a file's records: enough to read it again, e.g. in a worker thread. */
export interface FileSpec {
  path: string;
  format: "csv" | "xlsx";
  encoding: string | null;
  delimiter: string | null;
  /** A part of the file: from byte `start` (a record's first byte, whose index is `firstIndex`) to `end`. */
  part?: { start: number; end: number; firstIndex: number };
}

export interface FileSource extends FileSpec {
  fileName: string;
  bytes: number;
  sha256: string;
  /** Where the file can be cut in two between records (CSV without quotes only), for two readers. */
  middle: { offset: number; index: number } | null;
  /** Records in batches, in file order; `bytesRead` advances as the file is read. */
  records(): AsyncIterable<RawRecord[]>;
  bytesRead(): number;
}

/** Opens a CSV or XLSX list: fingerprints it and finds its encoding and delimiter. */
export async function openFileSource(file: string): Promise<FileSource> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UserError("file_not_found", { file });
  const ext = path.extname(file).toLowerCase();
  if (![".csv", ".txt", ".tsv", ".xlsx"].includes(ext)) throw new UserError("file_type_unknown", { file });
  const { sha256, utf8, bytes, middle } = await fingerprint(file);
  if (bytes === 0) throw new UserError("file_empty", { file });
  const xlsx = ext === ".xlsx";
  const encoding = xlsx ? null : utf8 ? "utf-8" : "windows-1252";
  const spec: FileSpec = {
    path: file,
    format: xlsx ? "xlsx" : "csv",
    encoding,
    delimiter: encoding ? detectDelimiter(firstLine(file, encoding)) : null,
  };
  let read = 0;
  return {
    ...spec,
    fileName: path.basename(file),
    bytes,
    sha256,
    middle: xlsx ? null : middle,
    records: () =>
      readRecords(spec, (n) => {
        read += n;
      }),
    bytesRead: () => read,
  };
}

/** The records of a file in batches; `onBytes` hears how many bytes each read took from disk. */
export function readRecords(spec: FileSpec, onBytes: (n: number) => void): AsyncIterable<RawRecord[]> {
  const range = spec.part ? { start: spec.part.start, end: spec.part.end - 1 } : {};
  const stream = fs.createReadStream(spec.path, { highWaterMark: 1 << 20, ...range });
  stream.on("data", (chunk) => onBytes(chunk.length));
  return spec.format === "xlsx"
    ? xlsxRecords(stream, spec.path)
    : csvRecords(stream, spec.encoding ?? "utf-8", spec.delimiter ?? ",", spec.part?.firstIndex ?? 0);
}

/**
 * SHA-256 of the bytes (to recognise a re-import), whether they are valid UTF-8, and where the
 * file can be cut in two. A cut is only safe where no quoted field can span it: in a file without
 * quote characters every line end ends a record.
 */
async function fingerprint(file: string): Promise<{
  sha256: string;
  utf8: boolean;
  bytes: number;
  middle: { offset: number; index: number } | null;
}> {
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const half = fs.statSync(file).size / 2;
  let utf8 = !file.toLowerCase().endsWith(".xlsx");
  let bytes = 0;
  let quotes = false;
  let lineEnds = 0;
  let middle: { offset: number; index: number } | null = null;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (utf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        utf8 = false; // Windows-1252 from older Excel versions
      }
    }
    quotes ||= chunk.includes(0x22);
    if (!quotes) {
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
        lineEnds++;
        if (!middle && bytes + i >= half) middle = { offset: bytes + i + 1, index: lineEnds };
      }
    }
    bytes += chunk.length;
  }
  return {
    sha256: hash.digest("hex"),
    utf8,
    bytes,
    middle: quotes || !middle || middle.offset >= bytes ? null : middle,
  };
}

function firstLine(file: string, encoding: string): string {
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = new TextDecoder(encoding).decode(buffer.subarray(0, n));
    return text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  } finally {
    fs.closeSync(fd);
  }
}

async function* csvRecords(
  stream: Readable,
  encoding: string,
  delimiter: string,
  firstIndex: number,
): AsyncIterable<RawRecord[]> {
  const decoder = new TextDecoder(encoding); // drops a UTF-8 BOM by itself
  const parser = new CsvParser(delimiter);
  let index = firstIndex;
  let batch: RawRecord[] = [];
  const onRecord = ({ cells, broken }: { cells: string[]; broken: boolean }) => {
    batch.push({ index: index++, cells, broken });
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    parser.push(decoder.decode(chunk, { stream: true }), onRecord);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  parser.push(decoder.decode(), onRecord);
  parser.end(onRecord);
  if (batch.length > 0) yield batch;
}

async function* xlsxRecords(stream: Readable, file: string): AsyncIterable<RawRecord[]> {
  let batch: RawRecord[] = [];
  let next = 0;
  try {
    for await (const row of streamXlsxRows(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      sheet: 0,
    })) {
      // Rows absent from the sheet are blank lines; report them so row numbers stay true.
      for (; next < row.index; next++) batch.push({ index: next, cells: [], broken: false });
      batch.push({ index: row.index, cells: row.values.map(cellText), broken: false });
      next = row.index + 1;
      if (batch.length >= 2000) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError("xlsx_unreadable", { file: path.basename(file), reason: (error as Error).message });
  }
  if (batch.length > 0) yield batch;
}

/** A cell as the text a person would read in it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value);
}
