import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { refreshGoldenRecords } from "../matching/matching.repository.ts";
import { loadDemo, loadDemoIfEmpty } from "./demo.service.ts";

describe(`demo data on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("imports six lists with defects through the normal import, once", async () => {
    const result = await loadDemo({ db, regencyCode: "36.03", people: 600, seed: 11 });
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
});
