import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "../matching/matching.service.ts";
import { rankedList } from "./ranking.service.ts";

describe(`the priority ranking on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();

  beforeAll(async () => {
    db = await freshDb();
    await importFile({
      db,
      file: writeCsv(path.join(tmp.dir, "dtks.csv"), [
        ["NIK", "NAMA", "TANGGAL LAHIR", "DESA", "KECAMATAN", "PEKERJAAN", "DESIL", "TANGGAL DESIL"],
        ["3603084105910003", "DESIL DUA", "01-05-1991", "Mauk Barat", "Mauk", "Nelayan", "2", "01-03-2025"],
        [
          "3603084105800004",
          "DESIL SATU MUDA",
          "01-05-1995",
          "Mauk Barat",
          "Mauk",
          "Petani",
          "1",
          "01-03-2025",
        ],
        [
          "3603084105700005",
          "DESIL SATU TUA",
          "01-05-1970",
          "Mauk Barat",
          "Mauk",
          "Petani",
          "1",
          "01-03-2021",
        ],
        ["3603084105880006", "DESIL EMPAT", "01-05-1988", "Mauk Barat", "Mauk", "Buruh", "4", "01-03-2025"],
        ["3603084105870007", "TANPA DESIL", "01-05-1987", "Mauk Barat", "Mauk", "Pemulung", "", ""],
        [
          "3603084105860008",
          "DESIL TUJUH",
          "01-05-1986",
          "Mauk Barat",
          "Mauk",
          "Tukang Ojek",
          "7",
          "01-03-2025",
        ],
        ["3603084105850009", "PNS DESIL SATU", "01-05-1985", "Mauk Barat", "Mauk", "PNS", "1", "01-03-2025"],
      ]),
      source: "dtks",
      regencyCode: "36.03",
      importedBy: "test",
    });
    await runMatching({ db, runBy: "test" });
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("puts desil 1 first, then 2, then 3–4, then the rest; the older first within a desil; flags a stale desil", async () => {
    const { persons } = await rankedList({ db, year: 2026, regencyCode: "36.03", caller: null });
    expect(persons.map((p) => [p.rank, p.name, p.tier, p.desil_stale])).toEqual([
      [1, "DESIL SATU TUA", 1, true], // surveyed in 2021: more than 24 months before 2026
      [2, "DESIL SATU MUDA", 1, false],
      [3, "DESIL DUA", 2, false],
      [4, "DESIL EMPAT", 3, false],
      [5, "DESIL TUJUH", 4, false],
      [6, "TANPA DESIL", 4, false],
    ]); // the civil servant is not eligible, so not ranked
    const page = await rankedList({
      db,
      year: 2026,
      regencyCode: "36.03",
      caller: null,
      offset: 2,
      limit: 2,
    });
    expect(page.persons.map((p) => p.rank)).toEqual([3, 4]);
  });
});
