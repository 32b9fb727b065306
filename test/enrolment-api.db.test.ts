import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import { CsvParser } from "../src/core/csv.ts";
import type { Db } from "../src/core/db.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { runQueuedJobs } from "../src/modules/jobs/jobs.service.ts";
import { createPlan } from "../src/modules/plans/plans.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";

/** Rows of a CSV text, header first. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser(",");
  parser.push(text, (r) => rows.push(r.cells));
  parser.end((r) => rows.push(r.cells));
  return rows.filter((r) => r.some((c) => c !== ""));
}

describe(`enrolment and invoices through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: path.join(tmp.dir, "data") });
  let sessions = new Map<string, Record<string, string>>();
  let plan = 0;
  const desa = { mauk: "", balaraja: "" };
  // Three farmers in a desa of Mauk, one in Balaraja; the regency pays for all four.
  const nik = (i: number) => (i === 4 ? "3603014105800004" : `360308410580000${i}`);
  const as = (who: string | null, method: "GET" | "POST", url: string, payload?: object) =>
    server.inject({
      method,
      url,
      payload,
      headers: { ...(who ? sessions.get(who) : {}), "accept-language": "en" },
    });
  const uploadAs = async (who: string, name: string, csv: string) =>
    (
      await server.inject({
        method: "POST",
        url: `/api/v1/uploads?filename=${name}`,
        payload: csv,
        headers: { ...sessions.get(who), "content-type": "text/csv" },
      })
    ).json().upload as string;
  const membershipsOf = async (who: string, query: string) =>
    (await as(who, "GET", `/api/v1/memberships?${query}`)).json().memberships as {
      id: number;
      name: string;
      nik: string;
      status: string;
      kpj: string | null;
      rejection_reason: string | null;
      end_reason: string | null;
    }[];

  beforeAll(async () => {
    db = await freshDb();
    const firstDesa = async (kecamatan: string) =>
      (
        await db.query<{ code: string }>(
          "SELECT min(code) AS code FROM regions WHERE level = 4 AND parent_code = $1",
          [kecamatan],
        )
      )[0].code;
    desa.mauk = await firstDesa("36.03.08");
    desa.balaraja = await firstDesa("36.03.01");
    for (let i = 1; i <= 4; i++) {
      const [kecamatan, village] = i === 4 ? ["36.03.01", desa.balaraja] : ["36.03.08", desa.mauk];
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, birth_place, sex, regency_code, kecamatan_code,
           desa_code, occupation, desil)
         VALUES ($1, true, $2, '1980-05-01', 'TANGERANG', 'P', '36.03', $3, $4, 'PETANI', 1)`,
        [nik(i), `PETANI ${i}`, kecamatan, village],
      );
    }
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 4 * 201_600,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    plan = (
      await createPlan({
        db,
        from: "2026-01",
        to: "2026-12",
        regencyCode: "36.03",
        audit: { actor: "test", via: "test" },
      })
    ).plan;
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["desa.mauk", "desa_operator", desa.mauk],
      ["bpjs", "bpjs_officer", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("makes the registration file of an approved plan as a job, for regency admins only", async () => {
    const body = { plan, funder: "apbd-2026", format: "csv" };
    expect((await as(null, "POST", "/api/v1/registrations", body)).statusCode).toBe(401);
    expect((await as("desa.mauk", "POST", "/api/v1/registrations", body)).statusCode).toBe(403);
    expect((await as("admin", "POST", "/api/v1/registrations", { ...body, format: "pdf" })).statusCode).toBe(
      400,
    );
    const draft = await as("admin", "POST", "/api/v1/registrations", body);
    expect([draft.statusCode, draft.json().error.code]).toEqual([409, "registration_plan_not_approved"]);
    expect((await as("admin", "POST", `/api/v1/plans/${plan}/approve`)).statusCode).toBe(200);
    const stranger = await as("admin", "POST", "/api/v1/registrations", { ...body, funder: "csr-x" });
    expect([stranger.statusCode, stranger.json().error.message]).toEqual([
      400,
      `Funder 'csr-x' pays for no one in plan ${plan}.`,
    ]);

    const job = await as("admin", "POST", "/api/v1/registrations", body);
    expect(job.statusCode).toBe(202);
    const id = job.json().id;
    expect((await as("admin", "GET", `/api/v1/jobs/${id}/file`)).statusCode).toBe(409); // not run yet
    await runQueuedJobs(db, jobHandlers(config));
    const done = (await as("admin", "GET", `/api/v1/jobs/${id}`)).json();
    expect(done).toMatchObject({
      kind: "registration",
      status: "done",
      result: { plan, funder: "apbd-2026", format: "csv", rows: 4, registered: 4, refused: 0 },
    });
    const file = await as("admin", "GET", `/api/v1/jobs/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toBe(
      `attachment; filename="pendaftaran-apbd-2026-${plan}.csv"`,
    );
    const [header, ...rows] = parseCsv(file.body);
    expect(header.slice(0, 2)).toEqual(["NIK", "NAMA LENGKAP"]);
    expect(header.at(-1)).toBe("KODE PEMBERI DANA");
    expect(rows.map((r) => [r[0], r[1], r.at(-1)])).toEqual(
      [1, 2, 3, 4].map((i) => [nik(i), `PETANI ${i}`, "SG"]),
    );
    // Full NIKs: nobody else gets the file.
    for (const who of ["op.mauk", "desa.mauk", "bpjs"]) {
      expect((await as(who, "GET", `/api/v1/jobs/${id}/file`)).statusCode, who).toBe(404);
    }

    const made = (await as("op.mauk", "GET", `/api/v1/registrations?plan=${plan}`)).json().registrations;
    expect(made).toEqual([
      expect.objectContaining({ plan, funder: "apbd-2026", bpjsCode: "SG", format: "csv", rows: 4, job: id }),
    ]);
    expect((await as("pt.maju", "GET", "/api/v1/registrations")).statusCode).toBe(403);
    expect((await as("admin", "GET", `/api/v1/registrations?plan=${plan + 1}`)).json().registrations).toEqual(
      [],
    );
  });

  it("applies BPJS's answer from an upload: accepted active with the KPJ, rejected in the correction queue", async () => {
    const answer = [
      "NO,NIK,NAMA,NO KPJ,STATUS,KETERANGAN",
      `1,${nik(1)},PETANI 1,26031234567,DITERIMA,`,
      `2,${nik(4)},PETANI 4,,DITOLAK,NIK tidak ditemukan di Dukcapil`,
    ].join("\n");
    expect((await as(null, "POST", "/api/v1/answers", { upload: "x" })).statusCode).toBe(401);
    const theirs = await uploadAs("desa.mauk", "jawaban.csv", answer);
    expect((await as("desa.mauk", "POST", "/api/v1/answers", { upload: theirs })).statusCode).toBe(403);
    expect((await as("admin", "POST", "/api/v1/answers", { upload: theirs })).statusCode).toBe(404);
    expect((await as("admin", "POST", "/api/v1/answers", {})).statusCode).toBe(400);
    const list = await uploadAs("admin", "daftar.csv", `NIK,NAMA\n${nik(1)},PETANI 1\n`);
    const unreadable = await as("admin", "POST", "/api/v1/answers", { upload: list });
    expect([unreadable.statusCode, unreadable.json().error.code]).toEqual([400, "answer_columns_missing"]);

    const upload = await uploadAs("admin", "jawaban.csv", answer);
    const applied = await as("admin", "POST", "/api/v1/answers", { upload });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({
      file: "jawaban.csv",
      rows: 2,
      accepted: 1,
      rejected: 1,
      unchanged: 0,
      nikUnverified: 1,
      problems: [],
    });
    const again = (await as("admin", "POST", "/api/v1/answers", { upload })).json();
    expect(again).toMatchObject({ accepted: 0, rejected: 0, unchanged: 2 });

    const active = await membershipsOf("admin", `plan=${plan}&status=active`);
    expect(active.map((m) => [m.name, m.kpj, m.nik])).toEqual([
      ["PETANI 1", "26031234567", expect.stringMatching(/•/)],
    ]);
    const queue = await membershipsOf("admin", `plan=${plan}&status=rejected`);
    expect(queue.map((m) => [m.name, m.rejection_reason])).toEqual([
      ["PETANI 4", "NIK tidak ditemukan di Dukcapil"],
    ]);
    // Each operator sees their own area's only.
    expect((await membershipsOf("op.mauk", "status=rejected")).map((m) => m.name)).toEqual([]);
    expect((await membershipsOf("op.balaraja", "status=rejected")).map((m) => m.name)).toEqual(["PETANI 4"]);
    expect((await membershipsOf("desa.mauk", "limit=200")).map((m) => m.name).sort()).toEqual([
      "PETANI 1",
      "PETANI 2",
      "PETANI 3",
    ]);
  });

  it("shows one membership of the caller's area with its history, and lets it end", async () => {
    const [member] = await membershipsOf("admin", `plan=${plan}&status=active`);
    const [rejected] = await membershipsOf("admin", `plan=${plan}&status=rejected`);
    const url = `/api/v1/memberships/${member.id}`;
    expect((await as(null, "GET", url)).statusCode).toBe(401);
    expect((await as("pt.maju", "GET", url)).statusCode).toBe(403);
    expect((await as("admin", "GET", "/api/v1/memberships/x")).statusCode).toBe(400);
    const outside = await as("op.balaraja", "GET", url);
    expect([outside.statusCode, outside.json().error.code]).toEqual([404, "membership_not_found"]);
    expect(outside.body).not.toContain("PETANI 1");
    const shown = (await as("desa.mauk", "GET", url)).json();
    expect(shown).toMatchObject({
      id: member.id,
      name: "PETANI 1",
      status: "active",
      kpj: "26031234567",
      start_month: "2026-01",
      end_month: "2026-12",
    });
    expect(shown.nik).not.toBe(nik(1));
    expect(shown.nik).toMatch(/^3603••/);
    expect(shown.events.map((e: { event: string; by: string }) => [e.event, e.by])).toEqual([
      ["registered", "admin"],
      ["accepted", "admin"],
    ]);
    expect((await as("bpjs", "GET", url)).statusCode).toBe(200); // an enrolled member

    const end = (who: string | null, id: number, body: object) =>
      as(who, "POST", `/api/v1/memberships/${id}/end`, body);
    const death = { reason: "death", on: "2026-03-10" };
    expect((await end(null, member.id, death)).statusCode).toBe(401);
    expect((await end("bpjs", member.id, death)).statusCode).toBe(403);
    const moved = await end("desa.mauk", member.id, { reason: "moved", on: "2026-03-10" });
    expect([moved.statusCode, moved.json().error.code]).toEqual([403, "membership_end_admin_only"]);
    expect((await end("admin", member.id, { reason: "lost", on: "2026-03-10" })).statusCode).toBe(400);
    expect((await end("admin", member.id, { reason: "death", on: "10-03-2026" })).statusCode).toBe(400);
    expect((await end("op.balaraja", member.id, death)).statusCode).toBe(404);
    const notActive = await end("admin", rejected.id, death);
    expect([notActive.statusCode, notActive.json().error.code]).toEqual([409, "membership_not_active"]);

    // Invoices before the death: the one active member, at the month's tariff for a regency funder.
    const premium = async (month: string) =>
      (
        await as("admin", "GET", `/api/v1/tariffs/premium?package=jkk-jkm&month=${month}&funderType=apbd`)
      ).json().total as number;
    expect((await as(null, "POST", "/api/v1/invoices", { month: "2026-03" })).statusCode).toBe(401);
    expect((await as("desa.mauk", "POST", "/api/v1/invoices", { month: "2026-03" })).statusCode).toBe(403);
    expect((await as("bpjs", "POST", "/api/v1/invoices", { month: "2026-03" })).statusCode).toBe(403);
    expect((await as("admin", "POST", "/api/v1/invoices", { month: "2026-13" })).statusCode).toBe(400);
    for (const month of ["2026-03", "2026-04"]) {
      const made = await as("admin", "POST", "/api/v1/invoices", { month });
      expect(made.statusCode).toBe(200);
      const amount = await premium(month);
      expect(Number.isInteger(amount)).toBe(true);
      expect(made.json()).toMatchObject({
        month,
        members: 1,
        amount,
        invoices: [{ funder: "apbd-2026", name: "APBD 2026", bpjsCode: "SG", members: 1, amount, paid: 0 }],
      });
    }

    // A desa operator reports the death: billing stops from the next month.
    const ended = await end("desa.mauk", member.id, death);
    expect([ended.statusCode, ended.json()]).toEqual([
      200,
      { id: member.id, status: "ended", endedOn: "2026-03-10", endReason: "death" },
    ]);
    const history = (await as("admin", "GET", url)).json();
    expect(history).toMatchObject({ status: "ended", end_reason: "death" });
    expect(history.events.at(-1)).toMatchObject({ event: "ended", by: "desa.mauk", details: death });
    expect((await end("admin", member.id, death)).statusCode).toBe(409);

    expect((await as(null, "GET", "/api/v1/invoices?month=2026-03")).statusCode).toBe(401);
    expect((await as("pt.maju", "GET", "/api/v1/invoices?month=2026-03")).statusCode).toBe(403);
    expect((await as("admin", "GET", "/api/v1/invoices?month=03-2026")).statusCode).toBe(400);
    const march = (await as("bpjs", "GET", "/api/v1/invoices?month=2026-03")).json();
    expect([march.members, march.amount]).toEqual([1, await premium("2026-03")]);
    const april = (await as("admin", "POST", "/api/v1/invoices", { month: "2026-04" })).json();
    expect([april.members, april.amount, april.invoices]).toEqual([0, 0, []]);
    expect((await as("desa.mauk", "GET", "/api/v1/invoices?month=2026-04")).json().invoices).toEqual([]);
  });
});
