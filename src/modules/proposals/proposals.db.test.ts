import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../../../test/accounts.ts";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import { loadConfig } from "../../core/config.ts";
import type { Db } from "../../core/db.ts";
import { buildServer } from "../../server.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "../matching/matching.service.ts";

// Synthetic workers: a fisher of Mauk Barat already on the welfare list, a newcomer of Mauk Barat,
// a vendor of Sentul (Balaraja).
const known = { nik: "3603084105910003", name: "SUMARNI RAHAYU", born: "1991-05-01" };
const newcomer = { nik: "3603081506850004", name: "Karta Wijaya", born: "1985-06-15" };
const sentul = { nik: "3603015202900001", name: "Siti Aminah", born: "1990-02-12" };

describe(`self-proposals and their verification queue on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const codes = { maukBarat: "", margaMulya: "", sentul: "" };
  const propose = (p: typeof known, desaCode: string, extra: object = {}) =>
    server.inject({
      method: "POST",
      url: "/api/v1/public/proposals",
      payload: {
        nik: p.nik,
        name: p.name,
        birthDate: p.born,
        occupation: "Nelayan",
        phone: "0812 9999 0001",
        desaCode,
        consent: true,
        ...extra,
      },
      headers: { "accept-language": "en" },
    });
  const as = (who: string, method: "GET" | "POST", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: { ...sessions.get(who), "accept-language": "en" } });
  const pendingOf = async (nik: string) =>
    db.query<{ id: number; submissions: number; occupation: string; status: string; submitted_by: string }>(
      "SELECT id, submissions, occupation, status, submitted_by FROM proposals WHERE nik = $1 ORDER BY id",
      [nik],
    );

  beforeAll(async () => {
    db = await freshDb();
    const desa = async (kecamatan: string, name: string) =>
      (
        await db.query<{ code: string }>(
          "SELECT code FROM regions WHERE parent_code = $1 AND name ILIKE $2",
          [kecamatan, name],
        )
      )[0].code;
    codes.maukBarat = await desa("36.03.08", "Mauk Barat");
    codes.margaMulya = await desa("36.03.08", "Marga Mulya");
    codes.sentul = await desa("36.03.01", "Sentul");
    await importFile({
      db,
      file: writeCsv(path.join(tmp.dir, "dtks.csv"), [
        ["NIK", "NAMA", "TANGGAL LAHIR", "DESA", "KECAMATAN", "PEKERJAAN"],
        [known.nik, known.name, "01-05-1991", "Mauk Barat", "Mauk", "Nelayan"],
      ]),
      source: "dtks",
      regencyCode: "36.03",
      importedBy: "test",
    });
    await runMatching({ db, runBy: "test" });
    server = await buildServer({
      db,
      config: loadConfig({ PAYUNG_PUBLIC_PROPOSALS_PER_IP: "1000", PAYUNG_PUBLIC_PROPOSALS_PER_NIK: "100" }),
    });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["desa.maukbarat", "desa_operator", codes.maukBarat],
      ["desa.margamulya", "desa_operator", codes.margaMulya],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["bpjs", "bpjs_officer", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
      ["inspektorat", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    tmp.remove();
  });

  it("takes a proposal from the public page, merges a repeat, and says the same whatever is known", async () => {
    const first = await propose(newcomer, codes.maukBarat);
    expect(first.statusCode).toBe(202);
    expect(Object.keys(first.json()).sort()).toEqual(["message", "status"]);
    expect(first.json().message).toContain("received");
    const again = await propose(newcomer, codes.maukBarat, { occupation: "Pedagang keliling" });
    const ofKnown = await propose(known, codes.maukBarat);
    expect(again.body).toBe(first.body);
    expect(ofKnown.body).toBe(first.body);
    expect(await pendingOf(newcomer.nik)).toEqual([
      expect.objectContaining({ submissions: 2, occupation: "Pedagang keliling", submitted_by: "public" }),
    ]);
    await propose(sentul, codes.sentul);
    const audited = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'proposal_submit' AND actor = 'public' AND source = '127.0.0.1'",
    );
    expect(audited[0].n).toBe(4);
  });

  it("refuses a proposal without consent, with a bad NIK, name or phone, or an unknown village", async () => {
    const refused = async (extra: object, code: string) => {
      const response = await propose(newcomer, codes.maukBarat, extra);
      expect([response.statusCode, response.json().error.code]).toEqual([400, code]);
      return response.json().error.message as string;
    };
    expect(await refused({ consent: false }, "proposal_consent_missing")).toContain("consent");
    expect(await refused({ nik: "3603083505910003" }, "public_nik_invalid")).toContain("impossible");
    expect(await refused({ name: "12345" }, "proposal_name_invalid")).toContain("letters");
    expect(await refused({ phone: "12" }, "proposal_phone_invalid")).toContain("phone");
    expect(await refused({ desaCode: "32.73.01.1001" }, "proposal_desa_unknown")).toContain(
      "not in this regency",
    );
    expect(await refused({ birthDate: "2999-01-01" }, "public_birth_date_invalid")).toContain("2999-01-01");
  });

  it("shows each operator the queue of their own area only, NIKs masked", async () => {
    const queue = async (who: string) => {
      const response = await as(who, "GET", "/api/v1/proposals?status=all");
      return response.statusCode === 200 ? response.json().proposals : response.statusCode;
    };
    const mauk = await queue("desa.maukbarat");
    expect(mauk.map((p: { name: string }) => p.name).sort()).toEqual([newcomer.name, known.name].sort());
    for (const p of mauk) {
      expect(p.nik).toMatch(/^3603••••••••\d{4}$/);
      expect(p.desa_code).toBe(codes.maukBarat);
    }
    expect(await queue("desa.margamulya")).toEqual([]);
    expect((await queue("op.balaraja")).map((p: { name: string }) => p.name)).toEqual([sentul.name]);
    expect(await queue("admin")).toHaveLength(3);
    const audited = await queue("inspektorat");
    expect(audited.map((p: { birth_date: string }) => p.birth_date)).toContain("1985-••-••");
    expect(await queue("bpjs")).toBe(403);
    expect(await queue("pt.maju")).toBe(403);
    const reads = await db.query<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE action = 'read_proposals'",
    );
    expect(reads.map((r) => r.actor)).toContain("desa.maukbarat");
  });

  it("lets a desa operator propose on a worker's behalf, inside the desa only", async () => {
    const worker = {
      nik: "3603080101800005",
      name: "Warga Baru",
      birthDate: "1980-01-01",
      occupation: "Petani",
      desaCode: codes.maukBarat,
      consent: true,
    };
    const behalf = await as("desa.maukbarat", "POST", "/api/v1/proposals", worker);
    expect(behalf.statusCode).toBe(201);
    expect(behalf.json()).toMatchObject({ status: "pending", submissions: 1 });
    expect(await pendingOf(worker.nik)).toEqual([
      expect.objectContaining({ submitted_by: "desa.maukbarat" }),
    ]);
    const outside = await as("desa.maukbarat", "POST", "/api/v1/proposals", {
      ...worker,
      desaCode: codes.sentul,
    });
    expect([outside.statusCode, outside.json().error.code]).toEqual([400, "proposal_desa_outside_area"]);
    const noLogin = await server.inject({ method: "POST", url: "/api/v1/proposals", payload: worker });
    expect(noLogin.statusCode).toBe(401);
    expect((await as("bpjs", "POST", "/api/v1/proposals", worker)).statusCode).toBe(403);
    expect((await as("inspektorat", "POST", "/api/v1/proposals", worker)).statusCode).toBe(403);
  });

  it("verifies a proposal into a source record of usulan-mandiri that matching links, once", async () => {
    const [{ id }] = await pendingOf(newcomer.nik);
    const [{ id: knownId }] = await pendingOf(known.nik);
    expect((await as("desa.margamulya", "POST", `/api/v1/proposals/${id}/verify`)).statusCode).toBe(404);
    expect((await as("op.balaraja", "POST", `/api/v1/proposals/${id}/verify`)).statusCode).toBe(404);
    expect((await as("inspektorat", "POST", `/api/v1/proposals/${id}/verify`)).statusCode).toBe(403);
    expect((await as("pt.maju", "POST", `/api/v1/proposals/${id}/verify`)).statusCode).toBe(403);
    const verified = await as("desa.maukbarat", "POST", `/api/v1/proposals/${id}/verify`);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ id, status: "verified", row: 1 });
    const twice = await as("desa.maukbarat", "POST", `/api/v1/proposals/${id}/verify`);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, "proposal_decided"]);
    const [record] = await db.query<Record<string, unknown>>(
      "SELECT source, nik, name, birth_date, desa_code, kecamatan_code, occupation, phone, issues FROM source_records WHERE batch_id = $1",
      [verified.json().batch],
    );
    expect(record).toMatchObject({
      source: "usulan-mandiri",
      nik: newcomer.nik,
      name: "Karta Wijaya",
      birth_date: newcomer.born,
      desa_code: codes.maukBarat,
      kecamatan_code: "36.03.08",
      occupation: "Pedagang keliling",
      phone: "081299990001",
    });
    // The known worker's proposal joins the person the welfare list made.
    const second = await as("admin", "POST", `/api/v1/proposals/${knownId}/verify`);
    expect(second.statusCode).toBe(200);
    await runMatching({ db, runBy: "test" });
    const links = await db.query<{ nik: string; persons: number; records: number }>(
      `SELECT r.nik, count(DISTINCT l.person_id)::int AS persons, count(*)::int AS records
       FROM source_records r JOIN record_links l USING (batch_id, row_number)
       WHERE r.nik IN ($1, $2) GROUP BY r.nik ORDER BY r.nik`,
      [known.nik, newcomer.nik],
    );
    expect(links).toEqual([
      { nik: newcomer.nik, persons: 1, records: 1 },
      { nik: known.nik, persons: 1, records: 2 },
    ]);
    const verifies = await db.query<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE action = 'proposal_verify' ORDER BY id",
    );
    expect(verifies.map((v) => v.actor)).toEqual(["desa.maukbarat", "admin"]);
    // A repeat after the decision is a new proposal in the queue.
    await propose(newcomer, codes.maukBarat);
    expect((await pendingOf(newcomer.nik)).map((p) => p.status)).toEqual(["verified", "pending"]);
  });

  it("rejects a proposal with a reason, inside the area only", async () => {
    const [{ id }] = await pendingOf(sentul.nik);
    expect(
      (await as("desa.maukbarat", "POST", `/api/v1/proposals/${id}/reject`, { reason: "bukan warga" }))
        .statusCode,
    ).toBe(404);
    const short = await as("op.balaraja", "POST", `/api/v1/proposals/${id}/reject`, { reason: " x " });
    expect([short.statusCode, short.json().error.code]).toEqual([400, "proposal_reason_missing"]);
    const rejected = await as("op.balaraja", "POST", `/api/v1/proposals/${id}/reject`, {
      reason: "Sudah bekerja sebagai karyawan pabrik",
    });
    expect(rejected.json()).toEqual({
      id,
      status: "rejected",
      reason: "Sudah bekerja sebagai karyawan pabrik",
    });
    const [row] = await db.query<{ status: string; rejection_reason: string; decided_by: string }>(
      "SELECT status, rejection_reason, decided_by FROM proposals WHERE id = $1",
      [id],
    );
    expect(row).toEqual({
      status: "rejected",
      rejection_reason: "Sudah bekerja sebagai karyawan pabrik",
      decided_by: "op.balaraja",
    });
    const audited = await db.query<{ details: { proposal: number } }>(
      "SELECT details FROM audit_log WHERE action = 'proposal_reject' AND actor = 'op.balaraja'",
    );
    expect(audited.map((a) => Number(a.details.proposal))).toEqual([id]);
    const again = await as("admin", "POST", `/api/v1/proposals/${id}/verify`);
    expect(again.statusCode).toBe(409);
  });

  it("limits public proposals per address and per NIK", async () => {
    const limited = await buildServer({
      db,
      config: loadConfig({ PAYUNG_PUBLIC_PROPOSALS_PER_IP: "5", PAYUNG_PUBLIC_PROPOSALS_PER_NIK: "2" }),
    });
    try {
      const send = (nik: string) =>
        limited.inject({
          method: "POST",
          url: "/api/v1/public/proposals",
          payload: {
            nik,
            name: "Warga",
            birthDate: "1980-01-01",
            occupation: "Petani",
            desaCode: codes.margaMulya,
            consent: true,
          },
        });
      const sameNik = await Promise.all([1, 2, 3].map(() => send("3603080101800006")));
      expect(sameNik.map((r) => r.statusCode).sort()).toEqual([202, 202, 429]);
      expect(sameNik.find((r) => r.statusCode === 429)!.json().error.code).toBe("public_nik_rate_limited");
      const others = await Promise.all([7, 8, 9].map((n) => send(`360308010180000${n}`)));
      expect(others.map((r) => r.statusCode).sort()).toEqual([202, 202, 429]);
      const refused = others.find((r) => r.statusCode === 429)!;
      expect(refused.json().error.code).toBe("public_rate_limited");
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      // Merged: one pending proposal per NIK, however often it came.
      expect(await pendingOf("3603080101800006")).toEqual([expect.objectContaining({ submissions: 2 })]);
    } finally {
      await limited.close();
    }
  });
});
