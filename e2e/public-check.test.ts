import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { localToday } from "../src/modules/public-check/public-check.service.ts";
import { type App, addAccount, checkPage, logIn, startApp } from "./harness.ts";

/** The first day of the month `n` months from today's, yyyy-mm-dd. */
function month(n: number): string {
  const [y, m] = localToday().split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10);
}
const dmy = (iso: string) => iso.split("-").reverse().join("-");

// A synthetic fisher of Mauk Barat, covered by the regency since four months ago.
const covered = { nik: "3603084105910003", born: "1991-05-01", name: "SUMARNI RAHAYU" };

/**
 * The public page, without a login: a worker checks their cover and sees what to do after an
 * accident or a death; a neighbour proposes himself; the desa operator finds the proposal in the
 * village's queue and verifies it.
 */
describe("the public status check and self-proposals in a browser", () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp();
    const [desa] = await app.db.query<{ code: string }>(
      "SELECT code FROM regions WHERE parent_code = '36.03.08' AND name ILIKE 'Mauk Barat'",
    );
    await addAccount(app.db, "desa.maukbarat", "desa_operator", desa.code);
    await addFunder({
      db: app.db,
      funder: {
        code: "apbd-uji",
        name: "APBD Kabupaten Uji",
        type: "apbd",
        budget: 1e9,
        from: month(-12).slice(0, 7),
        to: month(12).slice(0, 7),
        package: "jkk-jkm",
      },
      by: "e2e",
    });
    const [person] = await app.db.query<{ id: number }>(
      `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code)
       VALUES ($1, true, $2, $3, '36.03', '36.03.08', $4) RETURNING id`,
      [covered.nik, covered.name, covered.born, desa.code],
    );
    const [plan] = await app.db.query<{ id: number }>(
      `INSERT INTO plans (period_from, period_to, status, summary, created_by)
       VALUES ($1, $2, 'approved', '{}', 'e2e') RETURNING id`,
      [month(-12), month(12)],
    );
    await app.db.query(
      `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
         active_from)
       SELECT $1, $2, id, 'jkk-jkm', $3, 'active', '26010012345678', $4, $5, $4 FROM funders`,
      [person.id, plan.id, covered.nik, month(-4), month(8)],
    );
  });
  afterAll(() => app?.close());

  it("tells a worker, without a login, that they are covered, since when and what to do", async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone
    await page.goto(app.url);
    await page.getByRole("link", { name: /Cek status kepesertaan/ }).click();
    await page.getByRole("heading", { name: "Cek status kepesertaan" }).waitFor();
    const check = page.getByRole("region", { name: "Periksa status" });
    await check.getByLabel("NIK").fill(covered.nik);
    await check.getByLabel("Tanggal lahir").fill(dmy(covered.born));
    await check.getByRole("button", { name: "Periksa" }).click();
    const answer = page.getByTestId("status-answer");
    await answer.getByRole("heading", { name: "Terlindungi" }).waitFor();
    const text = await answer.textContent();
    expect(text).toContain(dmy(month(-4)));
    expect(text).toContain("pemerintah kabupaten/kota (APBD)");
    expect(text).toContain("••••5678");
    expect(text).toContain("Bila terjadi kecelakaan kerja");
    expect(text).toContain("ahli waris");
    for (const secret of [covered.name, covered.nik, "APBD Kabupaten Uji", "26010012345678"]) {
      expect(text).not.toContain(secret);
    }
    await checkPage(page, "public-check-covered");

    // A wrong birth date answers as an unknown NIK and no cover do.
    await check.getByLabel("Tanggal lahir").fill("02-05-1991");
    await check.getByRole("button", { name: "Periksa" }).click();
    await page
      .getByTestId("status-answer")
      .getByText("Tidak ada perlindungan aktif", { exact: true })
      .waitFor();
    await page.close();
  });

  it("takes a proposal from the public page into the village's queue, where the operator verifies it", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${app.url}/cek`);
    const form = page.getByRole("form", { name: "Usulkan diri menjadi peserta" });
    await form.getByLabel("NIK").fill("3603081506850004");
    await form.getByLabel("Nama lengkap (sesuai KTP)").fill("Karta Wijaya");
    await form.getByLabel("Tanggal lahir").fill("15-06-1985");
    await form.getByLabel("Pekerjaan").fill("Nelayan");
    await form.getByRole("combobox", { name: "Kecamatan" }).fill("Mauk");
    await page.getByRole("option", { name: "Mauk", exact: true }).click();
    await form.getByRole("combobox", { name: "Desa/kelurahan" }).fill("Mauk Barat");
    await page.getByRole("option", { name: "Mauk Barat", exact: true }).click();
    await form.getByLabel("Nomor HP (boleh kosong)").fill("081299990002");
    // Without consent the browser does not send it.
    await form.getByRole("button", { name: "Kirim usulan" }).click();
    expect(await page.getByTestId("proposal-sent").count()).toBe(0);
    await form.getByRole("checkbox").check();
    await form.getByRole("button", { name: "Kirim usulan" }).click();
    await page
      .getByTestId("proposal-sent")
      .getByText(/usulan diterima/)
      .waitFor();
    await checkPage(page, "public-check-proposal");
    const [proposal] = await app.db.query<{ status: string; phone: string }>(
      "SELECT status, phone FROM proposals WHERE nik = '3603081506850004'",
    );
    expect(proposal).toEqual({ status: "pending", phone: "081299990002" });
    await page.close();

    const operator = await logIn(app, "desa.maukbarat");
    await operator.getByRole("link", { name: "Usulan" }).click();
    await operator.getByRole("heading", { name: "Usulan warga" }).waitFor();
    const row = operator.getByTestId("proposals").locator("tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("3603••••••••0004");
    await checkPage(operator, "proposals");
    await operator.getByRole("button", { name: "Verifikasi usulan Karta Wijaya" }).click();
    await operator.getByText(/Usulan Karta Wijaya diverifikasi/).waitFor();
    const [record] = await app.db.query<{ source: string; name: string }>(
      "SELECT source, name FROM source_records WHERE nik = '3603081506850004'",
    );
    expect(record).toEqual({ source: "usulan-mandiri", name: "Karta Wijaya" });
  });
});
