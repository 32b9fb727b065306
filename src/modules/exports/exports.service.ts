import fs from "node:fs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { writeXlsxStream } from "hucre/xlsx";
import { csvRow } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { type LinkRow, type PersonRow, pageLinks, pagePersons, personColumns } from "./exports.repository.ts";

export type ExportFormat = "csv" | "xlsx";

export interface ExportOptions {
  db: Db;
  format: ExportFormat;
  /** A file path, or a stream (stdout). */
  out: string | Writable;
  /** Who exports: an export of everyone's data is recorded in the audit log. */
  audit: AuditContext;
}

/** For users of the API: only persons in their area, values as their role may see them. */
export interface PersonsScope {
  area: { sql: string; param: string };
  show: (row: PersonRow) => PersonRow;
}

const linkColumns: (keyof LinkRow)[] = ["source", "row", "person_id", "batch"];

/** `source,row,person_id,batch` for every accepted source record; row as in the import summary. */
export async function exportLinks(options: ExportOptions): Promise<number> {
  return audited(options, "links", await write(options, linkColumns, pageLinks(options.db)));
}

/** The golden records, one line per person, dates in ISO. */
export async function exportPersons(options: ExportOptions & { scope?: PersonsScope }): Promise<number> {
  const { db, scope } = options;
  async function* pages(): AsyncGenerator<PersonRow[]> {
    for await (const page of pagePersons(db, scope?.area)) yield scope ? page.map(scope.show) : page;
  }
  return audited(options, "persons", await write(options, [...personColumns], pages()));
}

async function audited(
  { db, audit, format, out }: ExportOptions,
  what: string,
  rows: number,
): Promise<number> {
  await recordAudit(db, audit, "export", null, {
    what,
    format,
    rows,
    to: typeof out === "string" ? out : "stdout",
  });
  return rows;
}

async function write<T extends object>(
  { format, out }: ExportOptions,
  columns: (keyof T & string)[],
  pages: AsyncGenerator<T[]>,
): Promise<number> {
  async function* rows(): AsyncGenerator<unknown[]> {
    for await (const page of pages) for (const row of page) yield columns.map((c) => row[c] ?? null);
  }
  return writeTable(format, out, columns, rows());
}

/** A table as CSV or XLSX to a file (or a stream): the headers, then one line per row. */
export async function writeTable(
  format: ExportFormat,
  out: string | Writable,
  headers: string[],
  values: AsyncIterable<unknown[]>,
): Promise<number> {
  let count = 0;
  async function* rows(): AsyncGenerator<unknown[]> {
    for await (const row of values) {
      count++;
      yield row;
    }
  }
  const target = typeof out === "string" ? fs.createWriteStream(out) : out;
  const end = typeof out === "string";
  if (format === "xlsx") {
    const xlsx = writeXlsxStream(rows() as AsyncIterable<never>, {
      name: "Data",
      columns: headers.map((header) => ({ header })),
      freezePane: { rows: 1 },
    });
    await pipeline(Readable.fromWeb(xlsx as import("node:stream/web").ReadableStream), target, { end });
    return count;
  }
  async function* lines(): AsyncGenerator<string> {
    yield `${csvRow(headers)}\n`;
    let chunk = "";
    for await (const row of rows()) {
      chunk += `${csvRow(row)}\n`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), target, { end });
  return count;
}
