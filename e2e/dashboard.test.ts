import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertClaimMembers } from "../src/modules/claims/claims-fixture.ts";
import type { Dashboard } from "../src/modules/dashboard/dashboard.types.ts";
import { setWorkforce } from "../src/modules/targets/targets.service.ts";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

const mauk = "36.03.08";

/** The shapes the map draws: one SVG path an area (and a few for its legend). */
async function mapShapes(page: Page): Promise<number> {
  return page.getByTestId("coverage-map").locator("svg path[fill]").count();
}

/**
 * The dashboard in a browser: a regency admin opens it from the menu and sees the API's covered
 * count, the map of the 29 kecamatan, each chart's numbers as a table on asking; a click on
 * Kecamatan Mauk in the map narrows everything to Mauk and the map to its desa.
 */
describe("the dashboard in a browser", () => {
  let app: App;
  let maukDesa: number;

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await insertClaimMembers(app.db, [
      { nik: "3603084105800091", name: "KASMADI", activeFrom: "2023-02-01" },
      { nik: "3603084105800092", name: "RASTA", activeFrom: "2024-03-01", desa: 1 },
      { nik: "3603084105800093", name: "WARSINI", activeFrom: "2022-01-01" },
    ]);
    await setWorkforce({
      db: app.db,
      year: new Date().getFullYear(),
      region: mauk,
      informalWorkers: 40,
      source: "uji e2e",
      regencyCode: "36.03",
      audit: { actor: "e2e", via: "test" },
    });
    [{ n: maukDesa }] = await app.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM regions WHERE parent_code = $1",
      [mauk],
    );
  });
  afterAll(() => app?.close());

  it("shows the API's numbers, the map and the tables, and narrows to a kecamatan clicked on the map", async () => {
    const page = await logIn(app, "admin");
    await page.getByRole("link", { name: "Dasbor" }).click();
    await page.getByRole("heading", { name: "Dasbor cakupan" }).waitFor();
    const regency = await callApi<Dashboard>(page, "GET", "/dashboard");
    expect(regency.area.covered).toBe(3);
    await expect
      .poll(() => page.getByTestId("dashboard-covered").textContent())
      .toContain(regency.area.covered.toLocaleString("id-ID"));
    await expect
      .poll(() => page.getByTestId("dashboard-area").textContent())
      .toContain("Kabupaten Tangerang");

    // The map: a shape per kecamatan, labelled schematic.
    await expect.poll(() => mapShapes(page)).toBeGreaterThanOrEqual(29);
    await page.getByText("Peta skematik:").waitFor();

    // The areas chart's numbers as a table: the 29 kecamatan, Mauk with its three.
    const areas = page.getByTestId("chart-areas");
    await areas.getByRole("button", { name: "Tampilkan tabel" }).click();
    const rows = await rowTexts(page, "chart-areas-table");
    expect(rows).toHaveLength(29);
    expect(rows.find((r) => r.startsWith("Mauk"))).toMatch(/^Mauk3/);
    await expect
      .poll(() => areas.getByRole("button", { name: "Tampilkan grafik" }).getAttribute("aria-pressed"))
      .toBe("true");
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await checkPage(page, "dashboard-regency");

    // A click on Mauk in the map opens Mauk: its numbers, its desa on the map.
    await page
      .getByTestId("coverage-map")
      .locator("svg text", { hasText: /^Mauk$/ })
      .click();
    await page.waitForURL((url) => url.searchParams.get("area") === mauk);
    await expect.poll(() => page.getByTestId("dashboard-area").textContent()).toContain("Mauk");
    const kecamatan = await callApi<Dashboard>(page, "GET", `/dashboard?area=${mauk}`);
    await expect
      .poll(() => page.getByTestId("dashboard-covered").textContent())
      .toContain(kecamatan.area.covered.toLocaleString("id-ID"));
    await expect.poll(() => mapShapes(page)).toBeGreaterThanOrEqual(maukDesa);
    await expect.poll(() => page.getByTestId("dashboard-coverageRate").textContent()).toContain("7,5%");
    await page.getByTestId("chart-areas").getByRole("button", { name: "Tampilkan tabel" }).click();
    expect(await rowTexts(page, "chart-areas-table")).toHaveLength(maukDesa);
    await checkPage(page, "dashboard-kecamatan");
  });
});
