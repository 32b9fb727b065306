import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertCompany, insertFunded, insertInvoice } from "../src/modules/portal/portal-fixture.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { pdfText } from "../test/pdf-text.ts";
import { type App, checkPage, password, rowTexts, startApp } from "./harness.ts";

/** A CSR partner logs in: its app is the portal alone (any other address leads back to it). */
async function logInPartner(app: App, username: string): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(app.url);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("heading", { name: "Portal mitra" }).waitFor();
  return page;
}

const person = (n: number, kecamatan: string, occupation: string) => ({
  nik: `36030801018${String(n).padStart(5, "0")}`,
  name: `WARGA PORTAL ${n}`,
  kecamatan,
  occupation,
});

/**
 * The partner portal in a browser: the partner of PT Maju sees the people its money covers as
 * cards and tables, "< 5" where a count is small (and where it would give a small one away), no
 * other page in its navigation, and downloads the impact report; a company without commitments
 * sees what to expect instead.
 */
describe("the partner portal in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    await insertCompany(app.db, {
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
      ],
    });
    await insertCompany(app.db, { code: "pt-baru", name: "PT Baru", commitments: [] });
    // Mauk 12, Kresek 6, Balaraja 3 covered: Balaraja hidden, Kresek with it.
    const ids = await insertFunded(app.db, "csr-maju", [
      ...Array.from({ length: 12 }, (_, i) => person(i, "36.03.08", "NELAYAN")),
      ...Array.from({ length: 6 }, (_, i) => person(20 + i, "36.03.06", "PETANI")),
      ...Array.from({ length: 3 }, (_, i) => person(30 + i, "36.03.01", "PETANI")),
    ]);
    await insertInvoice(app.db, "csr-maju", "2026-01-01", ids, 16_800, { paid: ids.length * 16_800 });
    for (const [username, companyCode] of [
      ["mitra.maju", "pt-maju"],
      ["mitra.baru", "pt-baru"],
    ]) {
      await addUser({
        db: app.db,
        username,
        fullName: `Mitra ${companyCode}`,
        role: "csr_partner",
        areaCode: "36.03",
        password,
        by: "e2e",
        companyCode,
      });
    }
  });
  afterAll(() => app?.close());

  it("shows a partner its portal alone, small counts as < 5, and gives it the impact report", async () => {
    const page = await logInPartner(app, "mitra.maju");
    expect(new URL(page.url()).pathname).toBe("/portal");
    await page.getByText(/PT Maju Sejahtera · Manufaktur · data per/).waitFor();
    // One page in the navigation: the portal.
    const links = await page.getByRole("navigation").getByRole("link").allTextContents();
    expect(links).toEqual(["Portal mitra"]);
    expect(await page.getByTestId("portal-now").textContent()).toMatch(/21$/);
    expect(await rowTexts(page, "portal-kecamatan")).toEqual(["Balaraja< 5", "Kresek< 5", "Mauk12"]);
    expect(await rowTexts(page, "portal-occupation")).toEqual(["NELAYAN12", "PETANI9"]);
    expect(await rowTexts(page, "portal-commitments")).toEqual([
      expect.stringMatching(/^MOU\/001\/2026.*01-01-2026 – 31-12-2026Rp50\.000\.00040\s*21$/),
    ]);
    expect(await page.getByTestId("portal-money").textContent()).toContain("Rp352.800");
    expect(await page.locator("body").textContent()).not.toContain("WARGA PORTAL");
    await checkPage(page, "portal");

    // The impact report downloads as a PDF naming the company, with the same suppression.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh laporan dampak (PDF)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^laporan-dampak-pt-maju-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = (await pdfText(fs.readFileSync(await download.path()))).replace(/\s+/g, " ");
    expect(text).toContain("Laporan Dampak");
    expect(text).toContain("PT Maju Sejahtera");
    expect(text).toMatch(/Balaraja < 5/);
    expect(text).not.toContain("WARGA PORTAL");

    // Any other address leads back to the portal.
    for (const path of ["/persons", "/", "/admin/users", "/claims"]) {
      await page.goto(`${app.url}${path}`);
      await page.waitForURL(/\/portal$/);
    }
    await page.getByRole("heading", { name: "Portal mitra" }).waitFor();
    await page.close();
  });

  it("tells a company without commitments what to expect", async () => {
    const page = await logInPartner(app, "mitra.baru");
    await page.getByText("Perusahaan Anda belum punya komitmen.").waitFor();
    expect(await page.getByRole("link", { name: "Unduh laporan dampak (PDF)" }).count()).toBe(0);
    await checkPage(page, "portal-empty");
    await page.close();
  });
});
