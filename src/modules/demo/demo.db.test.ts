import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { dashboard } from "../dashboard/dashboard.service.ts";
import { refreshGoldenRecords } from "../matching/matching.repository.ts";
import { portalCompanyFor, portalOf } from "../portal/portal.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { findUser } from "../users/users.repository.ts";
import { type DemoResult, demoRegions, loadDemo, loadDemoIfEmpty } from "./demo.service.ts";
import { demoCompany } from "./demo-partner.ts";

describe(`demo data on ${dbKind}`, () => {
  let db: Db;
  let result: DemoResult;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("imports six lists with defects through the normal import, once", async () => {
    result = await loadDemo({ db, regencyCode: "36.03", people: 600, seed: 11 });
    expect(result.imports.map((i) => i.source).sort()).toEqual([
      "bpjs-peserta",
      "distan-petani",
      "dkp-nelayan",
      "dtks",
      "non-asn",
      "usulan-desa",
    ]);
    for (const summary of result.imports) {
      expect(summary.accepted + summary.quarantined + summary.skipped).toBe(summary.rows);
    }
    const issues = new Set(result.imports.flatMap((i) => Object.keys(i.issues)));
    for (const code of [
      "nik_missing",
      "nik_invalid_length",
      "birth_date_swapped",
      "region_typo_corrected",
      "blank_line",
      "summary_line",
    ]) {
      expect(issues, code).toContain(code);
    }
    expect(result.match.persons).toBeGreaterThan(400);
    expect(result.match.persons).toBeLessThan(result.match.records);
    const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM source_records");
    expect(n).toBe(result.imports.reduce((sum, i) => sum + i.accepted, 0));

    // A run builds golden records in memory; the SQL rule used after review decisions must agree.
    const persons = () =>
      db
        .query("SELECT * FROM persons ORDER BY id")
        .then((rows) => rows.map(({ updated_at, created_at, ...golden }) => golden));
    const fromRun = await persons();
    await refreshGoldenRecords(db, "all");
    expect(await persons()).toEqual(fromRun);

    await expect(loadDemo({ db, regencyCode: "36.03", people: 10 })).rejects.toMatchObject({
      code: "demo_not_empty",
    });
    expect(await loadDemoIfEmpty({ db, regencyCode: "36.03", people: 10 })).toBeNull();
  });

  it("leaves a living regency: years of cover, targets, claims and a CSR partner", async () => {
    const today = localToday();
    const year = Number(today.slice(0, 4));
    const coverage = result.coverage!;
    expect(coverage.rounds.map((r) => r.year)).toEqual([2022, 2023, year]);
    for (const round of coverage.rounds) {
      expect(round.accepted + round.renewed, String(round.year)).toBeGreaterThan(0.9 * round.planned);
    }
    expect(coverage.rounds[1].renewed).toBeGreaterThan(0); // 2022's members carried on in 2023

    // The regency's dashboard: people covered today, against a target, over the years.
    const regency = await dashboard({ db, regencyCode: "36.03" });
    expect(regency.on).toBe(today);
    expect(regency.area.covered).toBeGreaterThan(0);
    expect(regency.area.target).toBe(coverage.targets.targets[2].target);
    expect(regency.area.workforce).toBeGreaterThan(regency.area.covered);
    const covered = (month: string) => regency.trend.find((t) => t.month === month)?.covered ?? 0;
    expect(covered("2022-06")).toBeGreaterThan(0);
    expect(covered("2023-06")).toBeGreaterThan(covered("2022-06"));
    expect(covered(today.slice(0, 7))).toBe(regency.area.covered);
    const years = Object.fromEntries(regency.years.map((y) => [y.year, y]));
    expect(years[2022].covered).toBeGreaterThan(0);
    expect(years[2023].target).toBe(coverage.targets.targets[1].target);
    expect(regency.budget.map((b) => b.funder.code)).toEqual(
      expect.arrayContaining([
        "apbd-2022",
        "apbd-2023",
        `apbd-${year}`,
        `apbd-p-${year}`,
        coverage.partner.funder,
      ]),
    );
    const jkm = regency.claims.byType.find((c) => c.type === "jkm")!;
    expect(jkm).toMatchObject({ paid: 1, paidAmount: 42_000_000 });
    expect(regency.claims.open).toBeGreaterThan(0);

    // The demo operator's kecamatan: its own people, target and claim to handle.
    const operatorKecamatan = (await demoRegions(db, "36.03")).kecamatan[0].code;
    const operator = (await findUser(db, "operator.kecamatan"))!;
    const kecamatan = await dashboard({ db, user: operator, regencyCode: "36.03" });
    expect(kecamatan.area.code).toBe(operatorKecamatan);
    expect(kecamatan.area.covered).toBeGreaterThan(0);
    expect(kecamatan.area.target).toBeGreaterThan(0);
    expect(kecamatan.claims.byType.length).toBeGreaterThan(0);

    // The partner's own portal: the company's people covered now, without anyone's name.
    const partner = (await findUser(db, demoCompany.account))!;
    expect(partner).toMatchObject({ role: "csr_partner", companyCode: demoCompany.code });
    const portal = await portalOf(db, await portalCompanyFor(db, partner), today);
    expect(portal.commitments).toEqual([expect.objectContaining({ accepted: true })]);
    expect(portal.people.now.count).toBeGreaterThanOrEqual(5);
  });
});
