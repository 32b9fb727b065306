import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeXlsx } from "hucre/xlsx";

/** A temporary folder for the files a test writes; removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-test-"));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes rows as delimited text, in UTF-8 (optionally with BOM) or Windows-1252. */
export function writeCsv(
  file: string,
  rows: string[][],
  {
    delimiter = ",",
    bom = false,
    encoding = "utf-8",
  }: { delimiter?: string; bom?: boolean; encoding?: string } = {},
): string {
  const text = rows
    .map((r) => r.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter))
    .join("\r\n");
  const body = encoding === "windows-1252" ? toWindows1252(text) : Buffer.from(text, "utf8");
  fs.writeFileSync(file, bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
  return file;
}

/** Windows-1252 for the characters tests use: ASCII, Latin-1 and the curly quotes. */
function toWindows1252(text: string): Buffer {
  const special: Record<string, number> = { "\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94 };
  return Buffer.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

export async function writeXlsxFile(
  file: string,
  rows: (string | number | Date | null)[][],
): Promise<string> {
  fs.writeFileSync(file, await writeXlsx({ sheets: [{ name: "Data", rows }] }));
  return file;
}
