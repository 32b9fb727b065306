import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "../matching/matching.service.ts";
import { reasonsSql, rulesFor } from "./eligibility.repository.ts";
import { eligibilitySummary, explainEligibility } from "./eligibility.service.ts";

describe(`eligibility on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const ids = new Map<string, number>();
  const audit = { actor: "test", via: "test" };

  beforeAll(async () => {
    db = await freshDb();
    const list = (file: string, source: string, kind: "people" | "bpjs-members", rows: string[][]) =>
      importFile({
        db,
        file: writeCsv(path.join(tmp.dir, file), rows),
        source,
        kind,
        regencyCode: "36.03",
        importedBy: "test",
      });
    await list("dtks.csv", "dtks", "people", [
      ["NIK", "NAMA", "TANGGAL LAHIR", "DESA", "KECAMATAN", "PEKERJAAN"],
      ["3603084105910003", "SUMARNI", "01-05-1991", "Mauk Barat", "Mauk", "Nelayan"],
      ["3603081506100004", "KARTA MUDA", "15-06-2010", "Mauk Barat", "Mauk", "Buruh Harian Lepas"],
      ["3603081506500005", "KARTA TUA", "15-06-1950", "Mauk Barat", "Mauk", "Petani"],
      ["3603084105880006", "DEWI", "01-05-1988", "Mauk Barat", "Mauk", "PNS"],
      ["3603084105870007", "RINA", "01-05-1987", "Mauk Barat", "Mauk", "Karyawan Swasta"],
      ["3603084105860008", "SARI", "01-05-1986", "Mauk Barat", "Mauk", ""],
      ["12345", "TONO", "01-05-1985", "Mauk Barat", "Mauk", "Pedagang Kaki Lima"],
      ["3603015202900001", "SITI AMINAH", "12-02-1990", "Sentul", "Balaraja", "Pemulung"],
    ]);
    await list("bpjs.csv", "bpjs", "bpjs-members", [
      ["NIK", "NAMA", "TGL LAHIR", "KPJ", "STATUS"],
      ["3603015202900001", "SITI AMINAH", "12-02-1990", "KPJ-1", "AKTIF"],
    ]);
    await runMatching({ db, runBy: "test" });
    for (const row of await db.query<{ id: number; name: string }>("SELECT id, name FROM persons"))
      ids.set(row.name, row.id);
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("gives every person a verdict with all its reasons", async () => {
    const verdict = async (name: string) =>
      (
        await explainEligibility({
          db,
          personId: ids.get(name)!,
          year: 2026,
          regencyCode: "36.03",
          user: null,
          audit,
        })
      ).reasons;
    expect(await verdict("SUMARNI")).toEqual([]);
    expect(await verdict("KARTA MUDA")).toEqual(["age_below"]);
    expect(await verdict("KARTA TUA")).toEqual(["age_above"]);
    expect(await verdict("DEWI")).toEqual(["civil_servant"]);
    expect(await verdict("RINA")).toEqual(["occupation_not_informal"]);
    expect(await verdict("SARI")).toEqual(["occupation_missing"]);
    expect(await verdict("TONO")).toEqual(["nik_invalid"]);
    expect(await verdict("SITI AMINAH")).toEqual(["already_covered"]);
  });

  it("takes the latest earlier year's rules, and counts verdicts over an area", async () => {
    // 2027 has no rules of its own: those of 2026 serve it.
    const next = await explainEligibility({
      db,
      personId: ids.get("SUMARNI")!,
      year: 2027,
      regencyCode: "36.03",
      user: null,
      audit,
    });
    expect([next.eligible, next.rulesYear]).toEqual([true, 2026]);
    const all = await eligibilitySummary({ db, year: 2026, regencyCode: "36.03", user: null });
    expect(all).toMatchObject({
      eligible: 1,
      excluded: { age_below: 1, age_above: 1, civil_servant: 1, already_covered: 1, nik_invalid: 1 },
    });
    const mauk = await eligibilitySummary({
      db,
      year: 2026,
      regencyCode: "36.03",
      user: { username: "op", role: "kecamatan_operator", areaCode: "36.03.08" } as never,
    });
    expect(mauk.excluded.already_covered).toBe(0); // Siti lives in Balaraja
  });

  it("counts ages on 1 January of the program year, to the day", async () => {
    const rules = (await rulesFor(db, 2026))!;
    const reasons = reasonsSql(rules, 2026, "36.03", 2);
    const rows = await db.query<{ born: string; reasons: string[] }>(
      `SELECT to_char(p.birth_date, 'YYYY-MM-DD') AS born, ${reasons.sql} AS reasons
       FROM (SELECT b::date AS birth_date, true AS nik_valid, false AS nik_unverified, $1::text AS regency_code,
                    '36.03.08' AS kecamatan_code,
                    'PETANI' AS occupation, 0::bigint AS id
             FROM unnest(ARRAY['2008-01-01', '2008-01-02', '1960-01-02', '1960-01-01']) b) p`,
      ["36.03", ...reasons.params],
    );
    expect(rows.map((r) => [r.born, r.reasons])).toEqual([
      ["2008-01-01", []], // 18 that day
      ["2008-01-02", ["age_below"]], // 17
      ["1960-01-02", []], // 65
      ["1960-01-01", ["age_above"]], // 66 that day
    ]);
  });
});
