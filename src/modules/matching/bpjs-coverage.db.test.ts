import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "./matching.service.ts";

describe(`BPJS cross-check on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const csv = (name: string, rows: string[][]) => writeCsv(path.join(tmp.dir, name), rows);
  const base = { regencyCode: "36.03", importedBy: "test", today: new Date("2026-11-27") };

  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("marks persons on BPJS's member list as already covered, unless inactive", async () => {
    await importFile({
      ...base,
      db,
      source: "dtks",
      file: csv("dtks.csv", [
        ["NIK", "NAMA", "STATUS"],
        ["3603015202900001", "Siti", "KAWIN"],
        ["3603011211870002", "Ahmad", "KAWIN"],
        ["3603084105910003", "Sumarni", "CERAI"],
      ]),
    });
    const members = await importFile({
      ...base,
      db,
      source: "bpjs",
      kind: "bpjs-members",
      file: csv("bpjs.csv", [
        ["NIK", "NAMA PESERTA", "KPJ", "STATUS", "SEGMEN", "TGL KEPESERTAAN", "PEMBAYAR"],
        ["3603015202900001", "SITI", "25012345678", "AKTIF", "BPU", "01-03-2024", "APBD Kab. Tangerang"],
        ["3603011211870002", "AHMAD", "25012345679", "NON AKTIF", "BPU", "01-03-2023", "APBD Kab. Tangerang"],
        ["3603081501820004", "ORANG LAIN", "25012345680", "aktif", "PU", "2022-01-15", "PT Maju"],
      ]),
    });
    expect(members).toMatchObject({ accepted: 3, quarantined: 0 });
    const summary = await runMatching({ db, runBy: "test" });
    expect(summary).toMatchObject({ persons: 4, covered: 2 });

    const coverage = await db.query<Record<string, unknown>>(
      `SELECT p.nik, c.kpj, c.membership_status, c.segment, c.member_since, c.payer
       FROM bpjs_coverage c JOIN persons p ON p.id = c.person_id ORDER BY p.nik`,
    );
    expect(coverage[0]).toEqual({
      nik: "3603011211870002",
      kpj: "25012345679",
      membership_status: "inactive",
      segment: "BPU",
      member_since: "2023-03-01",
      payer: "APBD Kab. Tangerang",
    });
    expect(coverage.map((c) => c.membership_status)).toEqual(["inactive", "active", "active"]);
  });

  it("keeps a source to one kind of list", async () => {
    await expect(
      importFile({
        ...base,
        db,
        source: "bpjs",
        kind: "people",
        file: csv("again.csv", [
          ["NIK", "NAMA"],
          ["3603015202900001", "X"],
        ]),
      }),
    ).rejects.toMatchObject({ code: "source_kind_conflict" });
  });
});
