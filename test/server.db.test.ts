import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { listMigrations } from "../src/core/migrate.ts";
import { buildServer } from "../src/server.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`server on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("answers /health with the database and its schema", async () => {
    const server = await buildServer({ db, config: loadConfig({}) });
    const response = await server.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "ok",
      database: dbKind,
      schemaVersion: Math.max(...listMigrations().map((m) => m.version)),
    });
  });

  it("shows a status page in Bahasa Indonesia, or English on request", async () => {
    const server = await buildServer({ db, config: loadConfig({}) });
    const id = await server.inject({ method: "GET", url: "/status" });
    expect(id.headers["content-type"]).toContain("text/html");
    expect(id.body).toContain("Payung berjalan");
    expect(id.body).toContain("Belum ada impor");
    expect(id.body).toContain("idn-area-data (ODbL)");
    const en = await server.inject({ method: "GET", url: "/status?lang=en" });
    expect(en.body).toContain("Payung is running");
  });
});
