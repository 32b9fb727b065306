/**
 * A small file exchanged with BPJS (an answer, a bill): a header row naming its columns in the
 * office's own words, then data rows. The columns are found by pattern; blank rows are skipped and
 * the others numbered from 1, so problems can name the row.
 */
import { UserError } from "../../common/errors.ts";
import { openFileSource } from "./file-source.ts";

export async function readHeadedRows<K extends string>(
  file: string,
  headers: Record<K, RegExp>,
  /** Throws when a column the caller needs is missing. */
  check: (found: Record<K, number>) => void,
  onRow: (cell: (k: K) => string, row: number) => void,
): Promise<{ fileName: string; sha256: string; rows: number }> {
  const source = await openFileSource(file);
  let column: Record<K, number> | null = null;
  let rows = 0;
  for await (const batch of source.records()) {
    for (const record of batch) {
      if (!column) {
        const names = record.cells.map((c) => c.trim().toUpperCase());
        column = Object.fromEntries(
          Object.entries<RegExp>(headers).map(([key, pattern]) => [
            key,
            names.findIndex((n) => pattern.test(n)),
          ]),
        ) as Record<K, number>;
        check(column);
        continue;
      }
      if (record.cells.every((c) => c.trim() === "")) continue;
      rows++;
      const found = column;
      onRow((k) => (found[k] >= 0 ? (record.cells[found[k]] ?? "").trim() : ""), rows);
    }
  }
  if (!column) throw new UserError("file_empty", { file });
  return { fileName: source.fileName, sha256: source.sha256, rows };
}
