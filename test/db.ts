import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { inject } from "vitest";
import { type Db, openDb } from "../src/core/db.ts";
import { adminQuery, withDatabase } from "./global-setup.ts";

export const dbKind = process.env.PAYUNG_TEST_DB === "postgres" ? "postgres" : "pglite";

/**
 * A fresh, migrated database with the regions loaded, for one test file: an in-memory PGlite,
 * or a new database on the PostgreSQL server of TEST_DATABASE_URL. Both run the same SQL.
 */
export async function freshDb(): Promise<Db> {
  if (dbKind === "pglite") {
    const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
    return openDb({ loadDataDir: template });
  }
  const database = await freshPostgres();
  const db = await openDb({ databaseUrl: database.url });
  const close = db.close.bind(db);
  db.close = async () => {
    await close();
    await database.drop();
  };
  return db;
}

/** A new, migrated database on the PostgreSQL server of TEST_DATABASE_URL, and how to drop it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `payung_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`),
  };
}
