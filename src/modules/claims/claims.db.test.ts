/**
 * A claim from report to handover, on the real database: a death reported by the village opens a
 * JKM claim worth Rp42.000.000 and ends the membership; the family from the KK gives the heirs;
 * documents are uploaded (a Word file is refused), checked, and the claim goes to BPJS, is paid and
 * handed over with a letter whose amount is written in words; an heir is referred to training.
 * Around it: a death while lapsed pays nothing, a work death pays 48 × income, the education
 * benefit is refused after two years of membership and granted after three, overdue claims first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { pdfText } from "../../../test/pdf-text.ts";
import type { Db } from "../../core/db.ts";
import { chooseHeirs, claimDetail, listClaimsFor, moveClaim } from "./claims.service.ts";
import { insertClaimMembers, sampleFiles } from "./claims-fixture.ts";
import { checkDocument, uploadDocument } from "./documents.service.ts";
import { openEducationClaim } from "./education.service.ts";
import { addFamilyMember, reportEvent } from "./events.service.ts";
import { handoverPdf } from "./handover-letters.ts";
import { createHandover } from "./handovers.service.ts";
import { listTraining, referToTraining, updateTraining } from "./training.service.ts";

const audit = { actor: "test", via: "test" };
const nik = (i: number) => `36030841058${String(70 + i).padStart(5, "0")}`;

describe(`claims for heirs on ${dbKind}`, () => {
  let db: Db;
  let memberships: Record<string, number>;

  beforeAll(async () => {
    db = await freshDb();
    memberships = await insertClaimMembers(db, [
      { nik: nik(1), name: "SUPARMAN", activeFrom: "2023-01-15" },
      { nik: nik(2), name: "WARSINAH", activeFrom: "2025-01-01", status: "lapsed", endedOn: "2026-06-30" },
      { nik: nik(3), name: "DARSONO", activeFrom: "2024-09-01" },
      { nik: nik(4), name: "ROHMAT", activeFrom: "2025-03-01" },
      { nik: nik(5), name: "SAIMAH", activeFrom: "2025-03-01" },
    ]);
  });
  afterAll(async () => {
    await db.close();
  });

  const death = (i: number, date: string, workRelated = false) =>
    reportEvent({
      db,
      input: { nik: nik(i), kind: "death", date, workRelated, reportedBy: "village", cause: "sakit" },
      audit,
    });

  it("a death while lapsed pays nothing and says why", async () => {
    const reported = await death(2, "2026-09-01");
    expect(reported).toMatchObject({ type: "jkm", payable: false, refusal: "claims_membership_not_active" });
    expect(reported.membershipEnded).toBeNull();
    const { claim } = await claimDetail({ db, id: reported.claimId, lang: "id", audit });
    expect(claim.refusal_text).toMatch(/tidak aktif/);
    await expect(
      moveClaim({ db, id: reported.claimId, move: { to: "documents_complete" }, audit }),
    ).rejects.toThrow(/not payable/);
  });

  it("a death from work pays 48 × the declared income; an accident pays the months unable to work", async () => {
    const work = await death(4, "2026-08-20", true);
    expect(work).toMatchObject({ type: "jkk_death", payable: true, expected: 48_000_000 });
    const accident = await reportEvent({
      db,
      input: {
        nik: nik(5),
        kind: "accident",
        date: "2026-10-01",
        workRelated: true,
        daysUnable: 45,
        reportedBy: "bpjs",
      },
      audit,
    });
    expect(accident).toMatchObject({ type: "jkk_stmb", expected: 2_000_000, membershipEnded: null });
    await expect(
      reportEvent({
        db,
        input: { nik: nik(5), kind: "death", date: "2030-01-01", workRelated: false, reportedBy: "family" },
        audit,
      }),
    ).rejects.toThrow(/future/);
  });

  it("education benefit: refused after a JKM death with two years of membership", async () => {
    const reported = await death(3, "2026-09-15");
    const child = await addFamilyMember({
      db,
      eventId: reported.eventId,
      member: { name: "ANAK DARSONO", relation: "child", birthDate: "2015-02-01" },
      audit,
    });
    await expect(
      openEducationClaim({
        db,
        claimId: reported.claimId,
        schoolYear: 2026,
        children: [{ familyMemberId: child.id, level: "sd" }],
        audit,
      }),
    ).rejects.toThrow(/3 years/);
  });

  describe("a JKM death from report to handover", () => {
    let claimId: number;
    let eventId: number;
    const family: Record<string, number> = {};

    it("reporting the death opens a Rp42.000.000 claim and ends the membership", async () => {
      const reported = await death(1, "2026-10-05");
      ({ claimId, eventId } = reported);
      expect(reported).toMatchObject({ type: "jkm", payable: true, expected: 42_000_000 });
      expect(reported.membershipEnded).toBe(memberships[nik(1)]);
      const [m] = await db.query<{ status: string; end_reason: string }>(
        "SELECT status, end_reason FROM memberships WHERE id = $1",
        [memberships[nik(1)]],
      );
      expect(m).toEqual({ status: "ended", end_reason: "death" });
      const { claim } = await claimDetail({ db, id: claimId, lang: "en", audit });
      expect(claim.lines.map((l) => [l.amount, l.text])).toEqual([
        [20_000_000, "JKM: lump sum."],
        [12_000_000, "JKM: periodic benefit 24 × Rp500.000 (may be paid at once)."],
        [10_000_000, "JKM: funeral costs."],
      ]);
      await expect(death(1, "2026-10-06")).rejects.toThrow(/already been reported/);
    });

    it("the family from the KK gives the heirs by the legal order; an override needs a reason", async () => {
      for (const [key, relation, birthDate] of [
        ["spouse", "spouse", "1982-03-03"],
        ["child1", "child", "2012-04-04"],
        ["child2", "child", "2016-05-05"],
        ["mother", "parent", "1955-06-06"],
      ] as const) {
        family[key] = (
          await addFamilyMember({
            db,
            eventId,
            member: { name: key.toUpperCase(), relation, birthDate },
            audit,
          })
        ).id;
      }
      const detail = await claimDetail({ db, id: claimId, lang: "id", audit });
      expect(detail.heir_proposal.group).toBe("spouse_children");
      expect(detail.heir_proposal.heir_ids).toEqual([family.spouse, family.child1, family.child2]);
      await expect(
        chooseHeirs({ db, id: claimId, familyMemberIds: [family.mother], reason: "ok", audit }),
      ).rejects.toThrow(/reason/);
      const late = await addFamilyMember({
        db,
        eventId,
        member: { name: "FATHER", relation: "parent", deceased: true },
        audit,
      });
      await expect(
        chooseHeirs({
          db,
          id: claimId,
          familyMemberIds: [late.id],
          reason: "putusan pengadilan no. 12",
          audit,
        }),
      ).rejects.toThrow(/deceased/);
      expect(await chooseHeirs({ db, id: claimId, audit })).toEqual({
        group: "spouse_children",
        heirIds: [family.spouse, family.child1, family.child2],
      });
    });

    it("documents: the checklist follows the heirs, a Word file is refused, all accepted completes it", async () => {
      let { checklist } = await claimDetail({ db, id: claimId, lang: "id", audit });
      // the spouse inherits: the marriage book is needed; Rp42.000.000 is below the NPWP threshold
      expect(checklist.map((c) => c.code)).toEqual([
        "membership_card",
        "kk",
        "ktp_member",
        "ktp_heirs",
        "death_certificate",
        "heir_statement",
        "marriage_book",
        "bank_book",
      ]);
      await expect(
        uploadDocument({ db, claimId, code: "kk", filename: "kk.docx", content: sampleFiles.docx, audit }),
      ).rejects.toThrow(/not a PDF, JPG or PNG/);
      await expect(
        moveClaim({ db, id: claimId, move: { to: "documents_complete" }, lang: "en", audit }),
      ).rejects.toThrow(/Family card \(KK\)/);
      for (const item of checklist) {
        const file = item.code === "kk" ? sampleFiles.png : sampleFiles.pdf;
        const saved = await uploadDocument({
          db,
          claimId,
          code: item.code,
          filename: `${item.code}.x`,
          content: file,
          audit,
        });
        await checkDocument({ db, claimId, documentId: saved.id, status: "accepted", audit });
      }
      ({ checklist } = await claimDetail({ db, id: claimId, lang: "id", audit }));
      expect(checklist.every((c) => c.document?.status === "accepted")).toBe(true);
      expect(checklist.find((c) => c.code === "kk")?.document?.content_type).toBe("image/png");
    });

    it("the workflow counts days per step and puts overdue claims first", async () => {
      await moveClaim({ db, id: claimId, move: { to: "documents_complete" }, audit });
      await moveClaim({ db, id: claimId, move: { to: "submitted", reference: "KLM-001" }, audit });
      await db.query("UPDATE claims SET status_since = now() - interval '20 days' WHERE id = $1", [claimId]);
      const overdue = await listClaimsFor({ db, audit, overdue: true });
      expect(overdue.claims.map((c) => c.id)).toEqual([claimId]);
      expect(overdue.claims[0].days_in_step).toBe(20);
      const all = await listClaimsFor({ db, audit });
      expect(all.claims[0].id).toBe(claimId);
      await moveClaim({ db, id: claimId, move: { to: "paid", amount: 42_000_000, on: "2026-11-20" }, audit });
      const { steps } = await claimDetail({ db, id: claimId, lang: "id", audit });
      expect(steps.map((s) => s.status)).toEqual(["draft", "documents_complete", "submitted", "paid"]);
      await expect(
        moveClaim({ db, id: claimId, move: { to: "rejected", reason: "x" }, audit }),
      ).rejects.toThrow(/cannot be taken/);
    });

    it("education benefit after three years of membership, two children at most", async () => {
      const opened = await openEducationClaim({
        db,
        claimId,
        schoolYear: 2026,
        children: [
          { familyMemberId: family.child1, level: "smp" },
          { familyMemberId: family.child2, level: "sd" },
        ],
        audit,
      });
      expect(opened.expected).toBe(2_000_000 + 1_500_000);
      const { claim } = await claimDetail({ db, id: opened.id, lang: "id", audit });
      expect(claim.lines[0].text).toBe("Beasiswa CHILD1 (SMP): Rp2.000.000 setahun, tahun ke-1 dari 3.");
      await expect(
        openEducationClaim({
          db,
          claimId,
          schoolYear: 2027,
          children: [{ familyMemberId: family.spouse, level: "pt" }],
          audit,
        }),
      ).rejects.toThrow(/at most 2 children/);
    });

    it("the handover letter states the amount in figures and in words", async () => {
      const handover = await createHandover({
        db,
        input: {
          title: "Penyerahan Santunan Desember",
          heldOn: "2026-12-10",
          place: "Pendopo Kabupaten",
          claimIds: [claimId],
        },
        audit,
      });
      const letters = await pdfText(
        await handoverPdf({ db, id: handover.id, paper: "letters", lang: "id", audit }),
      );
      const pages = letters.split("\f");
      expect(pages).toHaveLength(3); // one per heir
      expect(pages[0]).toContain("SPOUSE");
      expect(letters).toContain("Rp42.000.000");
      expect(letters.replace(/\s+/g, " ")).toContain("empat puluh dua juta rupiah");
      expect(letters).not.toContain(nik(1));
      const list = await pdfText(
        await handoverPdf({ db, id: handover.id, paper: "list", lang: "id", audit }),
      );
      expect(list).toContain("SUPARMAN");
      await expect(
        createHandover({
          db,
          input: { title: "Lagi", heldOn: "2026-12-11", place: "Balai", claimIds: [claimId] },
          audit,
        }),
      ).rejects.toThrow(/already handed over/);
    });

    it("an heir is referred to training and followed to a job", async () => {
      const referral = await referToTraining({
        db,
        claimId,
        familyMemberId: family.spouse,
        program: "Menjahit",
        on: "2026-10-20",
        audit,
      });
      await expect(
        updateTraining({ db, id: referral.id, status: "enrolled", on: "2026-10-01", audit }),
      ).rejects.toThrow(/before the previous step/);
      await expect(
        updateTraining({ db, id: referral.id, status: "enrolled", on: "2099-01-01", audit }),
      ).rejects.toThrow(/future/);
      await updateTraining({ db, id: referral.id, status: "enrolled", on: "2026-11-02", audit });
      await updateTraining({ db, id: referral.id, status: "employed", on: "2026-11-25", audit });
      await expect(updateTraining({ db, id: referral.id, status: "completed", audit })).rejects.toThrow(
        /go back/,
      );
      const [row] = await listTraining({ db, audit });
      expect(row).toMatchObject({
        name: "SPOUSE",
        status: "employed",
        enrolled_on: "2026-11-02",
        employed_on: "2026-11-25",
      });
    });

    it("every step is in the audit log", async () => {
      const rows = await db.query<{ action: string }>(
        "SELECT DISTINCT action FROM audit_log WHERE action LIKE ANY ($1)",
        [["claim%", "handover%", "training%", "read_claim%"]],
      );
      expect(rows.map((r) => r.action).sort()).toEqual(
        [
          "claim_document_check",
          "claim_document_upload",
          "claim_education_open",
          "claim_event_report",
          "claim_family_add",
          "claim_heirs",
          "claim_step",
          "handover_create",
          "handover_papers",
          "read_claim",
          "read_claims",
          "training_refer",
          "training_update",
        ].sort(),
      );
    });
  });
});
