import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../common/errors.ts";
import type { Db } from "./db.ts";

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../migrations");

interface Migration {
  version: number;
  name: string;
  file: string;
}

export function listMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file.slice(5, -4), file }));
}

/**
 * Applies the numbered SQL files in migrations/ that the database has not seen, each in its
 * own transaction. Refuses to run against a schema newer than this program knows.
 */
export async function migrate(db: Db): Promise<{ applied: string[] }> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = await db.query<{ version: number }>("SELECT version FROM schema_migrations");
  const known = listMigrations();
  const newest = Math.max(0, ...done.map((r) => r.version));
  const latest = Math.max(0, ...known.map((m) => m.version));
  if (newest > latest) throw new UserError("db_newer_schema", { db: newest, code: latest });
  const applied: string[] = [];
  const seen = new Set(done.map((r) => r.version));
  for (const migration of known) {
    if (seen.has(migration.version)) continue;
    const sql = fs.readFileSync(path.join(migrationsDir, migration.file), "utf8");
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    });
    applied.push(migration.file);
  }
  return { applied };
}
