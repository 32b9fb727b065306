import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../src/core/db.ts";
import { insertClaimMembers, sampleFiles } from "../src/modules/claims/claims-fixture.ts";
import { tempDir } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

/**
 * A death claim from report to handover letters through the command line, as an operator on the
 * server runs it: real processes on a real (embedded) database. The rules and the full checklist
 * are the services' tests (src/modules/claims); here each command's input and output.
 */
const bin = path.resolve("bin/payung");
const tmp = tempDir();
const dataDir = path.join(tmp.dir, "data");
const env = { ...process.env, PAYUNG_DATA_DIR: dataDir, PAYUNG_LANG: "" };
const nik = "3603084105800071";

async function payung(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("payung claims, handovers", () => {
  let claim = "";
  let event = "";

  beforeAll(async () => {
    // The CLI opens this folder itself; we fill it first and close it (one process at a time).
    const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
    const db = await openDb({ dataDir, loadDataDir: template });
    await insertClaimMembers(db, [{ nik, name: "SUPARMAN", activeFrom: "2023-01-15" }]);
    // Every process start costs seconds: a JKM claim needing only the death certificate keeps the
    // round trip short (claim settings are dated data; the full checklist is tested in the service).
    await db.query(
      `INSERT INTO claim_settings (valid_from, settings, updated_by)
       SELECT '2026-01-01', jsonb_set(settings, '{documents,jkm}', '[{"code": "death_certificate"}]'), 'test'
       FROM claim_settings ORDER BY valid_from DESC LIMIT 1`,
    );
    await db.close();
  });
  afterAll(() => tmp.remove());

  it("refuses a report that is both a death and an accident, before opening the database", async () => {
    const both = await payung(
      ...["claims", "report", "--nik", nik, "--death", "--accident", "--date", "2026-10-05"],
      ...["--reported-by", "village"],
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("cannot be used with");
  });

  it("reports a death: a Rp42.000.000 JKM claim, the membership ended; lists and shows it", async () => {
    const run = await payung(
      "claims",
      "report",
      "--nik",
      nik,
      "--death",
      "--date",
      "2026-10-05",
      "--cause",
      "sakit",
      "--reported-by",
      "village",
      "--json",
    );
    expect(run.code, run.stderr).toBe(0);
    const reported = JSON.parse(run.stdout);
    expect(reported).toMatchObject({ type: "jkm", payable: true, expected: 42_000_000, refusal: null });
    expect(reported.membershipEnded).toEqual(expect.any(Number));
    claim = String(reported.claimId);
    event = String(reported.eventId);

    const list = await payung("claims", "list", "--lang", "en");
    expect(list.stdout).toMatch(new RegExp(`${claim}\\s+jkm\\s+draft\\s+0\\s+SUPARMAN\\s+${nik}`));
    expect(list.stdout).toContain("Rp42.000.000");
    expect(list.stdout).toContain("1 claims");

    const shown = await payung("claims", "show", claim, "--lang", "en");
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain("42.000.000");
    expect(shown.stdout).toContain("JKM: periodic benefit 24 × Rp500.000");
    expect(shown.stdout).toMatch(/death_certificate\s+Death certificate\s+yes\s+missing/);
  });

  it("adds the family, accepts the proposed heirs, refuses a Word file and takes a PDF", async () => {
    const added = await payung(
      "claims",
      "family",
      "add",
      event,
      "--name",
      "Warsini",
      "--relation",
      "spouse",
      "--birth-date",
      "1982-03-03",
      "--json",
    );
    expect(added.code, added.stderr).toBe(0);
    const spouse = JSON.parse(added.stdout).id;
    const heirs = await payung("claims", "heirs", claim, "--lang", "en");
    expect(heirs.stdout.trim()).toBe(`${claim}: heirs spouse_children → ${spouse}`);

    const docx = path.join(tmp.dir, "akta.docx");
    fs.writeFileSync(docx, sampleFiles.docx);
    const refused = await payung("claims", "doc", "add", claim, "--code", "death_certificate", docx);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("PDF, JPG");
    const pdf = path.join(tmp.dir, "akta.pdf");
    fs.writeFileSync(pdf, sampleFiles.pdf);
    const saved = await payung("claims", "doc", "add", claim, "--code", "death_certificate", pdf, "--json");
    expect(JSON.parse(saved.stdout)).toMatchObject({
      code: "death_certificate",
      contentType: "application/pdf",
    });
    const checked = await payung(
      "claims",
      "doc",
      "check",
      claim,
      String(JSON.parse(saved.stdout).id),
      "--accept",
    );
    expect(checked.stdout).toContain("accepted");
  });

  it("takes the claim to paid, hands it over and writes the letters as PDF", async () => {
    for (const step of [
      ["--to", "documents_complete"],
      ["--to", "submitted", "--reference", "KLM-001", "--on", "2026-11-02"],
      ["--to", "paid", "--amount", "42.000.000", "--on", "2026-11-20"],
    ]) {
      const moved = await payung("claims", "step", claim, ...step);
      expect([moved.code, moved.stderr]).toEqual([0, ""]);
      expect(moved.stdout.trim()).toBe(`${claim}: ${step[1]}`);
    }
    const made = await payung(
      "handovers",
      "create",
      "--title",
      "Penyerahan Santunan Desember",
      "--date",
      "2026-12-10",
      "--place",
      "Pendopo Kabupaten",
      "--claims",
      claim,
      "--json",
    );
    expect(JSON.parse(made.stdout)).toMatchObject({ claims: 1 });
    const out = path.join(tmp.dir, "surat.pdf");
    const papers = await payung(
      "handovers",
      "papers",
      String(JSON.parse(made.stdout).id),
      "--paper",
      "letters",
      "--out",
      out,
    );
    expect(papers.code, papers.stderr).toBe(0);
    const text = await pdfText(fs.readFileSync(out));
    expect(text).toContain("Warsini");
    expect(text).toContain("Rp42.000.000");
    expect(text.replace(/\s+/g, " ")).toContain("empat puluh dua juta rupiah");
  });
});
