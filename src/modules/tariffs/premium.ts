/**
 * What a month of cover costs, from the dated rules: integer rupiah throughout, half a rupiah
 * rounded up. Pure functions; tariffs.service.ts loads the rules.
 */
export type Program = "JKK" | "JKM" | "JHT";
export const programs: readonly Program[] = ["JKK", "JKM", "JHT"];

export interface TariffRule {
  program: Program;
  /** Percent of declared income in basis points (1% = 100), or null for a flat amount. */
  basisPoints: number | null;
  flat: number | null;
  minimum: number;
  validFrom: string;
  source: string;
}

export interface Discount {
  programs: Program[];
  percent: number;
  validFrom: string;
  validTo: string;
  /** "all", or the one sector of workers it is for ("transport", "other"). */
  sector: string;
  excludedFunderTypes: string[];
  source: string;
}

export interface Package {
  code: string;
  name: string;
  programs: Program[];
  declaredIncome: number;
}

export interface Tariffs {
  rules: TariffRule[];
  discounts: Discount[];
  packages: Package[];
}

export interface PremiumLine {
  program: Program;
  /** Before any discount. */
  base: number;
  discountPercent: number;
  amount: number;
  rule: string;
}

/** Who pays and for whom: a discount may exclude some funder types and be for one sector only. */
export interface PremiumContext {
  funderType: string;
  sector: string;
}

/** n × p / q rounded to the nearest rupiah, halves up; exact for any safe integers. */
function share(n: number, p: number, q: number): number {
  return Number((BigInt(n) * BigInt(p) * 2n + BigInt(q)) / (BigInt(q) * 2n));
}

/** The rule of a program in force in a month (yyyy-mm): the latest that started on or before it. */
export function ruleFor(rules: TariffRule[], program: Program, month: string): TariffRule | undefined {
  const day = `${month}-01`;
  return rules
    .filter((r) => r.program === program && r.validFrom <= day)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export function monthlyPremium(
  tariffs: Tariffs,
  pkg: Package,
  income: number,
  month: string,
  context: PremiumContext,
): { lines: PremiumLine[]; total: number } {
  const day = `${month}-01`;
  const lines = pkg.programs.map((program): PremiumLine => {
    const rule = ruleFor(tariffs.rules, program, month);
    if (!rule) throw new Error(`no ${program} rule for ${month}`);
    const base =
      rule.basisPoints === null
        ? (rule.flat ?? 0)
        : Math.max(rule.minimum, share(income, rule.basisPoints, 10_000));
    const discountPercent = Math.max(
      0,
      ...tariffs.discounts
        .filter(
          (d) =>
            d.programs.includes(program) &&
            d.validFrom <= day &&
            day <= d.validTo &&
            (d.sector === "all" || d.sector === context.sector) &&
            !d.excludedFunderTypes.includes(context.funderType),
        )
        .map((d) => d.percent),
    );
    const amount = share(base, 100 - discountPercent, 100);
    return { program, base, discountPercent, amount, rule: rule.source };
  });
  return { lines, total: lines.reduce((sum, l) => sum + l.amount, 0) };
}

/** A month as yyyy-mm. */
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `count` months from `from` (yyyy-mm), in order. */
export function monthsFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** The month `n` months after `month` (yyyy-mm; n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + m - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** How many months from `from` to `to` (yyyy-mm), both counted. */
export function monthCount(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** How many people a budget covers for the given months: floor(budget ÷ the months' premiums). */
export function capacity(budget: bigint, monthlyPremiums: number[]): bigint {
  const perPerson = monthlyPremiums.reduce((sum, p) => sum + BigInt(p), 0n);
  return perPerson === 0n ? 0n : budget / perPerson;
}

/** What covering `people` for the given months costs. */
export function cost(people: number, monthlyPremiums: number[]): bigint {
  return BigInt(people) * monthlyPremiums.reduce((sum, p) => sum + BigInt(p), 0n);
}
