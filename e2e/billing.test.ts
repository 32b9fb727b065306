import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAnswer } from "../src/modules/enrolment/answers.service.ts";
import { exportRegistration } from "../src/modules/enrolment/registration.service.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { approvePlan, createPlan } from "../src/modules/plans/plans.service.ts";
import { tempDir, writeCsv } from "../test/files.ts";
import { type App, addAccount, callApi, checkPage, logIn, rowTexts, startApp } from "./harness.ts";

const audit = { actor: "e2e", via: "e2e" };
const premium = 16_800; // JKK + JKM a month for an APBD funder: Rp10.000 + Rp6.800
const rupiah = (n: number) => `Rp${n.toLocaleString("id-ID")}`;
const nik = (i: number) => `36030841057${String(10 + i).padStart(5, "0")}`;

/** Shows another month on the invoices page, as typed (03-2026). */
async function showMonth(page: Page, month: string): Promise<void> {
  await page.getByLabel("Bulan", { exact: true }).first().fill(month);
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await page.waitForURL((url) => url.searchParams.get("month") === month.split("-").reverse().join("-"));
}

/**
 * Money after the invoice in a browser: a regency admin bills January, records part of it (the
 * owed amount goes down) and is refused a payment larger than what is owed; a death reported after
 * February was paid shows on the refunds page and is refunded; BPJS's bill for March is
 * reconciled; three unpaid months warn, a fourth lapses the members after a confirmation.
 */
