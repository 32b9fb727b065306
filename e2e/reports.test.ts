import fs from "node:fs";
import { readXlsx } from "hucre/xlsx";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertClaimMembers } from "../src/modules/claims/claims-fixture.ts";
import { pdfText } from "../test/pdf-text.ts";
import { type App, addAccount, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

/** Screenshot and accessibility check once modals have finished opening or closing. */
async function check(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await checkPage(page, name);
}

/**
 * Reports in a browser: the regency admin records a regulation for the Paritrana dossier, then
 * downloads the funder statement as XLSX and the dossier as PDF, each stating its data date; a
 * kecamatan operator is offered only the coverage report of their own area, and a wrong period
 * gets the server's clear message instead of a file.
 */
describe("reports in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await addAccount(app.db, "op.mauk", "kecamatan_operator", "36.03.08");
    await insertClaimMembers(app.db, [
      { nik: "3603084105800091", name: "KASMADI", activeFrom: "2026-01-01" },
    ]);
  });
  afterAll(() => app?.close());

  it("records a regulation and downloads the funder statement and the dossier", async () => {
    const page = await logIn(app, "admin");
    await page.getByRole("link", { name: "Laporan", exact: true }).click();
    await page.getByRole("heading", { name: "Laporan", level: 1 }).waitFor();

    // The registers' tab: a regulation for the dossier.
    await page.getByRole("tab", { name: "Regulasi & inovasi" }).click();
    await page.getByText("Belum ada regulasi tercatat.").waitFor();
    await page.getByRole("button", { name: "Tambah regulasi" }).click();
    const form = page.getByRole("dialog", { name: "Tambah regulasi" });
    await form.getByLabel(/^Nomor/).fill("12 Tahun 2024");
    await form.getByLabel(/^Judul/).fill("Perlindungan Pekerja Rentan");
    await form.getByLabel(/^Ditetapkan/).fill("01-03-2024");
    await check(page, "reports-regulation");
    await form.getByRole("button", { name: "Simpan" }).click();
    await form.waitFor({ state: "hidden" });
    expect(await rowTexts(page, "regulations")).toEqual([
      expect.stringContaining("Peraturan Bupati12 Tahun 2024Perlindungan Pekerja Rentan01-03-2024"),
    ]);

    // The funder statement as XLSX: the funder's budget, and the data date in ISO.
    await page.getByRole("tab", { name: "Laporan", exact: true }).click();
    await page.getByRole("radio", { name: /Laporan penyandang dana/ }).check();
    await page.getByRole("combobox", { name: "Penyandang dana" }).click();
    await page.getByRole("option", { name: "APBD Kabupaten (apbd-klaim)" }).click();
    await check(page, "reports-funder");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh XLSX" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("laporan-penyandang-dana-apbd-klaim-2023-01-2026-12.xlsx");
    const book = await readXlsx(new Uint8Array(fs.readFileSync(await xlsx.path())));
    const info = book.sheets.find((s) => s.name === "Info")!.rows;
    expect(info.find((r) => r[0] === "Data per (tanggal data)")?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const summary = book.sheets.find((s) => s.name === "Ringkasan")!.rows;
    expect(summary.find((r) => r[0] === "Anggaran (seluruh periode dana)")?.[1]).toBe(1_000_000_000);
    await page.getByText(/Berkas laporan-penyandang-dana-apbd-klaim-.*\.xlsx diunduh\./).waitFor();

    // The dossier as PDF lists the regulation.
    await page.getByRole("radio", { name: /Dosir Paritrana Award/ }).check();
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^dosir-paritrana-\d{4}\.pdf$/);
    const text = (await pdfText(fs.readFileSync(await pdf.path()))).replace(/\s+/g, " ");
    expect(text).toContain("Dosir Paritrana Award");
    expect(text).toMatch(/Data per \d{2}-\d{2}-\d{4}/);
    expect(text).toContain("12 Tahun 2024");

    // A reversed period: the server's message, no file.
    await page.getByRole("radio", { name: /Laporan klaim/ }).check();
    await page.getByLabel(/^Dari tanggal/).fill("31-12-2026");
    await page.getByLabel(/^Sampai tanggal/).fill("01-01-2026");
    await page.getByRole("button", { name: "Unduh PDF" }).click();
    await page.getByRole("alert").getByText("Awal periode 2026-12-31 sesudah akhirnya 2026-01-01").waitFor();
    await check(page, "reports-error");
  });

  it("offers a kecamatan operator the coverage report of their own area only", async () => {
    const page = await logIn(app, "op.mauk");
    await page.getByRole("link", { name: "Laporan", exact: true }).click();
    await page.getByRole("heading", { name: "Laporan", level: 1 }).waitFor();
    expect(await page.getByRole("radiogroup", { name: "Laporan" }).getByRole("radio").count()).toBe(1);
    await page.getByRole("radio", { name: /Cakupan bulanan/ }).waitFor();
    await page.getByRole("combobox", { name: "Wilayah" }).click();
    const areas = await page.getByRole("option").allTextContents();
    expect(areas[0]).toBe("Mauk (36.03.08)");
    expect(areas.every((a) => a.includes("36.03.08"))).toBe(true);
    await page.keyboard.press("Escape");
    await check(page, "reports-operator");
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^laporan-cakupan-36\.03\.08-\d{4}-\d{2}\.pdf$/);
    const text = (await pdfText(fs.readFileSync(await pdf.path()))).replace(/\s+/g, " ");
    expect(text).toContain("Kecamatan Mauk (36.03.08)");
    expect(text).not.toContain("KASMADI");
    // The registers: read, not changed.
    await page.getByRole("tab", { name: "Regulasi & inovasi" }).click();
    await page.getByText("Belum ada inovasi tercatat.").waitFor();
    expect(await page.getByRole("button", { name: "Tambah regulasi" }).count()).toBe(0);
  });
});
