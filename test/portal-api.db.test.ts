/**
 * The partner portal through the API: a CSR partner sees its own company's people as counts and
 * sums, each equal to the same question asked of the tables directly, with counts of 1–4 hidden
 * and one more cell hidden where a table hides only one; it sees nothing of another company, may
 * not name one, and no name or NIK reaches it in JSON or in the impact report's PDF.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import type { Portal } from "../src/modules/portal/portal.service.ts";
import {
  type FundedPerson,
  insertCompany,
  insertFunded,
  insertInvoice,
  insertPaidClaims,
} from "../src/modules/portal/portal-fixture.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

const on = "2026-11-30";
const mauk = "36.03.08";
const kresek = "36.03.06";
const balaraja = "36.03.01";
const sepatan = "36.03.16";

let serial = 0;
/** `n` people of one kecamatan and occupation; every NIK and name unique, to look for in answers. */
const people = (
  n: number,
  kecamatan: string | null,
  occupation: string | null,
  more: Partial<FundedPerson> = {},
) =>
  Array.from({ length: n }, () => {
    serial++;
    return {
      nik: `360308010185${String(serial).padStart(4, "0")}`,
      name: `WARGA UJI ${String(serial).padStart(3, "0")}`,
      kecamatan,
      occupation,
      ...more,
    };
  });

// PT Maju funds 31 people covered on the day: Mauk 20, Kresek 8, Balaraja 3 (→ hidden, and
// Kresek with it); by occupation NELAYAN 16, PETANI 11, BURUH 4 (→ hidden, and PETANI with it).
// Two more lapsed in April (covered once, not now), one still registered, one refused by BPJS.
const maju = [
  ...people(11, mauk, "NELAYAN"),
  ...people(1, mauk, " nelayan "), // lists write occupations in any case: counted as NELAYAN
  ...people(8, mauk, "PETANI"),
  ...people(4, kresek, "NELAYAN"),
  ...people(3, kresek, "PETANI"),
  ...people(1, kresek, "BURUH"),
  ...people(3, balaraja, "BURUH"),
  ...people(2, mauk, "NELAYAN", { status: "lapsed", endedOn: "2026-04-30" }),
  ...people(1, mauk, "NELAYAN", { status: "registered" }),
  ...people(1, mauk, "NELAYAN", { status: "rejected" }),
];
// PT Lain funds 6 motorcycle-taxi riders in Sepatan; 5 died and their claims were paid.
const lain = people(6, sepatan, "OJEK");

/** Who may be shown: the same questions asked of the tables directly, without the portal's code. */
async function direct(db: Db, company: string) {
  const covered = `EXISTS (
    SELECT 1 FROM memberships m JOIN commitments c ON c.funder_id = m.funder_id
    JOIN companies co ON co.id = c.company_id
    WHERE co.code = $1 AND m.person_id = p.id AND m.status IN ('active', 'lapsed', 'ended')
      AND m.active_from <= $2::date AND $2::date < (m.end_month + interval '1 month')
      AND (m.ended_on IS NULL OR $2::date <= m.ended_on))`;
  const byKecamatan = await db.query<{ name: string; count: number }>(
    `SELECT r.name, count(*) AS count FROM persons p JOIN regions r ON r.code = p.kecamatan_code
     WHERE ${covered} GROUP BY r.name`,
    [company, on],
  );
  const byOccupation = await db.query<{ occupation: string; count: number }>(
    `SELECT upper(trim(p.occupation)) AS occupation, count(*) AS count FROM persons p WHERE ${covered} GROUP BY 1`,
    [company, on],
  );
  const [{ now }] = await db.query<{ now: number }>(
    `SELECT count(*) AS now FROM persons p WHERE ${covered}`,
    [company, on],
  );
  const [{ invoiced }] = await db.query<{ invoiced: number }>(
    `SELECT coalesce(sum(i.amount), 0)::bigint AS invoiced FROM invoices i
     WHERE i.funder_id IN (SELECT funder_id FROM commitments c JOIN companies co ON co.id = c.company_id
                           WHERE co.code = $1)`,
    [company],
  );
  return {
    now,
    kecamatan: Object.fromEntries(byKecamatan.map((r) => [r.name, r.count])),
    occupation: Object.fromEntries(byOccupation.map((r) => [r.occupation, r.count])),
    invoiced,
  };
}

