import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { prepareDb } from "../src/core/app.ts";
import { type Db, openDb } from "../src/core/db.ts";
import { demoRegions } from "../src/modules/demo/demo.service.ts";
import type { DemoRegions } from "../src/modules/demo/population.ts";
import { writeSyntheticList } from "../src/modules/demo/synthetic-list.ts";

/** An empty database for one measurement: PGlite in a temporary folder, or a new server database. */
export async function freshDatabase(backend: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (backend === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-bench-"));
    const db = await openDb({ dataDir: dir });
    return { db, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `payung_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: backend });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(backend);
  url.pathname = `/${name}`;
  const db = await openDb({ databaseUrl: url.toString() });
  return { db, drop: () => admin(`DROP DATABASE IF EXISTS ${name}`) };
}

/** Whether a PostgreSQL server answers at `url` (benchmarks skip it when not). */
export async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The regency's kecamatan and desa for the synthetic lists, read from a throwaway database. */
export async function benchRegions(regencyCode = "36.03"): Promise<DemoRegions> {
  const db = await openDb({});
  try {
    await prepareDb(db);
    return await demoRegions(db, regencyCode);
  } finally {
    await db.close();
  }
}

/** A synthetic list of `rows` people under .bench/, written once and reused by later runs. */
export async function syntheticList(rows: number): Promise<string> {
  const workDir = path.resolve(import.meta.dirname, "../.bench");
  fs.mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, `dtks-${rows}.csv`);
  if (!fs.existsSync(file)) {
    const started = performance.now();
    await writeSyntheticList({ file: `${file}.part`, rows, seed: 7, regions: await benchRegions() });
    fs.renameSync(`${file}.part`, file);
    console.log(`generated ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return file;
}
