/**
 * The dashboard: how many vulnerable workers are protected in an area, against what target and
 * workforce, by trait, over time, at what cost and with what claims. Counts only — no name or NIK —
 * read from the counters the database keeps (docs/dashboard.md), scoped to the caller's area.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { settingsOn } from "../claims/claim-settings.ts";
import { countClaims } from "../claims/claims.repository.ts";
import { type CoveredCell, countedMonths, coveredOn } from "../coverage/coverage-counts.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { listCoverage } from "../targets/targets.service.ts";
import { checkDate, planCost } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import * as repo from "./dashboard.repository.ts";
import type { AreaCoverage, Breakdown, Dashboard } from "./dashboard.types.ts";

const ageBands = [
  { band: "<25", below: 25 },
  { band: "25-34", below: 35 },
  { band: "35-44", below: 45 },
  { band: "45-54", below: 55 },
  { band: "55-64", below: 65 },
  { band: "65+", below: Number.POSITIVE_INFINITY },
];

/**
 * The dashboard of an area (by default the caller's own) on a day (by default today). Operators
 * see their kecamatan or desa and the areas inside it; CSR partners have their own portal.
 */
export async function dashboard({
  db,
  user,
  regencyCode,
  area,
  on,
  today = localToday(),
}: {
  db: Db;
  /** None: the command line, which sees the whole regency. */
  user?: User;
  regencyCode: string;
  /** The regency, a kecamatan or a desa code. */
  area?: string;
  /** yyyy-mm-dd, not after today. */
  on?: string;
  today?: string;
}): Promise<Dashboard> {
  const code = area ?? user?.areaCode ?? regencyCode;
  checkArea(user, code);
  if (on !== undefined) {
    checkDate(on);
    if (on > today) throw new UserError("dashboard_day_future", { on });
  }
  const counted = await coveredOn(db, code, on, today);
  const day = counted.on;
  const year = Number(day.slice(0, 4));
  const list = await listCoverage({
    db,
    year,
    on: day,
    regencyCode,
    // a kecamatan's desa are its children; a desa is listed with its siblings
    desaOf: code.length > regencyCode.length ? code.slice(0, regencyCode.length + 3) : undefined,
    today,
  });
  const self = list.areas.find((a) => a.code === code);
  if (!self) throw new UserError("coverage_region_outside", { code, regency: regencyCode });
  const children = list.areas.filter((a) => a.level === self.level + 1 && a.code.startsWith(`${code}.`));

  const cells = counted.cells;
  const total = sumOf(cells.filter((c) => c.dimension === "all"));
  const [months, targets, budget, claims, waitlist] = await Promise.all([
    countedMonths(db, code),
    repo.yearTargets(db, code),
    repo.funderBudgets(db),
    claimsOf(db, code, today),
    waitlistOf(db, code),
  ]);
  const trend = [
    ...months.filter((m) => m.month < day.slice(0, 7)),
    { month: day.slice(0, 7), covered: total },
  ];
  return {
    on: day,
    area: pick(self),
    areas: children.map(pick),
    unplaced: self.level < 4 ? sumOf(cells.filter((c) => c.dimension === "all" && c.area === code)) : 0,
    byOccupation: breakdown(cells, "occupation", (v) => v || null),
    byDesil: breakdown(cells, "desil", (v) => (v ? Number(v) : null)),
    bySex: breakdown(cells, "sex", (v) => (v === "L" || v === "P" ? v : null)),
    byAgeBand: ageBreakdown(cells, year),
    trend,
    years: yearsOf(trend, targets),
    budget,
    claims,
    waitlist,
  };
}

/** Refuses partners (they have the portal) and areas outside the caller's own. */
function checkArea(user: User | undefined, code: string): void {
  if (!user) return;
  if (user.role === "csr_partner") throw new UserError("forbidden_role", { role: user.role });
  if (code !== user.areaCode && !code.startsWith(`${user.areaCode}.`))
    throw new UserError("dashboard_area_forbidden", { area: code, own: user.areaCode });
}

function pick(a: AreaCoverage): AreaCoverage {
  const { code, name, level, covered, target, workforce, coverageRate, targetProgress } = a;
  return { code, name, level, covered, target, workforce, coverageRate, targetProgress };
}

function sumOf(cells: CoveredCell[]): number {
  return cells.reduce((sum, c) => sum + c.covered, 0);
}

/** One trait's values summed over the areas, the largest first and the unknown last. */
function breakdown<V>(cells: CoveredCell[], dimension: CoveredCell["dimension"], value: (v: string) => V) {
  const sums = new Map<string, number>();
  for (const c of cells)
    if (c.dimension === dimension) sums.set(c.value, (sums.get(c.value) ?? 0) + c.covered);
  return [...sums]
    .filter(([, n]) => n !== 0)
    .sort(([a, x], [b, y]) => Number(a === "") - Number(b === "") || y - x || a.localeCompare(b))
    .map(([v, covered]): Breakdown<V> => ({ value: value(v), covered }));
}

/** Age in the year counted (year minus birth year), in bands; the bands in order, unknown last. */
function ageBreakdown(cells: CoveredCell[], year: number): Breakdown<string | null>[] {
  const sums = new Map<string | null, number>();
  for (const c of cells) {
    if (c.dimension !== "birth_year") continue;
    const band = c.value ? ageBands.find((b) => year - Number(c.value) < b.below)!.band : null;
    sums.set(band, (sums.get(band) ?? 0) + c.covered);
  }
  return [...ageBands.map((b) => b.band), null]
    .filter((band) => (sums.get(band) ?? 0) !== 0)
    .map((band) => ({ value: band, covered: sums.get(band)! }));
}

/** Covered at each year's end (the year of the day: on the day), beside the year's target. */
function yearsOf(trend: { month: string; covered: number }[], targets: Map<number, number>) {
  const last = new Map<number, number>();
  for (const t of trend) last.set(Number(t.month.slice(0, 4)), t.covered);
  return [...last].map(([year, covered]) => ({ year, covered, target: targets.get(year) ?? null }));
}

/** Claims of persons in the area: counts and amounts, which every dashboard role may see. */
async function claimsOf(db: Db, code: string, today: string): Promise<Dashboard["claims"]> {
  const settings = await settingsOn(db, today);
  const rows = await countClaims(db, settings.stepDays, (n) => ({
    sql: `(p.desa_code = $${n} OR p.kecamatan_code = $${n} OR p.regency_code = $${n})`,
    param: code,
  }));
  return {
    byType: rows.map(({ type, claims, paid, paidAmount }) => ({ type, claims, paid, paidAmount })),
    open: rows.reduce((sum, r) => sum + r.open, 0),
    overdue: rows.reduce((sum, r) => sum + r.overdue, 0),
  };
}

/** The latest approved plan's waitlist in the area, and what covering it for the plan's months costs. */
async function waitlistOf(db: Db, code: string): Promise<Dashboard["waitlist"]> {
  const plan = await repo.latestApprovedPlan(db);
  if (!plan) return { persons: 0, cost: 0, planId: null };
  const persons = await repo.waitlistOf(db, plan.id, code);
  if (persons === 0 || !plan.package) return { persons, cost: 0, planId: plan.id };
  const priced = await planCost({
    db,
    people: persons,
    months: plan.months,
    from: plan.from,
    query: { package: plan.package },
  });
  return { persons, cost: priced.total, planId: plan.id };
}
