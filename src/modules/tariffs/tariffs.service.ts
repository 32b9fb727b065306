/**
 * Programs, packages and discounts as dated rules, and what cover costs under them: a month's
 * premium for one person, and the cost of covering many for several months.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import {
  cost,
  monthlyPremium,
  monthPattern,
  monthsFrom,
  type Package,
  type Program,
  programs,
  type Tariffs,
} from "./premium.ts";
import * as repo from "./tariffs.repository.ts";

export async function listTariffs({ db }: { db: Db }): Promise<Tariffs> {
  return repo.loadTariffs(db);
}

export interface PremiumQuery {
  package: string;
  /** Declared monthly income; the package's own by default. */
  income?: number;
  month: string;
  /** The payer's type (apbd, apbn, dana_desa, csr …): some discounts exclude some payers. */
  funderType?: string;
  /** The workers' sector for sector-bound discounts: transport or other. */
  sector?: string;
}

/** One person's premium for one month, line by line with the rule behind each amount. */
export async function premiumFor({ db, query }: { db: Db; query: PremiumQuery }) {
  const tariffs = await repo.loadTariffs(db);
  const pkg = packageOf(tariffs, query.package);
  const income = query.income ?? pkg.declaredIncome;
  checkMonth(query.month);
  const context = { funderType: query.funderType ?? "apbd", sector: query.sector ?? "other" };
  const premium = monthlyPremium(tariffs, pkg, income, query.month, context);
  return { package: pkg.code, income, month: query.month, ...context, ...premium };
}

/**
 * What covering `people` costs for `months` months from `from`: each month at the rules in force
 * then, or at the funder's rounded unit rate when it has one.
 */
export async function planCost({
  db,
  people,
  months,
  from,
  query,
  unitRate,
}: {
  db: Db;
  people: number;
  months: number;
  from: string;
  query: Omit<PremiumQuery, "month">;
  unitRate?: number;
}) {
  checkMonth(from);
  const tariffs = await repo.loadTariffs(db);
  const pkg = packageOf(tariffs, query.package);
  const context = { funderType: query.funderType ?? "apbd", sector: query.sector ?? "other" };
  const monthly = monthsFrom(from, months).map((month) => ({
    month,
    premium:
      unitRate ?? monthlyPremium(tariffs, pkg, query.income ?? pkg.declaredIncome, month, context).total,
  }));
  const total = cost(
    people,
    monthly.map((m) => m.premium),
  );
  return {
    people,
    months,
    package: pkg.code,
    ...context,
    unitRate: unitRate ?? null,
    monthly,
    total: Number(total),
  };
}

/** A new rate for a program from a month on (the one before stays for the months before). */
export async function addTariffRule({
  db,
  rule,
  by,
}: {
  db: Db;
  rule: { program: string; percent?: number; flat?: number; minimum?: number; from: string; source: string };
  by: string;
}) {
  if (!programs.includes(rule.program as Program)) {
    throw new UserError("tariff_program_unknown", { program: rule.program, programs: programs.join(", ") });
  }
  checkMonth(rule.from);
  if ((rule.percent === undefined) === (rule.flat === undefined)) throw new UserError("tariff_rate_one");
  const basisPoints = rule.percent === undefined ? null : Math.round(rule.percent * 100);
  const added = {
    program: rule.program as Program,
    basisPoints,
    flat: rule.flat ?? null,
    minimum: rule.minimum ?? 0,
    validFrom: `${rule.from}-01`,
    source: rule.source,
  };
  await db.transaction(async (tx) => {
    if (!(await repo.insertRule(tx, { ...added, createdBy: by }))) {
      throw new UserError("tariff_rule_exists", { program: added.program, from: rule.from });
    }
    await recordAudit(tx, { actor: by, via: "payung tariffs add" }, "tariff_add", null, added);
  });
  return added;
}

function packageOf(tariffs: Tariffs, code: string): Package {
  const pkg = tariffs.packages.find((p) => p.code === code);
  if (!pkg) {
    throw new UserError("package_unknown", {
      package: code,
      packages: tariffs.packages.map((p) => p.code).join(", "),
    });
  }
  return pkg;
}

export function checkMonth(month: string): void {
  if (!monthPattern.test(month)) throw new UserError("month_invalid", { month });
}

/** yyyy-mm-dd, a real day. */
export function checkDate(date: string): void {
  // Date.parse takes 2026-02-30 (as 2 March): a real day of the calendar reads back the same.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new UserError("date_invalid", { date });
}