describe("payments, refunds, reconciliation and lateness in a browser", () => {
  let app: App;
  const tmp = tempDir();

  beforeAll(async () => {
    app = await startApp();
    await addAccount(app.db, "admin", "regency_admin", "36.03");
    // Four fishers in Mauk with an approved plan, registered and accepted by BPJS (KPJ-1 … KPJ-4).
    for (let i = 1; i <= 4; i++) {
      await app.db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, occupation, desil)
         VALUES ($1, true, $2, '1980-05-01', '36.03', '36.03.08',
                 (SELECT min(code) FROM regions WHERE parent_code = '36.03.08'), 'NELAYAN', 1)`,
        [nik(i), `NELAYAN ${i}`],
      );
    }
    await addFunder({
      db: app.db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 4 * 12 * premium,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "e2e",
    });
    const { plan } = await createPlan({
      db: app.db,
      from: "2026-01",
      to: "2026-12",
      regencyCode: "36.03",
      audit,
    });
    await approvePlan({ db: app.db, id: plan, audit });
    await exportRegistration({
      db: app.db,
      planId: plan,
      funderCode: "apbd-2026",
      format: "csv",
      out: path.join(tmp.dir, "daftar.csv"),
      audit,
    });
    const answer = writeCsv(path.join(tmp.dir, "jawaban.csv"), [
      ["NIK", "KPJ", "STATUS"],
      ...[1, 2, 3, 4].map((i) => [nik(i), `KPJ-${i}`, "DITERIMA"]),
    ]);
    await importAnswer({ db: app.db, file: answer, audit });
  });
  afterAll(async () => {
    await app?.close();
    tmp.remove();
  });

  it("records payments, refunds after a death, reconciles BPJS's bill and lapses late members", async () => {
    const page = await logIn(app, "admin");

    // January, generated on the page: four members, nothing paid, nobody late.
    await page.getByRole("link", { name: "Tagihan", exact: true }).click();
    await showMonth(page, "01-2026");
    await page.getByText("Belum ada tagihan untuk bulan 01-2026.").waitFor();
    await page.getByRole("button", { name: "Buat tagihan 01-2026" }).click();
    await page.getByRole("button", { name: "Ya, buat tagihan" }).click();
    await page.getByTestId("invoices").waitFor();
    expect(await page.getByTestId("owed-apbd-2026").textContent()).toBe(rupiah(4 * premium));
    await page.getByText("Tidak ada tunggakan").waitFor();
    await page.getByText("Belum ada pembayaran untuk tagihan 01-2026.").waitFor();
    await checkPage(page, "billing-invoices");

    // A partial payment: the amount starts at what is owed; the owed amount goes down.
    await page.getByRole("button", { name: "Catat pembayaran: APBD 2026" }).click();
    const dialog = page.getByRole("dialog", { name: "Catat pembayaran: APBD 2026 01-2026" });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/^Jumlah dibayar/).inputValue()).toBe(
      (4 * premium).toLocaleString("id-ID"),
    );
    await dialog.getByLabel(/^Jumlah dibayar/).fill("16.800");
    await dialog.getByLabel(/^Tanggal bayar/).fill("20-01-2026");
    await dialog.getByLabel(/^Referensi/).fill("SP2D-0001");
    await checkPage(page, "billing-payment");
    await dialog.getByRole("button", { name: "Simpan pembayaran" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("owed-apbd-2026").textContent()).toBe(rupiah(3 * premium));
    await expect
      .poll(() => rowTexts(page, "payments"))
      .toEqual([`20-01-2026apbd-2026${rupiah(premium)}SP2D-0001admin`]);

    // More than is owed: refused, with the server's message in Indonesian.
    await page.getByRole("button", { name: "Catat pembayaran: APBD 2026" }).click();
    await dialog.getByLabel(/^Jumlah dibayar/).fill(String(4 * premium));
    await dialog.getByRole("button", { name: "Simpan pembayaran" }).click();
    const refused = await dialog.getByRole("alert").textContent();
    expect(refused).toContain(`Pembayaran ${rupiah(4 * premium)} melebihi sisa tagihan`);
    expect(refused).toContain(rupiah(3 * premium));
    await dialog.getByRole("button", { name: "Batal" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByTestId("owed-apbd-2026").textContent()).toBe(rupiah(3 * premium));

    // February billed and paid in full; then a death on 15 January is reported: February's premium
    // for that member goes back to the funder.
    await callApi(page, "POST", "/invoices", { month: "2026-02" });
    await callApi(page, "POST", "/payments", {
      funder: "apbd-2026",
      month: "2026-02",
      amount: 4 * premium,
      paidOn: "2026-02-20",
    });
    const { memberships } = await callApi<{ memberships: { id: number; name: string }[] }>(
      page,
      "GET",
      "/memberships?status=active&limit=10",
    );
    const died = memberships.find((m) => m.name === "NELAYAN 1")!;
    await callApi(page, "POST", `/memberships/${died.id}/end`, { reason: "death", on: "2026-01-15" });

    await page.getByRole("link", { name: "Lihat pengembalian iuran" }).click();
    await page.getByRole("heading", { name: "Pengembalian iuran" }).waitFor();
    await page.getByTestId("refunds").waitFor();
    const [due] = await rowTexts(page, "refunds");
    expect(due).toMatch(/^NELAYAN 1\d{4}•+\d{4}apbd-202602-2026Rp16\.800Meninggal dunia15-01-2026belum/);
    expect(await page.getByTestId("refunds-due").textContent()).toBe(`Harus dikembalikan${rupiah(premium)}`);
    expect(await page.getByRole("link", { name: "NELAYAN 1" }).getAttribute("href")).toMatch(
      /^\/persons\/\d+$/,
    );
    await checkPage(page, "billing-refunds");
    await page.getByRole("button", { name: "Catat pengembalian: NELAYAN 1" }).click();
    const refund = page.getByRole("dialog", { name: "Catat pengembalian: NELAYAN 1" });
    await refund
      .getByText(`1 bulan (02-2026), jumlah ${rupiah(premium)}, dikembalikan kepada apbd-2026.`)
      .waitFor();
    await refund.getByLabel(/^Tanggal dikembalikan/).fill("30-04-2026");
    await refund.getByLabel(/^Referensi/).fill("STS-0042");
    await refund.getByRole("button", { name: "Simpan pengembalian" }).click();
    await page.getByText("Tidak ada iuran yang harus dikembalikan.").waitFor();
    expect(await page.getByTestId("refunds-due").textContent()).toBe("Harus dikembalikanRp0");
    await page.getByText("Semua", { exact: true }).click();
    await expect
      .poll(() => rowTexts(page, "refunds"))
      .toEqual([expect.stringMatching(/15-01-202630-04-2026$/)]);
    await checkPage(page, "billing-refunds-all");

    // BPJS's bill for March: KPJ-2 as billed, NELAYAN 3 at another amount, someone not ours, and
    // NELAYAN 4 missing.
    await callApi(page, "POST", "/invoices", { month: "2026-03" });
    await page.getByRole("link", { name: "Tagihan", exact: true }).click();
    await showMonth(page, "03-2026");
    const reconcile = page.getByRole("region", { name: "Cocokkan tagihan BPJS" });
    await reconcile.getByRole("combobox", { name: "Penyandang dana" }).click();
    await page.getByRole("option", { name: "APBD 2026" }).click();
    expect(await reconcile.getByRole("textbox", { name: "Bulan" }).inputValue()).toBe("03-2026");
    const bill = [
      "KPJ,NIK,IURAN",
      `KPJ-2,,${premium}`,
      `,${nik(3)},20000`,
      `KPJ-9,3603084105709999,${premium}`,
    ];
    await reconcile.locator('input[type="file"]').setInputFiles({
      name: "tagihan-bpjs-03.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bill.join("\n")),
    });
    await reconcile.getByRole("button", { name: "Cocokkan" }).click();
    await page.getByTestId("reconcile-result").waitFor();
    expect(await page.getByTestId("reconcile-matched").textContent()).toBe("Cocok2");
    expect(await page.getByTestId("reconcile-notOurs").textContent()).toBe("Tidak ada di tagihan Payung1");
    expect(await page.getByTestId("reconcile-notBilled").textContent()).toBe("Tidak ditagih BPJS1");
    expect(await page.getByTestId("reconcile-amountDiffers").textContent()).toBe("Jumlah berbeda1");
    expect(await rowTexts(page, "reconcile-notOurs-list")).toEqual([
      expect.stringMatching(/^3\d{4}•+\d{4}KPJ-9tidak dikenal$/),
    ]);
    expect(await rowTexts(page, "reconcile-notBilled-list")).toEqual([
      expect.stringMatching(/^NELAYAN 4\d{4}•+\d{4}KPJ-4$/),
    ]);
    expect(await rowTexts(page, "reconcile-amountDiffers-list")).toEqual([
      expect.stringMatching(/^2\d{4}•+\d{4}KPJ-3Rp16\.800Rp20\.000$/),
    ]);
    await checkPage(page, "billing-reconcile");

    // March to May unpaid: as of June the funder is warned (one more month ends the memberships).
    for (const month of ["2026-04", "2026-05"]) await callApi(page, "POST", "/invoices", { month });
    await showMonth(page, "06-2026");
    await page.getByTestId("lateness").waitFor();
    expect(await rowTexts(page, "lateness")).toEqual([
      `APBD 2026 · apbd-20261 bulan lagi kepesertaan berakhir303-2026${rupiah(9 * premium)}30`,
    ]);
    await checkPage(page, "billing-lateness");

    // June unpaid too: as of July the three members lapse, after a confirmation that says so.
    await callApi(page, "POST", "/invoices", { month: "2026-06" });
    await showMonth(page, "07-2026");
    await expect
      .poll(() => rowTexts(page, "lateness"))
      .toEqual([`APBD 2026 · apbd-2026Kepesertaan berakhir403-2026${rupiah(12 * premium)}03`]);
    await page.getByRole("button", { name: "Akhiri kepesertaan yang menunggak" }).click();
    const lapse = page.getByRole("dialog", { name: "Akhiri kepesertaan yang menunggak?" });
    await lapse
      .getByText(/^3 kepesertaan berakhir karena iurannya tidak dibayar lebih dari 3 bulan/)
      .waitFor();
    await checkPage(page, "billing-lapse");
    await lapse.getByRole("button", { name: "Ya, akhiri 3 kepesertaan" }).click();
    await page.getByText("3 kepesertaan diakhiri karena iuran tidak dibayar.").waitFor();
    await page.getByText("Tidak ada tunggakan").waitFor();
    const lapsed = await callApi<{ memberships: unknown[] }>(
      page,
      "GET",
      "/memberships?status=lapsed&limit=10",
    );
    expect(lapsed.memberships).toHaveLength(3);

    // In English.
    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Invoices" }).waitFor();
    await page.getByText("No late payments").waitFor();
    await page.getByRole("heading", { name: "Reconcile BPJS's bill" }).waitFor();
    await checkPage(page, "billing-invoices-en");
    await page.getByRole("link", { name: "Refunds", exact: true }).click();
    await page.getByRole("heading", { name: "Refunds" }).waitFor();
    await page.getByText("Nothing to refund.").waitFor();
    await page.getByText("All", { exact: true }).click();
    await page.getByTestId("refunds").getByText("Died").waitFor();
    await checkPage(page, "billing-refunds-en");
    await page.close();
  });
});
