import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../src/modules/demo/demo.service.ts";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

const number = (n: number) => n.toLocaleString("id-ID");
const rupiah = (n: number) => `Rp${n.toLocaleString("id-ID")}`;

/**
 * Enrolment with BPJS in a browser: a regency admin makes an approved plan's registration file and
 * downloads it, uploads BPJS's answer (one accepted, one rejected), finds the active member and the
 * rejected one in the correction queue, opens a membership, and bills a month.
 */
describe("enrolment with BPJS and invoices in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await loadDemo({ db: app.db, regencyCode: "36.03", people: 400, seed: 2026, coverage: false });
  });
  afterAll(() => app?.close());

  it("registers a plan's persons, applies BPJS's answer, shows the memberships and bills a month", async () => {
    const page = await logIn(app, "admin");
    // A regency budget for twenty people in 2026, and a plan made through the API.
    await callApi(page, "POST", "/funders", {
      code: "apbd-2026",
      name: "APBD Kabupaten 2026",
      type: "apbd",
      budget: 20 * 201_600,
      from: "2026-01",
      to: "2026-12",
      package: "jkk-jkm",
    });
    const job = await callApi<{ id: number }>(page, "POST", "/plans", { from: "2026-01", to: "2026-12" });
    await expect
      .poll(async () => (await callApi<{ status: string }>(page, "GET", `/jobs/${job.id}`)).status, {
        timeout: 30_000,
      })
      .toBe("done");
    const plan = (await callApi<{ result: { plan: number } }>(page, "GET", `/jobs/${job.id}`)).result.plan;

    // Approve it on its page: the exchange with BPJS appears.
    await page.getByRole("link", { name: "Rencana", exact: true }).click();
    await page.getByRole("link", { name: `Rencana ${plan}`, exact: true }).click();
    await page.getByRole("button", { name: "Setujui" }).click();
    await page.getByRole("button", { name: "Ya, setujui" }).click();
    await page.getByRole("heading", { name: "Pendaftaran ke BPJS" }).waitFor();

    // The registration file, made as a job and downloaded.
    await page.getByRole("button", { name: "Buat berkas pendaftaran: APBD Kabupaten 2026" }).click();
    const link = page.getByRole("link", { name: `Unduh pendaftaran-apbd-2026-${plan}.csv` });
    await link.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("registration-made").textContent()).toContain("20 orang dalam berkas");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`pendaftaran-apbd-2026-${plan}.csv`);
    const [header, ...lines] = fs
      .readFileSync(await download.path(), "utf8")
      .trim()
      .split(/\r?\n/);
    expect(header).toMatch(/^NIK,NAMA LENGKAP,/);
    expect(lines).toHaveLength(20);
    await page.getByTestId("registrations").waitFor();
    await checkPage(page, "registration");

    // BPJS's answer, built from the file: the first accepted with a KPJ, the second rejected.
    const [first, second] = lines.map((l) => l.split(",")[0]);
    const answer = [
      "NIK,NO KPJ,STATUS,KETERANGAN",
      `${first},26030000001,DITERIMA,`,
      `${second},,DITOLAK,NIK tidak ditemukan di Dukcapil`,
    ].join("\n");
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "jawaban-bpjs.csv", mimeType: "text/csv", buffer: Buffer.from(answer) });
    await page.getByRole("button", { name: "Unggah jawaban" }).click();
    await page.getByTestId("answer-summary").waitFor();
    expect(await page.getByTestId("answer-accepted").textContent()).toBe("Diterima1");
    expect(await page.getByTestId("answer-rejected").textContent()).toBe("Ditolak1");
    expect(await page.getByTestId("answer-nikUnverified").textContent()).toBe("NIK tidak dikenal Dukcapil1");
    await checkPage(page, "answer");

    // The active member with the KPJ, then the correction queue with BPJS's reason.
    await page.getByRole("link", { name: "Lihat peserta aktif" }).click();
    await page.getByRole("heading", { name: "Kepesertaan" }).waitFor();
    await expect.poll(() => rowTexts(page, "memberships")).toHaveLength(1);
    const [active] = await rowTexts(page, "memberships");
    expect(active).toContain("26030000001");
    expect(active).toContain("01-2026 – 12-2026");
    expect(active).toContain("Aktif");
    expect(active).toContain("••••"); // NIK masked
    await checkPage(page, "memberships");
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Ditolak (antrean koreksi)" }).click();
    await page.getByText("Antrean koreksi: BPJS menolak").waitFor();
    await expect
      .poll(() => rowTexts(page, "memberships"))
      .toEqual([expect.stringContaining("NIK tidak ditemukan di Dukcapil")]);
    await checkPage(page, "memberships-queue");

    // One membership: its details and history, the member card, the form that ends it.
    await page.getByRole("combobox", { name: "Status" }).click();
    await page.getByRole("option", { name: "Aktif" }).click();
    await expect.poll(() => rowTexts(page, "memberships")).toEqual([expect.stringContaining("26030000001")]);
    await page.getByRole("button", { name: /^Rincian/ }).click();
    await page.getByRole("dialog").getByTestId("membership-history").waitFor();
    const history = await rowTexts(page, "membership-history");
    expect(history.map((r) => r.replace(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}/, ""))).toEqual([
      "Didaftarkan ke BPJSadmin",
      "Diterima BPJSadmin",
    ]);
    expect(await page.getByRole("link", { name: "Kartu peserta (PDF)" }).getAttribute("href")).toMatch(
      /^\/api\/v1\/memberships\/\d+\/card/,
    );
    await page.getByRole("heading", { name: "Akhiri kepesertaan" }).waitFor();
    await checkPage(page, "membership");
    await page.getByRole("button", { name: "Tutup" }).click();

    // Invoices for March 2026: the one active member at March's tariff for a regency funder.
    const premium = await callApi<{ total: number }>(
      page,
      "GET",
      "/tariffs/premium?package=jkk-jkm&month=2026-03&funderType=apbd",
    );
    await page.getByRole("link", { name: "Tagihan", exact: true }).click();
    await page.getByLabel("Bulan", { exact: true }).fill("03-2026");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.getByText("Belum ada tagihan untuk bulan 03-2026.").waitFor();
    await page.getByRole("button", { name: "Buat tagihan 03-2026" }).click();
    await page.getByRole("dialog", { name: "Buat tagihan bulan 03-2026?" }).waitFor();
    await page.getByRole("button", { name: "Ya, buat tagihan" }).click();
    await page.getByTestId("invoices").waitFor();
    expect(await rowTexts(page, "invoices")).toEqual([
      `APBD Kabupaten 2026 · apbd-2026SG${number(1)}${rupiah(premium.total)}Rp0${rupiah(premium.total)}Catat pembayaran`,
    ]);
    expect(await page.getByTestId("invoices-total").textContent()).toBe(
      `Jumlah${number(1)}${rupiah(premium.total)}Rp0${rupiah(premium.total)}`,
    );
    await checkPage(page, "invoices");

    // In English, the same pages.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Invoices" }).waitFor();
    await page.getByTestId("invoices").getByText("Amount").waitFor();
    await checkPage(page, "invoices-en");
    await page.getByRole("link", { name: "Memberships", exact: true }).click();
    await page.getByRole("heading", { name: "Memberships" }).waitFor();
    await page.getByTestId("memberships").getByText("Active").first().waitFor();
    await checkPage(page, "memberships-en");
    await page.close();
  });
});
