import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

/** Screenshot and accessibility check once modals have finished opening or closing. */
async function check(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await checkPage(page, name);
}

/**
 * CSR partners in a browser: a regency admin adds a company, its MoU with two signatories and a
 * commitment for Kecamatan Mauk, accepts the commitment (its funder appears in /api/v1/funders),
 * sends a circular letter and records the company's answer; the follow-up list empties. An auditor
 * reads the pages without the buttons that change them.
 */
describe("CSR partners in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await addAccount(app.db, "inspektorat", "auditor", "36.03");
  });
  afterAll(() => app?.close());

  it("adds a company, its MoU and a commitment, accepts it into a funder and records a circular answer", async () => {
    const page = await logIn(app, "admin");
    await page.getByRole("link", { name: "Mitra CSR", exact: true }).click();
    await page.getByRole("heading", { name: "Mitra CSR", exact: true }).waitFor();
    await page.getByText("Belum ada perusahaan.").waitFor();
    await check(page, "partners-empty");

    // The company: its page opens once it is saved.
    await page.getByRole("button", { name: "Tambah perusahaan" }).click();
    const add = page.getByRole("dialog", { name: "Tambah perusahaan" });
    await add.getByLabel(/^Kode/).fill("pt-maju-jaya");
    await add.getByLabel(/^Nama perusahaan/).fill("PT Maju Jaya");
    await add.getByLabel(/^Sektor usaha/).fill("manufaktur");
    await add.getByLabel(/^Narahubung CSR/).fill("Bu Rina");
    await add.getByLabel(/^Telepon/).fill("021-5550123");
    await check(page, "partners-company-new");
    await add.getByRole("button", { name: "Simpan" }).click();
    await page.waitForURL(/\/partners\/companies\/\d+$/);
    await page.getByRole("heading", { name: "PT Maju Jaya" }).waitFor();

    // The MoU with its signatories in order.
    await page.getByRole("button", { name: "Tambah MoU" }).click();
    const mou = page.getByRole("dialog", { name: "Tambah MoU" });
    await mou.getByLabel(/^Nomor MoU/).fill("415/012/MoU/2026");
    await mou.getByLabel(/^Ditandatangani/).fill("20-01-2026");
    await mou.getByLabel(/^Berlaku mulai/).fill("20-01-2026");
    await mou.getByLabel(/^Berlaku sampai/).fill("19-01-2031");
    await mou.getByRole("textbox", { name: "Penanda tangan 1" }).fill("Bupati Tangerang");
    await mou.getByRole("button", { name: "Tambah penanda tangan" }).click();
    await mou.getByRole("textbox", { name: "Penanda tangan 2" }).fill("Direktur Utama PT Maju Jaya");
    await check(page, "partners-mou-new");
    await mou.getByRole("button", { name: "Simpan" }).click();
    await mou.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "mous"))
      .toEqual([
        expect.stringMatching(
          /^415\/012\/MoU\/202620-01-202620-01-2026 – 19-01-2031Bupati TangerangDirektur Utama PT Maju JayaBerlaku, \d+ hari lagiUbah$/,
        ),
      ]);

    // A commitment for Kecamatan Mauk: Rp25.200.000 covers 1.000 people for April–June 2026.
    await page.getByRole("button", { name: "Catat komitmen" }).click();
    const commit = page.getByRole("dialog", { name: "Catat komitmen dana" });
    await commit.getByLabel(/^Anggaran/).fill("25200000");
    await commit.getByLabel(/^Jumlah pekerja/).fill("1000");
    await commit.getByLabel(/^Bulan mulai/).fill("04-2026");
    await commit.getByLabel(/^Bulan akhir/).fill("06-2026");
    await commit.getByRole("combobox", { name: /^Kecamatan/ }).click();
    await page.getByRole("option", { name: "Mauk", exact: true }).click();
    await page.keyboard.press("Tab"); // the choices stay open for more; leaving the field closes them
    await check(page, "partners-commitment-new");
    await commit.getByRole("button", { name: "Simpan" }).click();
    await commit.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "commitments"))
      .toEqual([
        expect.stringMatching(
          /^04-2026 – 06-2026.*Rp25\.200\.000.*1\.000cukup untuk 1\.000 orangMaukBelum diterima/,
        ),
      ]);

    // Accepted: a CSR funder allocation can spend.
    await page.getByRole("button", { name: /^Terima komitmen \d+$/ }).click();
    const accept = page.getByRole("dialog", { name: "Terima komitmen" });
    await accept.getByText("cukup untuk 1.000 orang", { exact: false }).waitFor();
    await check(page, "partners-accept");
    await accept.getByRole("button", { name: "Ya, terima" }).click();
    await accept.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "commitments"))
      .toEqual([expect.stringMatching(/csr-pt-maju-jaya-\d+/)]);
    const { funders } = await callApi<{ funders: { code: string; type: string; budget: number }[] }>(
      page,
      "GET",
      "/funders",
    );
    expect(funders).toEqual([
      expect.objectContaining({
        code: expect.stringMatching(/^csr-pt-maju-jaya-\d+$/),
        type: "csr",
        budget: 25_200_000,
      }),
    ]);
    await check(page, "partners-company");

    // A circular letter to the company, whose answer-by day has passed: it is due for a call.
    await page.getByRole("link", { name: "Mitra CSR", exact: true }).click();
    await page.getByRole("link", { name: "Surat edaran", exact: true }).click();
    await page.getByRole("heading", { name: "Surat edaran", exact: true }).waitFor();
    await page.getByText("Belum ada surat edaran.").waitFor();
    await page.getByRole("button", { name: "Buat surat edaran" }).click();
    const letter = page.getByRole("dialog", { name: "Buat surat edaran" });
    await letter.getByLabel(/^Nomor surat/).fill("560/117/Disnaker/2026");
    await letter.getByLabel(/^Perihal/).fill("Ajakan perlindungan pekerja rentan melalui dana CSR");
    await letter.getByLabel(/^Tanggal kirim/).fill("01-04-2026");
    await letter.getByLabel(/^Batas jawaban/).fill("30-04-2026");
    await letter.getByRole("combobox", { name: /^Perusahaan penerima/ }).click();
    await page.getByRole("option", { name: "PT Maju Jaya" }).click();
    await page.keyboard.press("Tab");
    await check(page, "partners-circular-new");
    await letter.getByRole("button", { name: "Simpan" }).click();
    await letter.waitFor({ state: "hidden" });
    await page.waitForURL(/\?circular=\d+$/);
    await page.getByRole("heading", { name: "Jawaban atas 560/117/Disnaker/2026" }).waitFor();
    await expect
      .poll(() => rowTexts(page, "follow-ups"))
      .toEqual([
        expect.stringMatching(
          /^PT Maju JayaBu Rina · 021-5550123560\/117\/Disnaker\/2026.*30-04-2026 · terlambat \d+ hari/,
        ),
      ]);
    expect(await page.getByTestId("partners.summary-noAnswer").textContent()).toBe("Belum menjawab1");
    await check(page, "partners-circular");

    // The answer: willing. Nobody is left to call.
    await page
      .getByTestId("recipients")
      .getByRole("button", { name: "Catat jawaban PT Maju Jaya atas 560/117/Disnaker/2026" })
      .click();
    const answer = page.getByRole("dialog", { name: "Jawaban PT Maju Jaya" });
    await answer.getByRole("radio", { name: "Bersedia" }).check();
    await answer.getByLabel(/^Tanggal jawaban/).fill("20-04-2026");
    await answer.getByLabel(/^Catatan/).fill("Siap 1.000 pekerja");
    await check(page, "partners-answer");
    await answer.getByRole("button", { name: "Simpan" }).click();
    await answer.waitFor({ state: "hidden" });
    await expect
      .poll(() => rowTexts(page, "recipients"))
      .toEqual([expect.stringMatching(/^PT Maju Jaya.*01-04-2026Bersedia20-04-2026–Siap 1\.000 pekerja/)]);
    await page.getByText("Tidak ada yang perlu dihubungi.").waitFor();
    expect(await page.getByTestId("partners.summary-willing").textContent()).toBe("Bersedia1");

    // The company list shows the answer; the filter of those who have not answered is empty.
    await page.getByRole("link", { name: "Perusahaan", exact: true }).click();
    await expect.poll(() => rowTexts(page, "companies")).toEqual([expect.stringContaining("Bersedia")]);
    await page.getByRole("combobox", { name: "Surat edaran terakhir" }).click();
    await page.getByRole("option", { name: "Belum menjawab" }).click();
    await page.getByText("Tidak ada perusahaan yang cocok dengan saringan ini.").waitFor();
    await page.close();
  });

  it("shows an auditor the same pages without the buttons that change them", async () => {
    const page = await logIn(app, "inspektorat");
    await page.getByRole("link", { name: "Mitra CSR", exact: true }).click();
    await expect.poll(() => rowTexts(page, "companies")).toEqual([expect.stringContaining("PT Maju Jaya")]);
    expect(await page.getByRole("button", { name: "Tambah perusahaan" }).count()).toBe(0);
    await page.getByRole("link", { name: "PT Maju Jaya" }).click();
    await page.getByRole("heading", { name: "PT Maju Jaya" }).waitFor();
    await expect
      .poll(() => rowTexts(page, "circular-history"))
      .toEqual([expect.stringContaining("Bersedia")]);
    expect(await page.getByRole("button", { name: "Tambah MoU" }).count()).toBe(0);
    await check(page, "partners-company-auditor");
    await page.close();
  });
});
