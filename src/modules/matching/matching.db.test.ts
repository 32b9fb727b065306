import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { listProvenance } from "./matching.repository.ts";
import { runMatching } from "./matching.service.ts";

const header = ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN", "DESIL", "TGL DATA"];

describe(`exact rule and golden records on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const load = (name: string, source: string, rows: string[][]) =>
    importFile({
      db,
      file: writeCsv(path.join(tmp.dir, name), [header, ...rows]),
      source,
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });
  const person = (nik: string) =>
    db.query<Record<string, unknown>>(
      `SELECT id, name, sex, birth_date, desa_code, kecamatan_code, desil, desil_date FROM persons WHERE nik = $1`,
      [nik],
    );

  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("makes one person per valid NIK and takes each value from the most trusted source", async () => {
    await load("dtks.csv", "dtks", [
      ["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja", "1", "15-03-2025"],
      ["3603011211870002", "AHMAD FAUZI", "L", "12-11-1987", "Sentul", "Balaraja", "2", "15-03-2025"],
    ]);
    await load("desa.csv", "usulan-desa", [
      ["3603015202900001", "Siti Aminah binti Oman", "P", "12-02-1990", "Talagasari", "Balaraja", "", ""],
      ["3603015202900001", "Siti Aminah", "", "", "", "", "", ""],
      ["", "Budi", "L", "01-01-1980", "Sentul", "Balaraja", "", ""],
      ["360301121187000", "Rina", "P", "", "", "", "", ""],
    ]);
    await db.query("UPDATE sources SET trust = 90 WHERE name = 'dtks'");

    const first = await runMatching({ db, runBy: "test" });
    expect(first).toMatchObject({
      records: 6,
      persons: 4,
      linked_exact: 4,
      linked_fuzzy: 0,
      review: 0,
      unlinked: 0,
    });

    const [siti] = await person("3603015202900001");
    expect(siti).toMatchObject({
      name: "SITI AMINAH",
      sex: "P",
      birth_date: "1990-02-12",
      desa_code: "36.03.01.2010",
      kecamatan_code: "36.03.01",
      desil: 1,
      desil_date: "2025-03-15",
    });
    const names = (await listProvenance(db, siti.id as number)).filter((v) => v.field === "name");
    expect(names).toEqual([
      { field: "name", value: "SITI AMINAH", source: "dtks", batch: 1, row: 1, agree: 1, rank: 1 },
      {
        field: "name",
        value: "Siti Aminah binti Oman",
        source: "usulan-desa",
        batch: 2,
        row: 1,
        agree: 1,
        rank: 2,
      },
      { field: "name", value: "Siti Aminah", source: "usulan-desa", batch: 2, row: 2, agree: 1, rank: 3 },
    ]);
    const links = await db.query<{ method: string; n: number }>(
      "SELECT method, count(*)::int AS n FROM record_links GROUP BY method ORDER BY method",
    );
    expect(links).toEqual([
      { method: "exact", n: 2 },
      { method: "new", n: 4 },
    ]);
  });

  it("is incremental: a later list links to the same persons and a rerun changes nothing", async () => {
    await load("nelayan.csv", "dkp-nelayan", [
      ["3603011211870002", "Ahmad Fauzi", "L", "12-11-1987", "Sentul", "Balaraja", "", ""],
      ["3603084105910003", "Sumarni", "P", "01-05-1991", "Mauk Barat", "Mauk", "", ""],
    ]);
    const second = await runMatching({ db, runBy: "test" });
    expect(second).toMatchObject({ records: 8, persons: 5, linked_exact: 2, unlinked: 0 });
    const [ahmad] = await person("3603011211870002");
    expect(ahmad.name).toBe("AHMAD FAUZI"); // the trusted register still wins
    const birthDates = (await listProvenance(db, ahmad.id as number)).filter((v) => v.field === "birth_date");
    expect(birthDates.map((v) => [v.value, v.agree, v.rank])).toEqual([
      ["1987-11-12", 2, 1],
      ["1987-11-12", 2, 2],
    ]);

    const third = await runMatching({ db, runBy: "test" });
    expect(third).toMatchObject({ records: 8, persons: 5, linked_exact: 0, unlinked: 0 });
    // A change of trust reaches existing persons with --refresh-all.
    await db.query("UPDATE sources SET trust = 95 WHERE name = 'dkp-nelayan'");
    await runMatching({ db, runBy: "test" });
    expect((await person("3603011211870002"))[0].name).toBe("AHMAD FAUZI");
    await runMatching({ db, runBy: "test", refreshAll: true });
    expect((await person("3603011211870002"))[0].name).toBe("Ahmad Fauzi");

    const [{ runs }] = await db.query<{ runs: number }>(
      "SELECT count(*)::int AS runs FROM match_runs WHERE finished_at IS NOT NULL",
    );
    expect(runs).toBe(5);
  });
});
