import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRegions, loadDemo } from "../src/modules/demo/demo.service.ts";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

const number = (n: number) => n.toLocaleString("id-ID");
const rupiah = (n: number) => `Rp${n.toLocaleString("id-ID")}`;

interface PlanFunder {
  id: string;
  name: string;
  capacity: number;
  allocated: number;
  cost: number;
  left: number;
}

/**
 * Targeting and funding in a browser: the ranked list with reasons, a plan made and approved by a
 * regency admin with its figures per funder and kecamatan, and a kecamatan operator who sees only
 * their own kecamatan's persons and cannot approve.
 */
describe("ranking and allocation plans in a browser", () => {
  let app: App;
  // The operator's kecamatan, and another one.
  let kecamatan = { code: "", name: "" };
  let other = { code: "", name: "" };

  beforeAll(async () => {
    app = await startApp();
    [kecamatan, other] = (await demoRegions(app.db, "36.03")).kecamatan;
    // The demo's own accounts, with the journeys' password (the demo keeps accounts that exist).
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    await addAccount(app.db, "operator.kecamatan", "kecamatan_operator", kecamatan.code);
    await loadDemo({ db: app.db, regencyCode: "36.03", people: 1000, seed: 2026, coverage: false });
  });
  afterAll(() => app?.close());

  it("lets an admin read the ranking, make a plan, read it per funder and kecamatan, approve it", async () => {
    const page = await logIn(app, "admin");
    // A regency budget for 100 people a year; a company's for a person or two in the operator's
    // kecamatan for the second half; the province's for 100 people in another kecamatan (too many).
    await callApi(page, "POST", "/funders", {
      code: "apbd-2026",
      name: "APBD Kabupaten 2026",
      type: "apbd",
      budget: 100 * 201_600,
      from: "2026-01",
      to: "2026-12",
      package: "jkk-jkm",
    });
    await callApi(page, "POST", "/funders", {
      code: "csr-pabrik",
      name: "CSR Pabrik Kertas",
      type: "csr",
      budget: 150_000,
      from: "2026-07",
      to: "2026-12",
      package: "jkk-jkm",
      kecamatanCodes: [kecamatan.code],
    });
    await callApi(page, "POST", "/funders", {
      code: "prov-2026",
      name: "APBD Provinsi 2026",
      type: "province",
      budget: 100 * 201_600,
      from: "2026-01",
      to: "2026-12",
      package: "jkk-jkm",
      kecamatanCodes: [other.code],
    });

    // The ranking: who is eligible, in order, and why the others are not.
    await page.getByRole("link", { name: "Peringkat", exact: true }).click();
    await page.getByTestId("ranking").waitFor();
    const summary = await callApi<{ eligible: number; excluded: Record<string, number> }>(
      page,
      "GET",
      "/eligibility?year=2026",
    );
    expect(await page.getByTestId("ranking-eligible").textContent()).toContain(number(summary.eligible));
    const excluded = await page.getByTestId("ranking-excluded").textContent();
    expect(excluded).toContain(
      `${number(summary.excluded.already_covered)} · Sudah peserta BPJS Ketenagakerjaan`,
    );
    expect(excluded).toContain("Di atas batas usia tertinggi pada awal 2026");
    const ranked = await rowTexts(page, "ranking");
    expect(ranked).toHaveLength(Math.min(50, summary.eligible));
    expect(ranked[0]).toMatch(/^1\D/); // rank 1 first
    expect(ranked[0]).toContain("••••"); // NIK masked
    await checkPage(page, "ranking");

    // No plan yet: make one for 2026 through the form, which follows the job and opens the plan.
    await page.getByRole("link", { name: "Rencana", exact: true }).click();
    await page.getByText("Belum ada rencana alokasi.").waitFor();
    await page.getByLabel("Bulan pertama").first().fill("01-2026");
    await page.getByLabel("Bulan terakhir").fill("12-2026");
    await page.getByRole("button", { name: "Buat rencana" }).click();
    await page.getByRole("heading", { name: "Rencana 1" }).waitFor({ timeout: 30_000 });
    await page.getByTestId("plan-funders").waitFor();

    // The figures the page shows are the plan's, per funder and per kecamatan.
    const plan = await callApi<{
      covered: number;
      waitlist: number;
      cost: number;
      funders: PlanFunder[];
      areas: { kecamatan: string; name: string; covered: number; waitlist: number; cost: number }[];
    }>(page, "GET", "/plans/1");
    expect(plan.funders.map((f) => f.id).sort()).toEqual(["apbd-2026", "csr-pabrik", "prov-2026"]);
    const funder = (id: string) => plan.funders.find((f) => f.id === id)!;
    expect(funder("apbd-2026")).toMatchObject({
      capacity: 100,
      allocated: 100,
      cost: 100 * 201_600,
      left: 0,
    });
    expect(funder("csr-pabrik").allocated).toBeGreaterThan(0);
    expect(plan.waitlist).toBeGreaterThan(0);
    expect(await page.getByTestId("plan-covered").textContent()).toContain(number(plan.covered));
    expect(await page.getByTestId("plan-waitlist").textContent()).toContain(number(plan.waitlist));
    expect(await page.getByTestId("plan-cost").textContent()).toContain(rupiah(plan.cost));
    const funderRows = await rowTexts(page, "plan-funders");
    plan.funders.forEach((f, i) => {
      for (const figure of [number(f.capacity), number(f.allocated), rupiah(f.cost), rupiah(f.left)]) {
        expect(funderRows[i]).toContain(figure);
      }
    });
    // The province's budget is not used up (its kecamatan has too few eligible): marked as spare.
    const province = plan.funders.findIndex((f) => f.id === "prov-2026");
    expect(plan.funders[province].allocated).toBeLessThan(plan.funders[province].capacity);
    expect(funderRows[province]).toContain("cukup untuk");
    expect(funderRows.filter((r) => r.includes("cukup untuk"))).toHaveLength(1);
    const areaRows = await rowTexts(page, "plan-areas");
    expect(areaRows).toHaveLength(plan.areas.length);
    const mine = plan.areas.find((a) => a.kecamatan === kecamatan.code)!;
    expect(areaRows.find((r) => r.startsWith(kecamatan.name))).toBe(
      `${kecamatan.name}${number(mine.covered)}${number(mine.waitlist)}${rupiah(mine.cost)}`,
    );
    expect(await page.getByTestId("plan-covered-persons").locator("tbody tr").count()).toBe(
      Math.min(50, plan.covered),
    );
    await checkPage(page, "plan");

    // The waitlist: the next in rank order, with no funder.
    await page.getByRole("tab", { name: `Daftar tunggu (${number(plan.waitlist)})` }).click();
    await page.getByTestId("plan-waiting-persons").waitFor();
    await page.getByText(`${number(plan.waitlist)} orang menunggu`).waitFor();
    expect(await page.getByTestId("plan-waiting-persons").locator("tbody tr").count()).toBe(
      Math.min(50, plan.waitlist),
    );
    await checkPage(page, "plan-waitlist");

    // Approve, after the confirmation: frozen, no more buttons.
    await page.getByRole("button", { name: "Setujui" }).click();
    await page.getByRole("dialog", { name: "Setujui rencana 1?" }).waitFor();
    await page.getByRole("button", { name: "Ya, setujui" }).click();
    await page.getByText("Disetujui", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Setujui" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Hapus draf" }).count()).toBe(0);

    // Back on the list: the approved plan, and what a bigger budget would reach.
    await page.getByRole("link", { name: "← Rencana alokasi" }).click();
    await page.getByTestId("plans").getByText("Disetujui").waitFor();

    // A revision of it, for the same months, made and then thrown away.
    await page.getByRole("combobox", { name: "Revisi dari" }).click();
    await page.getByRole("option", { name: "Rencana 1 · 01-2026 – 12-2026" }).click();
    await page.getByRole("button", { name: "Buat rencana" }).click();
    await page.getByRole("heading", { name: "Rencana 2" }).waitFor({ timeout: 30_000 });
    await page.getByText("revisi rencana 1").waitFor();
    await page.getByRole("button", { name: "Hapus draf" }).click();
    await page.getByRole("button", { name: "Ya, hapus" }).click();
    await page.getByRole("heading", { name: "Rencana alokasi" }).waitFor();
    await expect.poll(() => rowTexts(page, "plans")).toHaveLength(1);
    await page.getByLabel("Anggaran 1", { exact: true }).fill("40320000");
    await page.getByRole("button", { name: "Tambah anggaran" }).click();
    await page.getByLabel("Anggaran 2", { exact: true }).fill("1000000000");
    await page.getByRole("button", { name: "Hitung" }).click();
    await page.getByTestId("reach").waitFor();
    const reach = await rowTexts(page, "reach");
    expect(reach).toHaveLength(2);
    expect(reach[0]).toContain("Rp40.320.000200"); // Rp201.600 a person for 12 months: 200 people
    expect(reach[1]).toContain("Semua yang layak");
    await checkPage(page, "plans");

    // In English, the same pages.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Allocation plans" }).waitFor();
    await page.getByRole("link", { name: "Plan 1", exact: true }).click();
    await page.getByRole("heading", { name: "Plan 1" }).waitFor();
    await page.getByTestId("plan-funders").getByText("Budget left").waitFor();
    await page.getByTestId("plan-covered-persons").waitFor();
    await checkPage(page, "plan-en");
    await page.close();
  });

  it("shows a kecamatan operator the plan's persons of their kecamatan only, and no approval", async () => {
    const page = await logIn(app, "operator.kecamatan");
    await page.getByRole("link", { name: "Rencana", exact: true }).click();
    await page.getByTestId("plans").waitFor();
    expect(await page.getByText("Buat rencana draf").count()).toBe(0);
    await page.getByRole("link", { name: "Rencana 1", exact: true }).click();
    await page.getByTestId("plan-areas").waitFor();
    expect(await page.getByRole("button", { name: "Setujui" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Hapus draf" }).count()).toBe(0);
    const areas = await rowTexts(page, "plan-areas");
    expect(areas).toHaveLength(1);
    expect(areas[0]).toContain(kecamatan.name);

    // Every row of both lists lives in the operator's kecamatan (named once the region names load).
    const inKecamatan = async (testId: string) => {
      await page.getByTestId(testId).waitFor();
      await expect
        .poll(async () => (await rowTexts(page, testId)).every((r) => r.includes(` · ${kecamatan.name}`)))
        .toBe(true);
      return (await rowTexts(page, testId)).length;
    };
    expect(await inKecamatan("plan-covered-persons")).toBeGreaterThan(0);
    await checkPage(page, "plan-kecamatan");
    await page.getByRole("tab", { name: /^Daftar tunggu/ }).click();
    expect(await inKecamatan("plan-waiting-persons")).toBeGreaterThan(0);

    // The ranking too.
    await page.getByRole("link", { name: "Peringkat", exact: true }).click();
    expect(await inKecamatan("ranking")).toBeGreaterThan(0);
    await checkPage(page, "ranking-kecamatan");
    await page.close();
  });
});
