import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../test/db.ts";
import type { Db } from "./db.ts";
import { listMigrations, migrate } from "./migrate.ts";

describe(`migrations on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("records every migration and applies nothing twice", async () => {
    const rows = await db.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
    expect(await migrate(db)).toEqual({ applied: [] });
  });

  it("refuses a database written by a newer Payung", async () => {
    await db.query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from_the_future')");
    await expect(migrate(db)).rejects.toMatchObject({ code: "db_newer_schema", params: { db: 9999 } });
  });
});
