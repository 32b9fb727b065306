import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../../../test/accounts.ts";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import { pdfText } from "../../../test/pdf-text.ts";
import { loadConfig } from "../../core/config.ts";
import type { Db } from "../../core/db.ts";
import { buildServer } from "../../server.ts";
import { addFunder } from "../funders/funders.service.ts";
import { approvePlan, createPlan } from "../plans/plans.service.ts";
import { importAnswer } from "./answers.service.ts";
import { listMemberships } from "./enrolment.repository.ts";
import { memberCard } from "./member-card.ts";
import { endMembership } from "./memberships.service.ts";
import { exportRegistration } from "./registration.service.ts";

const audit = { actor: "test", via: "test" };

describe(`member cards on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const nik = (i: number) => `36030841059${String(10 + i).padStart(5, "0")}`;
  const desa: string[] = [];
  /** Membership ids by NIK number: 1 active, 2 registered, 3 rejected, 4 active in the other desa, 5 ended. */
  const membership: Record<number, number> = {};

  beforeAll(async () => {
    db = await freshDb();
    const villages = await db.query<{ code: string }>(
      "SELECT code FROM regions WHERE level = 4 AND parent_code = '36.03.08' ORDER BY code LIMIT 2",
    );
    desa.push(...villages.map((v) => v.code));
    for (let i = 1; i <= 5; i++) {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, sex, regency_code, kecamatan_code, desa_code,
           occupation, desil)
         VALUES ($1, true, $2, '1980-05-01', 'P', '36.03', '36.03.08', $3, 'PETANI', 1)`,
        [nik(i), `PETANI ${i}`, desa[i === 4 ? 1 : 0]],
      );
    }
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD Kabupaten Tangerang 2026",
        type: "apbd",
        budget: 5 * 201_600,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    const { plan } = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode: "36.03", audit });
    await approvePlan({ db, id: plan, audit });
    const out = path.join(tmp.dir, "daftar.csv");
    await exportRegistration({ db, planId: plan, funderCode: "apbd-2026", format: "csv", out, audit });
    const answer = writeCsv(path.join(tmp.dir, "jawaban.csv"), [
      ["NIK", "NO KPJ", "STATUS", "KETERANGAN", "TGL EFEKTIF"],
      [nik(1), "26011234567", "DITERIMA", "", "01-02-2026"],
      [nik(3), "", "DITOLAK", "Sudah terdaftar sebagai peserta", ""],
      [nik(4), "26011234570", "DITERIMA", "", ""],
      [nik(5), "26011234571", "DITERIMA", "", "15-01-2026"],
    ]);
    await importAnswer({ db, file: answer, audit });
    for (const m of await listMemberships(db, { plan, limit: 50, offset: 0 })) {
      membership[Number(m.nik.slice(-2)) - 10] = m.id;
    }
    await endMembership({ db, id: membership[5], reason: "death", on: "2026-03-10", audit });
    server = await buildServer({ db, config: loadConfig({}) });
    sessions = await loggedIn(db, server, [
      ["desa.satu", "desa_operator", desa[0]],
      ["desa.dua", "desa_operator", desa[1]],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("shows the member, the masked NIK, KPJ, programs, period and funder, and records who printed it", async () => {
    const pdf = await memberCard({ db, membershipId: membership[1], lang: "id", audit });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("Kartu Peserta BPJS Ketenagakerjaan — Bukan Penerima Upah");
    expect(text).toContain("PETANI 1");
    expect(text).toContain("3603••••••••0011");
    expect(text).not.toContain(nik(1));
    expect(text).toContain("26011234567");
    expect(text).toContain("JKK (Jaminan Kecelakaan Kerja), JKM (Jaminan Kematian)");
    expect(text).toContain("Februari 2026 – Desember 2026"); // from the start BPJS agreed
    expect(text).toContain("APBD Kabupaten Tangerang 2026 (APBD kabupaten)");
    expect(text).toContain("Aktif");
    expect(text).toContain("2 × 24 jam");
    expect(text).toContain("JMO");
    const [entry] = await db.query<{ action: string; person_ids: number[]; details: { membership: number } }>(
      "SELECT action, person_ids, details FROM audit_log WHERE action = 'member_card' ORDER BY id DESC LIMIT 1",
    );
    expect(entry.details.membership).toBe(membership[1]);
    expect(entry.person_ids).toHaveLength(1);

    const ended = await pdfText(await memberCard({ db, membershipId: membership[5], lang: "en", audit }));
    expect(ended).toContain("BPJS Ketenagakerjaan Member Card");
    expect(ended).toContain("15 January 2026 – March 2026");
    expect(ended).toContain("Ended 10-03-2026 (death)");
  });

  it("refuses a membership BPJS has not accepted: there is no KPJ yet", async () => {
    for (const [id, status] of [
      [membership[2], "registered"],
      [membership[3], "rejected"],
    ] as const) {
      await expect(memberCard({ db, membershipId: id, lang: "en", audit })).rejects.toMatchObject({
        code: "membership_card_no_kpj",
        message: expect.stringContaining(`is ${status}: BPJS has given no KPJ number yet`),
      });
    }
    await expect(memberCard({ db, membershipId: 999_999, lang: "id", audit })).rejects.toMatchObject({
      code: "membership_not_found",
    });
  });

  it("answers a PDF in the caller's area, and 404 outside it as if it did not exist", async () => {
    const get = (who: string | null, url: string, headers: Record<string, string> = {}) =>
      server.inject({ method: "GET", url, headers: { ...(who ? sessions.get(who) : {}), ...headers } });
    const url = `/api/v1/memberships/${membership[1]}/card`;
    expect((await get(null, url)).statusCode).toBe(401);
    expect((await get("pt.maju", url)).statusCode).toBe(403);
    const mine = await get("desa.satu", url);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers["content-type"]).toBe("application/pdf");
    expect(await pdfText(mine.rawPayload)).toContain("Nomor peserta (KPJ)");
    const english = await get("desa.satu", url, { "accept-language": "en" });
    expect(await pdfText(english.rawPayload)).toContain("Membership number (KPJ)");
    const asked = await get("desa.satu", `${url}?lang=id`, { "accept-language": "en" });
    expect(await pdfText(asked.rawPayload)).toContain("Nomor peserta (KPJ)");
    for (const who of ["desa.dua", "op.balaraja"]) {
      const theirs = await get(who, url, { "accept-language": "en" });
      expect([theirs.statusCode, theirs.json().error.code], who).toEqual([404, "membership_not_found"]);
      expect(theirs.body).not.toContain("PETANI 1");
    }
    expect((await get("desa.dua", `/api/v1/memberships/${membership[4]}/card`)).statusCode).toBe(200);
    const unaccepted = await get("desa.satu", `/api/v1/memberships/${membership[2]}/card`);
    expect([unaccepted.statusCode, unaccepted.json().error.code]).toEqual([400, "membership_card_no_kpj"]);
    expect((await get("desa.satu", "/api/v1/memberships/abc/card")).statusCode).toBe(400);
  });
});
