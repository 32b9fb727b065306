/**
 * CSR partners through the API as each role meets them: a regency admin adds a company, its MoU
 * and a commitment, accepts it (the funder appears in /api/v1/funders), sends a circular and records
 * the answers; an auditor reads everything and changes nothing; operators, BPJS officers and CSR
 * partners are refused; a taken code is a 409 with what to do, a bad filter a 400.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";

describe(`CSR partners through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const as = (who: string, method: "GET" | "POST", url: string, payload?: object) =>
    server.inject({
      method,
      url: `/api/v1/partners${url}`,
      payload,
      headers: { ...sessions.get(who), "accept-language": "en" },
    });

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["auditor", "auditor", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["bpjs", "bpjs_officer", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  /** The codes of the companies this test adds (a CSR partner's account brings its own company). */
  const mine = (companies: { code: string }[]) =>
    companies.map((c) => c.code).filter((code) => ["pt-maju-jaya", "pt-sentosa"].includes(code));

  let company: number;
  let other: number;
  let commitment: number;
  let circular: number;

  it("lets regency admins add and change companies, auditors read them, and refuses everyone else", async () => {
    const added = await as("admin", "POST", "/companies", {
      code: "pt-maju-jaya",
      name: "PT Maju Jaya",
      sector: "manufaktur",
      contactName: "Bu Rina",
      contactPhone: "021-5550123",
      contactEmail: "csr@maju.co.id",
    });
    expect(added.statusCode).toBe(201);
    company = added.json().id;
    other = (await as("admin", "POST", "/companies", { code: "pt-sentosa", name: "PT Sentosa" })).json().id;

    const taken = await as("admin", "POST", "/companies", { code: "pt-maju-jaya", name: "Lain" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(
      "Company code 'pt-maju-jaya' is taken. Choose another code, or change the company that has it.",
    );
    expect((await as("admin", "POST", "/companies", { code: "PT Maju", name: "x" })).statusCode).toBe(400);

    for (const who of ["op.mauk", "bpjs", "pt.maju"]) {
      expect((await as(who, "GET", "/companies")).statusCode, who).toBe(403);
      expect((await as(who, "GET", `/companies/${company}`)).statusCode, who).toBe(403);
    }
    expect((await as("auditor", "POST", `/companies/${company}`, { name: "Diubah" })).statusCode).toBe(403);
    expect((await server.inject({ method: "GET", url: "/api/v1/partners/companies" })).statusCode).toBe(401);

    const changed = await as("admin", "POST", `/companies/${company}`, {
      sector: null,
      address: "Jl. Raya Mauk 1",
    });
    expect(changed.json()).toMatchObject({
      changed: true,
      company: { sector: null, address: "Jl. Raya Mauk 1" },
    });
    const [logged] = await db.query<{ via: string; details: { before: object } }>(
      "SELECT via, details FROM audit_log WHERE action = 'partner_company_update'",
    );
    expect(logged).toMatchObject({
      via: "POST /api/v1/partners/companies/:id",
      details: { before: { sector: "manufaktur", address: null } },
    });
    const list = await as("auditor", "GET", "/companies?q=a");
    expect(mine(list.json().companies)).toEqual(["pt-maju-jaya", "pt-sentosa"]);
  });

  it("records an MoU and a commitment, and accepting it adds a CSR funder allocation can spend", async () => {
    const mou = await as("admin", "POST", `/companies/${company}/mous`, {
      number: "415/012/MoU/2026",
      signedOn: "2026-01-20",
      validFrom: "2026-01-20",
      validTo: "2027-01-19",
      signatories: ["Bupati Tangerang", "Direktur Utama PT Maju Jaya"],
    });
    expect(mou.statusCode).toBe(201);
    expect(mou.json().signatories).toEqual(["Bupati Tangerang", "Direktur Utama PT Maju Jaya"]);
    const updated = await as("admin", "POST", `/mous/${mou.json().id}`, { validTo: "2031-06-30" });
    expect(updated.json()).toMatchObject({ changed: true, mou: { validTo: "2031-06-30" } });
    expect((await as("auditor", "GET", "/mous/expiring?within=366")).statusCode).toBe(200);
    expect((await as("admin", "GET", "/mous/expiring?within=400")).statusCode).toBe(400);

    const outside = await as("admin", "POST", `/companies/${company}/commitments`, {
      budget: 25_200_000,
      workers: 1000,
      from: "2026-04",
      to: "2026-06",
      kecamatanCodes: ["36.03.08.2001"],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe("commitment_kecamatan_outside");
    const added = await as("admin", "POST", `/companies/${company}/commitments`, {
      mouId: mou.json().id,
      budget: 25_200_000,
      workers: 1000,
      from: "2026-04",
      to: "2026-06",
      kecamatanCodes: ["36.03.08"],
      occupations: ["Nelayan"],
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ capacity: 1000, funderId: null, use: null });
    commitment = added.json().id;

    expect((await as("auditor", "POST", `/commitments/${commitment}/accept`, {})).statusCode).toBe(403);
    const accepted = await as("admin", "POST", `/commitments/${commitment}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    const code = accepted.json().funderCode;
    expect(code).toBe(`csr-pt-maju-jaya-${commitment}`);
    const funders = await server.inject({
      method: "GET",
      url: "/api/v1/funders",
      headers: sessions.get("admin"),
    });
    expect(funders.json().funders).toEqual([
      expect.objectContaining({
        code,
        type: "csr",
        bpjsCode: "SC",
        budget: 25_200_000,
        kecamatanCodes: ["36.03.08"],
        occupations: ["NELAYAN"],
      }),
    ]);
    const again = await as("admin", "POST", `/commitments/${commitment}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("commitment_accepted");
    const listed = await as("auditor", "GET", "/commitments?accepted=true");
    expect(listed.json().commitments).toEqual([
      expect.objectContaining({ id: commitment, use: expect.objectContaining({ plan: null, invoiced: 0 }) }),
    ]);
  });

  it("sends a circular, records answers and follow-ups, and lists what is due", async () => {
    const sent = await as("admin", "POST", "/circulars", {
      number: "560/117/Disnaker/2026",
      title: "Ajakan perlindungan pekerja rentan melalui dana CSR",
      sentOn: "2026-04-01",
      answerBy: "2026-04-30",
      companyIds: [company],
    });
    expect(sent.statusCode).toBe(201);
    circular = sent.json().circular.id;
    const more = await as("admin", "POST", `/circulars/${circular}/recipients`, {
      companyIds: [other, company],
    });
    expect(more.json()).toEqual({ circular, added: [other], already: [company] });

    const answer = await as("admin", "POST", `/circulars/${circular}/recipients/${company}/answer`, {
      answer: "willing",
      on: "2026-04-20",
      notes: "Siap 1.000 pekerja",
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ answer: "willing", answeredOn: "2026-04-20", status: null });
    const unknown = await as("admin", "POST", `/circulars/${circular}/recipients/${company}/answer`, {
      answer: "maybe",
      on: "2026-04-20",
    });
    expect(unknown.statusCode).toBe(400);
    const follow = await as("admin", "POST", `/circulars/${circular}/recipients/${other}/follow-up`, {
      on: "2026-05-04",
      notes: "Telepon Pak Budi",
    });
    expect(follow.json()).toMatchObject({
      followUpOn: "2026-05-04",
      nextReason: "follow_up",
      status: "overdue",
    });

    const due = await as("auditor", "GET", "/follow-ups");
    expect(due.json().followUps.map((f: { companyCode: string }) => f.companyCode)).toEqual(["pt-sentosa"]);
    const list = await as("auditor", "GET", "/circulars");
    expect(list.json().circulars[0].summary).toEqual({
      sent: 2,
      answered: 1,
      willing: 1,
      declined: 0,
      considering: 0,
      noAnswer: 1,
      overdue: 1,
      due: 0,
    });
    const detail = await as("auditor", "GET", `/circulars/${circular}`);
    expect(detail.json().recipients.map((r: { companyName: string }) => r.companyName)).toEqual([
      "PT Maju Jaya",
      "PT Sentosa",
    ]);
    expect((await as("pt.maju", "GET", "/follow-ups")).statusCode).toBe(403);
    expect((await as("auditor", "POST", `/circulars/${circular}`, { title: "x" })).statusCode).toBe(403);
  });

  it("filters the company list and shows one company's whole story", async () => {
    const codes = async (query: string) =>
      mine((await as("admin", "GET", `/companies?${query}`)).json().companies);
    expect(await codes("answered=true")).toEqual(["pt-maju-jaya"]);
    expect(await codes(`answered=false&circular=${circular}`)).toEqual(["pt-sentosa"]);
    expect(await codes("activeMou=true")).toEqual(["pt-maju-jaya"]);
    expect(await codes("commitments=false")).toEqual(["pt-sentosa"]);
    expect((await as("admin", "GET", "/companies?answered=maybe")).statusCode).toBe(400);

    const shown = (await as("auditor", "GET", `/companies/${company}`)).json();
    expect(shown.mous).toHaveLength(1);
    expect(shown.commitments[0]).toMatchObject({
      id: commitment,
      funderCode: `csr-pt-maju-jaya-${commitment}`,
    });
    expect(shown.circulars[0]).toMatchObject({ circularNumber: "560/117/Disnaker/2026", answer: "willing" });
    expect((await as("admin", "GET", "/companies/99999")).statusCode).toBe(404);
  });
});
