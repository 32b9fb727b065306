import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { writeCsv } from "../test/files.ts";
import { type App, addAccount, checkPage, logIn, startApp } from "./harness.ts";

describe("the registry in a browser", () => {
  let app: App;
  let desaCode = "";

  beforeAll(async () => {
    app = await startApp();
    [{ code: desaCode }] = await app.db.query<{ code: string }>(
      "SELECT code FROM regions WHERE parent_code = '36.03.08' AND name ILIKE 'Mauk Barat'",
    );
    await importFile({
      db: app.db,
      file: writeCsv(path.join(app.dataDir, "..", "dtks.csv"), [
        ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN", "PEKERJAAN"],
        ["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja", "Pedagang"],
        ["3603084105910003", "SUMARNI", "P", "01-05-1991", "Mauk Barat", "Mauk", "Nelayan"],
        ["3603081506850004", "KARTA WIJAYA", "L", "15-06-1985", "Marga Mulya", "Mauk", "Petani"],
      ]),
      source: "dtks",
      regencyCode: "36.03",
      importedBy: "e2e",
    });
    await importFile({
      db: app.db,
      file: writeCsv(path.join(app.dataDir, "..", "nelayan.csv"), [
        ["NIK", "NAMA", "TGL LAHIR", "DESA", "KECAMATAN"],
        ["3603084105910003", "Sumarni", "1991-05-01", "Mauk Barat", "Mauk"],
      ]),
      source: "dkp-nelayan",
      regencyCode: "36.03",
      importedBy: "e2e",
    });
    await runMatching({ db: app.db, runBy: "e2e" });
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await addAccount(app.db, "desa.maukbarat", "desa_operator", desaCode);
  });
  afterAll(() => app?.close());

  it("lets an admin find a person, see where each value came from, and reveal the NIK with a reason", async () => {
    const login = await app.browser.newPage();
    await login.goto(app.url);
    await login.getByLabel("Nama pengguna").waitFor();
    await checkPage(login, "login");
    await login.close();
    const page = await logIn(app, "admin");
    await expect.poll(() => page.getByTestId("overview-persons").textContent()).toContain("3");
    await expect.poll(() => page.getByTestId("overview-listed").textContent()).toContain("4");
    await checkPage(page, "home");

    await page.getByRole("link", { name: "Registri", exact: true }).click();
    await page.getByLabel("Nama").fill("siti am");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByText("1 orang ditemukan").waitFor();
    const rows = page.getByRole("table").getByRole("row");
    expect(await rows.count()).toBe(2); // the header and Siti
    expect(await rows.nth(1).textContent()).toContain("3603••••••••0001");
    await checkPage(page, "persons");

    await page.getByRole("link", { name: "SITI AMINAH" }).click();
    await page.getByRole("heading", { name: "Golden record" }).waitFor();
    await page.getByRole("button", { name: "Tampilkan NIK lengkap" }).click();
    await page.getByLabel("Alasan membuka NIK (dicatat di log audit)").fill("verifikasi data lapangan");
    await page.getByRole("button", { name: "Tampilkan", exact: true }).click();
    await page.getByText("NIK lengkap: 3603015202900001").waitFor();
    await page.reload();
    await page.getByRole("cell", { name: "reveal_nik" }).waitFor(); // the audit trail shows the reveal
    await checkPage(page, "person");

    // English on request, with English number and date formats.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Audit trail" }).waitFor();

    // The administration pages.
    await page.getByRole("link", { name: "Users", exact: true }).click();
    await page.getByRole("cell", { name: "desa.maukbarat" }).first().waitFor();
    await checkPage(page, "users");
    await page.getByRole("link", { name: "Regions", exact: true }).click();
    await page.getByRole("button", { name: "Mauk", exact: true }).click();
    await page.getByRole("cell", { name: "Mauk Barat" }).waitFor();
    await checkPage(page, "regions");
    await page.close();
  });

  it("never shows a desa operator another village's people, on any page, also on a phone", async () => {
    const page = await logIn(app, "desa.maukbarat", { width: 390, height: 844 });
    await expect.poll(() => page.getByTestId("overview-persons").textContent()).toContain("1");
    await checkPage(page, "home-desa-phone");
    await page.goto(`${app.url}/persons`);
    await page.getByRole("table").waitFor();
    const table = (await page.getByRole("table").textContent())?.toUpperCase();
    expect(table).toContain("SUMARNI");
    expect(table).not.toContain("KARTA");
    expect(table).not.toContain("SITI");
    await page.getByLabel("Nama").fill("siti");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByText("Tidak ada orang yang cocok di wilayah Anda.").waitFor();

    // Straight to the address of someone in Balaraja: the page says there is no such person here.
    const [siti] = await app.db.query<{ id: number }>("SELECT id FROM persons WHERE name = 'SITI AMINAH'");
    await page.goto(`${app.url}/persons/${siti.id}`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain(
      `Orang ${siti.id} tidak ada di wilayah Anda.`,
    );
    expect((await page.locator("body").textContent())?.toUpperCase()).not.toContain("AMINAH");
    await checkPage(page, "person-outside-area-phone");

    // Nor on the review queue or the import pages.
    for (const address of ["/review", "/imports"]) {
      await page.goto(`${app.url}${address}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      const text = (await page.locator("body").textContent())?.toUpperCase();
      expect(text, address).not.toContain("AMINAH");
      expect(text, address).not.toContain("KARTA");
    }
    await page.close();
  });
});
