import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { auditOfPerson } from "../src/modules/audit/audit.service.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";

describe(`the review queue through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  let sessions = new Map<string, Record<string, string>>();
  const as = (username: string, method: "GET" | "POST", url: string, csrf = true) => {
    const { cookie, "x-csrf-token": token } = sessions.get(username)!;
    return server.inject({ method, url, headers: csrf ? { cookie, "x-csrf-token": token } : { cookie } });
  };
  const load = (name: string, source: string, rows: string[][]) =>
    importFile({
      db,
      file: writeCsv(path.join(tmp.dir, name), [
        ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN"],
        ...rows,
      ]),
      source,
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });

  beforeAll(async () => {
    db = await freshDb();
    // One unsure pair in Balaraja and one in Mauk: no NIK, no birth date, another desa.
    await load("dtks.csv", "dtks", [
      ["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja"],
      ["3603081506850004", "KARTA WIJAYA", "L", "15-06-1985", "Mauk Barat", "Mauk"],
    ]);
    await load("desa.csv", "usulan-desa", [
      ["", "Siti Aminah", "P", "", "Talagasari", "Balaraja"],
      ["", "Karta Wijaya", "L", "", "Marga Mulya", "Mauk"],
    ]);
    expect((await runMatching({ db, runBy: "test" })).review).toBe(2);
    server = await buildServer({ db, config: loadConfig({}) });
    sessions = await loggedIn(db, server, [
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["inspektorat", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("lists to each operator only the items of their kecamatan", async () => {
    const mauk = (await as("op.mauk", "GET", "/api/v1/review")).json().items;
    const balaraja = (await as("op.balaraja", "GET", "/api/v1/review")).json().items;
    const names = (items: { a: { name: string } }[]) => items.map((i) => i.a.name.toUpperCase());
    expect(names(mauk)).toEqual(["KARTA WIJAYA"]);
    expect(names(balaraja)).toEqual(["SITI AMINAH"]);
    expect((await as("inspektorat", "GET", "/api/v1/review")).json().items).toHaveLength(2);
    const other = balaraja[0].id;
    expect((await as("op.mauk", "GET", `/api/v1/review/${other}`)).statusCode).toBe(404);
    expect((await as("op.mauk", "POST", `/api/v1/review/${other}/accept`)).statusCode).toBe(404);
  });

  it("lets an auditor look (NIKs masked) but not decide", async () => {
    const [first] = (await as("inspektorat", "GET", "/api/v1/review")).json().items;
    const shown = (await as("inspektorat", "GET", `/api/v1/review/${first.id}`)).json();
    expect([shown.a.nik, shown.b.nik].filter(Boolean)[0]).toMatch(/^3603••••••••\d{4}$/);
    const decided = await as("inspektorat", "POST", `/api/v1/review/${first.id}/accept`);
    expect(decided.statusCode).toBe(403);
    expect(decided.json().error.code).toBe("forbidden_role");
  });

  it("takes a decision with the CSRF token, once, and audits it under the endpoint", async () => {
    const [item] = (await as("op.balaraja", "GET", "/api/v1/review")).json().items;
    expect((await as("op.balaraja", "POST", `/api/v1/review/${item.id}/accept`, false)).statusCode).toBe(403);
    const accepted = await as("op.balaraja", "POST", `/api/v1/review/${item.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    const [one, two] = accepted.json().persons;
    expect(one).toBe(two);
    const again = await as("op.balaraja", "POST", `/api/v1/review/${item.id}/reject`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("review_decided");
    const trail = await auditOfPerson({ db, personId: one });
    expect(trail.filter((e) => e.actor === "op.balaraja").map((e) => [e.action, e.via])).toEqual([
      ["change", "POST /api/v1/review/:id/accept"],
    ]);
    expect((await as("op.balaraja", "GET", "/api/v1/review")).json().items).toEqual([]);
  });
});
