/**
 * The counters the database keeps (migrations/0025_coverage_counts.sql) against the same question
 * asked of the memberships directly, after bulk inserts, endings, deletions, moves, overlapping
 * memberships and the clock moving on: every cell and every month must be equal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { type CoveredCell, countedMonths, countedNow, countedOn, rollTo } from "./coverage-counts.ts";
import { insertMemberships, insertPersons, randomSource } from "./coverage-fixture.ts";

const regency = "36.03";
/** The days the clock is moved to, and the days before them. */
const edges = [
  "2023-03-10",
  "2023-03-09",
  "2023-03-31",
  "2023-03-30",
  "2024-02-15",
  "2024-02-14",
  "2025-07-01",
];

describe(`coverage counters on ${dbKind}`, () => {
  let db: Db;
  const random = randomSource(7);

  beforeAll(async () => {
    db = await freshDb();
    await db.query("UPDATE coverage_clock SET day = '2023-03-10'");
  });
  afterAll(() => db?.close());

  const key = (c: CoveredCell) => `${c.area}|${c.dimension}|${c.value}`;
  const asMap = (cells: CoveredCell[]) =>
    Object.fromEntries(cells.filter((c) => c.covered !== 0).map((c) => [key(c), c.covered]));

  /** Every month-end before the clock's day, counted from the memberships. */
  async function directMonths(area: string, today: string) {
    const ends = await db.query<{ month: string; last: string }>(
      `SELECT to_char(g, 'YYYY-MM') AS month, to_char(g + interval '1 month - 1 day', 'YYYY-MM-DD') AS last
       FROM generate_series('2022-01-01'::date, $1::date, interval '1 month') g
       WHERE g + interval '1 month - 1 day' < $1::date`,
      [today],
    );
    const months: { month: string; covered: number }[] = [];
    for (const e of ends) {
      const cells = await countedOn(db, area, e.last);
      const n = cells.filter((c) => c.dimension === "all").reduce((sum, c) => sum + c.covered, 0);
      if (n !== 0) months.push({ month: e.month, covered: n });
    }
    return months;
  }

  async function expectCountersTrue(today: string) {
    const day = await rollTo(db, today);
    expect(day).toBe(today);
    for (const area of [regency, "36.03.08", "36.03.01"]) {
      expect(asMap(await countedNow(db, area))).toEqual(asMap(await countedOn(db, area, day)));
      expect(await countedMonths(db, area)).toEqual(await directMonths(area, day));
    }
  }

  it("counts bulk inserts, overlapping memberships and the clock moving on", async () => {
    const persons = await insertPersons(db, random, 300);
    await insertMemberships(db, random, persons, { firstMonth: "2022-01", edges });
    // A second membership for a third of them: some overlap the first, some follow it.
    await insertMemberships(
      db,
      random,
      persons.filter((_, i) => i % 3 === 0),
      { firstMonth: "2022-01", edges },
    );
    await expectCountersTrue("2023-03-10");
    await expectCountersTrue("2023-03-31");
    await expectCountersTrue("2024-02-15");
    const [{ covered }] = await db.query<{ covered: number }>(
      "SELECT sum(covered)::int AS covered FROM coverage_now WHERE dimension = 'all'",
    );
    expect(covered).toBeGreaterThan(30);
  });

  it("follows endings, deletions, moves and changes of a person", async () => {
    await db.query(
      `UPDATE memberships SET status = 'ended', ended_on = '2024-01-20', end_reason = 'moved'
       WHERE id IN (SELECT id FROM memberships WHERE status = 'active' ORDER BY id LIMIT 20)`,
    );
    await db.query(
      "DELETE FROM memberships WHERE id IN (SELECT id FROM memberships ORDER BY id DESC LIMIT 15)",
    );
    await db.query(
      `UPDATE persons SET desa_code = NULL, kecamatan_code = '36.03.08', occupation = 'BURUH', desil = 2
       WHERE id IN (SELECT person_id FROM coverage_spells ORDER BY person_id LIMIT 25)`,
    );
    await db.query("UPDATE persons SET phone = '0812' WHERE id IN (SELECT id FROM persons LIMIT 50)");
    // BPJS accepts a registration late, with a start in the past: past months change too.
    await db.query(
      `UPDATE memberships SET status = 'active', active_from = start_month
       WHERE id IN (SELECT id FROM memberships WHERE status = 'registered' ORDER BY id LIMIT 10)`,
    );
    await db.query(
      "DELETE FROM persons WHERE id IN (SELECT person_id FROM coverage_spells ORDER BY person_id DESC LIMIT 3)",
    );
    await expectCountersTrue("2024-02-15");
    await expectCountersTrue("2025-07-01");
  });

  it("rebuilt from nothing equals the counters kept", async () => {
    const before = asMap(await countedNow(db, regency));
    const months = await countedMonths(db, regency);
    await db.exec("DELETE FROM coverage_spells; DELETE FROM coverage_now; DELETE FROM coverage_months");
    await db.query("SELECT coverage_recount(ARRAY(SELECT DISTINCT person_id FROM memberships))");
    expect(asMap(await countedNow(db, regency))).toEqual(before);
    expect(await countedMonths(db, regency)).toEqual(months);
  });
});
