import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Db, openDb } from "../src/core/db.ts";

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
