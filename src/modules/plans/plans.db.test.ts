import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { addFunder } from "../funders/funders.service.ts";
import type { User } from "../users/users.repository.ts";
import { comparePlans, planPersons, planReach } from "./plans.reports.ts";
import { approvePlan, createPlan, deletePlan, showPlan } from "./plans.service.ts";

const audit = { actor: "test", via: "test" };
const regencyCode = "36.03";

/** Two villages in two kecamatan of the test regency. */
async function twoVillages(db: Db) {
  const rows = await db.query<{ code: string; parent_code: string }>(
    `SELECT DISTINCT ON (parent_code) code, parent_code FROM regions
     WHERE level = 4 AND parent_code LIKE '36.03.%' ORDER BY parent_code, code LIMIT 2`,
  );
  return rows.map((r) => ({ desa: r.code, kecamatan: r.parent_code }));
}

function funder(code: string, type: string, from: string, to: string, budget: number, extra = {}) {
  return {
    code,
    name: code.toUpperCase(),
    type,
    budget,
    from,
    to,
    package: "jkk-jkm",
    ...extra,
  };
}

describe(`allocation plans on ${dbKind}: DOMAIN.md's vectors`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    const [v] = await twoVillages(db);
    await db.query(
      `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, occupation,
         desil, desil_date)
       SELECT '3603' || lpad(g::text, 12, '0'), true, 'ORANG ' || g, date '1965-01-01' + g, $1, $2, $3,
              'Petani', 1 + g % 4, date '2025-06-01'
       FROM generate_series(1, 5952) g`,
      [regencyCode, v.kecamatan, v.desa],
    );
    await addFunder({
      db,
      funder: funder("apbd-2026", "apbd", "2026-01", "2026-10", 999_936_000),
      by: "test",
    });
    await addFunder({
      db,
      funder: funder("apbd-2027", "apbd", "2027-01", "2027-10", 999_935_999),
      by: "test",
    });
  });
  afterAll(() => db.close());

  it("covers 5,952 people for 10 months with Rp999,936,000, and one fewer with a rupiah less", async () => {
    const exact = await createPlan({ db, from: "2026-01", to: "2026-10", regencyCode, audit });
    expect(exact).toMatchObject({
      status: "draft",
      eligible: 5_952,
      covered: 5_952,
      waitlist: 0,
      cost: 999_936_000,
    });
    expect(exact.funders).toEqual([
      expect.objectContaining({
        id: "apbd-2026",
        capacity: 5_952,
        allocated: 5_952,
        cost: 999_936_000,
        left: 0,
      }),
    ]);
    expect(Number.isInteger(exact.cost)).toBe(true);

    const less = await createPlan({ db, from: "2027-01", to: "2027-10", regencyCode, audit });
    expect(less).toMatchObject({ covered: 5_951, waitlist: 1 });
    expect(less.funders[0]).toMatchObject({ capacity: 5_951, cost: 5_951 * 168_000, left: 168_000 - 1 });
    const waiting = await planPersons({ db, id: less.plan, caller: null, waiting: true });
    expect(waiting.persons.map((p) => p.rank)).toEqual([5_952]); // the last of the ranking waits
  });
});

