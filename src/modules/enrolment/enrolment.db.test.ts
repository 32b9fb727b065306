import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { explainEligibility } from "../eligibility/eligibility.service.ts";
import { addFunder } from "../funders/funders.service.ts";
import { generateInvoices } from "../invoices/invoices.service.ts";
import { approvePlan, createPlan } from "../plans/plans.service.ts";
import { importAnswer } from "./answers.service.ts";
import { listMemberships, membershipEvents } from "./enrolment.repository.ts";
import { endMembership } from "./memberships.service.ts";
import { exportRegistration } from "./registration.service.ts";

const audit = { actor: "test", via: "test" };

describe(`enrolment with BPJS on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  let plan: number;
  const nik = (i: number) => `36030841059${String(10 + i).padStart(5, "0")}`;

  beforeAll(async () => {
    db = await freshDb();
    const [v] = await db.query<{ code: string; parent_code: string }>(
      "SELECT code, parent_code FROM regions WHERE level = 4 AND parent_code = '36.03.08' ORDER BY code LIMIT 1",
    );
    // Five farmers; the fifth's NIK has a day of birth no calendar has (it cannot be sent).
    for (let i = 1; i <= 5; i++) {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, birth_place, sex, regency_code, kecamatan_code,
           desa_code, occupation, desil)
         VALUES ($1, $2, $3, '1980-05-01', 'TANGERANG', 'P', '36.03', $4, $5, 'PETANI', 1)`,
        [i === 5 ? "3603084199800005" : nik(i), i !== 5, `PETANI ${i}`, v.parent_code, v.code],
      );
    }
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 10 * 201_600,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    const made = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode: "36.03", audit });
    plan = made.plan;
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("sends only an approved plan, in the template's columns, and never an invalid NIK", async () => {
    const out = path.join(tmp.dir, "daftar.csv");
    await expect(
      exportRegistration({ db, planId: plan, funderCode: "apbd-2026", format: "csv", out, audit }),
    ).rejects.toMatchObject({ code: "registration_plan_not_approved" });
    await approvePlan({ db, id: plan, audit });
    const sent = await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      out,
      audit,
    });
    expect(sent).toMatchObject({ rows: 4, registered: 4, refused: 0 }); // the fifth is not eligible at all
    const lines = fs.readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toBe(
      "NIK,NAMA LENGKAP,TEMPAT LAHIR,TANGGAL LAHIR,JENIS KELAMIN,ALAMAT,DESA/KELURAHAN,KECAMATAN,PEKERJAAN,PENGHASILAN,PROGRAM,BULAN MULAI,BULAN AKHIR,KODE PEMBERI DANA",
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${nik(1)},PETANI 1,TANGERANG,1980-05-01,P,,.+,Mauk,PETANI,1000000,JKK\\+JKM,2026-01,2026-12,SG$`,
      ),
    );
    const again = await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "xlsx",
      out: path.join(tmp.dir, "daftar.xlsx"),
      audit,
    });
    expect(again).toMatchObject({ rows: 4, registered: 0 }); // the same persons, no second membership
    expect(await listMemberships(db, { plan, limit: 50, offset: 0 })).toHaveLength(4);
  });

  it("applies BPJS's answer once: accepted become active with their KPJ, Dukcapil's unknown NIK is flagged", async () => {
    const answer = writeCsv(path.join(tmp.dir, "jawaban.csv"), [
      ["NO", "NIK", "NAMA", "NO KPJ", "STATUS", "KETERANGAN", "TGL EFEKTIF"],
      ["1", nik(1), "PETANI 1", "26011234567", "DITERIMA", "", "01-02-2026"],
      ["2", nik(2), "PETANI 2", "26011234568", "Diterima", "", ""],
      ["3", nik(3), "PETANI 3", "", "DITOLAK", "NIK tidak ditemukan di Dukcapil", ""],
      ["4", nik(4), "PETANI 4", "", "DITOLAK", "Sudah terdaftar sebagai peserta", ""],
      ["5", "3603089999990001", "ORANG LAIN", "26019999999", "DITERIMA", "", ""],
      ["6", nik(1), "PETANI 1", "", "MENUNGGU", "", ""],
    ]);
    const first = await importAnswer({ db, file: answer, audit });
    // Everyone was covered: no one waits to take the rejected places.
    expect(first).toMatchObject({
      rows: 6,
      accepted: 2,
      rejected: 2,
      unchanged: 0,
      nikUnverified: 1,
      replaced: 0,
    });
    expect(first.problems).toEqual([
      { row: 5, nik: expect.stringMatching(/^3603••/), problem: "not_registered" },
      { row: 6, nik: expect.stringMatching(/^3603••/), problem: "status_unreadable" },
    ]);
    const members = await listMemberships(db, { plan, limit: 50, offset: 0 });
    expect(members.map((m) => [m.name, m.status, m.kpj, m.active_from, m.rejection_reason])).toEqual([
      ["PETANI 1", "active", "26011234567", "2026-02-01", null],
      ["PETANI 2", "active", "26011234568", "2026-01-01", null],
      ["PETANI 3", "rejected", null, null, "NIK tidak ditemukan di Dukcapil"],
      ["PETANI 4", "rejected", null, null, "Sudah terdaftar sebagai peserta"],
    ]);
    expect((await membershipEvents(db, members[0].id)).map((e) => e.event)).toEqual([
      "registered",
      "accepted",
    ]);

    const second = await importAnswer({ db, file: answer, audit });
    expect(second).toMatchObject({ accepted: 0, rejected: 0, unchanged: 4, nikUnverified: 0, replaced: 0 });

    const [p3] = await db.query<{ id: number }>("SELECT id FROM persons WHERE nik = $1", [nik(3)]);
    const resent = await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      out: path.join(tmp.dir, "lagi.csv"),
      audit,
    });
    // Rejected persons wait in the correction queue: they are not sent again.
    expect(resent).toMatchObject({ rows: 2, refused: 0 });
    expect(fs.readFileSync(path.join(tmp.dir, "lagi.csv"), "utf8")).not.toMatch(
      new RegExp(`${nik(3)}|${nik(4)}`),
    );
    const verdict = await explainEligibility({
      db,
      personId: p3.id,
      year: 2027,
      regencyCode: "36.03",
      user: null,
      audit,
    });
    expect(verdict.reasons).toEqual(["nik_unverified"]);
    await db.query("UPDATE persons SET nik = $2 WHERE id = $1", [p3.id, "3603084105800003"]);
    const fixed = await explainEligibility({
      db,
      personId: p3.id,
      year: 2027,
      regencyCode: "36.03",
      user: null,
      audit,
    });
    expect(fixed.reasons).toEqual([]); // a corrected NIK may be sent again
  });

  it("bills active members from their agreed start, at the month's tariff, and stops after a death", async () => {
    const january = await generateInvoices({ db, month: "2026-01", audit });
    expect(january.invoices.map((i) => [i.funder, i.members, i.amount])).toEqual([["apbd-2026", 1, 16_800]]);
    const february = await generateInvoices({ db, month: "2026-02", audit });
    expect([february.members, february.amount]).toEqual([2, 33_600]); // PETANI 1 active from 1 February
    expect((await generateInvoices({ db, month: "2026-02", audit })).amount).toBe(33_600); // again: the same
    const [member] = await listMemberships(db, { status: "active", nik: nik(2), limit: 1, offset: 0 });
    await expect(
      endMembership({ db, id: member.id, reason: "lost", on: "2026-02-10", audit }),
    ).rejects.toMatchObject({
      code: "membership_end_reason_unknown",
    });
    expect(
      await endMembership({ db, id: member.id, reason: "death", on: "2026-02-10", audit }),
    ).toMatchObject({
      status: "ended",
    });
    await expect(
      endMembership({ db, id: member.id, reason: "death", on: "2026-02-10", audit }),
    ).rejects.toMatchObject({
      code: "membership_not_active",
    });
    expect((await generateInvoices({ db, month: "2026-02", audit })).members).toBe(2); // the month of death is due
    expect((await generateInvoices({ db, month: "2026-03", audit })).members).toBe(1);
    await db.query("UPDATE invoices SET paid = amount WHERE month = '2026-03-01'");
    await expect(generateInvoices({ db, month: "2026-03", audit })).rejects.toMatchObject({
      code: "invoice_paid",
    });
  });

  it("says which columns an answer lacks", async () => {
    const bad = writeCsv(path.join(tmp.dir, "salah.csv"), [
      ["NOMOR", "NAMA"],
      ["1", "X"],
    ]);
    await expect(importAnswer({ db, file: bad, audit })).rejects.toMatchObject({
      code: "answer_columns_missing",
    });
  });
});
