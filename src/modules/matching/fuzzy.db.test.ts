import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "./matching.service.ts";

const header = [
  "NIK",
  "NAMA",
  "JENIS KELAMIN",
  "TANGGAL LAHIR",
  "ALAMAT",
  "DESA",
  "KECAMATAN",
  "NO KK",
  "NO HP",
];
const siti = [
  "3603015202900001",
  "SITI AMINAH",
  "P",
  "12-02-1990",
  "Kp. Sentul",
  "Sentul",
  "Balaraja",
  "",
  "",
];

describe(`fuzzy rule on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  let files = 0;
  const load = (source: string, rows: string[][]) =>
    importFile({
      db,
      file: writeCsv(path.join(tmp.dir, `${source}-${++files}.csv`), [header, ...rows]),
      source,
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });
  const personsOf = async () =>
    db.query<{ name: string; person_id: number; method: string; score: number | null; reasons: unknown }>(
      `SELECT r.name, l.person_id, l.method, l.score, l.reasons FROM record_links l
       JOIN source_records r USING (batch_id, row_number) ORDER BY r.batch_id, r.row_number`,
    );

  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(async () => {
    await db.close();
  });
  afterAll(() => tmp.remove());

  it("links a record without NIK, its name written another way, and keeps the score and reasons", async () => {
    await load("dtks", [siti]);
    await load("usulan-desa", [
      ["", "Hj. Siti Aminah binti Oman", "P", "12-02-1990", "", "Desa Sentul", "Balaraja", "", ""],
      ["'3603015202900001", "Siti Aminah", "", "", "", "", "", "", ""],
    ]);
    const summary = await runMatching({ db, runBy: "test" });
    expect(summary).toMatchObject({ records: 3, persons: 1, linked_exact: 2, linked_fuzzy: 1, unlinked: 0 });
    const [, fuzzy] = await personsOf();
    expect(fuzzy).toMatchObject({ method: "fuzzy" });
    expect(fuzzy.score).toBeGreaterThan(12);
    expect(fuzzy.reasons).toMatchObject({
      name: { level: "same" },
      birth_date: { level: "same" },
      area: { level: "same_desa" },
      nik: { level: "missing", weight: 0 },
    });
  });

  it("links a later list's records to the persons earlier runs made, comparing only the new ones", async () => {
    await load("dtks", [
      siti,
      ["3603011211870002", "AHMAD FAUZI", "L", "12-11-1987", "", "Sentul", "Balaraja", "", ""],
    ]);
    await runMatching({ db, runBy: "test" });
    const before = await personsOf();
    await load("dkp-nelayan", [["", "Achmad Fauzi", "L", "12/11/1987", "", "Sentul", "Balaraja", "", ""]]);
    const later = await runMatching({ db, runBy: "test" });
    expect(later).toMatchObject({ records: 3, persons: 2, linked_fuzzy: 1, linked_exact: 0 });
    const after = await personsOf();
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toMatchObject({ method: "fuzzy", person_id: before[1].person_id });
  });

  it("links a transposed NIK with matching details, but keeps namesakes with their own NIKs apart", async () => {
    await load("dtks", [
      siti,
      // A namesake: same name and birth date, another kecamatan, her own NIK.
      ["3603085202900007", "SITI AMINAH", "P", "12-02-1990", "Kp. Baru", "Mauk Barat", "Mauk", "", ""],
    ]);
    await load("dinsos", [
      ["3603015202900010", "Siti Aminah", "P", "12-02-1990", "", "Sentul", "Balaraja", "", ""],
    ]);
    // The register is trusted more, so its record starts the person and the other links to it.
    await db.query("UPDATE sources SET trust = 90 WHERE name = 'dtks'");
    await runMatching({ db, runBy: "test" });
    const links = await personsOf();
    expect(links[2]).toMatchObject({ method: "fuzzy", reasons: { nik: { level: "one_edit" } } });
    expect(links[2].person_id).toBe(links[0].person_id);
    expect(links[1].person_id).not.toBe(links[0].person_id);
  });

  it("does not make twins one person though they share birth date, family card, address and phone", async () => {
    const household = ["Kp. Kosambi RT 01/02", "Sentul", "Balaraja", "3603011203150004", "081234567890"];
    await load("usulan-desa", [
      ["", "Hasan", "L", "05-06-2001", ...household],
      ["", "Husen", "L", "05-06-2001", ...household],
    ]);
    const summary = await runMatching({ db, runBy: "test" });
    expect(summary.persons).toBe(2);
  });

  it("matches a list full of copies of the same rows into one person each, however many", async () => {
    const rows = Array.from({ length: 400 }, (_, i) =>
      i % 2 === 0
        ? ["", "Budi Santoso", "L", "01-01-1980", "", "Sentul", "Balaraja", "", ""]
        : ["", "BUDI SANTOSO", "L", "01/01/1980", "", "Sentul", "Balaraja", "", ""],
    );
    await load("usulan-desa", rows);
    const summary = await runMatching({ db, runBy: "test" });
    expect(summary).toMatchObject({ records: 400, persons: 1, linked_fuzzy: 399 });
  });
});
