/**
 * Targets and workforce figures on the real database: the list's covered counts equal the same
 * question asked of the tables directly (persons with an active membership whose days include the
 * day, per regency, kecamatan and desa); an import keeps an unknown kecamatan out with its row
 * number and saves the rest, and changes nothing the second time; rates are covered ÷ workforce and
 * covered ÷ target, null without a denominator; every change is in the audit log, naming no one.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv, writeXlsxFile } from "../../../test/files.ts";
import { message } from "../../common/messages.ts";
import type { Db } from "../../core/db.ts";
import {
  importWorkforce,
  listCoverage,
  parseCount,
  removeTarget,
  removeWorkforce,
  setTarget,
  setWorkforce,
} from "./targets.service.ts";

const audit = { actor: "test", via: "test" };
const regencyCode = "36.03";
const mauk = "36.03.08";
const balaraja = "36.03.01";
const day = "2026-06-15";

interface Covered {
  /** kecamatan code, or null: the address names none */
  kecamatan: string | null;
  /** the desa by position in the kecamatan (0, 1) */
  desa?: number;
  regency?: string;
  memberships: { status: string; activeFrom: string | null; start?: string; end?: string }[];
}

describe(`targets and workforce on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  const desaOf: Record<string, string[]> = {};

  /** Persons and their memberships, straight into the tables (enrolment is tested elsewhere). */
  async function insertPeople(people: Covered[]) {
    const [funder] = await db.query<{ id: number }>(
      `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, created_by)
       VALUES ('apbd-target', 'APBD', 'apbd', 'SG', 1000000000, '2026-01-01', '2026-12-01', 'jkk-jkm', 'test')
       RETURNING id`,
    );
    const [plan] = await db.query<{ id: number }>(
      `INSERT INTO plans (period_from, period_to, status, summary, created_by)
       VALUES ('2026-01-01', '2026-12-01', 'approved', '{}', 'test') RETURNING id`,
    );
    for (const [i, p] of people.entries()) {
      const nik = `3603${String(100000000000 + i)}`;
      const desa = p.kecamatan && p.desa !== undefined ? desaOf[p.kecamatan][p.desa] : null;
      const [person] = await db.query<{ id: number }>(
        `INSERT INTO persons (nik, nik_valid, name, regency_code, kecamatan_code, desa_code)
         VALUES ($1, true, $2, $3, $4, $5) RETURNING id`,
        [nik, `WARGA ${i}`, p.regency ?? regencyCode, p.kecamatan, desa],
      );
      for (const m of p.memberships) {
        await db.query(
          `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, start_month, end_month,
             active_from)
           VALUES ($1, $2, $3, 'jkk-jkm', $4, $5, $6, $7, $8)`,
          [
            person.id,
            plan.id,
            funder.id,
            nik,
            m.status,
            m.start ?? "2026-01-01",
            m.end ?? "2026-12-01",
            m.activeFrom,
          ],
        );
      }
    }
  }

  /** The question asked of the tables directly, for one area. */
  async function coveredDirectly(column: string, code: string, on: string): Promise<number> {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM persons p
       WHERE p.${column} = $1 AND EXISTS (
         SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.status = 'active'
           AND m.active_from <= $2::date
           AND $2::date <= (date_trunc('month', m.end_month) + interval '1 month - 1 day')::date)`,
      [code, on],
    );
    return row.n;
  }

  const active = { status: "active", activeFrom: "2026-01-01" };
  beforeAll(async () => {
    db = await freshDb();
    for (const k of [mauk, balaraja]) {
      desaOf[k] = (
        await db.query<{ code: string }>(
          "SELECT code FROM regions WHERE parent_code = $1 ORDER BY code LIMIT 2",
          [k],
        )
      ).map((r) => r.code);
    }
    await insertPeople([
      // Mauk, first desa: three covered
      { kecamatan: mauk, desa: 0, memberships: [active] },
      { kecamatan: mauk, desa: 0, memberships: [active] },
      { kecamatan: mauk, desa: 0, memberships: [{ status: "active", activeFrom: "2026-02-10" }] },
      // Mauk, second desa: one covered twice (counts once), one registered, one not yet started
      {
        kecamatan: mauk,
        desa: 1,
        memberships: [active, { status: "active", activeFrom: "2026-06-01", start: "2026-06-01" }],
      },
      { kecamatan: mauk, desa: 1, memberships: [{ status: "registered", activeFrom: null }] },
      {
        kecamatan: mauk,
        desa: 1,
        memberships: [{ status: "active", activeFrom: "2026-07-01", start: "2026-07-01" }],
      },
      // Mauk without a desa: in the kecamatan's count only
      { kecamatan: mauk, memberships: [active] },
      // Balaraja: two covered, one lapsed, one whose spell ended in March, one ended
      { kecamatan: balaraja, desa: 0, memberships: [active] },
      { kecamatan: balaraja, desa: 1, memberships: [active] },
      { kecamatan: balaraja, desa: 1, memberships: [{ status: "lapsed", activeFrom: "2026-01-01" }] },
      { kecamatan: balaraja, desa: 0, memberships: [{ ...active, end: "2026-03-01" }] },
      { kecamatan: balaraja, desa: 0, memberships: [{ status: "ended", activeFrom: "2026-01-01" }] },
      // No kecamatan: the regency's count only; another regency's person: nowhere
      { kecamatan: null, memberships: [active] },
      { kecamatan: null, regency: "36.71", memberships: [active] },
    ]);
  });
  afterAll(async () => {
    await db.close();
    tmp.remove();
  });

  it("counts covered persons per area as the tables say, children rolling up", async () => {
    const list = await listCoverage({ db, year: 2026, on: day, regencyCode });
    expect(list).toMatchObject({ year: 2026, on: day, regency: regencyCode, unplaced: 1 });
    // The regency and its 29 kecamatan; no desa has figures yet.
    expect(list.areas).toHaveLength(30);
    expect(list.areas[0]).toMatchObject({ code: regencyCode, level: 2, covered: 8 });
    const of = (code: string) => list.areas.find((a) => a.code === code)!;
    expect(of(mauk).covered).toBe(5);
    expect(of(balaraja).covered).toBe(2);
    for (const area of list.areas) {
      const column = area.level === 2 ? "regency_code" : "kecamatan_code";
      expect(area.covered, area.code).toBe(await coveredDirectly(column, area.code, day));
    }
    // On another day other memberships cover: the same question, the same answers.
    const later = await listCoverage({ db, year: 2026, on: "2026-07-01", regencyCode });
    expect(later.areas.find((a) => a.code === mauk)!.covered).toBe(6);
    for (const area of later.areas) {
      const column = area.level === 2 ? "regency_code" : "kecamatan_code";
      expect(area.covered, area.code).toBe(await coveredDirectly(column, area.code, "2026-07-01"));
    }
    // On the first day: not yet the February start, still the spell that ended in March.
    const early = await listCoverage({ db, year: 2026, on: "2026-01-01", regencyCode });
    expect(early.areas.find((a) => a.code === mauk)!.covered).toBe(4);
    expect(early.areas.find((a) => a.code === balaraja)!.covered).toBe(3);
    expect(early.areas[0].covered).toBe(8);
  });

  it("shows the desa that have figures, with their own counts", async () => {
    await setTarget({ db, year: 2026, region: desaOf[mauk][0], target: 10, regencyCode, audit });
    await setWorkforce({
      db,
      year: 2026,
      region: desaOf[mauk][1],
      informalWorkers: 40,
      source: "survei desa",
      regencyCode,
      audit,
    });
    const list = await listCoverage({ db, year: 2026, on: day, regencyCode });
    const desa = list.areas.filter((a) => a.level === 4);
    expect(desa.map((d) => d.code)).toEqual(desaOf[mauk]);
    for (const d of desa) expect(d.covered).toBe(await coveredDirectly("desa_code", d.code, day));
    expect(desa[0]).toMatchObject({ covered: 3, target: 10, targetProgress: 0.3, workforce: null });
    expect(desa[1]).toMatchObject({
      covered: 1,
      workforce: 40,
      coverageRate: 0.025,
      workforceFrom: "figure",
    });
    // In code order: a kecamatan's desa follow it.
    const codes = list.areas.map((a) => a.code);
    expect(codes.indexOf(desaOf[mauk][0])).toBe(codes.indexOf(mauk) + 1);
    await removeTarget({ db, year: 2026, region: desaOf[mauk][0], regencyCode, audit });
    await removeWorkforce({ db, year: 2026, region: desaOf[mauk][1], regencyCode, audit });
  });

  it("imports workforce per kecamatan: unknown rows reported by number and kept out, twice changes nothing", async () => {
    const file = writeCsv(path.join(tmp.dir, "bps.csv"), [
      ["KODE", "KECAMATAN", "PEKERJA INFORMAL", "SUMBER"],
      [balaraja, "Balaraja", "20000", ""],
      ["", "Mauk", "12.345", "BPS Sakernas Agustus 2025"],
      ["", "Kecamatan Antah Berantah", "500", ""],
      ["", "", "", ""],
      ["", "Jumlah", "32.845", ""],
      ["", "MAUK", "1", ""],
      ["", "Cisoak", "7000", ""],
      ["", "Tigaraksa", "tujuh ribu", ""],
    ]);
    const first = await importWorkforce({
      db,
      file,
      year: 2026,
      source: "BPS Kab. Tangerang 2025",
      regencyCode,
      audit,
    });
    expect(first).toMatchObject({ file: "bps.csv", year: 2026, rows: 7, saved: 3, unchanged: 0 });
    expect(first.problems).toEqual([
      { row: 3, kecamatan: "Kecamatan Antah Berantah", workers: "500", problem: "kecamatan_unknown" },
      { row: 4, kecamatan: "Jumlah", workers: "32.845", problem: "total_row" },
      { row: 5, kecamatan: "MAUK", workers: "1", problem: "kecamatan_repeated" },
      { row: 7, kecamatan: "Tigaraksa", workers: "tujuh ribu", problem: "workers_invalid" },
    ]);
    expect(first.corrected).toEqual([{ row: 6, kecamatan: "Cisoak", code: "36.03.05", name: "Cisoka" }]);
    const stored = await db.query<{ region_code: string; informal_workers: number; source: string }>(
      "SELECT region_code, informal_workers, source FROM workforce WHERE year = 2026 ORDER BY region_code",
    );
    expect(stored).toEqual([
      { region_code: balaraja, informal_workers: 20000, source: "BPS Kab. Tangerang 2025" },
      { region_code: "36.03.05", informal_workers: 7000, source: "BPS Kab. Tangerang 2025" },
      { region_code: mauk, informal_workers: 12345, source: "BPS Sakernas Agustus 2025" },
    ]);
    const entries = async () =>
      db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'workforce_import'");
    expect((await entries())[0].n).toBe(1);
    // Every problem has its sentence for the command line, in both languages.
    for (const p of [...first.problems, { problem: "source_missing" }]) {
      for (const lang of ["id", "en"] as const)
        expect(message(`workforce_row_${p.problem}`, {}, lang)).not.toBe(`workforce_row_${p.problem}`);
    }
    const again = await importWorkforce({
      db,
      file,
      year: 2026,
      source: "BPS Kab. Tangerang 2025",
      regencyCode,
      audit,
    });
    expect(again).toMatchObject({ rows: 7, saved: 0, unchanged: 3 });
    expect((await entries())[0].n).toBe(1);
  });

  it("reads an XLSX with numbers as numbers, and refuses a file without the columns it needs", async () => {
    const file = await writeXlsxFile(path.join(tmp.dir, "bps.xlsx"), [
      ["Kode Kecamatan", "Jumlah Pekerja Informal"],
      ["36.03.03", 15000],
      ["360304", 9000],
    ]);
    const done = await importWorkforce({ db, file, year: 2025, source: "BPS 2024", regencyCode, audit });
    expect(done).toMatchObject({ rows: 2, saved: 2, problems: [] });
    const wrong = writeCsv(path.join(tmp.dir, "salah.csv"), [
      ["NAMA", "NIK"],
      ["A", "1"],
    ]);
    await expect(
      importWorkforce({ db, file: wrong, year: 2025, source: "x", regencyCode, audit }),
    ).rejects.toMatchObject({
      code: "workforce_columns_missing",
    });
  });

  it("gives rates against the workforce and progress to the target, nulls without a denominator", async () => {
    await setTarget({
      db,
      year: 2026,
      region: regencyCode,
      target: 100_000,
      source: "Perbup 2026",
      regencyCode,
      audit,
    });
    await setTarget({ db, year: 2026, region: mauk, target: 4, regencyCode, audit });
    const list = await listCoverage({ db, year: 2026, on: day, regencyCode });
    const of = (code: string) => list.areas.find((a) => a.code === code)!;
    expect(of(regencyCode)).toMatchObject({
      target: 100_000,
      targetSource: "Perbup 2026",
      targetProgress: 0.0001, // 8 of 100,000, to four places
      workforce: null, // not every kecamatan has a figure: no sum
      workforceFrom: null,
      coverageRate: null,
    });
    expect(of(mauk)).toMatchObject({ covered: 5, target: 4, targetProgress: 1.25, workforce: 12345 });
    expect(of(mauk).coverageRate).toBe(Math.round((5 / 12345) * 10_000) / 10_000);
    expect(of(balaraja)).toMatchObject({ target: null, targetProgress: null, coverageRate: 0.0001 });
    expect(of("36.03.02")).toMatchObject({ covered: 0, workforce: null, coverageRate: null });
    // A workforce of 0 is a figure, but no rate.
    await setWorkforce({
      db,
      year: 2026,
      region: "36.03.02",
      informalWorkers: 0,
      source: "BPS",
      regencyCode,
      audit,
    });
    const zero = await listCoverage({ db, year: 2026, on: day, regencyCode });
    expect(zero.areas.find((a) => a.code === "36.03.02")).toMatchObject({ workforce: 0, coverageRate: null });
  });

  it("sums the kecamatan's figures for the regency only when every kecamatan has one", async () => {
    const kecamatan = await db.query<{ code: string }>(
      "SELECT code FROM regions WHERE parent_code = $1 AND level = 3 ORDER BY code",
      [regencyCode],
    );
    for (const [i, k] of kecamatan.entries()) {
      await setWorkforce({
        db,
        year: 2024,
        region: k.code,
        informalWorkers: 1000 + i,
        source: "BPS",
        regencyCode,
        audit,
      });
    }
    const list = await listCoverage({ db, year: 2024, regencyCode, today: "2026-06-15" });
    expect(list.on).toBe("2024-12-31");
    const sum = kecamatan.reduce((s, _k, i) => s + 1000 + i, 0);
    expect(list.areas[0]).toMatchObject({
      workforce: sum,
      workforceFrom: "sum",
      workforceSource: null,
      covered: 0,
    });
    // The regency's own figure wins over the sum.
    await setWorkforce({
      db,
      year: 2024,
      region: regencyCode,
      informalWorkers: 50_000,
      source: "BPS",
      regencyCode,
      audit,
    });
    const own = await listCoverage({ db, year: 2024, regencyCode, today: "2026-06-15" });
    expect(own.areas[0]).toMatchObject({ workforce: 50_000, workforceFrom: "figure" });
  });

  it("keeps to the regency and checks every number; a change is audited once, naming no one", async () => {
    const set = (region: string, target: number) =>
      setTarget({ db, year: 2026, region, target, regencyCode, audit });
    await expect(set("36.71", 10)).rejects.toMatchObject({ code: "coverage_region_outside" });
    await expect(set("36.03.99", 10)).rejects.toMatchObject({ code: "coverage_region_outside" });
    await expect(set("36", 10)).rejects.toMatchObject({ code: "coverage_region_outside" });
    await expect(set(mauk, 0)).rejects.toMatchObject({ code: "target_invalid" });
    await expect(set(mauk, 1.5)).rejects.toMatchObject({ code: "target_invalid" });
    await expect(
      setTarget({ db, year: 1999, region: mauk, target: 5, regencyCode, audit }),
    ).rejects.toMatchObject({
      code: "coverage_year_invalid",
    });
    await expect(
      setWorkforce({ db, year: 2026, region: mauk, informalWorkers: -1, source: "BPS", regencyCode, audit }),
    ).rejects.toMatchObject({ code: "workforce_invalid" });
    await expect(
      setWorkforce({ db, year: 2026, region: mauk, informalWorkers: 5, source: "  ", regencyCode, audit }),
    ).rejects.toMatchObject({ code: "workforce_source_missing" });
    await expect(removeTarget({ db, year: 2030, region: mauk, regencyCode, audit })).rejects.toMatchObject({
      code: "target_not_found",
    });
    await expect(listCoverage({ db, year: 2026, on: "2025-12-31", regencyCode })).rejects.toMatchObject({
      code: "coverage_day_outside_year",
    });
    await expect(listCoverage({ db, year: 2026, on: "2026-02-30", regencyCode })).rejects.toMatchObject({
      code: "date_invalid",
    });

    const count = async () =>
      (
        await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'target_set'")
      )[0].n;
    const before = await count();
    expect((await set("36.03.09", 700)).changed).toBe(true);
    expect((await set("36.03.09", 700)).changed).toBe(false);
    expect(await count()).toBe(before + 1);
    const entries = await db.query<{
      action: string;
      person_ids: number[] | null;
      details: { before: unknown };
    }>(
      "SELECT action, person_ids, details FROM audit_log WHERE action LIKE 'target_%' OR action LIKE 'workforce_%'",
    );
    expect(new Set(entries.map((e) => e.action))).toEqual(
      new Set(["target_set", "target_remove", "workforce_set", "workforce_remove", "workforce_import"]),
    );
    expect(entries.every((e) => e.person_ids === null)).toBe(true);
  });

  it("reads counts as statistics tables write them", () => {
    expect(parseCount("12345")).toBe(12345);
    expect(parseCount("12.345")).toBe(12345);
    expect(parseCount("1,234,567")).toBe(1234567);
    expect(parseCount("12 345")).toBe(12345);
    expect(parseCount("12345.0")).toBe(12345);
    expect(parseCount("1.234,5")).toBeNull();
    expect(parseCount("1.5")).toBeNull();
    expect(parseCount("-3")).toBeNull();
    expect(parseCount("")).toBeNull();
  });
});
