import { describe, expect, it } from "vitest";
import {
  capacity,
  cost,
  type Discount,
  monthlyPremium,
  monthsFrom,
  type Package,
  type TariffRule,
} from "./premium.ts";

// The rules migration 0012 starts with (DOMAIN.md).
const rules: TariffRule[] = [
  {
    program: "JKK",
    basisPoints: 100,
    flat: null,
    minimum: 10_000,
    validFrom: "2015-07-01",
    source: "PP 44/2015",
  },
  {
    program: "JKM",
    basisPoints: null,
    flat: 6_800,
    minimum: 0,
    validFrom: "2015-07-01",
    source: "PP 44/2015",
  },
  { program: "JHT", basisPoints: 200, flat: null, minimum: 0, validFrom: "2015-07-01", source: "PP 46/2015" },
];
const discounts: Discount[] = [
  {
    programs: ["JKK", "JKM"],
    percent: 50,
    validFrom: "2026-04-01",
    validTo: "2026-12-31",
    sector: "other",
    excludedFunderTypes: ["apbn", "apbd"],
    source: "PP 50/2025",
  },
];
const jkkJkm: Package = {
  code: "jkk-jkm",
  name: "JKK + JKM",
  programs: ["JKK", "JKM"],
  declaredIncome: 1_000_000,
};
const tariffs = { rules, discounts, packages: [jkkJkm] };
const apbd = { funderType: "apbd", sector: "other" };

describe("premiums", () => {
  it("charges JKK + JKM at Rp1.000.000 declared income Rp16.800 a month", () => {
    expect(monthlyPremium(tariffs, jkkJkm, 1_000_000, "2026-03", apbd).total).toBe(16_800);
  });

  it("takes 1% of income with a Rp10.000 minimum for JKK, rounding half a rupiah up", () => {
    const jkk = (income: number) => monthlyPremium(tariffs, jkkJkm, income, "2026-03", apbd).lines[0].amount;
    expect([jkk(500_000), jkk(2_500_000), jkk(1_234_550), jkk(1_234_549)]).toEqual([
      10_000, 25_000, 12_346, 12_345,
    ]);
  });

  it("halves JKK and JKM under PP 50/2025 for payers it covers, in its months only", () => {
    const csr = { funderType: "csr", sector: "other" };
    expect(monthlyPremium(tariffs, jkkJkm, 1_000_000, "2026-04", csr).total).toBe(8_400);
    expect(monthlyPremium(tariffs, jkkJkm, 1_000_000, "2026-03", csr).total).toBe(16_800);
    expect(monthlyPremium(tariffs, jkkJkm, 1_000_000, "2027-01", csr).total).toBe(16_800);
    expect(monthlyPremium(tariffs, jkkJkm, 1_000_000, "2026-04", apbd).total).toBe(16_800); // APBD excluded
  });

  it("uses the rule in force each month: a new rule replaces the old from its start", () => {
    const raised = [...rules, { ...rules[1], flat: 7_500, validFrom: "2027-01-01", source: "new" }];
    const premium = (month: string) =>
      monthlyPremium({ ...tariffs, rules: raised }, jkkJkm, 1_000_000, month, apbd).total;
    expect([premium("2026-12"), premium("2027-01")]).toEqual([16_800, 17_500]);
  });

  it("meets DOMAIN.md's vectors: cost and capacity in integer rupiah", () => {
    const ten = monthsFrom("2026-01", 10).map(() => 16_800);
    expect(cost(5_952, ten)).toBe(999_936_000n);
    expect(capacity(999_936_000n, ten)).toBe(5_952n);
    expect(capacity(999_935_999n, ten)).toBe(5_951n);
    expect(cost(100_000, Array(12).fill(16_800))).toBe(20_160_000_000n);
    expect(cost(11_250, Array(12).fill(17_000))).toBe(2_295_000_000n); // a rounded unit rate
  });

  it("counts months across the year's end", () => {
    expect(monthsFrom("2026-11", 4)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});
