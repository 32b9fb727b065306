/**
 * Claims through the API as each role meets them: an operator of Mauk reports a death and carries
 * the claim to payment with BPJS's officer; another kecamatan's operator is told it does not exist;
 * a CSR partner is refused; a Word file gets a clear 415; documents are served only to roles that
 * handle claims; the handover papers come back as PDF.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { insertClaimMembers, sampleFiles } from "../src/modules/claims/claims-fixture.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

const nik = "3603084105800091";

describe(`claims through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const as = (who: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: { ...sessions.get(who), "accept-language": "en" } });
  const upload = (who: string, claim: number, code: string, filename: string, body: Buffer, type: string) =>
    server.inject({
      method: "POST",
      url: `/api/v1/claims/${claim}/documents?code=${code}&filename=${encodeURIComponent(filename)}`,
      payload: body,
      headers: { ...sessions.get(who), "content-type": type, "accept-language": "en" },
    });

  beforeAll(async () => {
    db = await freshDb();
    await insertClaimMembers(db, [{ nik, name: "KASMADI", activeFrom: "2023-02-01" }]);
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    sessions = await loggedIn(db, server, [
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["bpjs", "bpjs_officer", "36.03"],
      ["auditor", "auditor", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  let claim: number;
  let event: number;

  it("reports a death and opens a JKM claim; roles outside the area or without personal data are refused", async () => {
    const report = { nik, kind: "death", date: "2026-11-02", workRelated: false, reportedBy: "village" };
    expect((await as("pt.maju", "POST", "/api/v1/claim-events", report)).statusCode).toBe(403);
    expect((await as("op.balaraja", "POST", "/api/v1/claim-events", report)).statusCode).toBe(404);
    const res = await as("op.mauk", "POST", "/api/v1/claim-events", report);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ type: "jkm", payable: true, expected: 42_000_000 });
    ({ claimId: claim, eventId: event } = res.json());
    expect((await as("op.mauk", "POST", "/api/v1/claim-events", report)).statusCode).toBe(409);
    expect((await as("op.balaraja", "GET", `/api/v1/claims/${claim}`)).statusCode).toBe(404);
    expect((await as("pt.maju", "GET", "/api/v1/claims")).statusCode).toBe(403);
    const list = await as("auditor", "GET", "/api/v1/claims");
    expect(list.json().claims[0]).toMatchObject({
      id: claim,
      nik: "3603••••••••0091",
      birth_date: "1980-••-••",
    });
  });

  it("records the family, takes the proposed heirs and explains every amount", async () => {
    const widow = await as("op.mauk", "POST", `/api/v1/claim-events/${event}/family`, {
      name: "SITI AMINAH",
      relation: "spouse",
      nik: "3603084512830001",
    });
    expect(widow.statusCode).toBe(201);
    const heirs = await as("op.mauk", "POST", `/api/v1/claims/${claim}/heirs`, {});
    expect(heirs.json()).toEqual({ group: "spouse_children", heirIds: [widow.json().id] });
    const detail = (await as("op.mauk", "GET", `/api/v1/claims/${claim}?lang=id`)).json();
    expect(detail.claim.lines.map((l: { text: string }) => l.text)).toContain(
      "JKM: santunan berkala 24 × Rp500.000 (boleh dibayar sekaligus).",
    );
    expect(detail.family[0].nik).toBe("3603••••••••0001");
    expect(detail.heir_proposal.reason).toMatch(/janda\/duda/);
    expect(detail.checklist.map((c: { code: string }) => c.code)).toContain("marriage_book");
  });

  it("refuses a Word file with a clear message and serves documents only to claim handlers", async () => {
    const wrong = await upload("op.mauk", claim, "kk", "kk.docx", sampleFiles.docx, "application/msword");
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().error.message).toBe(
      "File kk.docx is not a PDF, JPG or PNG. Save or photograph the document as PDF, JPG or PNG and upload it again.",
    );
    const detail = (await as("op.mauk", "GET", `/api/v1/claims/${claim}`)).json();
    for (const item of detail.checklist) {
      const res = await upload(
        "op.mauk",
        claim,
        item.code,
        `${item.code}.pdf`,
        sampleFiles.pdf,
        "application/pdf",
      );
      expect(res.statusCode).toBe(201);
      const check = await as("op.mauk", "POST", `/api/v1/claims/${claim}/documents/${res.json().id}/check`, {
        status: "accepted",
      });
      expect(check.statusCode).toBe(200);
    }
    const first = (await as("op.mauk", "GET", `/api/v1/claims/${claim}`)).json().checklist[0].document.id;
    const url = `/api/v1/claims/${claim}/documents/${first}`;
    const file = await as("bpjs", "GET", url);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await as("auditor", "GET", url)).statusCode).toBe(403);
    expect((await as("op.balaraja", "GET", url)).statusCode).toBe(404);
  });

  it("goes to BPJS, is paid, handed over and the heir referred to training", async () => {
    expect(
      (await as("bpjs", "POST", `/api/v1/claims/${claim}/step`, { to: "documents_complete" })).statusCode,
    ).toBe(403);
    for (const body of [{ to: "documents_complete" }, { to: "submitted", reference: "JKM-7781" }]) {
      expect((await as("op.mauk", "POST", `/api/v1/claims/${claim}/step`, body)).statusCode).toBe(200);
    }
    const paid = await as("bpjs", "POST", `/api/v1/claims/${claim}/step`, {
      to: "paid",
      amount: 42_000_000,
      on: "2026-11-25",
    });
    expect(paid.json()).toEqual({ id: claim, status: "paid" });
    const handover = await as("op.mauk", "POST", "/api/v1/handovers", {
      title: "Penyerahan Santunan Kecamatan Mauk",
      heldOn: "2026-12-03",
      place: "Kantor Kecamatan Mauk",
      claimIds: [claim],
    });
    expect(handover.statusCode).toBe(201);
    const id = handover.json().id;
    expect((await as("op.balaraja", "GET", "/api/v1/handovers")).json().handovers).toEqual([]);
    expect((await as("op.mauk", "GET", "/api/v1/claims?status=paid&handedOver=false")).json().total).toBe(0);
    const held = (await as("op.mauk", "GET", "/api/v1/claims?handedOver=true")).json().claims;
    expect(held.map((c: { handover_id: number }) => c.handover_id)).toEqual([id]);
    const papers = await as("op.mauk", "GET", `/api/v1/handovers/${id}/papers?paper=receipts&lang=id`);
    expect(papers.headers["content-type"]).toBe("application/pdf");
    expect((await pdfText(papers.rawPayload)).replace(/\s+/g, " ")).toContain("empat puluh dua juta rupiah");
    const detail = (await as("op.mauk", "GET", `/api/v1/claims/${claim}`)).json();
    const referral = await as("op.mauk", "POST", "/api/v1/training", {
      claimId: claim,
      familyMemberId: detail.family[0].id,
      program: "Tata boga, BLK Tangerang",
    });
    expect(referral.statusCode).toBe(201);
    const step = await as("op.mauk", "POST", `/api/v1/training/${referral.json().id}/step`, {
      status: "enrolled",
    });
    expect(step.json().status).toBe("enrolled");
    const training = (await as("auditor", "GET", "/api/v1/training")).json().referrals;
    expect(training[0]).toMatchObject({ name: "SITI AMINAH", status: "enrolled", member: "KASMADI" });
  });
});
