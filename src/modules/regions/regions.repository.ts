import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CsvParser, csvField } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";

export interface Region {
  code: string;
  parentCode: string | null;
  level: number;
  name: string;
}

const dataDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve("idn-area-data/package.json")),
  "data",
);

/** The files of idn-area-data (ODbL) in load order: parents before children. */
const files = [
  { file: "provinces.csv", level: 1, parentColumn: -1 },
  { file: "regencies.csv", level: 2, parentColumn: 1 },
  { file: "districts.csv", level: 3, parentColumn: 1 },
  { file: "villages.csv", level: 4, parentColumn: 1 },
];

function* regionCsvChunks(): Generator<string> {
  for (const { file, level, parentColumn } of files) {
    const parser = new CsvParser(",");
    const lines: string[] = [];
    let header = true;
    const onRecord = ({ cells }: { cells: string[] }) => {
      if (header || cells.length < 2) {
        header = false;
        return;
      }
      const name = cells[cells.length - 1];
      const parent = parentColumn < 0 ? null : cells[parentColumn];
      lines.push(`${csvField(cells[0])},${csvField(parent)},${level},${csvField(name)}\n`);
    };
    parser.push(fs.readFileSync(path.join(dataDir, file), "utf8"), onRecord);
    parser.end(onRecord);
    yield lines.join("");
  }
}

/** Loads all Indonesian regions once; a database that has them is left alone. */
export async function loadRegions(db: Db): Promise<number> {
  const [{ count }] = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM regions");
  if (count > 0) return 0;
  return db.copyFrom(
    "COPY regions (code, parent_code, level, name) FROM STDIN (FORMAT csv)",
    regionCsvChunks(),
  );
}

const columns = `code, parent_code AS "parentCode", level, name`;

export async function findRegion(db: Db, code: string): Promise<Region | undefined> {
  const rows = await db.query<Region>(`SELECT ${columns} FROM regions WHERE code = $1`, [code]);
  return rows[0];
}

export async function listChildren(db: Db, parentCode: string | null): Promise<Region[]> {
  return parentCode === null
    ? db.query<Region>(`SELECT ${columns} FROM regions WHERE parent_code IS NULL ORDER BY code`)
    : db.query<Region>(`SELECT ${columns} FROM regions WHERE parent_code = $1 ORDER BY code`, [parentCode]);
}

/** Every kecamatan and desa under a regency, for resolving names in imported lists. */
export async function listRegencyTree(db: Db, regencyCode: string): Promise<Region[]> {
  return db.query<Region>(
    `SELECT ${columns} FROM regions WHERE code LIKE $1 || '.%' AND level IN (3, 4) ORDER BY code`,
    [regencyCode],
  );
}

/** Codes of every province, regency and kecamatan, for checking the region part of NIKs. */
export async function listNikRegions(db: Db): Promise<Region[]> {
  return db.query<Region>(`SELECT ${columns} FROM regions WHERE level <= 3`);
}

export async function listRegionsByCodes(db: Db, codes: string[]): Promise<Region[]> {
  if (codes.length === 0) return [];
  return db.query<Region>(`SELECT ${columns} FROM regions WHERE code = ANY($1::text[])`, [codes]);
}
