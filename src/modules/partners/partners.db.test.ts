/**
 * CSR partners on the real database: companies and their MoUs (validity, expiring soon), a
 * commitment checked against the regency and its MoU, accepted into a CSR funder through the funders
 * module, and what that funder then used (the latest approved plan, invoices, payments); the
 * circular campaign's answers, follow-ups due and figures; the company list's filters; every change
 * in the audit log with the value before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { message } from "../../common/messages.ts";
import type { Db } from "../../core/db.ts";
import { listFunders } from "../funders/funders.service.ts";
import {
  addCircular,
  listFollowUps,
  recordAnswer,
  sendCircular,
  setFollowUp,
  showCircular,
  updateCircular,
} from "./circulars.service.ts";
import { acceptCommitment, addCommitment, showCommitment, updateCommitment } from "./commitments.service.ts";
import {
  addCompany,
  addMou,
  listCompanies,
  listExpiringMous,
  showCompany,
  updateCompany,
  updateMou,
} from "./companies.service.ts";

const audit = { actor: "admin", via: "test" };
const regencyCode = "36.03";
const today = "2026-05-10";

describe(`CSR partners on ${dbKind}`, () => {
  let db: Db;
  const ids = { maju: 0, sentosa: 0, abadi: 0, mou: 0, oldMou: 0, commitment: 0, circular: 0 };

  /** The code of a UserError thrown by `fn`, with its English text. */
  async function refusal(fn: () => Promise<unknown>): Promise<[string, string]> {
    try {
      await fn();
    } catch (e) {
      const error = e as { code?: string; params?: Record<string, string> };
      if (!error.code) throw e;
      return [error.code, message(error.code, error.params, "en")];
    }
    throw new Error("not refused");
  }

  async function auditOf(action: string) {
    return db.query<{ details: Record<string, unknown>; actor: string }>(
      "SELECT details, actor FROM audit_log WHERE action = $1 ORDER BY id",
      [action],
    );
  }

  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it("adds companies with checked fields and changes them with the value before in the audit log", async () => {
    const maju = await addCompany({
      db,
      code: " PT-Maju ",
      input: { name: "  PT Maju   Jaya ", sector: "manufaktur", contactEmail: "CSR@Maju.co.id" },
      audit,
    });
    expect(maju).toMatchObject({ code: "pt-maju", name: "PT Maju Jaya", contactEmail: "csr@maju.co.id" });
    ids.maju = maju.id;
    ids.sentosa = (await addCompany({ db, code: "pt-sentosa", input: { name: "PT Sentosa" }, audit })).id;
    ids.abadi = (await addCompany({ db, code: "cv-abadi", input: { name: "CV Abadi" }, audit })).id;

    expect(await refusal(() => addCompany({ db, code: "pt-maju", input: { name: "Lain" }, audit }))).toEqual([
      "company_exists",
      "Company code 'pt-maju' is taken. Choose another code, or change the company that has it.",
    ]);
    expect((await refusal(() => addCompany({ db, code: "PT Maju!", input: { name: "x" }, audit })))[0]).toBe(
      "company_code_invalid",
    );
    expect(
      (
        await refusal(() =>
          addCompany({ db, code: "pt-x", input: { name: "x", contactEmail: "no-at" }, audit }),
        )
      )[0],
    ).toBe("company_email_invalid");
    expect((await refusal(() => addCompany({ db, code: "pt-y", input: { name: "  " }, audit })))[0]).toBe(
      "partner_field_missing",
    );

    const updated = await updateCompany({
      db,
      id: ids.maju,
      input: { contactName: "Bu Rina", contactPhone: "021-5550123", sector: null },
      audit,
    });
    expect(updated.changed).toBe(true);
    expect(updated.company).toMatchObject({ contactName: "Bu Rina", sector: null, name: "PT Maju Jaya" });
    const again = await updateCompany({ db, id: ids.maju, input: { contactName: "Bu Rina" }, audit });
    expect(again.changed).toBe(false);
    const logged = await auditOf("partner_company_update");
    expect(logged).toHaveLength(1);
    expect(logged[0].details).toMatchObject({
      company: ids.maju,
      before: { sector: "manufaktur", contactName: null, contactPhone: null },
      after: { sector: null, contactName: "Bu Rina", contactPhone: "021-5550123" },
    });
    expect((await refusal(() => updateCompany({ db, id: 999, input: {}, audit })))[0]).toBe(
      "company_not_found",
    );
  });

  it("keeps MoUs with ordered signatories, their status today and those expiring soon", async () => {
    const mou = await addMou({
      db,
      companyId: ids.maju,
      input: {
        number: "415/012/MoU/2026",
        signedOn: "2026-01-20",
        validFrom: "2026-02-01",
        validTo: "2026-07-31",
        signatories: ["Bupati Tangerang", " Direktur Utama PT Maju ", "Bupati Tangerang"],
      },
      audit,
      today,
    });
    ids.mou = mou.id;
    expect(mou).toMatchObject({
      signatories: ["Bupati Tangerang", "Direktur Utama PT Maju"],
      status: "active",
      daysLeft: 82,
    });
    ids.oldMou = (
      await addMou({
        db,
        companyId: ids.sentosa,
        input: {
          number: "415/003/MoU/2023",
          signedOn: "2023-03-01",
          validFrom: "2023-03-01",
          validTo: "2025-12-31",
        },
        audit,
        today,
      })
    ).id;
    await addMou({
      db,
      companyId: ids.sentosa,
      input: {
        number: "415/044/MoU/2026",
        signedOn: "2026-05-01",
        validFrom: "2026-06-01",
        validTo: "2028-05-31",
      },
      audit,
      today,
    });

    expect(
      await refusal(() =>
        addMou({
          db,
          companyId: ids.maju,
          input: {
            number: "415/012/MoU/2026",
            signedOn: "2026-01-20",
            validFrom: "2026-02-01",
            validTo: "2026-12-31",
          },
          audit,
        }),
      ),
    ).toEqual([
      "mou_exists",
      "PT Maju Jaya already has an MoU numbered 415/012/MoU/2026. Check the number, or change the existing MoU.",
    ]);
    expect(
      (
        await refusal(() =>
          addMou({
            db,
            companyId: ids.maju,
            input: { number: "x", signedOn: "2026-01-20", validFrom: "2026-02-01", validTo: "2026-01-31" },
            audit,
          }),
        )
      )[0],
    ).toBe("mou_period_invalid");
    expect(
      (
        await refusal(() =>
          addMou({
            db,
            companyId: ids.maju,
            input: { number: "x", signedOn: "2026-02-30", validFrom: "2026-02-01", validTo: "2026-12-31" },
            audit,
          }),
        )
      )[0],
    ).toBe("date_invalid");

    const expiring = await listExpiringMous({ db, within: 90, today });
    expect(expiring.mous.map((m) => m.number)).toEqual(["415/012/MoU/2026"]);
    expect((await listExpiringMous({ db, within: 30, today })).mous).toEqual([]);

    const sentosa = await showCompany({ db, id: ids.sentosa, today });
    expect(sentosa.mous.map((m) => [m.number, m.status])).toEqual([
      ["415/044/MoU/2026", "future"],
      ["415/003/MoU/2023", "expired"],
    ]);

    const changed = await updateMou({ db, id: ids.mou, input: { validTo: "2026-12-31" }, audit, today });
    expect(changed.mou).toMatchObject({ validTo: "2026-12-31", daysLeft: 235 });
    const [logged] = await auditOf("partner_mou_update");
    expect(logged.details).toMatchObject({
      before: { validTo: "2026-07-31" },
      after: { validTo: "2026-12-31" },
    });
  });

  it("checks a commitment against the regency, its MoU and the tariffs, and shows what its budget covers", async () => {
    const input = { mouId: ids.mou, budget: 25_200_000, workers: 1000, from: "2026-04", to: "2026-06" };
    expect(
      await refusal(() =>
        addCommitment({
          db,
          companyId: ids.maju,
          input: { ...input, kecamatanCodes: ["36.01.01"] },
          regencyCode,
          audit,
        }),
      ),
    ).toEqual([
      "commitment_kecamatan_outside",
      "Kecamatan 36.01.01 is not a kecamatan of regency 36.03. See the codes: payung regions list --parent 36.03",
    ]);
    expect(
      (await refusal(() => addCommitment({ db, companyId: ids.sentosa, input, regencyCode, audit })))[0],
    ).toBe("commitment_mou_unknown");
    expect(
      (
        await refusal(() =>
          addCommitment({
            db,
            companyId: ids.maju,
            input: { ...input, from: "2026-01" },
            regencyCode,
            audit,
          }),
        )
      )[0],
    ).toBe("commitment_outside_mou");
    expect(
      (
        await refusal(() =>
          addCommitment({
            db,
            companyId: ids.maju,
            input: { ...input, package: "emas" },
            regencyCode,
            audit,
          }),
        )
      )[0],
    ).toBe("package_unknown");
    expect(
      (
        await refusal(() =>
          addCommitment({ db, companyId: ids.maju, input: { ...input, budget: 0 }, regencyCode, audit }),
        )
      )[0],
    ).toBe("commitment_budget_invalid");

    const added = await addCommitment({
      db,
      companyId: ids.maju,
      input: {
        ...input,
        kecamatanCodes: ["36.03.08", "36.03.01", "36.03.08"],
        occupations: [" nelayan", "Petani"],
      },
      regencyCode,
      audit,
    });
    ids.commitment = added.id;
    // A company pays half in April–June 2026 (PP 50/2025): Rp8.400 a month, Rp25.200 for three.
    expect(added).toMatchObject({
      companyName: "PT Maju Jaya",
      mouNumber: "415/012/MoU/2026",
      kecamatan: [
        { code: "36.03.01", name: expect.any(String) },
        { code: "36.03.08", name: expect.any(String) },
      ],
      occupations: ["NELAYAN", "PETANI"],
      package: "jkk-jkm",
      months: 3,
      perPerson: 25_200,
      capacity: 1000,
      budgetShort: false,
      funderId: null,
      use: null,
    });
    const short = await updateCommitment({ db, id: added.id, input: { workers: 1200 }, regencyCode, audit });
    expect(short.commitment).toMatchObject({ workers: 1200, budgetShort: true });
    const [logged] = await auditOf("partner_commitment_update");
    expect(logged.details).toMatchObject({ before: { workers: 1000 }, after: { workers: 1200 } });
    await updateCommitment({ db, id: added.id, input: { workers: 1000 }, regencyCode, audit });
  });

  it("accepts a commitment once into a CSR funder that allocation can spend", async () => {
    const accepted = await acceptCommitment({ db, id: ids.commitment, audit });
    expect(accepted).toMatchObject({
      funderCode: `csr-pt-maju-${ids.commitment}`,
      acceptedBy: "admin",
      capacity: 1000,
      use: { plan: null, allocated: 0, invoiced: 0, paid: 0 },
    });
    const funder = (await listFunders({ db })).find((f) => f.code === accepted.funderCode);
    expect(funder).toMatchObject({
      name: "PT Maju Jaya (CSR 2026-04–2026-06)",
      type: "csr",
      bpjsCode: "SC",
      budget: 25_200_000,
      from: "2026-04",
      to: "2026-06",
      package: "jkk-jkm",
      kecamatanCodes: ["36.03.01", "36.03.08"],
      occupations: ["NELAYAN", "PETANI"],
      capacity: 1000,
      shortSpell: true,
    });
    expect(await refusal(() => acceptCommitment({ db, id: ids.commitment, audit }))).toEqual([
      "commitment_accepted",
      `Commitment ${ids.commitment} is already accepted as funder csr-pt-maju-${ids.commitment}; its terms are that funder's now. For more money, record a new commitment.`,
    ]);
    expect(
      (
        await refusal(() =>
          updateCommitment({ db, id: ids.commitment, input: { workers: 5 }, regencyCode, audit }),
        )
      )[0],
    ).toBe("commitment_accepted");
    const [logged] = await auditOf("partner_commitment_accept");
    expect(logged.details).toMatchObject({ funder: accepted.funderCode, before: { funder: null } });
    expect(await auditOf("funder_add")).toHaveLength(1);
  });

  it("shows what the funder used: the latest approved plan's allocation, invoices and payments", async () => {
    const funderId = (await showCommitment({ db, id: ids.commitment })).funderId;
    const plan = async (status: string, approvedAt: string, allocated: number) => {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO plans (period_from, period_to, status, summary, created_by, approved_by, approved_at)
         VALUES ('2026-04-01', '2026-06-01', $1, '{}', 'test', 'test', $2) RETURNING id`,
        [status, approvedAt],
      );
      await db.query(
        "INSERT INTO plan_funders (plan_id, funder_id, per_person, capacity, allocated, cost) VALUES ($1, $2, 25200, 1000, $3, $4)",
        [row.id, funderId, allocated, allocated * 25_200],
      );
      return row.id;
    };
    await plan("superseded", "2026-03-01T00:00:00Z", 900);
    const latest = await plan("approved", "2026-03-20T00:00:00Z", 640);
    await db.query(
      `INSERT INTO invoices (funder_id, month, members, amount, paid, generated_by) VALUES
         ($1, '2026-04-01', 640, 5376000, 5376000, 'test'), ($1, '2026-05-01', 640, 5376000, 2000000, 'test')`,
      [funderId],
    );
    const used = await showCommitment({ db, id: ids.commitment });
    expect(used.use).toEqual({
      plan: latest,
      allocated: 640,
      allocatedCost: 16_128_000,
      invoiced: 10_752_000,
      paid: 7_376_000,
      invoices: 2,
      outstanding: 3_376_000,
      left: 25_200_000 - 16_128_000,
    });
  });

  it("runs a circular campaign: answers, follow-ups due and overdue, and its figures", async () => {
    const detail = await addCircular({
      db,
      input: {
        number: "560/117/Disnaker/2026",
        title: "Ajakan perlindungan pekerja rentan melalui dana CSR",
        sentOn: "2026-04-01",
        answerBy: "2026-04-30",
      },
      companyIds: [ids.maju, ids.sentosa],
      audit,
      today,
    });
    ids.circular = detail.circular.id;
    expect(detail.circular.summary).toEqual({
      sent: 2,
      answered: 0,
      willing: 0,
      declined: 0,
      considering: 0,
      noAnswer: 2,
      overdue: 2,
      due: 0,
    });
    expect(
      (
        await refusal(() =>
          addCircular({ db, input: { ...detail.circular, number: "560/117/Disnaker/2026" }, audit }),
        )
      )[0],
    ).toBe("circular_exists");
    const sent = await sendCircular({
      db,
      id: ids.circular,
      companyIds: [ids.abadi, ids.maju],
      sentOn: "2026-04-15",
      audit,
    });
    expect(sent).toEqual({ circular: ids.circular, added: [ids.abadi], already: [ids.maju] });

    // PT Maju is willing; PT Sentosa is considering and will be called again; CV Abadi is silent.
    const willing = await recordAnswer({
      db,
      circularId: ids.circular,
      companyId: ids.maju,
      answer: "willing",
      on: "2026-04-20",
      notes: "Siap 1.000 pekerja",
      audit,
      today,
    });
    expect(willing).toMatchObject({
      answer: "willing",
      answeredOn: "2026-04-20",
      nextContact: null,
      status: null,
    });
    await recordAnswer({
      db,
      circularId: ids.circular,
      companyId: ids.sentosa,
      answer: "considering",
      on: "2026-04-22",
      followUpOn: "2026-05-10",
      audit,
      today,
    });
    expect(
      (
        await refusal(() =>
          recordAnswer({
            db,
            circularId: ids.circular,
            companyId: ids.abadi,
            answer: "declined",
            on: "2026-04-10",
            audit,
            today,
          }),
        )
      )[0],
    ).toBe("circular_answer_before_sent");
    expect(
      (
        await refusal(() =>
          recordAnswer({
            db,
            circularId: ids.circular,
            companyId: 999,
            answer: "declined",
            on: "2026-04-20",
            audit,
            today,
          }),
        )
      )[0],
    ).toBe("recipient_not_found");
    expect(
      (
        await refusal(() =>
          recordAnswer({
            db,
            circularId: ids.circular,
            companyId: ids.abadi,
            answer: "declined",
            on: "2026-06-01",
            audit,
            today,
          }),
        )
      )[0],
    ).toBe("circular_answer_in_future");

    const due = await listFollowUps({ db, today });
    expect(
      due.followUps.map((f) => [f.companyName, f.status, f.nextReason, f.nextContact, f.daysLate]),
    ).toEqual([
      ["CV Abadi", "overdue", "answer_by", "2026-04-30", 10],
      ["PT Sentosa", "due", "follow_up", "2026-05-10", 0],
    ]);
    // A call set for next week takes the silent company off today's list; looking ahead shows it.
    await setFollowUp({
      db,
      circularId: ids.circular,
      companyId: ids.abadi,
      on: "2026-05-14",
      notes: "Telepon ulang",
      audit,
      today,
    });
    expect((await listFollowUps({ db, today })).followUps.map((f) => f.companyName)).toEqual(["PT Sentosa"]);
    expect(
      (await listFollowUps({ db, today, within: 7 })).followUps.map((f) => [f.companyName, f.status]),
    ).toEqual([
      ["PT Sentosa", "due"],
      ["CV Abadi", "upcoming"],
    ]);
    const [followUp] = await auditOf("partner_circular_follow_up");
    expect(followUp.details).toMatchObject({
      followUpOn: "2026-05-14",
      before: { followUpOn: null, notes: null },
    });

    const shown = await showCircular({ db, id: ids.circular, today });
    expect(shown.circular.summary).toEqual({
      sent: 3,
      answered: 2,
      willing: 1,
      declined: 0,
      considering: 1,
      noAnswer: 1,
      overdue: 0,
      due: 1,
    });
    expect(shown.recipients.map((r) => [r.companyName, r.sentOn, r.answer])).toEqual([
      ["CV Abadi", "2026-04-15", null],
      ["PT Maju Jaya", "2026-04-01", "willing"],
      ["PT Sentosa", "2026-04-01", "considering"],
    ]);

    // Correcting an answer keeps the one before in the audit log.
    await recordAnswer({
      db,
      circularId: ids.circular,
      companyId: ids.sentosa,
      answer: "declined",
      on: "2026-05-08",
      audit,
      today,
    });
    const answers = await auditOf("partner_circular_answer");
    expect(answers.at(-1)?.details).toMatchObject({
      answer: "declined",
      followUpOn: null,
      before: { answer: "considering", answeredOn: "2026-04-22", followUpOn: "2026-05-10" },
    });

    // The letter's day moves the letters sent with it, not those sent later.
    const moved = await updateCircular({
      db,
      id: ids.circular,
      input: { sentOn: "2026-04-02" },
      audit,
      today,
    });
    expect(moved.recipients.map((r) => r.sentOn)).toEqual(["2026-04-15", "2026-04-02", "2026-04-02"]);
  });

  it("filters companies by answer, MoU in force and commitments; a company shows its whole story", async () => {
    const names = async (filter: Parameters<typeof listCompanies>[0]["filter"]) =>
      (await listCompanies({ db, filter, today })).map((c) => c.name);
    expect(await names({})).toEqual(["CV Abadi", "PT Maju Jaya", "PT Sentosa"]);
    expect(await names({ answered: true })).toEqual(["PT Maju Jaya", "PT Sentosa"]);
    expect(await names({ answered: false })).toEqual(["CV Abadi"]);
    expect(await names({ answered: false, circular: ids.circular })).toEqual(["CV Abadi"]);
    expect(await names({ activeMou: true })).toEqual(["PT Maju Jaya"]);
    expect(await names({ activeMou: false })).toEqual(["CV Abadi", "PT Sentosa"]);
    expect(await names({ hasCommitments: true })).toEqual(["PT Maju Jaya"]);
    expect(await names({ hasCommitments: false, q: "sen" })).toEqual(["PT Sentosa"]);
    expect(await names({ q: "%" })).toEqual([]);

    const [maju] = await listCompanies({ db, filter: { q: "maju" }, today });
    expect(maju).toMatchObject({
      mous: 1,
      activeMouUntil: "2026-12-31",
      commitments: 1,
      committedBudget: 25_200_000,
      acceptedBudget: 25_200_000,
      lastCircular: {
        id: ids.circular,
        number: "560/117/Disnaker/2026",
        answer: "willing",
        answeredOn: "2026-04-20",
      },
      nextFollowUp: null,
    });
    const abadi = await showCompany({ db, id: ids.abadi, today: "2026-05-20" });
    expect(abadi.circulars.map((c) => [c.circularNumber, c.followUpOn, c.notes])).toEqual([
      ["560/117/Disnaker/2026", "2026-05-14", "Telepon ulang"],
    ]);
    expect(abadi.followUps.map((f) => [f.status, f.daysLate])).toEqual([["overdue", 6]]);
    const maju2 = await showCompany({ db, id: ids.maju, today });
    expect(maju2.commitments.map((c) => c.use?.paid)).toEqual([7_376_000]);
    expect((await refusal(() => showCompany({ db, id: 12345 })))[0]).toBe("company_not_found");
  });
});