describe(`allocation plans on ${dbKind}: funders, windows, approval, revision, renewal`, () => {
  let db: Db;
  let villages: { desa: string; kecamatan: string }[];
  const id: Record<string, number> = {};

  beforeAll(async () => {
    db = await freshDb();
    villages = await twoVillages(db);
    const [a, b] = villages;
    const people: [string, string, typeof a, number | null, string][] = [
      ["P1", "1962-01-01", a, 1, "PETANI"],
      ["P2", "1970-01-01", b, 2, "PETANI"],
      ["P3", "1971-01-01", a, 3, "NELAYAN"],
      ["P4", "1972-01-01", b, 4, "BURUH HARIAN"],
      ["P5", "1973-01-01", b, null, "PEMULUNG"],
      ["P6", "2008-06-01", a, 1, "PETANI"], // 17 on 1 January 2026, 18 in 2027
    ];
    for (const [i, [name, born, v, desil, occupation]] of people.entries()) {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code,
           occupation, desil, desil_date)
         VALUES ($1, true, $2, $3, $4, $5, $6, $7, $8, '2025-06-01') RETURNING id`,
        [`36030800000000${i}1`, name, born, regencyCode, v.kecamatan, v.desa, occupation, desil],
      );
      id[name] = row.id;
    }
    const year = 12 * 16_800;
    const rounded = { unitRate: 16_800 }; // no PP 50/2025 discount: one place each
    const add = (f: ReturnType<typeof funder>) => addFunder({ db, funder: f, by: "test" });
    // Listed first, so a first-funder-with-room assignment would give P1 the regency's one place.
    await add(funder("a-apbd", "apbd", "2026-01", "2026-12", year));
    await add(
      funder("dd-a", "dana_desa", "2026-01", "2026-12", year, { desaCode: a.desa, unitRate: 16_800 }),
    );
    await add(funder("prov-h1", "province", "2026-01", "2026-06", 6 * 16_800, rounded));
    await add(funder("prov-h2", "province", "2026-07", "2026-12", 6 * 16_800, rounded));
    await add(
      funder("csr-nelayan", "csr", "2026-07", "2026-12", 6 * 16_800, {
        unitRate: 16_800,
        occupations: ["nelayan"],
      }),
    );
    await add(funder("apbd-p", "apbd_p", "2026-10", "2026-12", 3 * 16_800, rounded));
    await add(funder("spills-over", "apbd", "2026-07", "2027-06", 1_000_000_000));
  });
  afterAll(() => db.close());

  let first: number;

  it("reaches down the ranking as far as each budget goes", async () => {
    const reach = await planReach({
      db,
      budgets: [201_600, 403_200],
      months: 12,
      from: "2026-01",
      pkg: "jkk-jkm",
      regencyCode,
    });
    expect(reach).toMatchObject({ perPerson: 201_600, eligible: 5 });
    expect(reach.scenarios.map((s) => [s.covered, s.lastTier, s.lastDesil, s.left])).toEqual([
      [1, 1, 1, 0],
      [2, 2, 2, 0],
    ]);
  });

  it("covers everyone the money allows: a village's own Dana Desa first, windows joined, short spells flagged", async () => {
    const plan = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode, audit });
    first = plan.plan;
    expect(plan).toMatchObject({ eligible: 5, covered: 5, waitlist: 0, shortSpells: 1, gaps: 0 });
    expect(plan.skipped).toEqual([{ id: "spills-over", from: "2026-07", to: "2027-06" }]);
    expect(plan.excluded.age_below).toBe(1); // P6
    const page = await planPersons({ db, id: first, caller: null });
    expect(page.persons.map((p) => [p.name, p.funders, p.months, p.short_spell])).toEqual([
      ["P1", ["dd-a"], 12, false], // not the regency's place: that one is P2's
      ["P2", ["a-apbd"], 12, false],
      ["P3", ["prov-h1", "csr-nelayan"], 12, false], // January–June, then July–December
      ["P4", ["prov-h2"], 6, false],
      ["P5", ["apbd-p"], 3, true],
    ]);
    const [twice] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM plan_spells x JOIN plan_spells y ON x.plan_id = y.plan_id
         AND x.person_id = y.person_id AND x.month_from < y.month_from AND y.month_from <= x.month_to
       WHERE x.plan_id = $1`,
      [first],
    );
    expect(twice.n).toBe(0); // no person has two funders in any month
  });

  it("shows an operator only their kecamatan's persons, NIKs masked", async () => {
    const operator: User = {
      id: 1,
      username: "op",
      fullName: "Op",
      role: "kecamatan_operator",
      areaCode: villages[1].kecamatan,
      active: true,
      createdAt: "",
    };
    const page = await planPersons({ db, id: first, caller: { user: operator, audit } });
    expect(page.persons.map((p) => p.name)).toEqual(["P2", "P4", "P5"]);
    expect(page.persons[0].nik).toMatch(/•/);
  });

  it("freezes an approved plan: the registry may change, the plan does not", async () => {
    const approved = await approvePlan({ db, id: first, audit });
    expect(approved).toMatchObject({ status: "approved", approvedBy: "test" });
    await expect(db.query("UPDATE plan_persons SET months = 0 WHERE plan_id = $1", [first])).rejects.toThrow(
      /approved/,
    );
    await expect(deletePlan({ db, id: first, audit })).rejects.toMatchObject({ code: "plan_decided" });
    await db.query("UPDATE persons SET occupation = 'PNS' WHERE id = $1", [id.P2]);
    expect((await showPlan({ db, id: first })).covered).toBe(5);
    expect((await planPersons({ db, id: first, caller: null })).persons.map((p) => p.name)).toContain("P2");

    const rival = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode, audit });
    await expect(approvePlan({ db, id: rival.plan, audit })).rejects.toMatchObject({ code: "plan_overlaps" });
    await deletePlan({ db, id: rival.plan, audit });
  });

  it("shows registry changes in a revision, which supersedes the plan when approved", async () => {
    const revision = await createPlan({
      db,
      from: "2026-01",
      to: "2026-12",
      regencyCode,
      revises: first,
      audit,
    });
    expect(revision.covered).toBe(4);
    expect(await comparePlans({ db, a: first, b: revision.plan })).toMatchObject({ added: 0, removed: 1 });
    await approvePlan({ db, id: revision.plan, audit });
    expect((await showPlan({ db, id: first })).status).toBe("superseded");
    id.revision = revision.plan;
  });

  it("renews current members before anyone new, even a desil 1", async () => {
    await addFunder({
      db,
      funder: funder("apbd-2027", "apbd", "2027-01", "2027-12", 4 * 201_600),
      by: "test",
    });
    const next = await createPlan({ db, from: "2027-01", to: "2027-12", regencyCode, audit });
    const covered = await planPersons({ db, id: next.plan, caller: null });
    expect(covered.persons.map((p) => [p.name, p.tier])).toEqual([
      ["P1", 0],
      ["P3", 0],
      ["P4", 0],
      ["P5", 0],
    ]);
    const waiting = await planPersons({ db, id: next.plan, caller: null, waiting: true });
    expect(waiting.persons.map((p) => [p.name, p.tier])).toEqual([["P6", 1]]);
  });
});
