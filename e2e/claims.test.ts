import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertClaimMembers, sampleFiles } from "../src/modules/claims/claims-fixture.ts";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

const widow = "SITI AMINAH";

interface Detail {
  claim: { id: number; event_id: number };
  checklist: { code: string; label: string }[];
}

/** Uploads a file for one checklist item through its (hidden) file input. */
async function upload(page: Page, code: string, name: string, mimeType: string, buffer: Buffer) {
  await page
    .getByTestId(`document-${code}`)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType, buffer });
}

/**
 * Screenshot and accessibility check once modals and drawers have finished opening or closing, so
 * axe never sees one half-faded.
 */
async function check(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await checkPage(page, name);
}

/**
 * Claims for heirs in a browser: a kecamatan operator reports a death from the claims list and
 * sees what JKM pays line by line, records the widow, accepts the proposed heirs, is told clearly
 * that a Word file is no document, uploads and accepts every document and submits the claim to
 * BPJS; BPJS's officer records the payment; the operator plans the handover and its letters come
 * back as PDF, and refers the widow to training. An older accident claim shows as overdue.
 */
describe("claims for heirs in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "op.mauk", "kecamatan_operator", "36.03.08");
    await addAccount(app.db, "bpjs", "bpjs_officer", "36.03");
    await insertClaimMembers(app.db, [
      { nik: "3603084105800091", name: "KASMADI", activeFrom: "2023-02-01" },
      { nik: "3603084105800092", name: "RASTA", activeFrom: "2024-03-01" },
      { nik: "3603084105800093", name: "WARSINI", activeFrom: "2022-01-01" },
      {
        nik: "3603084105800094",
        name: "DULAH",
        activeFrom: "2024-01-01",
        status: "lapsed",
        endedOn: "2026-06-30",
      },
    ]);
  });
  afterAll(() => app?.close());

  it("reports a death, carries its claim to payment and hands it over", async () => {
    const page = await logIn(app, "op.mauk");

    // The list, empty; the death reported from it opens the new claim's page.
    await page.getByRole("link", { name: "Klaim", exact: true }).click();
    await page.getByRole("heading", { name: "Klaim", exact: true }).waitFor();
    await page.getByText("Belum ada klaim di wilayah Anda.").waitFor();
    await check(page, "claims-empty");
    await page.getByRole("button", { name: "Laporkan kejadian" }).click();
    const report = page.getByRole("dialog", { name: "Laporkan kejadian" });
    await report.getByLabel(/^NIK peserta/).fill("3603084105800091");
    await report.getByLabel(/^Tanggal kejadian/).fill("02-11-2026");
    await report.getByLabel(/^Penyebab/).fill("Sakit jantung");
    await report.getByLabel(/^Nama pelapor/).fill("Kepala Desa");
    await check(page, "claims-report");
    await report.getByRole("button", { name: "Laporkan" }).click();
    await page.waitForURL(/\/claims\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split("/").pop());
    await page.getByRole("heading", { name: `Klaim ${id}: KASMADI` }).waitFor();

    // What JKM pays, line by line with its rule, in the user's language.
    expect(await page.getByTestId("benefit-total").textContent()).toBe("Rp42.000.000");
    expect(await rowTexts(page, "benefit-lines")).toEqual([
      "JKM: santunan sekaligus.Rp20.000.000",
      "JKM: santunan berkala 24 × Rp500.000 (boleh dibayar sekaligus).Rp12.000.000",
      "JKM: biaya pemakaman.Rp10.000.000",
    ]);
    await check(page, "claim-new");

    // The widow from the KK, then Payung's proposal accepted.
    await page.getByRole("button", { name: "Tambah anggota keluarga" }).click();
    const family = page.getByRole("dialog", { name: "Tambah anggota keluarga" });
    await family.getByLabel(/^Nama/).fill(widow);
    await family.getByLabel(/^NIK/).fill("3603084512830001");
    await family.getByLabel(/^Tanggal lahir/).fill("12-05-1983");
    await check(page, "claim-family");
    await family.getByRole("button", { name: "Simpan" }).click();
    await family.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "family"))
      .toEqual([expect.stringMatching(/^SITI AMINAH3603•+0001Janda\/duda12-05-1983–Hapus$/)]);
    const proposal = page.getByTestId("heirs-proposal");
    await proposal.getByText(/janda\/duda dan anak/).waitFor();
    await proposal.getByText(widow).waitFor();
    await page.getByRole("button", { name: "Terima usulan" }).click();
    await page.getByTestId("heirs-chosen").getByText("Sesuai usulan Payung.").waitFor();
    expect(await page.getByTestId("heirs-chosen").textContent()).toContain(`${widow} (Janda/duda)`);

    // A Word file is refused with what to do instead; the marriage book is needed (the widow inherits).
    await page.getByTestId("document-marriage_book").waitFor();
    await upload(page, "kk", "kk.docx", "application/msword", sampleFiles.docx);
    expect(await page.getByTestId("document-error").textContent()).toBe(
      "Kartu Keluarga (KK): Berkas kk.docx bukan PDF, JPG atau PNG. Simpan atau foto dokumennya sebagai PDF, JPG atau PNG lalu unggah lagi.",
    );
    await check(page, "claim-wrong-file");

    // Every item as PDF, each accepted; then documents complete and submitted to BPJS.
    const { checklist } = await callApi<Detail>(page, "GET", `/claims/${id}`);
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
    for (const item of checklist) {
      const row = page.getByTestId(`document-${item.code}`);
      await upload(page, item.code, `${item.code}.pdf`, "application/pdf", sampleFiles.pdf);
      await row.getByText("Menunggu pemeriksaan").waitFor();
      await row.getByRole("button", { name: `Terima ${item.label}` }).click();
      await row.getByText("Diterima").waitFor();
    }
    expect(
      await page.getByRole("link", { name: /^Buka Kartu Keluarga \(KK\)/ }).getAttribute("href"),
    ).toMatch(new RegExp(`^/api/v1/claims/${id}/documents/\\d+$`));
    await page.getByText("8 dari 8 dokumen wajib diterima", { exact: false }).waitFor();
    await check(page, "claim-documents");
    await page.getByRole("button", { name: "Dokumen lengkap" }).click();
    await page.getByRole("button", { name: "Ya, dokumen lengkap" }).click();
    await page.getByRole("button", { name: "Diajukan ke BPJS" }).click();
    const submit = page.getByRole("dialog", { name: "Catat pengajuan ke BPJS" });
    await submit.getByLabel(/^Nomor klaim BPJS/).fill("JKM-7781");
    await submit.getByRole("button", { name: "Simpan pengajuan" }).click();
    await submit.waitFor({ state: "hidden" });
    await page.getByTestId("claim-steps").getByText("Diajukan ke BPJS").waitFor();
    expect(await page.getByTestId("claim-event").textContent()).toContain("JKM-7781");

    // BPJS's officer records the payment (and may open documents, not change them).
    const bpjs = await logIn(app, "bpjs");
    await bpjs.goto(`${app.url}/claims/${id}`);
    await bpjs.getByRole("heading", { name: `Klaim ${id}: KASMADI` }).waitFor();
    expect(await bpjs.getByRole("button", { name: /^Unggah/ }).count()).toBe(0);
    await bpjs.getByRole("button", { name: "Catat dibayar" }).click();
    const paid = bpjs.getByRole("dialog", { name: "Catat pembayaran BPJS" });
    expect(await paid.getByLabel(/^Jumlah dibayar/).inputValue()).toBe("42.000.000");
    await paid.getByLabel(/^Tanggal dibayar/).fill("25-11-2026");
    await check(bpjs, "claim-paid-form");
    await paid.getByRole("button", { name: "Simpan pembayaran" }).click();
    expect(await bpjs.getByTestId("claim-paid").textContent()).toContain(
      "BPJS membayar Rp42.000.000 pada 25-11-2026.",
    );
    await check(bpjs, "claim-paid");
    await bpjs.close();

    // The handover ceremony with the paid claim; its letters come back as PDF.
    await page.getByRole("link", { name: "Penyerahan santunan", exact: true }).click();
    await page.getByText("Belum ada acara penyerahan.").waitFor();
    await page.getByRole("button", { name: "Buat acara penyerahan" }).click();
    const plan = page.getByRole("dialog", { name: "Buat acara penyerahan" });
    await plan.getByLabel(/^Nama acara/).fill("Penyerahan Santunan Kecamatan Mauk");
    await plan.getByLabel(/^Tanggal/).fill("03-12-2026");
    await plan.getByLabel(/^Tempat/).fill("Kantor Kecamatan Mauk");
    await plan.getByLabel(/^KASMADI · JKM \(kematian\) · Rp42\.000\.000/).check();
    await check(page, "handover-new");
    await plan.getByRole("button", { name: "Buat acara" }).click();
    await plan.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "handovers"))
      .toEqual([
        expect.stringMatching(
          /^Penyerahan Santunan Kecamatan Mauk.*03-12-20261Rp42\.000\.000SuratTanda terimaDaftarRincian$/,
        ),
      ]);
    const letters = await page
      .getByRole("link", { name: "Surat (PDF): Penyerahan Santunan Kecamatan Mauk" })
      .getAttribute("href");
    const pdf = await page.request.get(`${app.url}${letters}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await check(page, "handovers");
    await page.getByRole("button", { name: "Rincian Penyerahan Santunan Kecamatan Mauk" }).click();
    await expect
      .poll(() => rowTexts(page, "handover-claims"))
      .toEqual([expect.stringContaining(`${widow} (Janda/duda)`)]);
    await page.getByRole("dialog").getByText("03-12-2026 · Kantor Kecamatan Mauk").waitFor();
    await check(page, "handover-detail");

    // The claim links to its ceremony; the widow is referred to training and enrols.
    await page.goto(`${app.url}/claims/${id}`);
    await page.getByRole("link", { name: "Penyerahan Santunan Kecamatan Mauk, 03-12-2026" }).waitFor();
    await page.getByRole("button", { name: "Rujuk ke pelatihan" }).click();
    const refer = page.getByRole("dialog", { name: "Rujuk ke pelatihan kerja" });
    await refer.getByLabel(/^Program pelatihan/).fill("Tata boga, BLK Tangerang");
    await refer.getByRole("button", { name: "Rujuk" }).click();
    await refer.waitFor({ state: "hidden" });
    await page.getByTestId("claim-training").getByText("Dirujuk").waitFor();
    await check(page, "claim-closed");
    await page.getByRole("link", { name: "Pelatihan", exact: true }).click();
    await page.getByTestId("training").waitFor();
    await page.getByRole("button", { name: `Catat kemajuan ${widow}: Tata boga, BLK Tangerang` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Simpan" }).click();
    await page.getByTestId("training").getByText("Terdaftar").waitFor();
    await check(page, "training");

    // An accident reported three weeks ago and untouched since: overdue, listed first.
    const accident = await callApi<{ claimId: number }>(page, "POST", "/claim-events", {
      nik: "3603084105800092",
      kind: "accident",
      date: "2026-10-20",
      workRelated: true,
      daysUnable: 30,
      reportedBy: "family",
    });
    await app.db.query("UPDATE claims SET status_since = now() - interval '21 days' WHERE id = $1", [
      accident.claimId,
    ]);
    await page.getByRole("link", { name: "Klaim", exact: true }).click();
    await expect
      .poll(() => rowTexts(page, "claims"))
      .toEqual([
        expect.stringMatching(
          /^RASTA.*Kecelakaan kerja20-10-2026JKK tidak mampu bekerja \(STMB\)Pengumpulan dokumen21 hariTerlambatRp/,
        ),
        expect.stringMatching(
          /^KASMADI.*Meninggal dunia02-11-2026JKM \(kematian\)Dibayar–Rp42\.000\.000Rp42\.000\.000$/,
        ),
      ]);
    await check(page, "claims-list");
    await page.getByLabel("Hanya yang terlambat").check();
    await expect.poll(() => rowTexts(page, "claims")).toEqual([expect.stringMatching(/^RASTA/)]);

    // In English, the benefit lines come from the server in English too.
    await page.getByText("EN", { exact: true }).click();
    await page.goto(`${app.url}/claims/${id}`);
    await page.getByRole("heading", { name: "Benefit details" }).waitFor();
    await page.getByText("JKM: periodic benefit 24 × Rp500.000 (may be paid at once).").waitFor();
    await check(page, "claim-en");
    await page.close();
  });

  it("opens a school year of the education benefit and explains a claim that pays nothing", async () => {
    const page = await logIn(app, "op.mauk");
    const death = await callApi<{ claimId: number; eventId: number }>(page, "POST", "/claim-events", {
      nik: "3603084105800093",
      kind: "death",
      date: "2026-10-05",
      workRelated: false,
      reportedBy: "family",
    });
    await callApi(page, "POST", `/claim-events/${death.eventId}/family`, {
      name: "RINA",
      relation: "child",
      birthDate: "2012-03-14",
    });
    await page.goto(`${app.url}/claims/${death.claimId}`);
    const education = page.getByRole("region", { name: "Beasiswa pendidikan anak" });
    await education.getByLabel(/^Tahun ajaran/).fill("2026");
    await education.getByLabel("RINA (14-03-2012)").check();
    await education.getByRole("combobox", { name: "Jenjang RINA" }).click();
    await page.getByRole("option", { name: "SMP" }).click();
    await education.getByRole("button", { name: "Ajukan beasiswa" }).click();
    await education.getByText("Klaim beasiswa dibuka: Rp2.000.000.").waitFor();
    await check(page, "claim-education");
    await education.getByRole("link", { name: /^Klaim \d+$/ }).click();
    await page.getByRole("heading", { name: /: WARSINI$/ }).waitFor();
    expect(await page.getByTestId("benefit-total").textContent()).toBe("Rp2.000.000");
    expect(await rowTexts(page, "benefit-lines")).toEqual([
      expect.stringMatching(
        /^Beasiswa RINA \(SMP\): Rp2\.000\.000 setahun, tahun ke-1 dari 3\.Rp2\.000\.000$/,
      ),
    ]);

    // A death after the membership lapsed: the claim is opened, and says why it pays nothing.
    const lapsed = await callApi<{ claimId: number }>(page, "POST", "/claim-events", {
      nik: "3603084105800094",
      kind: "death",
      date: "2026-11-01",
      workRelated: false,
      reportedBy: "village",
    });
    await page.goto(`${app.url}/claims/${lapsed.claimId}`);
    expect(await page.getByTestId("claim-refusal").textContent()).toContain(
      "Kepesertaan tidak aktif pada tanggal kejadian",
    );
    await check(page, "claim-refused");
    await page.close();
  });
});
