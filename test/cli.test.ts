import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { maskNik } from "../src/common/nik.ts";
import { tempDir, writeCsv } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

/** The command line as a user runs it: a real process on a real (embedded) database. */
const bin = path.resolve("bin/payung");
const tmp = tempDir();
const env = { ...process.env, PAYUNG_DATA_DIR: path.join(tmp.dir, "data"), PAYUNG_LANG: "" };

async function payung(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return payungWithInput("", ...args);
}

async function payungWithInput(
  input: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const child = promisify(execFile)(process.execPath, [bin, ...args], { env });
    child.child.stdin?.end(input);
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("bin/payung", () => {
  afterAll(() => tmp.remove());

  it("has --help on every command and exits 2 on usage errors", async () => {
    for (const args of [
      ["--help"],
      ["nik", "check", "--help"],
      ["import", "--help"],
      ["imports", "quarantine", "--help"],
    ]) {
      const run = await payung(...args);
      expect(run.code, args.join(" ")).toBe(0);
      expect(run.stdout).toContain("Usage: payung");
    }
    expect((await payung("bogus")).code).toBe(2);
    expect((await payung("import", "x.csv")).code).toBe(2); // --source is required
    expect((await payung("regions", "list", "--no-such-option")).code).toBe(2);
  });

  it("checks an NIK and lists regions as JSON", async () => {
    const nik = await payung("nik", "check", "3602041211870001", "--json");
    expect(nik.code).toBe(0);
    expect(JSON.parse(nik.stdout)).toMatchObject({
      valid: true,
      sex: "L",
      birthDate: "1987-11-12",
      issuedIn: {
        province: { code: "36", name: "Banten" },
        regency: { code: "36.02", name: "Kabupaten Lebak" },
      },
      problems: [],
    });
    const bad = JSON.parse((await payung("nik", "check", "3602043511870001", "--json")).stdout);
    expect(bad.valid).toBe(false);
    expect(bad.problems[0]).toMatchObject({ code: "nik_invalid_date", severity: "error" });
    const regions = await payung("regions", "list", "--parent", "36.03", "--json");
    expect(JSON.parse(regions.stdout).regions).toHaveLength(29);
    const missing = await payung("regions", "list", "--parent", "99.99");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Kode wilayah 99.99 tidak ditemukan");
  });

  it("imports a list, recognises it again, and shows batches and quarantine", async () => {
    const file = writeCsv(path.join(tmp.dir, "nelayan.csv"), [
      ["No KTP", "Nama Nelayan", "L/P", "Tgl Lahir", "Desa", "Kecamatan", "Pekerjaan"],
      ["3603081211870001", "Karta", "L", "12/11/1987", "Mauk Barat", "Mauk", "Nelayan"],
      ["", "", "L", "", "Mauk Barat", "Mauk", "Nelayan"],
      ["TOTAL", "", "", "", "", "", ""],
    ]);
    const first = await payung("import", file, "--source", "dkp-nelayan", "--json");
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({
      source: "dkp-nelayan",
      file: "nelayan.csv",
      rows: 3,
      accepted: 1,
      quarantined: 1,
      skipped: 1,
    });
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        "source",
        "file",
        "rows",
        "accepted",
        "quarantined",
        "skipped",
        "issues",
        "batch",
      ]),
    );
    const again = await payung("import", file, "--source", "dkp-nelayan");
    expect(again.stdout).toContain("sudah pernah diimpor");
    const list = JSON.parse((await payung("imports", "list", "--json")).stdout);
    expect(list).toHaveLength(1);
    const match = JSON.parse((await payung("match", "--json")).stdout);
    expect(match).toMatchObject({ records: 1, persons: 1, linked_exact: 1, linked_fuzzy: 0, review: 0 });
    expect(Object.keys(match)).toEqual(
      expect.arrayContaining(["records", "persons", "linked_exact", "linked_fuzzy", "review", "seconds"]),
    );
    const trusted = JSON.parse((await payung("sources", "trust", "dkp-nelayan", "80", "--json")).stdout);
    expect(trusted).toMatchObject({ name: "dkp-nelayan", kind: "people", trust: 80, batches: 1, records: 1 });
    expect((await payung("sources", "trust", "dkp-nelayan", "120")).code).toBe(1);
    const csv = await payung("imports", "quarantine", String(summary.batch), "--csv");
    expect(csv.stdout.split("\n")[0]).toBe(
      "row,disposition,reasons,No KTP,Nama Nelayan,L/P,Tgl Lahir,Desa,Kecamatan,Pekerjaan",
    );
    expect(csv.stdout).toContain("2,quarantined,name_missing");
  });

  it("explains unknown headers in the chosen language and exits 1", async () => {
    const file = writeCsv(path.join(tmp.dir, "poktan.csv"), [
      ["NIK", "NAMA", "Luas Lahan"],
      ["3603081211870001", "Karta", "1"],
    ]);
    const run = await payung("--lang", "en", "import", file, "--source", "poktan");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Unknown columns in poktan.csv: 'Luas Lahan'");
    expect(run.stderr).toContain('"Luas Lahan": null');
    const json = await payung("import", file, "--source", "poktan", "--json");
    expect(JSON.parse(json.stdout).error).toMatchObject({
      code: "headers_unknown",
      details: { unknownHeaders: ["Luas Lahan"] },
    });
    const nofile = await payung("import", path.join(tmp.dir, "nope.csv"), "--source", "x");
    expect(nofile.code).toBe(1);
    expect(nofile.stderr).toContain("tidak ditemukan");
  });

  it("takes a reviewer through the queue: list, show side by side, accept, and settings", async () => {
    const header = ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN"];
    const dtks = writeCsv(path.join(tmp.dir, "dtks.csv"), [
      header,
      ["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja"],
    ]);
    const desa = writeCsv(path.join(tmp.dir, "usulan.csv"), [
      header,
      ["", "Siti Aminah", "P", "", "Talagasari", "Balaraja"],
    ]);
    expect((await payung("import", dtks, "--source", "dtks")).code).toBe(0);
    expect((await payung("import", desa, "--source", "usulan-desa")).code).toBe(0);
    const match = JSON.parse((await payung("match", "--json")).stdout);
    expect(match).toMatchObject({ review: 1, unlinked: 0 });

    const [item] = JSON.parse((await payung("review", "list", "--json")).stdout);
    expect(item).toMatchObject({ kind: "possible_duplicate", status: "open" });
    const shown = await payung("--lang", "en", "review", "show", String(item.id));
    expect(shown.stdout).toMatch(/~ area\s+36\.03\.01\.\d+\s+36\.03\.01\.\d+\s+same_kecamatan/);
    expect(shown.stdout).toMatch(/ {2}name\s+SITI AMINAH\s+Siti Aminah\s+same \(\+/);
    const accepted = await payung("--lang", "en", "review", "accept", String(item.id));
    expect(accepted.stdout).toContain("Both records are now one person");
    expect((await payung("review", "list")).stdout).toContain("Tidak ada yang perlu ditinjau");
    expect((await payung("review", "accept", String(item.id))).code).toBe(1);
    const verified = JSON.parse((await payung("audit", "verify", "--json")).stdout);
    expect(verified).toMatchObject({ ok: true, broken: null });
    expect(verified.entries).toBeGreaterThanOrEqual(3); // the run, the look, the decision
    const trail = JSON.parse(
      (await payung("audit", "show", "--person", String(item.a.person), "--json")).stdout,
    );
    expect(trail.map((e: { action: string }) => e.action)).toEqual(["read", "change"]);

    expect(JSON.parse((await payung("match", "settings", "--json")).stdout)).toEqual({
      linkWeight: 12,
      reviewWeight: 4,
    });
    const changed = JSON.parse((await payung("match", "settings", "--link", "14", "--json")).stdout);
    expect(changed).toEqual({ linkWeight: 14, reviewWeight: 4 });
    expect((await payung("match", "settings", "--review", "20")).code).toBe(1);
  });

  it("adds an account with the password from standard input, and lists accounts", async () => {
    const args = ["users", "add", "ani.mauk", "--name", "Ani Suryani", "--role", "kecamatan_operator"];
    const added = await payungWithInput("payung-mauk-2026\n", ...args, "--area", "36.03.08", "--json");
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ username: "ani.mauk", role: "kecamatan_operator" });
    const wrongArea = await payungWithInput("payung-mauk-2026\n", "--lang", "en", ...args, "--area", "36.03");
    expect(wrongArea.code).toBe(1);
    expect(wrongArea.stderr).toContain("Role kecamatan_operator works on an area of level 3");
    const list = JSON.parse((await payung("users", "list", "--json")).stdout);
    expect(list.map((u: { username: string }) => u.username)).toEqual(["ani.mauk"]);
    expect(JSON.stringify(list)).not.toContain("argon2");
  });

  it("prices cover from the dated rules (a month, a plan, a new rate from a later month) and counts who is eligible", async () => {
    const premium = await payung(
      "tariffs",
      "premium",
      "--package",
      "jkk-jkm",
      "--month",
      "2026-03",
      "--json",
    );
    expect(JSON.parse(premium.stdout)).toMatchObject({
      total: 16_800,
      lines: [
        { program: "JKK", amount: 10_000 },
        { program: "JKM", amount: 6_800 },
      ],
    });
    // PP 50/2025 halves it for a CSR payer from April, not for the APBD.
    const csr = await payung(
      "tariffs",
      "premium",
      "--package",
      "jkk-jkm",
      "--month",
      "2026-04",
      "--funder-type",
      "csr",
      "--json",
    );
    expect(JSON.parse(csr.stdout).total).toBe(8_400);
    const plan = await payung(
      "plan",
      "cost",
      "--people",
      "100000",
      "--months",
      "12",
      "--package",
      "jkk-jkm",
      "--from",
      "2026-01",
    );
    expect(plan.stdout.trim()).toBe("100.000 orang × 12 bulan (jkk-jkm): Rp20.160.000.000");
    const rounded = await payung(
      "plan",
      "cost",
      "--people",
      "11250",
      "--months",
      "12",
      "--package",
      "jkk-jkm",
      "--unit-rate",
      "17000",
      "--json",
    );
    expect(JSON.parse(rounded.stdout).total).toBe(2_295_000_000);

    expect(
      (
        await payung(
          "tariffs",
          "add",
          "--program",
          "JKM",
          "--flat",
          "7500",
          "--from",
          "2027-01",
          "--source",
          "uji",
        )
      ).code,
    ).toBe(0);
    const later = await payung("tariffs", "premium", "--package", "jkk-jkm", "--month", "2027-01", "--json");
    expect(JSON.parse(later.stdout).total).toBe(17_500);
    const again = await payung(
      "tariffs",
      "add",
      "--program",
      "JKM",
      "--flat",
      "8000",
      "--from",
      "2027-01",
      "--source",
      "uji",
      "--lang",
      "en",
    );
    expect([again.code, again.stderr]).toEqual([
      1,
      expect.stringContaining("JKM already has a rate from 2027-01"),
    ]);
    const ranked = JSON.parse((await payung("ranking", "--year", "2026", "--limit", "3", "--json")).stdout);
    expect(ranked.persons.map((p: { rank: number }) => p.rank)).toEqual(
      [1, 2, 3].slice(0, ranked.persons.length),
    );
    const funder = await payung(
      "funders",
      "add",
      "--code",
      "apbd-2026",
      "--name",
      "APBD 2026",
      "--type",
      "apbd",
      "--budget",
      "999936000",
      "--from",
      "2026-01",
      "--to",
      "2026-10",
      "--package",
      "jkk-jkm",
      "--json",
    );
    expect(JSON.parse(funder.stdout)).toMatchObject({ capacity: 5_952, bpjsCode: "SG" });
    expect((await payung("funders", "list")).stdout).toContain("5.952");
    const made = JSON.parse(
      (await payung("plan", "create", "--from", "2026-01", "--to", "2026-10", "--json")).stdout,
    );
    expect(made).toMatchObject({
      status: "draft",
      funders: [{ id: "apbd-2026", name: "APBD 2026", capacity: 5_952, allocated: made.covered }],
      excluded: expect.any(Object),
    });
    expect(made.covered + made.waitlist).toBe(made.eligible);
    expect(made.funders[0].cost + made.funders[0].left).toBe(999_936_000);
    const approved = await payung("plan", "approve", String(made.plan), "--lang", "en");
    expect(approved.stdout).toContain(`Plan ${made.plan} (approved)`);
    const frozen = await payung("plan", "delete", String(made.plan), "--lang", "en");
    expect([frozen.code, frozen.stderr]).toEqual([1, expect.stringContaining("is approved and frozen")]);
    const file = path.join(tmp.dir, "daftar.csv");
    const sent = JSON.parse(
      (
        await payung(
          "enrol",
          "export",
          "--plan",
          String(made.plan),
          "--funder",
          "apbd-2026",
          "--out",
          file,
          "--json",
        )
      ).stdout,
    );
    expect(sent.rows + sent.refused).toBe(made.covered);
    expect(sent.rows).toBeGreaterThan(0);
    {
      const firstNik = fs.readFileSync(file, "utf8").split("\n")[1].split(",")[0];
      const answer = writeCsv(path.join(tmp.dir, "jawaban.csv"), [
        ["NIK", "KPJ", "STATUS"],
        [firstNik, "26010000001", "DITERIMA"],
      ]);
      const answered = JSON.parse((await payung("enrol", "answer", answer, "--json")).stdout);
      expect(answered).toMatchObject({ rows: 1, accepted: 1 });
      const active = JSON.parse((await payung("memberships", "list", "--status", "active", "--json")).stdout);
      expect(active.map((m: { kpj: string }) => m.kpj)).toEqual(["26010000001"]);
      const shown = await payung("memberships", "show", String(active[0].id));
      expect(shown.stdout).toContain("accepted");
      const billed = JSON.parse(
        (await payung("invoices", "generate", "--month", "2026-03", "--json")).stdout,
      );
      expect(billed).toMatchObject({ month: "2026-03", members: 1, amount: 16_800 });
    }
    const reach = JSON.parse(
      (
        await payung(
          "plan",
          "reach",
          "--budget",
          "201600,0",
          "--months",
          "12",
          "--package",
          "jkk-jkm",
          "--from",
          "2026-01",
          "--json",
        )
      ).stdout,
    );
    expect(reach.scenarios.map((s: { people: number }) => s.people)).toEqual([1, 0]);
    const summary = JSON.parse((await payung("eligibility", "summary", "--year", "2026", "--json")).stdout);
    expect(summary).toMatchObject({
      year: 2026,
      rulesYear: 2026,
      excluded: { age_below: expect.any(Number) },
    });
    const unknown = await payung(
      "tariffs",
      "premium",
      "--package",
      "emas",
      "--month",
      "2026-13",
      "--lang",
      "en",
    );
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining("Unknown package 'emas'")]);
  });

  it("records a payment, checks lateness, reconciles BPJS's bill and lists refunds", async () => {
    const paid = await payung(
      "invoices",
      "pay",
      "--funder",
      "apbd-2026",
      "--month",
      "2026-03",
      "--amount",
      "16.800",
      "--on",
      "2026-03-20",
      "--lang",
      "en",
    );
    expect(paid.stdout).toContain("apbd-2026 2026-03: paid Rp16.800 of Rp16.800, Rp0 owed");
    const late = JSON.parse((await payung("invoices", "late", "--month", "2026-04", "--json")).stdout);
    expect(late).toMatchObject({ lateMonths: 3, funders: [], lapsed: 0 });
    const bill = writeCsv(path.join(tmp.dir, "tagihan.csv"), [
      ["KPJ", "IURAN"],
      ["26010000001", "16800"],
    ]);
    const reconciled = JSON.parse(
      (await payung("invoices", "reconcile", bill, "--funder", "apbd-2026", "--month", "2026-03", "--json"))
        .stdout,
    );
    expect(reconciled).toMatchObject({ matched: 1, notOurs: { count: 0 }, notBilled: { count: 0 } });
    expect(JSON.parse((await payung("invoices", "refunds", "--json")).stdout)).toEqual({
      refunds: [],
      due: 0,
    });
  });

  it("prints a member's card as PDF, with the NIK masked", async () => {
    const [active] = JSON.parse((await payung("memberships", "list", "--status", "active", "--json")).stdout);
    const out = path.join(tmp.dir, "kartu.pdf");
    const card = await payung(
      "memberships",
      "card",
      String(active.id),
      "--out",
      out,
      "--lang",
      "en",
      "--json",
    );
    expect([card.code, JSON.parse(card.stdout).out]).toEqual([0, out]);
    const text = await pdfText(fs.readFileSync(out));
    expect(text).toContain("BPJS Ketenagakerjaan Member Card");
    expect(text).toContain(active.kpj);
    expect(text).toContain(maskNik(active.nik));
    expect(text).not.toContain(active.nik);
  });
});
