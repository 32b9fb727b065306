import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskNik } from "../src/common/nik.ts";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { importAnswer } from "../src/modules/enrolment/answers.service.ts";
import { listMemberships } from "../src/modules/enrolment/enrolment.repository.ts";
import { endMembership } from "../src/modules/enrolment/memberships.service.ts";
import { exportRegistration } from "../src/modules/enrolment/registration.service.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { generateInvoices } from "../src/modules/invoices/invoices.service.ts";
import { approvePlan, createPlan } from "../src/modules/plans/plans.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";

const audit = { actor: "test", via: "test" };
const premium = 16_800; // JKK + JKM a month for an APBD funder: Rp10.000 + Rp6.800

describe(`payments, lateness, refunds and BPJS's bill through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: tmp.dir });
  const nik = (i: number) => `36030841057${String(10 + i).padStart(5, "0")}`;
  const as = (who: string, method: "GET" | "POST", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: { ...sessions.get(who), "accept-language": "en" } });

  beforeAll(async () => {
    db = await freshDb();
    // Three fishers in Mauk, covered all year by the regency.
    for (let i = 1; i <= 3; i++) {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, occupation, desil)
         VALUES ($1, true, $2, '1980-05-01', '36.03', '36.03.08',
                 (SELECT min(code) FROM regions WHERE parent_code = '36.03.08'), 'NELAYAN', 1)`,
        [nik(i), `NELAYAN ${i}`],
      );
    }
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 3 * 12 * premium,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    const { plan } = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode: "36.03", audit });
    await approvePlan({ db, id: plan, audit });
    await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      out: path.join(tmp.dir, "daftar.csv"),
      audit,
    });
    const answer = writeCsv(path.join(tmp.dir, "jawaban.csv"), [
      ["NIK", "KPJ", "STATUS"],
      ...[1, 2, 3].map((i) => [nik(i), `KPJ-${i}`, "DITERIMA"]),
    ]);
    await importAnswer({ db, file: answer, audit });
    for (const month of ["2026-01", "2026-02", "2026-03"]) await generateInvoices({ db, month, audit });
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("records payments by admins only, never more than an invoice owes", async () => {
    const pay = (who: string, month: string, amount: number) =>
      as(who, "POST", "/api/v1/payments", { funder: "apbd-2026", month, amount, paidOn: `${month}-20` });
    expect((await pay("op.mauk", "2026-01", 3 * premium)).statusCode).toBe(403);
    const partly = await pay("admin", "2026-01", premium);
    expect(partly.statusCode).toBe(201);
    expect(partly.json()).toMatchObject({ amount: 3 * premium, paid: premium, owed: 2 * premium });
    const tooMuch = await pay("admin", "2026-01", 3 * premium);
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.message).toContain("Rp33.600"); // what is still owed, the Indonesian way
    for (const [month, amount] of [
      ["2026-01", 2 * premium],
      ["2026-02", 3 * premium],
      ["2026-03", 3 * premium],
    ] as const) {
      expect((await pay("admin", month, amount)).statusCode).toBe(201);
    }
    const listed = (await as("op.mauk", "GET", "/api/v1/payments?month=2026-01")).json();
    expect(listed.payments.map((p: { amount: number }) => p.amount)).toEqual([2 * premium, premium]);
    expect((await as("pt.maju", "GET", "/api/v1/payments")).statusCode).toBe(403);
    expect((await as("admin", "GET", "/api/v1/invoices?month=2026-01")).json().invoices[0].paid).toBe(
      3 * premium,
    );
  });

  it("lists premiums paid after a death for refund, within the caller's area, NIKs masked", async () => {
    const [first] = await listMemberships(db, { nik: nik(1), limit: 1, offset: 0 });
    await endMembership({ db, id: first.id, reason: "death", on: "2026-01-15", audit });
    const mauk = (await as("op.mauk", "GET", "/api/v1/refunds?due=true")).json();
    expect(mauk.refunds.map((r: { month: string; amount: number }) => [r.month, r.amount])).toEqual([
      ["2026-02", premium],
      ["2026-03", premium],
    ]);
    expect(mauk.due).toBe(2 * premium);
    expect(mauk.refunds[0].nik).toBe(maskNik(nik(1)));
    expect((await as("op.balaraja", "GET", "/api/v1/refunds")).json().refunds).toEqual([]);
    expect((await as("pt.maju", "GET", "/api/v1/refunds")).statusCode).toBe(403);
    const refund = { membership: first.id, refundedOn: "2026-04-30", reference: "STS-0042" };
    expect((await as("op.mauk", "POST", "/api/v1/refunds", refund)).statusCode).toBe(403);
    expect((await as("admin", "POST", "/api/v1/refunds", refund)).json()).toEqual({
      membership: first.id,
      months: 2,
      amount: 2 * premium,
    });
    expect((await as("admin", "GET", "/api/v1/refunds?due=true")).json()).toEqual({ refunds: [], due: 0 });
    expect((await as("admin", "GET", "/api/v1/refunds?due=false")).json().refunds).toHaveLength(2);
  });

  it("warns at the limit of unpaid months and lapses members after it, when an admin applies it", async () => {
    for (const month of ["2026-04", "2026-05", "2026-06"]) await generateInvoices({ db, month, audit });
    const warned = (await as("op.mauk", "GET", "/api/v1/invoices/late?month=2026-07")).json();
    expect(warned).toMatchObject({
      lateMonths: 3,
      lapsed: 0,
      funders: [{ funder: "apbd-2026", unpaidMonths: 3, since: "2026-04", warned: 2, state: "warning" }],
    });
    await generateInvoices({ db, month: "2026-07", audit });
    expect((await as("op.mauk", "POST", "/api/v1/invoices/late", { month: "2026-08" })).statusCode).toBe(403);
    const lapsed = (await as("admin", "POST", "/api/v1/invoices/late", { month: "2026-08" })).json();
    expect(lapsed).toMatchObject({ lapsed: 2, funders: [{ lapsing: 2, state: "lapse" }] });
    expect(await listMemberships(db, { status: "lapsed", limit: 10, offset: 0 })).toHaveLength(2);
  });

  it("reconciles BPJS's bill sent as an upload", async () => {
    const upload = await server.inject({
      method: "POST",
      url: "/api/v1/uploads?filename=tagihan.csv",
      payload: fs.readFileSync(
        writeCsv(path.join(tmp.dir, "tagihan.csv"), [
          ["KPJ", "NIK", "IURAN"],
          ["KPJ-2", "", String(premium)],
          ["", nik(3), String(premium)],
          ["KPJ-9", "3603084105709999", String(premium)],
        ]),
      ),
      headers: { ...sessions.get("admin"), "content-type": "text/csv" },
    });
    expect(upload.statusCode).toBe(201);
    const body = { upload: upload.json().upload, funder: "apbd-2026", month: "2026-03" };
    expect((await as("op.mauk", "POST", "/api/v1/invoices/reconcile", body)).statusCode).toBe(403);
    const r = (await as("admin", "POST", "/api/v1/invoices/reconcile", body)).json();
    expect(r).toMatchObject({
      matched: 2,
      notOurs: { count: 1 },
      notBilled: { count: 1 },
      amountDiffers: { count: 0 },
    });
    expect(r.notBilled.members[0]).toMatchObject({ name: "NELAYAN 1", nik: maskNik(nik(1)) });
  });
});
