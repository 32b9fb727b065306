import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { writeCsv } from "../test/files.ts";
import { type App, addAccount, checkPage, logIn, startApp } from "./harness.ts";

/**
 * The day of a regency admin, in the browser: import a list with defects, read the summary, fix a
 * quarantined row, run matching, decide the pair it was unsure of, find the merged person.
 */
describe("an import, a fix, matching and a review decision in a browser", () => {
  let app: App;
  const listFile = () => path.join(app.dataDir, "..", "usulan-mauk.csv");

  beforeAll(async () => {
    app = await startApp();
    // A village list already names Karta Wijaya, with no NIK and no birth date.
    await importFile({
      db: app.db,
      file: writeCsv(path.join(app.dataDir, "..", "desa.csv"), [
        ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN"],
        ["", "Karta Wijaya", "L", "", "Mauk Barat", "Mauk"],
      ]),
      source: "usulan-desa",
      regencyCode: "36.03",
      importedBy: "e2e",
    });
    await runMatching({ db: app.db, runBy: "e2e" });
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    fs.mkdirSync(app.dataDir, { recursive: true });
    // The list to import: a column Payung does not know, and a row without a name.
    writeCsv(listFile(), [
      ["NIK", "NAMA", "JENIS KELAMIN", "TGL LAHIR", "DESA", "KECAMATAN", "STATUS KAWIN"],
      ["3603084105910021", "Sumiati", "P", "01-05-1991", "Mauk Barat", "Mauk", "KAWIN"],
      ["3603080203800023", "", "L", "02-03-1980", "Mauk Barat", "Mauk", "BELUM"],
      ["3603081506850022", "KARTA WIJAYA", "L", "15-06-1985", "Marga Mulya", "Mauk", "KAWIN"],
    ]);
  });
  afterAll(() => app?.close());

  it("goes from a raw list to one person per resident", async () => {
    const page = await logIn(app, "admin");
    await page.getByRole("link", { name: "Impor", exact: true }).click();
    await page.getByLabel("Sumber").fill("usulan-mauk");
    await page.locator('input[type="file"]').setInputFiles(listFile());
    await page.getByRole("button", { name: "Unggah dan lihat" }).click();

    // The preview: STATUS KAWIN is not known; the admin says to ignore it.
    await page.getByTestId("import-preview").waitFor();
    expect(await page.getByTestId("import-preview").textContent()).toContain("Sumiati");
    await page.getByText("Pilih artinya").waitFor();
    await checkPage(page, "import-preview");
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await page.getByRole("alert").waitFor(); // refused while a column's meaning is unknown
    expect(await page.getByRole("alert").textContent()).toContain("STATUS KAWIN");
    await page.locator('input[aria-label="Arti kolom STATUS KAWIN"]').click();
    await page.getByRole("option", { name: "(abaikan)" }).click();
    await page.getByRole("button", { name: "Impor", exact: true }).click();

    // The summary: three rows, two accepted, one quarantined with its reason.
    await page.getByTestId("batch-accepted").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("batch-rows").textContent()).toContain("3");
    expect(await page.getByTestId("batch-accepted").textContent()).toContain("2");
    expect(await page.getByTestId("batch-quarantined").textContent()).toContain("1");
    await page.getByTestId("quarantine").getByText("Nama kosong").waitFor();
    await checkPage(page, "import-result");

    // Fix the row in the browser and send it again.
    await page.getByLabel("Baris 2, kolom NAMA").fill("Darsono");
    await page.getByRole("button", { name: "Kirim ulang 1 baris yang diperbaiki" }).click();
    await expect
      .poll(async () => page.getByTestId("batch-accepted").textContent(), { timeout: 30_000 })
      .toContain("1");
    expect(await page.getByTestId("batch-rows").textContent()).toContain("1");
    expect(await page.getByTestId("batch-quarantined").textContent()).toContain("0");

    // Matching, then the pair it is unsure of: the two Karta Wijaya.
    await page.getByRole("link", { name: "Tinjauan", exact: true }).click();
    await page.getByRole("button", { name: "Jalankan pencocokan" }).click();
    await page.getByTestId("review-pair").waitFor({ timeout: 30_000 });
    const pair = (await page.getByTestId("review-pair").textContent())?.toUpperCase() ?? "";
    expect(pair.match(/KARTA WIJAYA/g)).toHaveLength(2);
    await checkPage(page, "review");
    await page.keyboard.press("a");
    await page.getByText("Tidak ada pasangan yang menunggu tinjauan di wilayah Anda.").waitFor();

    // One person now, from both lists.
    await page.getByRole("link", { name: "Registri", exact: true }).click();
    await page.getByLabel("Nama").fill("karta");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByText("1 orang ditemukan").waitFor();
    await page.getByRole("table").getByRole("link").first().click();
    await page.getByRole("heading", { name: "Data sumber" }).waitFor();
    const sources = await page.getByRole("table").first().textContent();
    expect(sources).toContain("usulan-desa");
    expect(sources).toContain("usulan-mauk");
    await page.close();
  });
});
