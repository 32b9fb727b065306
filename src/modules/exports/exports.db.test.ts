import fs from "node:fs";
import path from "node:path";
import { readXlsx } from "hucre/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "../matching/matching.service.ts";
import { exportLinks, exportPersons } from "./exports.service.ts";

describe(`exports on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const out = (name: string) => path.join(tmp.dir, name);
  const audit = { actor: "test", via: "test" };

  beforeAll(async () => {
    db = await freshDb();
    const rows = [["NIK", "NAMA", "TGL LAHIR"]];
    for (let i = 0; i < 30; i++)
      rows.push([
        `36030152029${String((i % 25) + 1).padStart(5, "0")}`,
        `Orang, ke-${String.fromCharCode(65 + (i % 25))}`,
        "12-02-1990",
      ]);
    rows.push(["", "Tanpa NIK", ""]);
    await importFile({
      db,
      file: writeCsv(out("list.csv"), rows),
      source: "desa",
      regencyCode: "36.03",
      importedBy: "test",
    });
    await runMatching({ db, runBy: "test" });
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("writes source,row,person_id for every accepted record", async () => {
    expect(await exportLinks({ db, format: "csv", out: out("links.csv"), audit })).toBe(31);
    const lines = fs.readFileSync(out("links.csv"), "utf8").trim().split("\n");
    expect(lines[0]).toBe("source,row,person_id,batch");
    expect(lines).toHaveLength(32);
    const byRow = new Map(
      lines
        .slice(1)
        .map((l) => l.split(","))
        .map(([, row, person]) => [row, person]),
    );
    expect(byRow.get("1")).toBe(byRow.get("26")); // the same NIK, one person
    expect(byRow.get("31")).not.toBe(""); // no NIK, and no one like her: a person of her own
    expect(new Set(byRow.values()).size).toBe(26);
  });

  it("writes golden records as CSV and XLSX", async () => {
    expect(await exportPersons({ db, format: "csv", out: out("persons.csv"), audit })).toBe(26);
    const csv = fs.readFileSync(out("persons.csv"), "utf8").split("\n");
    expect(csv[0]).toContain("id,nik,nik_valid,name,sex,birth_date");
    expect(csv[1]).toContain('"Orang, ke-A"');
    expect(csv[1]).toContain("1990-02-12");
    expect(await exportPersons({ db, format: "xlsx", out: out("persons.xlsx"), audit })).toBe(26);
    const book = await readXlsx(new Uint8Array(fs.readFileSync(out("persons.xlsx"))));
    const sheet = book.sheets[0].rows;
    expect(sheet).toHaveLength(27); // the header and 26 persons
    expect(sheet[0][3]).toBe("name");
    expect(sheet[1][3]).toBe("Orang, ke-A");
  });
});
