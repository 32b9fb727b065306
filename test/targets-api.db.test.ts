/**
 * Targets and workforce through the API as each role meets them: the regency's roles read the
 * list (counts only — auditors too; CSR partners have their portal), only the regency admin sets, removes and
 * imports; a kecamatan operator and a partner are refused; bad input gets a 400 in the caller's
 * language; the import takes an upload token from POST /api/v1/uploads, as BPJS's answers do.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { insertClaimMembers } from "../src/modules/claims/claims-fixture.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";

const nik = "3603084105800093";

describe(`targets and workforce through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const as = (who: string | null, method: "GET" | "PUT" | "POST" | "DELETE", url: string, payload?: object) =>
    server.inject({
      method,
      url,
      payload,
      headers: { ...(who ? sessions.get(who) : {}), "accept-language": "en" },
    });
  const upload = async (who: string, body: string) =>
    (
      await server.inject({
        method: "POST",
        url: "/api/v1/uploads?filename=bps.csv",
        payload: body,
        headers: { ...sessions.get(who), "content-type": "text/csv" },
      })
    ).json().upload as string;

  beforeAll(async () => {
    db = await freshDb();
    // One covered member in Mauk, to count (and whose name and NIK must appear nowhere).
    await insertClaimMembers(db, [{ nik, name: "KASMADI", activeFrom: "2026-01-01" }]);
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["pt.maju", "csr_partner", "36.03"],
      ["auditor", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("answers 401 without a login and 400 without a year", async () => {
    expect((await as(null, "GET", "/api/v1/targets?year=2026")).statusCode).toBe(401);
    expect((await as(null, "PUT", "/api/v1/targets/2026/36.03", { target: 5 })).statusCode).toBe(401);
    const noYear = await as("auditor", "GET", "/api/v1/targets");
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.code).toBe("request_invalid");
  });

  it("lets only the regency admin set a target; the others are refused with 403", async () => {
    const body = { target: 100_000, source: "RPJMD 2025–2029" };
    expect((await as("op.mauk", "PUT", "/api/v1/targets/2026/36.03", body)).statusCode).toBe(403);
    expect((await as("pt.maju", "PUT", "/api/v1/targets/2026/36.03", body)).statusCode).toBe(403);
    expect((await as("auditor", "PUT", "/api/v1/targets/2026/36.03", body)).statusCode).toBe(403);
    const bad = await as("admin", "PUT", "/api/v1/targets/2026/36.03", { target: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("target_invalid");
    const outside = await as("admin", "PUT", "/api/v1/targets/2026/36.71", body);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain("36.71");
    const set = await as("admin", "PUT", "/api/v1/targets/2026/36.03", body);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ year: 2026, region: "36.03", target: 100_000, changed: true });
    expect((await as("admin", "PUT", "/api/v1/targets/2026/36.03.08", { target: 2 })).statusCode).toBe(200);
  });

  it("lets only the regency admin set and import workforce figures", async () => {
    const body = { informalWorkers: 12_345, source: "BPS Sakernas Agustus 2025" };
    expect((await as("op.mauk", "PUT", "/api/v1/workforce/2026/36.03.08", body)).statusCode).toBe(403);
    expect((await as("pt.maju", "PUT", "/api/v1/workforce/2026/36.03.08", body)).statusCode).toBe(403);
    const noSource = await as("admin", "PUT", "/api/v1/workforce/2026/36.03.08", { informalWorkers: 5 });
    expect(noSource.statusCode).toBe(400);
    expect((await as("admin", "PUT", "/api/v1/workforce/2026/36.03.08", body)).json()).toMatchObject({
      informalWorkers: 12_345,
      changed: true,
    });

    const file = "KECAMATAN,PEKERJA INFORMAL\nBalaraja,20.000\nAntah Berantah,10\n";
    const mine = await upload("op.mauk", file);
    expect(
      (await as("op.mauk", "POST", "/api/v1/workforce/import", { upload: mine, year: 2026, source: "BPS" }))
        .statusCode,
    ).toBe(403);
    // Someone else's upload does not exist for the admin.
    expect(
      (await as("admin", "POST", "/api/v1/workforce/import", { upload: mine, year: 2026, source: "BPS" }))
        .statusCode,
    ).toBe(404);
    const token = await upload("admin", file);
    const done = await as("admin", "POST", "/api/v1/workforce/import", {
      upload: token,
      year: 2026,
      source: "BPS",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      rows: 2,
      saved: 1,
      unchanged: 0,
      problems: [{ row: 2, kecamatan: "Antah Berantah", problem: "kecamatan_unknown" }],
    });
    const again = await as("admin", "POST", "/api/v1/workforce/import", {
      upload: token,
      year: 2026,
      source: "BPS",
    });
    expect(again.json()).toMatchObject({ saved: 0, unchanged: 1 });
  });

  it("shows the regency's roles the counts, and nobody anyone's data; partners have their portal", async () => {
    expect((await as("pt.maju", "GET", "/api/v1/targets?year=2026")).statusCode).toBe(403);
    for (const who of ["auditor", "op.mauk", "admin"]) {
      const list = await as(who, "GET", "/api/v1/targets?year=2026&on=2026-06-15");
      expect(list.statusCode, who).toBe(200);
      const body = list.json();
      expect(body).toMatchObject({ year: 2026, on: "2026-06-15", regency: "36.03", unplaced: 0 });
      const mauk = body.areas.find((a: { code: string }) => a.code === "36.03.08");
      expect(mauk).toMatchObject({
        covered: 1,
        target: 2,
        targetProgress: 0.5,
        workforce: 12_345,
        workforceFrom: "figure",
        coverageRate: 0.0001,
      });
      expect(body.areas[0]).toMatchObject({ code: "36.03", covered: 1, target: 100_000 });
      expect(body.areas.find((a: { code: string }) => a.code === "36.03.01").workforce).toBe(20_000);
      expect(list.body).not.toContain("KASMADI");
      expect(list.body).not.toContain(nik.slice(-4));
    }
    const outside = await as("auditor", "GET", "/api/v1/targets?year=2026&on=2025-06-15");
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe("coverage_day_outside_year");
  });

  it("removes a target and a figure (admins); a second removal is 404", async () => {
    expect((await as("op.mauk", "DELETE", "/api/v1/targets/2026/36.03.08")).statusCode).toBe(403);
    const removed = await as("admin", "DELETE", "/api/v1/targets/2026/36.03.08");
    expect(removed.json()).toMatchObject({ region: "36.03.08", name: "Mauk", target: 2 });
    expect((await as("admin", "DELETE", "/api/v1/targets/2026/36.03.08")).statusCode).toBe(404);
    expect((await as("pt.maju", "DELETE", "/api/v1/workforce/2026/36.03.08")).statusCode).toBe(403);
    expect((await as("admin", "DELETE", "/api/v1/workforce/2026/36.03.08")).json()).toMatchObject({
      informalWorkers: 12_345,
    });
    const gone = await as("admin", "DELETE", "/api/v1/workforce/2026/36.03.08");
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe("workforce_not_found");
  });
});