describe(`the partner portal through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const as = (who: string | null, url: string, lang = "id") =>
    server.inject({
      method: "GET",
      url,
      headers: { ...(who ? sessions.get(who) : {}), "accept-language": lang },
    });
  const portalOf = async (who: string, url = `/api/v1/portal?on=${on}`) => {
    const response = await as(who, url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Portal;
  };

  beforeAll(async () => {
    db = await freshDb();
    await insertCompany(db, {
      code: "pt-maju",
      name: "PT Maju Sejahtera",
      sector: "Manufaktur",
      commitments: [
        {
          funder: "csr-maju",
          budget: 50_000_000,
          workers: 40,
          from: "2026-01-01",
          to: "2026-12-31",
          mou: "MOU/001/2026",
        },
        { funder: null, budget: 20_000_000, workers: 10, from: "2027-01-01", to: "2027-12-31" },
      ],
    });
    await insertCompany(db, {
      code: "pt-lain",
      name: "PT Lain Jaya",
      commitments: [
        { funder: "csr-lain", budget: 30_000_000, workers: 10, from: "2026-01-01", to: "2026-12-31" },
      ],
    });
    const majuIds = await insertFunded(db, "csr-maju", maju);
    const lainIds = await insertFunded(db, "csr-lain", lain);
    // One of PT Maju's lapsed members died in May, covered: one claim, one heir.
    await insertPaidClaims(db, [majuIds[31]], 42_000_000, "2026-06-10");
    await insertPaidClaims(db, lainIds.slice(0, 5), 42_000_000, "2026-06-10");
    // March billed the 33 covered then, paid in April; May the 31 left, unpaid; a premium refunded.
    await insertInvoice(db, "csr-maju", "2026-03-01", majuIds.slice(0, 33), 16_800, {
      paid: 33 * 16_800,
      paidOn: "2026-04-10",
      refund: { membership: majuIds[31], on: "2026-06-01" },
    });
    await insertInvoice(db, "csr-maju", "2026-05-01", majuIds.slice(0, 31), 16_800);
    // PT Lain's only invoice bills 4 people: its money is tied to fewer than 5.
    await insertInvoice(db, "csr-lain", "2026-03-01", lainIds.slice(0, 4), 16_800, { paid: 4 * 16_800 });
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    sessions = await loggedIn(db, server, [
      ["mitra.maju", "csr_partner", "36.03", "pt-maju"],
      ["mitra.lain", "csr_partner", "36.03", "pt-lain"],
      ["admin", "regency_admin", "36.03"],
      ["auditor", "auditor", "36.03"],
      ["op.mauk", "kecamatan_operator", mauk],
      ["bpjs", "bpjs_officer", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    tmp.remove();
  });

  it("shows a partner its company's people, each number as the tables answer it, small ones hidden", async () => {
    const portal = await portalOf("mitra.maju");
    const truth = await direct(db, "pt-maju");
    expect(portal.company).toEqual({ code: "pt-maju", name: "PT Maju Sejahtera", sector: "Manufaktur" });
    expect(portal.on).toBe(on);
    expect(truth.now).toBe(31);
    expect(portal.people).toEqual({
      now: { count: truth.now, suppressed: false },
      ever: { count: 33, suppressed: false },
    });
    // Balaraja's 3 are hidden; so is Kresek, else 31 − 20 would give them back.
    expect(truth.kecamatan).toEqual({ Mauk: 20, Kresek: 8, Balaraja: 3 });
    expect(portal.byKecamatan).toEqual([
      { code: balaraja, name: "Balaraja", covered: { count: null, suppressed: true } },
      { code: kresek, name: "Kresek", covered: { count: null, suppressed: true } },
      { code: mauk, name: "Mauk", covered: { count: truth.kecamatan.Mauk, suppressed: false } },
    ]);
    expect(truth.occupation).toEqual({ NELAYAN: 16, PETANI: 11, BURUH: 4 });
    expect(portal.byOccupation).toEqual([
      { occupation: "BURUH", covered: { count: null, suppressed: true } },
      { occupation: "NELAYAN", covered: { count: truth.occupation.NELAYAN, suppressed: false } },
      { occupation: "PETANI", covered: { count: null, suppressed: true } },
    ]);
    // Three small statuses hide each other: no second cell needed.
    expect(portal.memberships.map((m) => [m.status, m.count.count])).toEqual([
      ["registered", null],
      ["active", 31],
      ["lapsed", null],
      ["ended", 0],
      ["rejected", null],
    ]);
    expect(portal.commitments).toEqual([
      expect.objectContaining({ mou: "MOU/001/2026", budget: 50_000_000, workers: 40, accepted: true }),
      expect.objectContaining({ mou: null, budget: 20_000_000, accepted: false }),
    ]);
    expect(portal.commitments.map((c) => c.covered.count)).toEqual([31, 0]);
    // One claim, one heir: neither the count nor the money is shown.
    expect(portal.claimsPaid).toEqual({
      claims: { count: null, suppressed: true },
      amount: { amount: null, suppressed: true },
    });
    expect(truth.invoiced).toBe(64 * 16_800);
    expect(portal.money).toEqual({
      budget: 70_000_000,
      invoiced: { amount: truth.invoiced, suppressed: false },
      paid: { amount: 33 * 16_800, suppressed: false },
      refunded: { amount: 16_800, suppressed: false },
      usedShare: Math.round(((64 * 16_800 - 16_800) / 70_000_000) * 10_000) / 10_000,
    });
    // Every count shown is the tables' count; every hidden one is small or hides a small one.
    for (const k of portal.byKecamatan) {
      if (!k.covered.suppressed) expect(k.covered.count).toBe(truth.kecamatan[k.name!]);
    }
  });

  it("shows paid claims and money once 5 or more people stand behind them", async () => {
    const portal = await portalOf("mitra.lain");
    expect(portal.people.now).toEqual({ count: 6, suppressed: false });
    expect(portal.byKecamatan).toEqual([
      { code: sepatan, name: "Sepatan", covered: { count: 6, suppressed: false } },
    ]);
    expect(portal.claimsPaid).toEqual({
      claims: { count: 5, suppressed: false },
      amount: { amount: 5 * 42_000_000, suppressed: false },
    });
    // Its invoice bills 4 people: the amounts would tell what 4 people cost.
    expect(portal.money).toEqual({
      budget: 30_000_000,
      invoiced: { amount: null, suppressed: true },
      paid: { amount: null, suppressed: true },
      refunded: { amount: null, suppressed: true },
      usedShare: null,
    });
  });

  it("keeps each company's figures from the other, names no one, and takes the day asked", async () => {
    const majuBody = (await as("mitra.maju", `/api/v1/portal?on=${on}`)).body;
    const lainBody = (await as("mitra.lain", `/api/v1/portal?on=${on}`)).body;
    expect(majuBody).not.toMatch(/pt-lain|PT Lain|Sepatan|OJEK|30000000/);
    expect(lainBody).not.toMatch(/pt-maju|PT Maju|Mauk|NELAYAN|MOU\/001/);
    for (const p of [...maju, ...lain]) {
      for (const body of [majuBody, lainBody]) {
        expect(body).not.toContain(p.nik);
        expect(body).not.toContain(p.name);
      }
    }
    const before = await portalOf("mitra.maju", "/api/v1/portal?on=2025-12-31");
    expect(before.people).toEqual({
      now: { count: 0, suppressed: false },
      ever: { count: 0, suppressed: false },
    });
    expect(before.byKecamatan).toEqual([]);
    expect(before.money.invoiced).toEqual({ amount: 0, suppressed: false });
    const bad = await as("mitra.maju", "/api/v1/portal?on=2026-02-30", "en");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: "portal_day_invalid" });
    expect(bad.json().error.message).toContain("2026-02-30");
  });

  it("refuses a partner that names a company, even its own; a partner without a company; other roles", async () => {
    for (const company of ["pt-lain", "pt-maju"]) {
      const named = await as("mitra.maju", `/api/v1/portal?company=${company}`, "en");
      expect(named.statusCode).toBe(403);
      expect(named.json().error.code).toBe("portal_company_partner");
      expect(named.body).not.toContain("PT Lain");
      const report = await as("mitra.maju", `/api/v1/portal/report.pdf?company=${company}`);
      expect(report.statusCode).toBe(403);
    }
    for (const who of ["op.mauk", "bpjs"]) {
      expect((await as(who, "/api/v1/portal?company=pt-maju")).statusCode).toBe(403);
      expect((await as(who, "/api/v1/portal/report.pdf?company=pt-maju")).statusCode).toBe(403);
    }
    expect((await as(null, "/api/v1/portal")).statusCode).toBe(401);
    await db.query("UPDATE users SET company_id = NULL WHERE username = 'mitra.lain'");
    const orphan = await as("mitra.lain", "/api/v1/portal");
    expect(orphan.statusCode).toBe(403);
    expect(orphan.json().error.code).toBe("portal_company_missing");
    await db.query(
      "UPDATE users SET company_id = (SELECT id FROM companies WHERE code = 'pt-lain') WHERE username = 'mitra.lain'",
    );
  });

  it("lets regency admins and auditors see exactly what a company's partner sees", async () => {
    const partner = (await as("mitra.maju", `/api/v1/portal?on=${on}`)).json();
    for (const who of ["admin", "auditor"]) {
      expect((await as(who, `/api/v1/portal?company=pt-maju&on=${on}`)).json()).toEqual(partner);
    }
    const none = await as("admin", "/api/v1/portal", "en");
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe("portal_company_required");
    const unknown = await as("auditor", "/api/v1/portal?company=pt-entah");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toContain("pt-entah");
  });

  it("ties a partner's new account to its company through the users API", async () => {
    const add = (body: object) =>
      server.inject({
        method: "POST",
        url: "/api/v1/users",
        payload: {
          username: "mitra.baru",
          fullName: "Mitra Baru",
          areaCode: "36.03",
          password: "sandi-mitra-2026",
          ...body,
        },
        headers: { ...sessions.get("admin"), "accept-language": "en" },
      });
    const without = await add({ role: "csr_partner" });
    expect(without.statusCode).toBe(400);
    expect(without.json().error).toMatchObject({ code: "user_company_required" });
    expect((await add({ role: "auditor", companyCode: "pt-maju" })).json().error.code).toBe(
      "user_company_not_allowed",
    );
    expect((await add({ role: "csr_partner", companyCode: "pt-entah" })).json().error.code).toBe(
      "user_company_unknown",
    );
    const added = await add({ role: "csr_partner", companyCode: "pt-lain" });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ username: "mitra.baru", companyCode: "pt-lain" });
    const listed = (await as("admin", "/api/v1/users")).json().users;
    expect(listed.find((u: { username: string }) => u.username === "admin").companyCode).toBeNull();
  });

  it("prints the impact report as PDF in the user's language, suppressed the same way, audited", async () => {
    const response = await as("mitra.maju", `/api/v1/portal/report.pdf?on=${on}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain("laporan-dampak-pt-maju-2026-11-30.pdf");
    const text = (await pdfText(response.rawPayload)).replace(/\s+/g, " ");
    for (const expected of [
      "Laporan Dampak",
      "PT Maju Sejahtera",
      "Kabupaten Tangerang",
      "30 November 2026",
      "MOU/001/2026",
      "Rp50.000.000",
      "Mauk",
      "NELAYAN",
      "< 5",
      "Rp1.075.200",
      "belum diterima",
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Balaraja and Kresek read "< 5", Mauk its 20.
    expect(text).toMatch(/Balaraja\s*< 5/);
    expect(text).toMatch(/Kresek\s*< 5/);
    expect(text).toMatch(/Mauk\s*20/);
    for (const p of [...maju, ...lain]) {
      expect(text).not.toContain(p.nik);
      expect(text).not.toContain(p.name);
    }
    expect(text).not.toContain("PT Lain");
    const english = await as("mitra.maju", `/api/v1/portal/report.pdf?on=${on}&lang=en`, "id");
    expect(await pdfText(english.rawPayload)).toContain("Impact Report");
    const admin = await as("admin", `/api/v1/portal/report.pdf?company=pt-lain&on=${on}`, "en");
    const adminText = await pdfText(admin.rawPayload);
    expect(adminText).toContain("PT Lain Jaya");
    expect(adminText).toContain("Rp210.000.000");
    const audited = await db.query<{ actor: string; details: { company: string } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'portal_report' ORDER BY id",
    );
    expect(audited.map((a) => [a.actor, a.details.company])).toEqual([
      ["mitra.maju", "pt-maju"],
      ["mitra.maju", "pt-maju"],
      ["admin", "pt-lain"],
    ]);
  });
});
