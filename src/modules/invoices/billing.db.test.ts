/**
 * The round trip a regency goes through each year: plan → registration file → BPJS's answer with
 * accepted and rejected rows → memberships → invoices for three months, paid → a death reported
 * late → billing stops → the premium paid after it listed for refund; BPJS's bill reconciled;
 * renewal into the next year without a gap; unpaid months warned, then lapsed.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importAnswer } from "../enrolment/answers.service.ts";
import { listMemberships, membershipEvents } from "../enrolment/enrolment.repository.ts";
import { endMembership } from "../enrolment/memberships.service.ts";
import { exportRegistration } from "../enrolment/registration.service.ts";
import { addFunder } from "../funders/funders.service.ts";
import { approvePlan, createPlan } from "../plans/plans.service.ts";
import { rankedList } from "../ranking/ranking.service.ts";
import { monthlyPremium } from "../tariffs/premium.ts";
import { loadTariffs } from "../tariffs/tariffs.repository.ts";
import { generateInvoices } from "./invoices.service.ts";
import { checkLateness } from "./lateness.service.ts";
import { recordPayment } from "./payments.service.ts";
import { reconcileBill } from "./reconcile.service.ts";
import { listRefunds, recordRefund } from "./refunds.service.ts";

const audit = { actor: "test", via: "test" };

describe(`billing round trip on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  let plan: number;
  /** The premium of one member a month for the APBD funder (no PP 50/2025 discount for APBD). */
  let premium: number;
  const nik = (i: number) => `36030841058${String(10 + i).padStart(5, "0")}`;
  const member = async (i: number) =>
    (await listMemberships(db, { nik: nik(i), limit: 5, offset: 0 })).sort((a, b) => b.id - a.id)[0];
  const csv = (name: string, rows: string[][]) => writeCsv(path.join(tmp.dir, name), rows);

  beforeAll(async () => {
    db = await freshDb();
    const [v] = await db.query<{ code: string; parent_code: string }>(
      "SELECT code, parent_code FROM regions WHERE level = 4 AND parent_code = '36.03.08' ORDER BY code LIMIT 1",
    );
    // Eight fishers in desil 1, ranked in the order listed; the budget covers five.
    for (let i = 1; i <= 8; i++) {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, birth_place, sex, regency_code, kecamatan_code,
           desa_code, occupation, desil, desil_date)
         VALUES ($1, true, $2, '1980-05-01', 'TANGERANG', 'L', '36.03', $3, $4, 'NELAYAN', 1, '2026-01-01')`,
        [nik(i), `NELAYAN ${i}`, v.parent_code, v.code],
      );
    }
    const tariffs = await loadTariffs(db);
    const pkg = tariffs.packages.find((p) => p.code === "jkk-jkm")!;
    premium = monthlyPremium(tariffs, pkg, pkg.declaredIncome, "2026-03", {
      funderType: "apbd",
      sector: "other",
    }).total;
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 5 * 12 * premium,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    plan = (await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode: "36.03", audit })).plan;
    await approvePlan({ db, id: plan, audit });
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("gives a rejected person's place to the next on the waitlist, sent in the next file", async () => {
    const first = await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      out: path.join(tmp.dir, "daftar.csv"),
      audit,
    });
    expect(first).toMatchObject({ rows: 5, registered: 5, renewed: 0 });
    const answer = csv("jawaban.csv", [
      ["NIK", "KPJ", "STATUS", "KETERANGAN"],
      ...[1, 2, 3, 4].map((i) => [nik(i), `KPJ-${i}`, "DITERIMA", ""]),
      [nik(5), "", "DITOLAK", "NIK tidak ditemukan di Dukcapil"],
    ]);
    expect(await importAnswer({ db, file: answer, audit })).toMatchObject({
      accepted: 4,
      rejected: 1,
      replaced: 1,
    });
    expect(await importAnswer({ db, file: answer, audit })).toMatchObject({ unchanged: 5, replaced: 0 });
    const sixth = await member(6);
    expect([sixth.status, sixth.start_month, sixth.end_month]).toEqual(["registered", "2026-01", "2026-12"]);
    expect((await membershipEvents(db, sixth.id)).map((e) => e.event)).toEqual(["replaces"]);

    const out = path.join(tmp.dir, "tambahan.csv");
    const next = await exportRegistration({
      db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      newOnly: true,
      out,
      audit,
    });
    expect(next).toMatchObject({ rows: 1, registered: 1 });
    expect(fs.readFileSync(out, "utf8")).toContain(nik(6));
    expect(
      await importAnswer({
        db,
        file: csv("jawaban2.csv", [
          ["NIK", "KPJ", "STATUS"],
          [nik(6), "KPJ-6", "DITERIMA"],
        ]),
        audit,
      }),
    ).toMatchObject({ accepted: 1 });
    expect((await member(7)) ?? null).toBeNull(); // the seventh still waits
  });

  it("bills three months, takes payments, and lists for refund what was paid after a death", async () => {
    for (const month of ["2026-01", "2026-02", "2026-03"]) {
      const made = await generateInvoices({ db, month, audit });
      expect([made.members, made.amount]).toEqual([5, 5 * premium]);
      await recordPayment({
        db,
        funderCode: "apbd-2026",
        month,
        amount: 5 * premium,
        paidOn: `${month}-20`,
        audit,
      });
    }
    await expect(
      recordPayment({
        db,
        funderCode: "apbd-2026",
        month: "2026-03",
        amount: 1,
        paidOn: "2026-03-21",
        audit,
      }),
    ).rejects.toMatchObject({ code: "payment_too_much" });
    await expect(generateInvoices({ db, month: "2026-03", audit })).rejects.toMatchObject({
      code: "invoice_paid",
    });

    // Nelayan 1 died on 10 February; the family reports it in April, after March was paid.
    const first = await member(1);
    await endMembership({ db, id: first.id, reason: "death", on: "2026-02-10", audit });
    const april = await generateInvoices({ db, month: "2026-04", audit });
    expect([april.members, april.amount]).toEqual([4, 4 * premium]); // billing stopped
    const due = await listRefunds(db, { due: true });
    expect(due.refunds.map((r) => [r.membership, r.month, r.amount, r.end_reason])).toEqual([
      [first.id, "2026-03", premium, "death"],
    ]);
    expect(due.due).toBe(premium);
    expect(await recordRefund({ db, membershipId: first.id, refundedOn: "2026-04-30", audit })).toMatchObject(
      {
        months: 1,
        amount: premium,
      },
    );
    expect((await listRefunds(db, { due: true })).refunds).toEqual([]);
    await expect(
      recordRefund({ db, membershipId: first.id, refundedOn: "2026-05-01", audit }),
    ).rejects.toMatchObject({ code: "refund_none_due" });
  });

  it("reconciles BPJS's bill: people we do not bill, members BPJS does not bill, amounts that differ", async () => {
    const bill = csv("tagihan-maret.csv", [
      ["NO", "KPJ", "NIK", "NAMA", "IURAN"],
      ["1", "KPJ-2", nik(2), "NELAYAN 2", String(premium)],
      ["2", "", nik(3), "NELAYAN 3", String(premium)],
      ["3", "KPJ-4", "", "NELAYAN 4", String(premium)],
      ["4", "KPJ-6", nik(6), "NELAYAN 6", String(premium / 2)],
      ["5", "KPJ-99", nik(7), "NELAYAN 7", String(premium)],
    ]);
    const r = await reconcileBill({ db, file: bill, funderCode: "apbd-2026", month: "2026-03", audit });
    expect(r.billed).toEqual({ rows: 5, amount: 4.5 * premium });
    expect(r.matched).toBe(4);
    expect(r.notOurs.rows.map((x) => [x.row, x.kpj, x.status])).toEqual([[5, "KPJ-99", null]]);
    expect(r.notBilled.members.map((m) => m.name)).toEqual(["NELAYAN 1"]); // billed before the death was known
    expect(r.amountDiffers.rows.map((x) => [x.row, x.ours, x.theirs])).toEqual([[4, premium, premium / 2]]);
    expect(JSON.stringify(r)).not.toContain(nik(2)); // NIKs masked
  });

  it("renews members into the next year without a gap, with their KPJ, and ranks them first", async () => {
    await addFunder({
      db,
      funder: {
        code: "apbd-2027",
        name: "APBD 2027",
        type: "apbd",
        budget: 6 * 12 * premium,
        from: "2027-01",
        to: "2027-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    const ranked = await rankedList({ db, year: 2027, regencyCode: "36.03", caller: null });
    // The deceased and the unverified NIK are out; current members head the list.
    expect(ranked.persons.map((p) => [p.name, p.tier])).toEqual([
      ["NELAYAN 2", 0],
      ["NELAYAN 3", 0],
      ["NELAYAN 4", 0],
      ["NELAYAN 6", 0],
      ["NELAYAN 7", 1],
      ["NELAYAN 8", 1],
    ]);
    const next = (await createPlan({ db, from: "2027-01", to: "2027-12", regencyCode: "36.03", audit })).plan;
    await approvePlan({ db, id: next, audit });
    const sent = await exportRegistration({
      db,
      planId: next,
      funderCode: "apbd-2027",
      format: "csv",
      out: path.join(tmp.dir, "daftar-2027.csv"),
      audit,
    });
    expect(sent).toMatchObject({ rows: 6, registered: 6, renewed: 4 });
    const renewed = await member(2);
    expect([renewed.status, renewed.kpj, renewed.active_from, renewed.start_month]).toEqual([
      "active",
      "KPJ-2",
      "2027-01-01",
      "2027-01",
    ]);
    expect([(await member(7)).status, (await member(7)).kpj]).toEqual(["registered", null]);
  });

  it("warns a funder at three unpaid months and lapses its members at the fourth", async () => {
    for (const month of ["2026-05", "2026-06", "2026-07"]) await generateInvoices({ db, month, audit });
    // In July: April, May and June unpaid — the limit; paying April stops the lapse.
    const july = await checkLateness({ db, month: "2026-07" });
    expect(july.funders).toEqual([
      expect.objectContaining({
        funder: "apbd-2026",
        unpaidMonths: 3,
        since: "2026-04",
        owed: 12 * premium,
        warned: 4,
        lapsing: 0,
        state: "warning",
      }),
    ]);
    const august = await checkLateness({ db, month: "2026-08", apply: true, audit });
    expect(august.funders[0]).toMatchObject({ unpaidMonths: 4, lapsing: 4, state: "lapse" });
    expect(august.lapsed).toBe(4);
    const lapsed = (await listMemberships(db, { plan, status: "lapsed", limit: 10, offset: 0 })).map(
      (m) => m.name,
    );
    expect(lapsed).toEqual(["NELAYAN 2", "NELAYAN 3", "NELAYAN 4", "NELAYAN 6"]);
    const [row] = await db.query<{ ended_on: string; end_reason: string }>(
      "SELECT to_char(ended_on, 'YYYY-MM-DD') AS ended_on, end_reason FROM memberships WHERE nik = $1 AND plan_id = $2",
      [nik(2), plan],
    );
    expect(row).toEqual({ ended_on: "2026-03-31", end_reason: "unpaid" }); // cover ends with the last paid month
    // The funder owes nothing for months without cover.
    const owed = await db.query<{ amount: number }>(
      "SELECT amount FROM invoices WHERE month >= '2026-04-01' ORDER BY month",
    );
    expect(owed.map((i) => i.amount)).toEqual([0, 0, 0, 0]);
    expect((await checkLateness({ db, month: "2026-08", apply: true, audit })).lapsed).toBe(0);
  });
});
