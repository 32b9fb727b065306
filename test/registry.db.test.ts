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

describe(`persons through the API, scoped by area, on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  let sessions = new Map<string, Record<string, string>>();
  const as = (username: string, method: "GET" | "POST", url: string, payload?: object) => {
    return server.inject({ method, url, payload, headers: sessions.get(username) ?? {} });
  };
  const idsOf = async (username: string, query = "") =>
    ((await as(username, "GET", `/api/v1/persons${query}`)).json().persons as { id: number }[]).map(
      (p) => p.id,
    );

  beforeAll(async () => {
    db = await freshDb();
    await importFile({
      db,
      file: writeCsv(path.join(tmp.dir, "dtks.csv"), [
        ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN"],
        ["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja"],
        ["3603011211870002", "AHMAD FAUZI", "L", "12-11-1987", "Sentul", "Balaraja"],
        ["3603084105910003", "SUMARNI", "P", "01-05-1991", "Mauk Barat", "Mauk"],
        ["3603081506850004", "KARTA", "L", "15-06-1985", "Mauk Barat", "Mauk"],
      ]),
      source: "dtks",
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });
    await runMatching({ db, runBy: "test" });
    server = await buildServer({ db, config: loadConfig({}) });
    const accounts: [string, string, string][] = [
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["admin", "regency_admin", "36.03"],
      ["inspektorat", "auditor", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ];
    sessions = await loggedIn(db, server, accounts);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("shows an operator only the people of their kecamatan, NIKs masked, and audits the look", async () => {
    const res = await as("op.mauk", "GET", "/api/v1/persons");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.persons.map((p: { name: string }) => p.name).sort()).toEqual(["KARTA", "SUMARNI"]);
    expect(body.persons.map((p: { nik: string }) => p.nik)).toEqual(
      expect.arrayContaining(["3603••••••••0003", "3603••••••••0004"]),
    );
    const [sumarni] = body.persons.filter((p: { name: string }) => p.name === "SUMARNI");
    const trail = await auditOfPerson({ db, personId: sumarni.id });
    expect(trail.map((e) => [e.actor, e.action, e.via])).toEqual([
      ["op.mauk", "read", "GET /api/v1/persons"],
    ]);
  });

  it("never lets an operator read, count or reveal another kecamatan's people", async () => {
    const balaraja = await idsOf("op.balaraja");
    expect(balaraja).toHaveLength(2);
    for (const id of balaraja) {
      const one = await as("op.mauk", "GET", `/api/v1/persons/${id}`);
      expect(one.statusCode).toBe(404);
      expect(one.json().error.code).toBe("person_not_found");
      expect(
        (await as("op.mauk", "POST", `/api/v1/persons/${id}/reveal-nik`, { reason: "cek" })).statusCode,
      ).toBe(404);
    }
    expect((await as("op.mauk", "GET", "/api/v1/persons?kecamatan=36.03.01")).json()).toEqual({
      persons: [],
      total: 0,
      more: false,
    });
    expect(await idsOf("op.mauk", "?name=siti")).toEqual([]);
    expect(await idsOf("op.mauk", "?nik=3603015202900001")).toEqual([]);
    expect(await idsOf("op.balaraja", "?nik=3603%2001520%202900001")).toHaveLength(1);
  });

  it("lets the regency admin find anyone, filter, and reveal an NIK with a reason", async () => {
    expect(await idsOf("admin")).toHaveLength(4);
    // Every page tells how many match in all, the first page and a later one alike.
    const first = (await as("admin", "GET", "/api/v1/persons?limit=1")).json();
    const second = (await as("admin", "GET", `/api/v1/persons?limit=1&after=${first.persons[0].id}`)).json();
    expect([first.total, second.total, second.persons[0].id > first.persons[0].id]).toEqual([4, 4, true]);
    // Other orders page by offset; filters narrow by occupation, desil and flags.
    const byName = (await as("admin", "GET", "/api/v1/persons?sort=name")).json().persons;
    expect(byName.map((p: { name: string }) => p.name)).toEqual([
      "AHMAD FAUZI",
      "KARTA",
      "SITI AMINAH",
      "SUMARNI",
    ]);
    const secondByName = (await as("admin", "GET", "/api/v1/persons?sort=name&offset=1&limit=1")).json();
    expect([secondByName.persons[0].name, secondByName.total]).toEqual(["KARTA", 4]);
    expect(await idsOf("admin", "?flag=nik_invalid")).toEqual([]);
    expect(await idsOf("admin", "?flag=under_review")).toEqual([]);
    expect(await idsOf("admin", "?desil=3")).toEqual([]);
    // Words typed start words of the name, in any order.
    expect(await idsOf("admin", "?name=amin%20sit")).toHaveLength(1);
    expect(await idsOf("admin", "?name=minah")).toEqual([]);
    const [siti] = (await as("admin", "GET", "/api/v1/persons?name=aminah")).json().persons;
    expect(siti).toMatchObject({ name: "SITI AMINAH", nik: "3603••••••••0001", birth_date: "1990-02-12" });
    const detail = (await as("admin", "GET", `/api/v1/persons/${siti.id}`)).json();
    expect(detail.sources).toHaveLength(1);
    expect(detail.provenance.find((v: { field: string }) => v.field === "nik").value).toBe(
      "3603••••••••0001",
    );
    const revealed = await as("admin", "POST", `/api/v1/persons/${siti.id}/reveal-nik`, {
      reason: "pendaftaran BPJS",
    });
    expect(revealed.json()).toEqual({ id: siti.id, nik: "3603015202900001" });
    const trail = await auditOfPerson({ db, personId: siti.id });
    expect(trail.at(-1)).toMatchObject({
      actor: "admin",
      action: "reveal_nik",
      details: { reason: "pendaftaran BPJS" },
    });
  });

  it("shows an auditor birth years only and no full NIK; a CSR partner no one; a stranger nothing", async () => {
    const [first] = (await as("inspektorat", "GET", "/api/v1/persons")).json().persons;
    expect(first.birth_date).toMatch(/^\d{4}-••-••$/);
    const reveal = await as("inspektorat", "POST", `/api/v1/persons/${first.id}/reveal-nik`, {
      reason: "audit",
    });
    expect(reveal.statusCode).toBe(403);
    expect((await as("pt.maju", "GET", "/api/v1/persons")).json().error.code).toBe("forbidden_role");
    expect((await as("nobody", "GET", "/api/v1/persons")).statusCode).toBe(401);
  });

  it("gives auditors the audit log: who saw whom, filtered and paged, the chain checked", async () => {
    const [id] = await idsOf("op.mauk");
    await as("op.mauk", "GET", `/api/v1/persons/${id}`);
    const log = await as("inspektorat", "GET", `/api/v1/audit?person=${id}&limit=1`);
    expect(log.statusCode).toBe(200);
    const [latest] = log.json().entries;
    expect(latest).toMatchObject({ actor: "op.mauk", action: "read", via: "GET /api/v1/persons/:id" });
    const older = await as("inspektorat", "GET", `/api/v1/audit?person=${id}&before=${latest.id}`);
    expect(older.json().entries.every((e: { id: number }) => e.id < latest.id)).toBe(true);
    expect((await as("inspektorat", "GET", "/api/v1/audit/verify")).json()).toMatchObject({ ok: true });
    // Looking at the log is itself logged; operators and partners may not look.
    const byAuditor = await as("admin", "GET", "/api/v1/audit?actor=inspektorat&action=read_audit");
    expect(byAuditor.json().entries[0].personIds).toEqual([id]);
    expect((await as("op.mauk", "GET", "/api/v1/audit")).statusCode).toBe(403);
    expect((await as("pt.maju", "GET", "/api/v1/audit/verify")).statusCode).toBe(403);
    expect(
      (await as("inspektorat", "GET", "/api/v1/audit?from=27-11-2026")).json().error.details[0],
    ).toMatchObject({
      path: "/from",
    });
  });

  it("gives each user the counts of their area for a home page, and a CSR partner none", async () => {
    const overview = async (who: string) => (await as(who, "GET", "/api/v1/overview")).json();
    // The same questions asked of the data directly.
    const [mauk] = await db.query<{ listed: number; persons: number }>(
      `SELECT (SELECT count(*)::int FROM source_records WHERE kecamatan_code = '36.03.08') AS listed,
              (SELECT count(*)::int FROM persons WHERE kecamatan_code = '36.03.08') AS persons`,
    );
    expect(await overview("op.mauk")).toEqual({ ...mauk, covered: 0, review: 0, quarantined: 0 });
    expect(mauk.persons).toBe(2);
    expect(await overview("admin")).toMatchObject({ listed: 4, persons: 4 });
    expect((await as("pt.maju", "GET", "/api/v1/overview")).statusCode).toBe(403);
  });
});
