/**
 * Reports through the API as each role meets them. Four fishers (three in Mauk, one in Balaraja)
 * go the whole way — funder, approved plan, registration, BPJS's answer, invoices, payments — two
 * of them die (claims, a refund, a handover, a training referral), and the dossier's registers and
 * a CSR partner are filled in. Each report is opened as XLSX (read back with hucre) and as PDF
 * (its text read back), and must carry the totals the test counts straight from SQL.
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { type CellValue, readXlsx } from "hucre/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRupiah } from "../src/common/rupiah.ts";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { addFamilyMember, reportEvent } from "../src/modules/claims/events.service.ts";
import { createHandover } from "../src/modules/claims/handovers.service.ts";
import { referToTraining } from "../src/modules/claims/training.service.ts";
import { importAnswer } from "../src/modules/enrolment/answers.service.ts";
import { exportRegistration } from "../src/modules/enrolment/registration.service.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { generateInvoices } from "../src/modules/invoices/invoices.service.ts";
import { recordPayment } from "../src/modules/invoices/payments.service.ts";
import { recordRefund } from "../src/modules/invoices/refunds.service.ts";
import { approvePlan, createPlan } from "../src/modules/plans/plans.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

const audit = { actor: "test", via: "test" };
const nik = (i: number, kecamatan = "08") =>
  `36030${kecamatan === "08" ? "8" : "1"}41057${String(10 + i).padStart(5, "0")}`;
const count = (n: number) => n.toLocaleString("id-ID");

type Rows = CellValue[][];

describe(`reports through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: tmp.dir });
  const claimIds: number[] = [];
  const get = (who: string | null, url: string, lang = "id") =>
    server.inject({
      method: "GET",
      url,
      headers: { ...(who ? sessions.get(who) : {}), "accept-language": lang },
    });
  const send = (who: string, method: "POST" | "DELETE", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: { ...sessions.get(who), "accept-language": "en" } });
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query<{ v: T }>(sql, params))[0].v;

  /** The workbook's sheets by name. */
  async function workbook(url: string, who = "admin"): Promise<Map<string, Rows>> {
    const response = await get(who, url);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const book = await readXlsx(new Uint8Array(response.rawPayload));
    return new Map(book.sheets.map((s) => [s.name, s.rows]));
  }
  async function pdf(url: string, who = "admin", lang = "id"): Promise<string> {
    const response = await get(who, url, lang);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    // Lines wrap where the page ends: read the text as one line.
    return (await pdfText(response.rawPayload)).replace(/\s+/g, " ");
  }
  const line = (rows: Rows, first: string) => rows.find((r) => r[0] === first)!;
  const info = (sheets: Map<string, Rows>, label: string) => line(sheets.get("Info")!, label)[1];

  beforeAll(async () => {
    db = await freshDb();
    const desa = async (kecamatan: string) =>
      one<string>("SELECT min(code) AS v FROM regions WHERE parent_code = $1", [kecamatan]);
    const fishers: [string, string][] = [
      [nik(1), "36.03.08"],
      [nik(2), "36.03.08"],
      [nik(3), "36.03.08"],
      [nik(4, "01"), "36.03.01"],
    ];
    for (const [i, [n, kecamatan]] of fishers.entries()) {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, sex, regency_code, kecamatan_code, desa_code, occupation, desil)
         VALUES ($1, true, $2, '1980-05-01', $3, '36.03', $4, $5, 'NELAYAN', 1)`,
        [n, `NELAYAN ${i + 1}`, i % 2 ? "P" : "L", kecamatan, await desa(kecamatan)],
      );
    }
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 10_000_000,
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
      ...fishers.map(([n], i) => [n, `KPJ-${i + 1}`, "DITERIMA"]),
    ]);
    await importAnswer({ db, file: answer, audit });
    for (const month of ["2026-01", "2026-02", "2026-03"]) {
      const made = await generateInvoices({ db, month, audit });
      // January and February paid in full; March only in part.
      const amount = month === "2026-03" ? 20_000 : made.amount;
      await recordPayment({ db, funderCode: "apbd-2026", month, amount, paidOn: `${month}-25`, audit });
    }
    // Two deaths reported after the months were paid: their later premiums are due back.
    for (const [i, date] of [
      [1, "2026-02-10"],
      [2, "2026-01-20"],
    ] as const) {
      const reported = await reportEvent({
        db,
        input: { nik: nik(i), kind: "death", date, workRelated: false, reportedBy: "village" },
        audit,
      });
      claimIds.push(reported.claimId);
    }
    const membership = await one<number>(
      "SELECT m.id AS v FROM memberships m JOIN persons p ON p.id = m.person_id WHERE p.nik = $1",
      [nik(1)],
    );
    await recordRefund({ db, membershipId: membership, refundedOn: "2026-04-15", reference: "STS-1", audit });

    // The first claim went the whole way in February and March; the second waits in draft.
    const [paid, waiting] = claimIds;
    await db.query("UPDATE claims SET created_at = '2026-02-11 09:00' WHERE id = $1", [paid]);
    await db.query("UPDATE claims SET created_at = '2026-01-21 09:00' WHERE id = $1", [waiting]);
    await db.query("UPDATE claim_steps SET at = '2026-02-11 09:00' WHERE claim_id = $1", [paid]);
    await db.query("UPDATE claim_steps SET at = '2026-01-21 09:00' WHERE claim_id = $1", [waiting]);
    await db.query(
      `INSERT INTO claim_steps (claim_id, status, at, by) VALUES
         ($1, 'documents_complete', '2026-02-20 09:00', 'test'), ($1, 'submitted', '2026-02-25 09:00', 'test'),
         ($1, 'paid', '2026-03-10 09:00', 'test')`,
      [paid],
    );
    await db.query(
      `UPDATE claims SET status = 'paid', status_since = '2026-03-10 09:00', paid_amount = 42000000,
         paid_on = '2026-03-10' WHERE id = $1`,
      [paid],
    );
    await createHandover({
      db,
      input: {
        title: "Penyerahan Santunan Triwulan I",
        heldOn: "2026-04-01",
        place: "Pendopo",
        claimIds: [paid],
      },
      audit,
    });
    const eventId = await one<number>("SELECT event_id AS v FROM claims WHERE id = $1", [paid]);
    const widow = await addFamilyMember({
      db,
      eventId,
      member: { name: "WARSINI", relation: "spouse" },
      audit,
    });
    await referToTraining({
      db,
      claimId: paid,
      familyMemberId: widow.id,
      program: "Menjahit",
      on: "2026-04-02",
      audit,
    });
    await db.query("UPDATE training_referrals SET status = 'enrolled', enrolled_on = '2026-05-01'");

    // Targets, workforce and a CSR partner with an MoU and a commitment.
    await db.query(
      `INSERT INTO coverage_targets (year, region_code, target, updated_by) VALUES (2026, '36.03', 100, 'test'),
         (2026, '36.03.08', 10, 'test')`,
    );
    await db.query(
      `INSERT INTO workforce (year, region_code, informal_workers, source, updated_by)
       VALUES (2026, '36.03.08', 50, 'BPS', 'test'), (2026, '36.03', 400, 'BPS', 'test')`,
    );
    const [company] = await db.query<{ id: number }>(
      "INSERT INTO companies (code, name, sector, created_by) VALUES ('pt-maju', 'PT Maju Jaya', 'Manufaktur', 'test') RETURNING id",
    );
    const [mou] = await db.query<{ id: number }>(
      `INSERT INTO mous (company_id, number, signed_on, valid_from, valid_to, created_by)
       VALUES ($1, 'MOU-7/2026', '2026-02-01', '2026-02-01', '2027-01-31', 'test') RETURNING id`,
      [company.id],
    );
    await db.query(
      `INSERT INTO commitments (company_id, mou_id, budget, workers, period_from, period_to, created_by)
       VALUES ($1, $2, 999936000, 5952, '2026-03-01', '2026-12-31', 'test')`,
      [company.id, mou.id],
    );

    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["auditor", "auditor", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["bpjs", "bpjs_officer", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("keeps the registers: regency admins change them (audited), internal roles read, partners do not", async () => {
    expect((await get(null, "/api/v1/regulations")).statusCode).toBe(401);
    const regulation = {
      kind: "perbup",
      number: "12 Tahun 2024",
      title: "Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan",
      issuedOn: "2024-03-01",
      notes: "APBD membayar iuran pekerja rentan desil 1–4",
    };
    expect((await send("op.mauk", "POST", "/api/v1/regulations", regulation)).statusCode).toBe(403);
    expect((await send("auditor", "POST", "/api/v1/regulations", regulation)).statusCode).toBe(403);
    const added = await send("admin", "POST", "/api/v1/regulations", regulation);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ kind: "perbup", number: "12 Tahun 2024", issued_on: "2024-03-01" });
    const twice = await send("admin", "POST", "/api/v1/regulations", regulation);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain("12 Tahun 2024");
    const badKind = await send("admin", "POST", "/api/v1/regulations", { ...regulation, kind: "undang" });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.message).toContain("perda, perbup");
    const badDay = await send("admin", "POST", "/api/v1/regulations", {
      ...regulation,
      number: "1",
      issuedOn: "2024-02-30",
    });
    expect(badDay.json().error.code).toBe("dossier_day_invalid");

    const mistake = await send("admin", "POST", "/api/v1/regulations", {
      ...regulation,
      number: "99 Tahun 2099",
    });
    expect((await send("op.mauk", "DELETE", `/api/v1/regulations/${mistake.json().id}`)).statusCode).toBe(
      403,
    );
    expect((await send("admin", "DELETE", `/api/v1/regulations/${mistake.json().id}`)).statusCode).toBe(200);
    expect((await send("admin", "DELETE", `/api/v1/regulations/${mistake.json().id}`)).statusCode).toBe(404);

    const innovation = {
      name: "Pojok BPJS di kantor desa",
      startedOn: "2025-06-01",
      description: "Operator desa mendaftarkan nelayan langsung dari kantor desa.",
    };
    expect((await send("admin", "POST", "/api/v1/innovations", innovation)).statusCode).toBe(201);
    expect((await send("admin", "POST", "/api/v1/innovations", innovation)).statusCode).toBe(409);
    const short = await send("admin", "POST", "/api/v1/innovations", { ...innovation, name: "ab" });
    expect(short.json().error.code).toBe("innovation_name_invalid");

    for (const who of ["bpjs", "op.mauk", "auditor"]) {
      expect((await get(who, "/api/v1/regulations")).json().regulations).toHaveLength(1);
      expect((await get(who, "/api/v1/innovations")).json().innovations).toHaveLength(1);
    }
    expect((await get("pt.maju", "/api/v1/regulations")).statusCode).toBe(403);
    const audited = await db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'regulation_%' OR action LIKE 'innovation_%' ORDER BY id",
    );
    expect(audited.map((a) => a.action)).toEqual([
      "regulation_add",
      "regulation_add",
      "regulation_remove",
      "innovation_add",
    ]);
  });

  it("answers wrong parameters with what is wrong and how to write it", async () => {
    const error = async (url: string, who = "admin") => {
      const response = await get(who, url, "en");
      return { status: response.statusCode, ...response.json().error };
    };
    expect(await error("/api/v1/reports/weekly?format=pdf")).toMatchObject({
      status: 400,
      code: "reports_kind_unknown",
      message: expect.stringContaining("coverage, funder, claims, paritrana"),
    });
    expect(await error("/api/v1/reports/claims")).toMatchObject({
      status: 400,
      code: "reports_format_invalid",
    });
    expect(await error("/api/v1/reports/claims?format=docx")).toMatchObject({
      code: "reports_format_invalid",
    });
    expect(await error("/api/v1/reports/coverage?format=pdf")).toMatchObject({
      code: "reports_month_missing",
    });
    expect(await error("/api/v1/reports/coverage?format=pdf&month=2026-13")).toMatchObject({
      code: "reports_month_invalid",
      message: expect.stringContaining("2026-03"),
    });
    expect(await error("/api/v1/reports/coverage?format=pdf&month=2999-01")).toMatchObject({
      code: "reports_month_future",
    });
    expect(await error("/api/v1/reports/coverage?format=pdf&month=2026-06&area=Mauk")).toMatchObject({
      code: "reports_area_invalid",
    });
    expect(await error("/api/v1/reports/funder?format=xlsx")).toMatchObject({
      code: "reports_funder_missing",
    });
    expect(await error("/api/v1/reports/funder?format=xlsx&funder=csr-x")).toMatchObject({
      status: 404,
      code: "funder_not_found",
    });
    expect(
      await error("/api/v1/reports/funder?format=xlsx&funder=apbd-2026&year=2026&from=2026-01"),
    ).toMatchObject({
      code: "reports_period_both",
    });
    expect(await error("/api/v1/reports/funder?format=xlsx&funder=apbd-2026&from=2026-01")).toMatchObject({
      code: "reports_months_half",
    });
    expect(await error("/api/v1/reports/claims?format=pdf&from=2026-06-30&to=2026-01-01")).toMatchObject({
      code: "reports_period_reversed",
    });
    expect(await error("/api/v1/reports/claims?format=pdf&from=2026-02-30")).toMatchObject({
      code: "reports_day_invalid",
    });
    expect(await error("/api/v1/reports/paritrana?format=pdf&year=20x6")).toMatchObject({
      code: "reports_year_invalid",
    });
    expect(await error("/api/v1/reports/paritrana?format=pdf&year=2999")).toMatchObject({
      code: "reports_year_future",
    });
  });

  it("gives each role its reports only, and an operator only their own area's", async () => {
    const status = async (who: string | null, url: string) => (await get(who, url)).statusCode;
    const coverage = "/api/v1/reports/coverage?format=xlsx&month=2026-06";
    expect(await status(null, coverage)).toBe(401);
    expect(await status("pt.maju", coverage)).toBe(403);
    expect(await status("pt.maju", "/api/v1/reports/claims?format=pdf")).toBe(403);
    expect(await status("bpjs", coverage)).toBe(403);
    expect(await status("bpjs", "/api/v1/reports/claims?format=xlsx&from=2026-01-01&to=2026-06-30")).toBe(
      200,
    );
    const refused = await get("op.mauk", "/api/v1/reports/funder?format=pdf&funder=apbd-2026", "en");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "reports_forbidden",
      message: expect.stringContaining("coverage"),
    });
    expect(await status("op.mauk", "/api/v1/reports/paritrana?format=pdf&year=2026")).toBe(403);

    // The operator's own kecamatan (the default) and a desa inside it, never another kecamatan.
    expect(await status("op.mauk", coverage)).toBe(200);
    const mauk = await pdf(coverage.replace("xlsx", "pdf"), "op.mauk");
    expect(mauk).toContain("Kecamatan Mauk (36.03.08)");
    expect(mauk).not.toContain("Balaraja");
    const desa = await one<string>("SELECT min(code) AS v FROM regions WHERE parent_code = '36.03.08'");
    expect(await status("op.mauk", `${coverage}&area=${desa}`)).toBe(200);
    const other = await get("op.mauk", `${coverage}&area=36.03.01`, "en");
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({
      code: "reports_area_forbidden",
      message: expect.stringContaining("36.03.08"),
    });
    expect(await status("op.mauk", `${coverage}&area=36.03`)).toBe(403);
    expect(await status("op.balaraja", `${coverage}&area=36.03.08`)).toBe(403);
    expect(await status("auditor", `${coverage}&area=36.03.08`)).toBe(200);
  });

  it("makes the funder statement with the invoices, payments, refunds and balance in SQL", async () => {
    const funder = "(SELECT id FROM funders WHERE code = 'apbd-2026')";
    const invoiced = await one<number>(
      `SELECT sum(amount)::bigint AS v FROM invoices WHERE funder_id = ${funder}`,
    );
    const paid = await one<number>(`SELECT sum(paid)::bigint AS v FROM invoices WHERE funder_id = ${funder}`);
    const refunded = await one<number>("SELECT sum(amount)::bigint AS v FROM refunds");
    const allocated = await one<number>(
      `SELECT sum(pf.cost)::bigint AS v FROM plan_funders pf JOIN plans p ON p.id = pf.plan_id
       WHERE pf.funder_id = ${funder} AND p.status = 'approved'`,
    );
    const members = await one<number>("SELECT members AS v FROM invoices WHERE month = '2026-01-01'");
    expect(refunded).toBeGreaterThan(0);
    expect(paid).toBeLessThan(invoiced);

    const url = "/api/v1/reports/funder?format=xlsx&funder=apbd-2026&year=2026";
    const sheets = await workbook(url);
    expect(info(sheets, "Data per (tanggal data)")).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(String(info(sheets, "Dibuat (UTC)"))).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const summary = sheets.get("Ringkasan")!;
    expect(line(summary, "Anggaran (seluruh periode dana)")[1]).toBe(10_000_000);
    expect(line(summary, "Dialokasikan rencana yang disetujui")[1]).toBe(allocated);
    expect(line(summary, "Ditagih dalam periode laporan")[1]).toBe(invoiced);
    expect(line(summary, "Dibayar untuk tagihan periode laporan")[1]).toBe(paid);
    expect(line(summary, "Dikembalikan ke penyandang dana")[1]).toBe(refunded);
    expect(line(summary, "Sisa anggaran")[1]).toBe(10_000_000 - (paid - refunded));
    const invoices = sheets.get("Tagihan")!;
    expect(invoices[0]).toEqual([
      "Bulan",
      "Peserta",
      "Ditagih (Rp)",
      "Dibayar (Rp)",
      "Belum dibayar (Rp)",
      "Bayar terakhir",
      "Dikembalikan (Rp)",
      "Wajib kembali (Rp)",
    ]);
    expect(line(invoices, "2026-01").slice(0, 4)).toEqual([
      "2026-01",
      members,
      expect.any(Number),
      expect.any(Number),
    ]);
    expect(line(invoices, "Jumlah").slice(2, 5)).toEqual([invoiced, paid, invoiced - paid]);
    // The second death's February and March premiums are due back; the first's March was refunded.
    const due = line(invoices, "Jumlah")[7] as number;
    expect(due).toBeGreaterThan(0);
    expect(line(sheets.get("Pembayaran")!, "Jumlah")[2]).toBe(paid);
    expect(line(sheets.get("Pengembalian")!, "Jumlah").slice(2, 4)).toEqual([1, refunded]);
    expect(sheets.get("Alokasi rencana")![1][6]).toBe(4);

    const text = await pdf(url.replace("xlsx", "pdf"));
    expect(text).toContain("Laporan Penyandang Dana");
    expect(text).toContain("APBD 2026 (apbd-2026)");
    expect(text).toMatch(/Data per \d{2}-\d{2}-2026 · dibuat \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    for (const amount of [invoiced, paid, refunded, due, 10_000_000 - (paid - refunded)])
      expect(text).toContain(formatRupiah(amount));
    expect(text).toContain("25-01-2026"); // a payment's day, dd-mm-yyyy
  });

  it("makes the claims report with counts and amounts from SQL, naming no one", async () => {
    const period = ["2026-01-01", "2026-06-30"];
    const opened = await one<number>(
      "SELECT count(*)::int AS v FROM claims WHERE created_at >= $1::date AND created_at < $2::date + 1",
      period,
    );
    const paidAmount = await one<number>(
      "SELECT sum(paid_amount)::bigint AS v FROM claims WHERE paid_on BETWEEN $1 AND $2",
      period,
    );
    const waitingExpected = await one<number>("SELECT expected::bigint AS v FROM claims WHERE id = $1", [
      claimIds[1],
    ]);
    expect(opened).toBe(2);

    const url = `/api/v1/reports/claims?format=xlsx&from=${period[0]}&to=${period[1]}`;
    const sheets = await workbook(url);
    expect(info(sheets, "Data per (tanggal data)")).toBe("2026-06-30");
    const openedSheet = sheets.get("Klaim dibuka")!;
    expect(openedSheet[0].slice(1, 6)).toEqual([
      "Draf",
      "Dokumen lengkap",
      "Diajukan ke BPJS",
      "Dibayar",
      "Ditolak",
    ]);
    expect(line(openedSheet, "Jaminan Kematian (JKM)").slice(1, 7)).toEqual([1, 0, 0, 1, 0, 2]);
    expect(line(openedSheet, "Jumlah")[6]).toBe(opened);
    expect(line(sheets.get("Klaim dibayar")!, "Jumlah").slice(1, 3)).toEqual([1, paidAmount]);
    const steps = sheets.get("Hari per langkah")!;
    expect(line(steps, "Draf").slice(1, 5)).toEqual([14, 1, 9, 9]);
    expect(line(steps, "Dokumen lengkap").slice(2, 4)).toEqual([1, 5]);
    expect(line(steps, "Diajukan ke BPJS").slice(2, 4)).toEqual([1, 13]);
    expect(line(sheets.get("Terlambat")!, "Jumlah").slice(2, 4)).toEqual([1, waitingExpected]);
    expect(line(sheets.get("Penyerahan")!, "Jumlah").slice(3, 5)).toEqual([1, paidAmount]);
    expect(line(sheets.get("Pelatihan")!, "Terdaftar")[1]).toBe(1);

    // On a day before the handover and training, those are not there yet; the paid claim was paid.
    const march = await workbook("/api/v1/reports/claims?format=xlsx&from=2026-01-01&to=2026-03-31", "bpjs");
    expect(line(march.get("Penyerahan")!, "Jumlah")[3]).toBe(0);
    expect(line(march.get("Klaim dibuka")!, "Jumlah").slice(1, 5)).toEqual([1, 0, 0, 1]);

    const text = await pdf(url.replace("xlsx", "pdf"));
    expect(text).toContain("Laporan Klaim");
    expect(text).toContain("Data per 30-06-2026");
    expect(text).toContain(formatRupiah(paidAmount));
    expect(text).toContain(formatRupiah(waitingExpected));
    expect(text).toContain("01-04-2026");
    for (const name of ["NELAYAN 1", "NELAYAN 2", "WARSINI", nik(1), nik(2)])
      expect(text).not.toContain(name);
    const english = await pdf(url.replace("xlsx", "pdf"), "admin", "en");
    expect(english).toContain("Claims Report");
    expect(english).toContain("Data as of 30-06-2026");
  });

  it("makes the monthly coverage report with the counts of the day in SQL", async () => {
    const coveredIn = (area: string) =>
      one<number>(
        `SELECT count(DISTINCT m.person_id)::int AS v FROM memberships m JOIN persons p ON p.id = m.person_id
         WHERE m.active_from <= '2026-06-30' AND '2026-06-30' < m.end_month + interval '1 month'
           AND (m.status = 'active' OR (m.status IN ('lapsed', 'ended') AND '2026-06-30' <= m.ended_on))
           AND (p.kecamatan_code = $1 OR p.regency_code = $1)`,
        [area],
      );
    const [regency, mauk, balaraja] = [
      await coveredIn("36.03"),
      await coveredIn("36.03.08"),
      await coveredIn("36.03.01"),
    ];
    expect([regency, mauk, balaraja]).toEqual([2, 1, 1]);

    const url = "/api/v1/reports/coverage?format=xlsx&month=2026-06";
    const sheets = await workbook(url);
    expect(info(sheets, "Data per (tanggal data)")).toBe("2026-06-30");
    const areas = sheets.get("Wilayah")!;
    expect(line(areas, "Mauk").slice(1, 7)).toEqual(["36.03.08", mauk, 10, 0.1, 50, 0.02]);
    expect(line(areas, "Balaraja")[2]).toBe(balaraja);
    expect(line(areas, "Kabupaten Tangerang").slice(2, 7)).toEqual([regency, 100, 0.02, 400, 0.005]);
    expect(line(sheets.get("Pekerjaan")!, "NELAYAN")[1]).toBe(regency);
    expect(line(sheets.get("Jenis kelamin")!, "Jumlah")[1]).toBe(regency);
    expect(line(sheets.get("Umur")!, "45-54")[1]).toBe(regency);
    const trend = sheets.get("Tren bulanan")!;
    expect(line(trend, "2026-01")[1]).toBe(3); // the second fisher died on 20 January
    expect(line(trend, "2026-06")[1]).toBe(regency);
    const budget = sheets.get("Anggaran")!;
    expect(line(budget, "apbd-2026")[3]).toBe(10_000_000);

    const text = await pdf(url.replace("xlsx", "pdf"));
    expect(text).toContain("Laporan Cakupan Bulanan");
    expect(text).toContain(`Per 30-06-2026, ${count(regency)} pekerja rentan terlindungi`);
    expect(text).toContain("0,50% dari 400 pekerja informal");
    expect(text).toContain("Rp10.000.000");
    expect(text).toContain("Peta skematik"); // the map of the kecamatan, shaded by rate
    const english = await pdf(url.replace("xlsx", "pdf"), "op.mauk", "en");
    expect(english).toContain("Monthly Coverage Report");
    expect(english).toContain(`On 30-06-2026, ${mauk} vulnerable workers`);
    expect(english).toContain("2,00% of 50 informal workers");
  });

  it("makes the Paritrana dossier with coverage, budget, registers and partners", async () => {
    const committed = await one<number>("SELECT sum(budget)::bigint AS v FROM commitments");
    const budget2026 = await one<number>(
      "SELECT sum(budget)::bigint AS v FROM funders WHERE extract(year FROM period_from) = 2026",
    );
    const url = "/api/v1/reports/paritrana?format=xlsx&year=2026";
    const sheets = await workbook(url, "auditor");
    const dataDate = String(info(sheets, "Data per (tanggal data)"));
    const covered = await one<number>(
      `SELECT count(DISTINCT m.person_id)::int AS v FROM memberships m
       WHERE m.active_from <= $1::date AND $1::date < m.end_month + interval '1 month'
         AND (m.status = 'active' OR (m.status IN ('lapsed', 'ended') AND $1::date <= m.ended_on))`,
      [dataDate],
    );
    expect(line(sheets.get("Cakupan per tahun")!, "2026").slice(1, 6)).toEqual([
      covered,
      100,
      covered / 100,
      400,
      covered / 400,
    ]);
    expect(line(sheets.get("Anggaran per tahun")!, "2026")[1]).toBe(budget2026);
    expect(line(sheets.get("Regulasi")!, "Peraturan Bupati").slice(1, 4)).toEqual([
      "12 Tahun 2024",
      "Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan",
      "2024-03-01",
    ]);
    expect(line(sheets.get("Inovasi")!, "Pojok BPJS di kantor desa")[1]).toBe("2025-06-01");
    const partners = sheets.get("Mitra CSR")!;
    expect(line(partners, "PT Maju Jaya").slice(2, 9)).toEqual([
      "MOU-7/2026",
      "2026-02-01",
      "2027-01-31",
      1,
      committed,
      5952,
      0,
    ]);

    const text = await pdf(url.replace("xlsx", "pdf"), "auditor");
    expect(text).toContain("Dosir Paritrana Award 2026");
    expect(text).toContain("12 Tahun 2024");
    expect(text).toContain("Pojok BPJS di kantor desa");
    expect(text).toContain("PT Maju Jaya");
    expect(text).toContain(formatRupiah(committed));
    expect(text).toContain("01-03-2024");
    // A year before the MoU and the innovation: neither is listed.
    const before = await workbook("/api/v1/reports/paritrana?format=xlsx&year=2025");
    expect(before.get("Mitra CSR")!.filter((r) => r[0] === "PT Maju Jaya")).toEqual([]);
    expect(before.get("Inovasi")!.some((r) => r[0] === "Pojok BPJS di kantor desa")).toBe(true);
  });

  it("records every report made in the audit log, with its parameters", async () => {
    const made = await db.query<{ actor: string; details: { kind: string; params: Record<string, string> } }>(
      "SELECT actor, details FROM audit_log WHERE action = 'report_make' ORDER BY id",
    );
    expect(made.length).toBeGreaterThan(10);
    expect(made.find((m) => m.actor === "op.mauk")?.details).toMatchObject({
      kind: "coverage",
      params: { month: "2026-06" },
    });
  });
});
