import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { type BenefitRules, deathBenefit, educationBenefit, jkkClaimOpen, stmbBenefit } from "./benefits.ts";
import { benefitRulesOn } from "./claims.repository.ts";

describe(`benefits from the dated rules on ${dbKind}`, () => {
  let db: Db;
  let rules: BenefitRules;
  /** Covered from 1 January 2024 to the end of 2026. */
  const cover = { activeFrom: "2024-01-01", coverTo: "2026-12-31", endedOn: null };

  beforeAll(async () => {
    db = await freshDb();
    const found = await benefitRulesOn(db, "2026-06-01");
    expect(found?.source).toBe("PP 82/2019");
    rules = found!.rules;
  });
  afterAll(() => db.close());

  it("has no rules before PP 82/2019", async () => {
    expect(await benefitRulesOn(db, "2019-12-01")).toBeNull();
  });

  it("pays JKM's 42,000,000 for a death while active: 20M + 24 × 500,000 + 10M funeral", () => {
    const paid = deathBenefit(rules, { cause: "other", died: "2026-03-10", cover, income: 1_000_000 });
    expect(paid.lines.map((l) => [l.rule, l.amount])).toEqual([
      ["claims_rule_jkm_lump_sum", 20_000_000],
      ["claims_rule_jkm_periodic", 12_000_000],
      ["claims_rule_jkm_funeral", 10_000_000],
    ]);
    expect(paid.lines[1].params).toEqual({ months: 24, amount: 500_000 });
    expect([paid.payable, paid.total]).toEqual([true, 42_000_000]);
  });

  it("pays nothing for a death while the membership is lapsed, and says why", () => {
    const lapsed = { ...cover, endedOn: "2026-03-31" }; // unpaid from April
    expect(
      deathBenefit(rules, { cause: "other", died: "2026-05-02", cover: lapsed, income: 1_000_000 }),
    ).toEqual({
      payable: false,
      reason: "claims_membership_not_active",
      lines: [],
      total: 0,
    });
    expect(
      deathBenefit(rules, { cause: "other", died: "2023-12-31", cover, income: 1_000_000 }).payable,
    ).toBe(false);
  });

  it("pays JKK death as 48 × the declared income", () => {
    const paid = deathBenefit(rules, { cause: "work", died: "2026-03-10", cover, income: 1_000_000 });
    expect([paid.total, paid.lines[0].rule, paid.lines[0].params]).toEqual([
      48_000_000,
      "claims_rule_jkk_death",
      { months: 48, income: 1_000_000 },
    ]);
  });

  it("grants the education benefit after a JKM death only with three years of membership", () => {
    const children = [
      { name: "ANAK 1", age: 8, level: "sd" as const, yearsClaimed: 0 },
      { name: "ANAK 2", age: 16, level: "sma" as const, yearsClaimed: 1 },
      { name: "ANAK 3", age: 4, level: "tk" as const, yearsClaimed: 0 },
    ];
    const twoYears = educationBenefit(rules, {
      cause: "other",
      died: "2025-12-31",
      cover,
      children,
      paidSoFar: 0,
    });
    expect([twoYears.payable, twoYears.reason]).toEqual([false, "claims_education_membership_short"]);
    const threeYears = educationBenefit(rules, {
      cause: "other",
      died: "2027-01-01",
      cover: { ...cover, coverTo: "2027-12-31" },
      children,
      paidSoFar: 0,
    });
    // Two children at most: SD 1,500,000 and SMA 3,000,000 for this year.
    expect(threeYears.lines.map((l) => [l.params.child, l.amount])).toEqual([
      ["ANAK 1", 1_500_000],
      ["ANAK 2", 3_000_000],
    ]);
    // After a work death, no minimum; never past 23 or the level's years, never above the total.
    const work = educationBenefit(rules, {
      cause: "work",
      died: "2024-06-01",
      cover,
      children: [
        { name: "A", age: 23, level: "pt", yearsClaimed: 0 },
        { name: "B", age: 20, level: "pt", yearsClaimed: 2 },
      ],
      paidSoFar: 170_000_000,
    });
    expect(work.lines.map((l) => [l.params.child, l.amount])).toEqual([["B", 4_000_000]]);
  });

  it("pays STMB at full income for 12 months, half after, and takes JKK claims for 5 years", () => {
    const stmb = stmbBenefit(rules, { accident: "2026-02-01", cover, income: 2_000_000, months: 14 });
    expect(stmb.lines.map((l) => [l.rule, l.amount])).toEqual([
      ["claims_rule_stmb_full", 24_000_000],
      ["claims_rule_stmb_after", 2_000_000],
    ]);
    expect(jkkClaimOpen(rules, "2026-02-01", "2031-02-01")).toBe(true);
    expect(jkkClaimOpen(rules, "2026-02-01", "2031-02-02")).toBe(false);
  });
});
