/**
 * The dashboard through the API: every number equals the same question asked of the tables
 * directly (covered persons per area and trait, month-ends, year-ends, budgets, claims, the
 * waitlist), today from the kept counters and on a past day counted afresh; operators see their
 * own area and nothing outside it; bad days are refused in the caller's language.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { reportEvent } from "../src/modules/claims/events.service.ts";
import { insertMemberships, insertPersons, randomSource } from "../src/modules/coverage/coverage-fixture.ts";
import type { Dashboard } from "../src/modules/dashboard/dashboard.types.ts";
import { localToday } from "../src/modules/public-check/public-check.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";

const today = localToday();
const audit = { actor: "test", via: "test" };

/** A person `p` covered on the day at `$1` (as docs/dashboard.md defines it), asked of the tables. */
const coveredSql = `SELECT DISTINCT p.* FROM memberships m JOIN persons p ON p.id = m.person_id
  WHERE m.active_from <= $1::date AND $1::date < m.end_month + interval '1 month'
    AND (m.status = 'active' OR (m.status IN ('lapsed', 'ended') AND $1::date <= m.ended_on))`;

describe(`the dashboard through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const get = async (who: string, url: string) =>
    server.inject({ method: "GET", url, headers: { ...sessions.get(who), "accept-language": "en" } });
  const shown = async (who: string, query = "") => {
    const answer = await get(who, `/api/v1/dashboard${query}`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Dashboard;
  };
  /** A number asked of the tables directly. */
  const direct = async (sql: string, params: unknown[] = []) =>
    db.query<{ key: string | null; n: number }>(sql, params);

  beforeAll(async () => {
    db = await freshDb();
    const random = randomSource(11);
    const persons = await insertPersons(db, random, 400);
    // Memberships from mid-2023 on, the last ones reaching 2028; a third have a second one.
    await insertMemberships(db, random, persons, { firstMonth: "2023-06", edges: [today] });
    await insertMemberships(
      db,
      random,
      persons.filter((_, i) => i % 3 === 0),
      { firstMonth: "2024-01" },
    );
    // Two deaths end two active memberships (the trigger recounts), and open JKM claims.
    const dying = await db.query<{ id: number }>(
      `SELECT m.id FROM memberships m JOIN persons p ON p.id = m.person_id
       WHERE m.status = 'active' AND m.active_from < $1::date - 40 AND $1::date < m.end_month
       ORDER BY m.id LIMIT 2`,
      [today],
    );
    for (const m of dying) {
      await reportEvent({
        db,
        input: { membershipId: m.id, kind: "death", date: today, workRelated: false, reportedBy: "family" },
        audit,
      });
    }
    await db.query(
      `INSERT INTO invoices (funder_id, month, members, amount, paid, generated_by)
       SELECT id, '2025-01-01', 10, 168000, CASE WHEN id % 2 = 0 THEN 168000 ELSE 0 END, 'test' FROM funders`,
    );
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["auditor", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("counts the regency today as the tables do, by kecamatan and by trait", async () => {
    const d = await shown("admin");
    expect(d.on).toBe(today);
    const [all] = await direct(`SELECT count(*)::int AS n FROM (${coveredSql}) c`, [today]);
    expect(all.n).toBeGreaterThan(20);
    expect(d.area).toMatchObject({ code: "36.03", covered: all.n });
    const perKecamatan = await direct(
      `SELECT kecamatan_code AS key, count(*)::int AS n FROM (${coveredSql}) c GROUP BY 1`,
      [today],
    );
    for (const row of perKecamatan.filter((r) => r.key)) {
      expect(d.areas.find((a) => a.code === row.key)?.covered).toBe(row.n);
    }
    expect(d.unplaced).toBe(perKecamatan.find((r) => r.key === null)?.n ?? 0);
    const byTrait = async (expression: string) =>
      Object.fromEntries(
        (
          await direct(`SELECT ${expression} AS key, count(*)::int AS n FROM (${coveredSql}) c GROUP BY 1`, [
            today,
          ])
        ).map((r) => [String(r.key), r.n]),
      );
    const asRecord = <V>(rows: { value: V; covered: number }[]) =>
      Object.fromEntries(rows.map((r) => [String(r.value), r.covered]));
    expect(asRecord(d.byOccupation)).toEqual(await byTrait("occupation"));
    expect(asRecord(d.byDesil)).toEqual(await byTrait("desil"));
    expect(asRecord(d.bySex)).toEqual(await byTrait("sex"));
    const year = Number(today.slice(0, 4));
    expect(asRecord(d.byAgeBand)).toEqual(
      await byTrait(`CASE WHEN birth_date IS NULL THEN NULL
        WHEN ${year} - extract(year FROM birth_date) < 25 THEN '<25'
        WHEN ${year} - extract(year FROM birth_date) < 65
          THEN (floor((${year} - extract(year FROM birth_date) - 5) / 10) * 10 + 5)::int || '-'
               || (floor((${year} - extract(year FROM birth_date) - 5) / 10) * 10 + 14)::int
        ELSE '65+' END`),
    );
  });

  it("draws the trend from month-ends and years from 31 December, as the tables do", async () => {
    const d = await shown("admin");
    expect(d.trend.at(-1)).toEqual({ month: today.slice(0, 7), covered: d.area.covered });
    for (const point of d.trend.slice(0, -1).filter((_, i) => i % 5 === 0)) {
      const [end] = await direct(
        `SELECT count(*)::int AS n FROM (${coveredSql}) c`,
        [`${point.month}-01`].map((m) =>
          new Date(Date.UTC(+m.slice(0, 4), +m.slice(5, 7), 0)).toISOString().slice(0, 10),
        ),
      );
      expect(point.covered, point.month).toBe(end.n);
    }
    const [end2024] = await direct(`SELECT count(*)::int AS n FROM (${coveredSql}) c`, ["2024-12-31"]);
    expect(d.years.find((y) => y.year === 2024)?.covered).toBe(end2024.n);
  });

  it("sums budgets, invoices and payments per funder, and claims per type", async () => {
    const d = await shown("auditor");
    const funders = await direct("SELECT code AS key, budget::float8 AS n FROM funders");
    expect(d.budget.map((b) => [b.funder.code, b.planned])).toEqual(
      expect.arrayContaining(funders.map((f) => [f.key, f.n])),
    );
    const [paid] = await direct("SELECT sum(paid)::float8 AS n FROM invoices");
    expect(d.budget.reduce((sum, b) => sum + b.paid, 0)).toBe(paid.n);
    const [claims] = await direct("SELECT count(*)::int AS n FROM claims WHERE type = 'jkm'");
    expect(claims.n).toBe(2);
    expect(d.claims.byType.find((c) => c.type === "jkm")).toMatchObject({
      claims: 2,
      paid: 0,
      paidAmount: 0,
    });
    expect(d.claims.open).toBe(2);
    expect(d.waitlist).toEqual({ persons: 0, cost: 0, planId: expect.any(Number) });
  });

  it("counts a past day afresh, equal to the tables", async () => {
    const d = await shown("admin", "?on=2024-06-30");
    const [all] = await direct(`SELECT count(*)::int AS n FROM (${coveredSql}) c`, ["2024-06-30"]);
    expect(d.on).toBe("2024-06-30");
    expect(d.area.covered).toBe(all.n);
    expect(d.trend.at(-1)).toEqual({ month: "2024-06", covered: all.n });
    expect(d.trend.every((t) => t.month <= "2024-06")).toBe(true);
  });

  it("shows an operator their kecamatan and its desa, and nothing outside it", async () => {
    const d = await shown("op.mauk");
    expect(d.area.code).toBe("36.03.08");
    const [mauk] = await direct(
      `SELECT count(*)::int AS n FROM (${coveredSql}) c WHERE kecamatan_code = '36.03.08'`,
      [today],
    );
    expect(d.area.covered).toBe(mauk.n);
    expect(d.areas.every((a) => a.level === 4 && a.code.startsWith("36.03.08."))).toBe(true);
    expect(d.areas.reduce((sum, a) => sum + a.covered, 0) + d.unplaced).toBe(mauk.n);
    const desa = d.areas.find((a) => a.covered > 0)!;
    expect((await shown("op.mauk", `?area=${desa.code}`)).area.covered).toBe(desa.covered);
    const outside = await get("op.mauk", "/api/v1/dashboard?area=36.03.01");
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe("dashboard_area_forbidden");
    expect((await get("op.mauk", "/api/v1/dashboard?area=36.03")).statusCode).toBe(403);
  });

  it("refuses a day that is not a day, or has not come yet", async () => {
    const wrong = await get("admin", "/api/v1/dashboard?on=2026-02-30");
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe("date_invalid");
    const future = await get("admin", "/api/v1/dashboard?on=2999-01-01");
    expect(future.json().error).toMatchObject({ code: "dashboard_day_future" });
    expect(future.json().error.message).toContain("2999-01-01");
    expect((await server.inject({ method: "GET", url: "/api/v1/dashboard" })).statusCode).toBe(401);
  });
});
