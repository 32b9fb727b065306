import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../src/core/db.ts";
import { insertCompany, insertFunded } from "../src/modules/portal/portal-fixture.ts";
import { tempDir } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

/**
 * The partner portal on the command line, as an admin preparing a company's report runs it: the
 * figures (small ones "< 5"), the impact report as PDF, and a partner's account tied to its company.
 */
const bin = path.resolve("bin/payung");
const tmp = tempDir();
const dataDir = path.join(tmp.dir, "data");
const env = { ...process.env, PAYUNG_DATA_DIR: dataDir, PAYUNG_LANG: "" };

async function payung(input: string | null, ...args: string[]) {
  try {
    const run = promisify(execFile)(process.execPath, [bin, ...args], { env });
    if (input !== null) {
      run.child.stdin?.end(input);
    }
    const { stdout, stderr } = await run;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("payung portal, users add --company", () => {
  beforeAll(async () => {
    const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
    const db = await openDb({ dataDir, loadDataDir: template });
    await insertCompany(db, {
      code: "pt-maju",
      name: "PT Maju Sejahtera",
      commitments: [
        { funder: "csr-maju", budget: 50_000_000, workers: 40, from: "2026-01-01", to: "2026-12-31" },
      ],
    });
    const person = (n: number, kecamatan: string) => ({
      nik: `36030801018500${String(n).padStart(2, "0")}`,
      name: `WARGA CLI ${n}`,
      kecamatan,
      occupation: "NELAYAN",
    });
    // Mauk 7, Balaraja 2: Balaraja hidden, and Mauk with it.
    await insertFunded(db, "csr-maju", [
      ...Array.from({ length: 7 }, (_, i) => person(i, "36.03.08")),
      person(7, "36.03.01"),
      person(8, "36.03.01"),
    ]);
    await db.close();
  });
  afterAll(() => tmp.remove());

  it("shows the company's figures as its partner sees them, and writes its impact report", async () => {
    const shown = await payung(null, "portal", "show", "--company", "pt-maju", "--on", "2026-11-30");
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain("PT Maju Sejahtera (pt-maju)");
    expect(shown.stdout).toMatch(/Terlindungi pada 2026-11-30: 9/);
    expect(shown.stdout).toMatch(/Balaraja\s+< 5/);
    expect(shown.stdout).toMatch(/Mauk\s+< 5/);
    expect(shown.stdout).not.toContain("WARGA CLI");
    const out = path.join(tmp.dir, "laporan.pdf");
    const made = await payung(null, "--lang", "en", "portal", "report", "--company", "pt-maju", "--out", out);
    expect(made.code, made.stderr).toBe(0);
    const text = await pdfText(fs.readFileSync(out));
    expect(text).toContain("Impact Report");
    expect(text).toContain("PT Maju Sejahtera");
    const unknown = await payung(null, "portal", "show", "--company", "pt-entah");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("pt-entah");
  });

  it("adds a partner's account only with its company, and lists the company", async () => {
    const add = (...more: string[]) =>
      payung(
        "sandi-mitra-2026\n",
        "users",
        "add",
        "mitra.maju",
        "--name",
        "Mitra",
        "--role",
        "csr_partner",
        "--area",
        "36.03",
        ...more,
      );
    const without = await add();
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("--company");
    const added = await add("--company", "pt-maju");
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain("mitra.maju (csr_partner, 36.03, pt-maju)");
    const listed = await payung(null, "users", "list", "--json");
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ username: "mitra.maju", companyCode: "pt-maju" }),
    ]);
  });
});
