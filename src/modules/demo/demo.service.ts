import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { countBatches, setSourceTrust } from "../imports/imports.repository.ts";
import { type ImportSummary, importFile } from "../imports/imports.service.ts";
import { type MatchSummary, runMatching } from "../matching/matching.service.ts";
import { listRegencyTree } from "../regions/regions.repository.ts";
import { findUser } from "../users/users.repository.ts";
import { addUser } from "../users/users.service.ts";
import { type CoverageResult, loadDemoCoverage } from "./demo-coverage.ts";
import { writeDemoFiles } from "./demo-files.ts";
import { demoCompany } from "./demo-partner.ts";
import type { DemoRegions } from "./population.ts";

export interface DemoResult {
  files: number;
  rows: number;
  imports: ImportSummary[];
  match: MatchSummary;
  /** The years of cover after matching (funders, plans, memberships, targets, claims); null when skipped. */
  coverage: CoverageResult | null;
}

export interface DemoOptions {
  db: Db;
  regencyCode: string;
  /** How many synthetic people (default 20,000). */
  people?: number;
  seed?: number;
  /** False: only the lists and matching, no funders, plans or memberships (tests that make their own). */
  coverage?: boolean;
  log?: (line: string) => void;
}

/**
 * Loads the synthetic demo data set: lists from several offices with the defects real lists
 * have, written to files and imported through the same path a user's files take; then the
 * regency's years of cover (demo-coverage.ts) and the demo accounts.
 */
export async function loadDemo(options: DemoOptions): Promise<DemoResult> {
  const { db, regencyCode } = options;
  const batches = await countBatches(db);
  if (batches > 0) throw new UserError("demo_not_empty", { batches });
  const regions = await demoRegions(db, regencyCode);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-demo-"));
  try {
    const seed = options.seed ?? 2026;
    const files = await writeDemoFiles({ dir, people: options.people ?? 20_000, seed, regions });
    const imports: ImportSummary[] = [];
    for (const { file, source } of files) {
      const kind = source === "bpjs-peserta" ? "bpjs-members" : "people";
      const summary = await importFile({ db, file, source, kind, regencyCode, importedBy: "demo" });
      options.log?.(
        `  ${source}: ${summary.rows} rows, ${summary.accepted} accepted, ${summary.quarantined} quarantined`,
      );
      imports.push(summary);
    }
    // The national register is the most trusted list, the village proposals the least.
    await setSourceTrust(db, { dtks: 90, "bpjs-peserta": 80, "usulan-desa": 30 });
    const match = await runMatching({ db, runBy: "demo" });
    options.log?.(`  matching: ${match.persons} persons from ${match.records} records`);
    const coverage =
      options.coverage === false
        ? null
        : await loadDemoCoverage({ db, regencyCode, regions, dir, seed, log: options.log });
    const accounts = await addDemoAccounts(db, regions, coverage !== null);
    options.log?.(`  demo accounts (password ${demoPassword}): ${accounts.join(", ")}`);
    return { files: files.length, rows: imports.reduce((n, s) => n + s.rows, 0), imports, match, coverage };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The password of the demo accounts: they exist only beside synthetic data. */
export const demoPassword = "payung-demo-2026";

/**
 * One account of each role (operators of the first kecamatan and its first desa) to try the app;
 * with the years of cover, the demo company's partner.
 */
async function addDemoAccounts(db: Db, regions: DemoRegions, partner: boolean): Promise<string[]> {
  const kecamatan = regions.kecamatan[0];
  const desa = regions.desa.find((d) => d.kecamatanCode === kecamatan.code)!;
  const regency = kecamatan.code.slice(0, 5);
  const accounts: [string, string, string, string, string?][] = [
    ["admin", "Admin Kabupaten (demo)", "regency_admin", regency],
    ["operator.kecamatan", `Operator ${kecamatan.name} (demo)`, "kecamatan_operator", kecamatan.code],
    ["operator.desa", `Operator ${desa.name} (demo)`, "desa_operator", desa.code],
    ["auditor", "Auditor (demo)", "auditor", regency],
  ];
  if (partner) {
    accounts.push([
      demoCompany.account,
      `${demoCompany.name} (demo)`,
      "csr_partner",
      regency,
      demoCompany.code,
    ]);
  }
  for (const [username, fullName, role, areaCode, companyCode] of accounts) {
    if (await findUser(db, username)) continue; // an account of that name is the installation's own
    await addUser({
      db,
      username,
      fullName,
      role,
      areaCode,
      password: demoPassword,
      by: "demo",
      companyCode,
    });
  }
  return accounts.map(([username]) => username);
}

/** The kecamatan and desa of a regency, as the synthetic population is drawn over them. */
export async function demoRegions(db: Db, regencyCode: string): Promise<DemoRegions> {
  const tree = await listRegencyTree(db, regencyCode);
  return {
    kecamatan: tree.filter((r) => r.level === 3).map(({ code, name }) => ({ code, name })),
    desa: tree
      .filter((r) => r.level === 4)
      .map(({ code, name, parentCode }) => ({ code, name, kecamatanCode: parentCode ?? "" })),
  };
}

/** On a first start: the demo data set, unless the database already holds imports. */
export async function loadDemoIfEmpty(options: DemoOptions): Promise<DemoResult | null> {
  if ((await countBatches(options.db)) > 0) return null;
  return loadDemo(options);
}
