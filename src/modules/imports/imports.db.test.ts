import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv, writeXlsxFile } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { type ImportOptions, importFile, listQuarantine } from "./imports.service.ts";

const header = [
  "NO",
  "NIK",
  "NAMA",
  "JENIS KELAMIN",
  "TANGGAL LAHIR",
  "ALAMAT",
  "RT/RW",
  "KELURAHAN",
  "KECAMATAN",
  "DESIL",
];

describe(`import on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const file = (name: string) => path.join(tmp.dir, name);
  const run = (options: Partial<ImportOptions> & { file: string; source: string }) =>
    importFile({ db, regencyCode: "36.03", importedBy: "test", today: new Date("2026-11-27"), ...options });
  const records = (batch: number) =>
    db.query<Record<string, unknown>>(
      `SELECT row_number, nik, nik_valid, name, sex, birth_date, rt, rw, desa_code, kecamatan_code, desil, issues, raw
       FROM source_records WHERE batch_id = $1 ORDER BY row_number`,
      [batch],
    );

  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("accepts, flags, quarantines and skips, and the counts add up", async () => {
    const csv = writeCsv(
      file("dtks.csv"),
      [
        header,
        [
          "1",
          "3603015202900001",
          "Siti Aminah",
          "P",
          "12-02-1990",
          "Kp. Baru",
          "003/004",
          "Sentul",
          "Balaraja",
          "1",
        ],
        [
          "2",
          "'3603011211870002",
          "  H. Ahmad   Fauzi ",
          "LAKI-LAKI",
          "11/12/1987",
          "Jl. Mawar",
          "1/2",
          "Desa Sentul Jaya",
          "Kec. Balaraja",
          "2",
        ],
        ["3", "", "Budi", "L", "31-02-1980", "", "", "Talagasari", "Balaraja", "x"],
        ["", "", "", "", "", "", "", "", "", ""],
        ["4", "3603011211870003", "", "L", "12-11-1987", "", "", "Sentul", "Balaraja", ""],
        ["5", "360301121187000", "Dewi", "P", "01-05-1991", "", "", "Sentull", "BALARAJA", "3"],
        ["6", "3603014105910004", "Rina", "L", "01-06-1991", "", "", "Atlantis", "Balaraja", "10"],
        ["7", "3603010101850005", "Joko", "", "", "", "", "Sentul", "Kecamatan Balaraja", ""],
        ["JUMLAH", "", "", "", "", "", "", "", "", "7"],
      ],
      { delimiter: ";", bom: true },
    );
    const summary = await run({ file: csv, source: "dtks" });
    expect(summary).toMatchObject({
      source: "dtks",
      file: "dtks.csv",
      rows: 9,
      accepted: 6,
      quarantined: 1,
      skipped: 2,
    });
    expect(summary.accepted + summary.quarantined + summary.skipped).toBe(summary.rows);
    expect(summary.issues).toEqual({
      birth_date_swapped: 1,
      nik_missing: 1,
      birth_date_invalid: 1,
      desil_invalid: 1,
      blank_line: 1,
      name_missing: 1,
      nik_invalid_length: 1,
      region_typo_corrected: 1,
      desa_unresolved: 1,
      birth_date_nik_mismatch: 1,
      sex_nik_mismatch: 1,
      sex_from_nik: 1,
      birth_date_missing: 1,
      summary_line: 1,
    });

    const rows = await records(summary.batch);
    expect(rows.map((r) => r.row_number)).toEqual([1, 2, 3, 6, 7, 8]);
    expect(rows[1]).toMatchObject({
      nik: "3603011211870002",
      nik_valid: true,
      name: "H. Ahmad Fauzi",
      sex: "L",
      birth_date: "1987-11-12",
      rt: "001",
      rw: "002",
      desa_code: "36.03.01.2016",
      kecamatan_code: "36.03.01",
      issues: ["birth_date_swapped"],
    });
    expect(JSON.parse(rows[1].raw as string)).toEqual([
      "2",
      "'3603011211870002",
      "  H. Ahmad   Fauzi ",
      "LAKI-LAKI",
      "11/12/1987",
      "Jl. Mawar",
      "1/2",
      "Desa Sentul Jaya",
      "Kec. Balaraja",
      "2",
    ]);
    expect(rows[3]).toMatchObject({
      desa_code: "36.03.01.2010",
      issues: ["region_typo_corrected", "nik_invalid_length"],
    });
    expect(rows[4]).toMatchObject({ desa_code: null, kecamatan_code: "36.03.01", desil: 10 });
    expect(rows[5]).toMatchObject({ sex: "L", birth_date: null, kecamatan_code: "36.03.01" });

    const set = await listQuarantine({ db, batch: summary.batch });
    expect(set.rows).toEqual([
      {
        rowNumber: 5,
        disposition: "quarantined",
        reasons: ["name_missing"],
        raw: header.map(
          (_, i) => ["4", "3603011211870003", "", "L", "12-11-1987", "", "", "Sentul", "Balaraja", ""][i],
        ),
        kecamatanCode: "36.03.01",
      },
      {
        rowNumber: 9,
        disposition: "skipped",
        reasons: ["summary_line"],
        raw: ["JUMLAH", "", "", "", "", "", "", "", "", "7"],
        kecamatanCode: null,
      },
    ]);
  });

  it("recognises a re-import of the same file and changes nothing", async () => {
    const csv = writeCsv(file("again.csv"), [
      ["NIK", "NAMA"],
      ["3603015202900001", "Siti"],
    ]);
    const first = await run({ file: csv, source: "again" });
    const second = await run({ file: csv, source: "again" });
    expect(second).toEqual({ ...first, alreadyImported: true });
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM source_records WHERE source = 'again'",
    );
    expect(n).toBe(1);
  });

  it("reads Windows-1252, tab-delimited and quoted files", async () => {
    const cp = writeCsv(
      file("nelayan.csv"),
      [
        ["No KTP", "Nama Nelayan", "L/P"],
        ["3603015202900001", "Ma\u2019ruf", "L"],
      ],
      {
        encoding: "windows-1252",
      },
    );
    const summary = await run({ file: cp, source: "dkp" });
    expect((await records(summary.batch))[0].name).toBe("Ma\u2019ruf");
    const tab = writeCsv(
      file("desa.tsv"),
      [
        ["NO_NIK", "NAMA LENGKAP", "ALAMAT"],
        ["3603015202900001", "Siti", "Jl. A; Gg. B, No. 3"],
      ],
      {
        delimiter: "\t",
      },
    );
    const tabbed = await run({ file: tab, source: "desa" });
    expect(tabbed.accepted).toBe(1);
    const [{ address }] = await db.query<{ address: string }>(
      "SELECT address FROM source_records WHERE batch_id = $1",
      [tabbed.batch],
    );
    expect(address).toBe("Jl. A; Gg. B, No. 3");
  });

  it("imports XLSX with date cells, numbers as NIKs, a title row and blank rows", async () => {
    const xlsx = await writeXlsxFile(file("petani.xlsx"), [
      ["DAFTAR PETANI KECAMATAN MAUK 2025"],
      ["NIK", "NAMA PETANI", "JK (1=L, 2=P)", "TANGGAL LAHIR", "DESA", "KECAMATAN"],
      [3603081211870001, "Karta", 1, new Date(Date.UTC(1987, 10, 12)), "Mauk Barat", "Mauk"],
      [null, null, null, null, null, null],
      ["3603085202900002", "Sumarni", 2, "12-02-1990", "Mauk Timur", "Mauk"],
    ]);
    const summary = await run({ file: xlsx, source: "distan" });
    expect(summary).toMatchObject({ rows: 3, accepted: 2, skipped: 1, quarantined: 0 });
    const rows = await records(summary.batch);
    expect(rows.map((r) => [r.row_number, r.nik, r.sex, r.birth_date, r.kecamatan_code])).toEqual([
      [1, "3603081211870001", "L", "1987-11-12", "36.03.08"],
      [3, "3603085202900002", "P", "1990-02-12", "36.03.08"],
    ]);
  });

  it("stops on unknown headers before writing anything, and a mapping file fixes it and is remembered", async () => {
    const rows = [
      ["NIK", "Nama Anggota", "Luas Lahan (ha)", "Kelompok"],
      ["3603015202900001", "Siti", "0,5", "Tani Jaya"],
    ];
    const csv = writeCsv(file("poktan.csv"), rows);
    await expect(run({ file: csv, source: "poktan" })).rejects.toMatchObject({ code: "headers_unknown" });
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM import_batches WHERE source = 'poktan'",
    );
    expect(n).toBe(0);
    const mapping = { columns: { "Luas Lahan (ha)": null, Kelompok: null } };
    expect((await run({ file: csv, source: "poktan", mapping })).accepted).toBe(1);
    const next = writeCsv(file("poktan2.csv"), [...rows, ["3603015202900002", "Asep", "1", "Tani Jaya"]]);
    expect((await run({ file: next, source: "poktan" })).accepted).toBe(2);
  });

  it("leaves no half batch when an import fails midway", async () => {
    const lines = [["NIK", "NAMA"]];
    for (let i = 0; i < 25_000; i++) lines.push([`36030152029${String(i).padStart(5, "0")}`, `Orang ${i}`]);
    const csv = writeCsv(file("big.csv"), lines);
    let calls = 0;
    const crash = () => {
      calls++;
      throw new Error("power cut");
    };
    await expect(run({ file: csv, source: "crash", onProgress: crash })).rejects.toThrow("power cut");
    expect(calls).toBe(1);
    const [counts] = await db.query<{ batches: number; records: number }>(
      `SELECT (SELECT count(*)::int FROM import_batches WHERE source = 'crash') AS batches,
              (SELECT count(*)::int FROM source_records WHERE source = 'crash') AS records`,
    );
    expect(counts).toEqual({ batches: 0, records: 0 });
    const retry = await run({ file: csv, source: "crash" });
    expect(retry).toMatchObject({ rows: 25_000, accepted: 25_000 });
  });

  it.each([
    ["a file without quotes (two workers on PostgreSQL, one on PGlite)", false],
    ["one worker for a file with quoted fields", true],
  ])("gives the same records with %s", async (_, quoted) => {
    const lines = [header];
    for (let i = 0; i < 12_000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      lines.push([
        String(i),
        i % 50 ? `36030152${day}90${String(i).padStart(4, "0")}` : "",
        i % 997 ? `Orang ${i}` : "",
        "P",
        `${day}-02-1990`,
        quoted && i === 9_000 ? 'Gg. "Mawar", No. 3\nBlok B' : "",
        "",
        "Sentul",
        "Balaraja",
        String((i % 10) + 1),
      ]);
    }
    const csv = writeCsv(file(`worker-${quoted}.csv`), lines);
    const hereProgress: number[] = [];
    const here = await run({
      file: csv,
      source: `inline-${quoted}`,
      onProgress: (p) => hereProgress.push(p.rows),
    });
    expect(hereProgress.at(-1)).toBe(12_000);
    const progress: number[] = [];
    const threaded = await run({
      file: csv,
      source: `threaded-${quoted}`,
      workerFromBytes: 0,
      onProgress: (p) => progress.push(p.rows),
    });
    expect({ ...threaded, source: here.source, batch: here.batch }).toEqual(here);
    expect(progress.at(-1)).toBe(12_000);
    const same = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM source_records a JOIN source_records b USING (row_number)
       WHERE a.batch_id = $1 AND b.batch_id = $2 AND a.raw = b.raw AND a.issues = b.issues
         AND a.birth_date IS NOT DISTINCT FROM b.birth_date AND a.desa_code = b.desa_code`,
      [here.batch, threaded.batch],
    );
    expect(same[0].n).toBe(here.accepted);
  });

  it("leaves no half batch when a worker import fails midway", async () => {
    const csv = file("big.csv");
    const crash = (p: { rows: number }) => {
      if (p.rows > 0) throw new Error("power cut");
    };
    await expect(run({ file: csv, source: "crash2", workerFromBytes: 0, onProgress: crash })).rejects.toThrow(
      "power cut",
    );
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM source_records WHERE source = 'crash2'",
    );
    expect(n).toBe(0);
  });

  it("answers an unreadable spreadsheet with a clear error", async () => {
    const broken = file("rusak.xlsx");
    writeCsv(broken, [
      ["NIK", "NAMA"],
      ["1", "bukan excel"],
    ]);
    await expect(run({ file: broken, source: "rusak" })).rejects.toMatchObject({ code: "xlsx_unreadable" });
  });

  it("answers missing files and bad source names clearly", async () => {
    await expect(run({ file: file("nope.csv"), source: "x" })).rejects.toMatchObject({
      code: "file_not_found",
    });
    await expect(run({ file: file("dtks.csv"), source: "bad name!" })).rejects.toMatchObject({
      code: "source_name_invalid",
    });
    const empty = writeCsv(file("empty.csv"), []);
    await expect(run({ file: empty, source: "x" })).rejects.toMatchObject({ code: "file_empty" });
  });
});
