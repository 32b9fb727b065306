import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDb } from "../src/core/app.ts";
import { openDb, type PgliteDb } from "../src/core/db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Builds one migrated database with the regions loaded, once per run; every test file then
 * starts from a copy of it (PGlite: a data-dir dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.PAYUNG_TEST_DB ?? "pglite";
  if (kind === "postgres") return setupPostgres(project);
  const db = await openDb({});
  await prepareDb(db);
  const dump = await (db as PgliteDb).dump();
  await db.close();
  const file = path.join(os.tmpdir(), `payung-test-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}

async function setupPostgres(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `payung_tpl_${process.pid}`;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const db = await openDb({ databaseUrl: withDatabase(serverUrl, name) });
  await prepareDb(db);
  await db.close();
  project.provide("postgresTemplate", name);
  return () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
