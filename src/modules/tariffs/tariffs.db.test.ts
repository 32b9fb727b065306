import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { addTariffRule, listTariffs, planCost, premiumFor } from "./tariffs.service.ts";

describe(`tariffs on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("starts with the rules of DOMAIN.md, amounts as integer rupiah", async () => {
    const { rules, discounts, packages } = await listTariffs({ db });
    expect(rules.map((r) => [r.program, r.basisPoints, r.flat, r.minimum])).toEqual([
      ["JHT", 200, null, 0],
      ["JKK", 100, null, 10_000],
      ["JKM", null, 6_800, 0],
    ]);
    expect(discounts.map((d) => [d.sector, d.validFrom, d.validTo, d.excludedFunderTypes])).toEqual([
      ["transport", "2026-01-01", "2027-03-31", ["apbn", "apbd"]],
      ["other", "2026-04-01", "2026-12-31", ["apbn", "apbd"]],
    ]);
    expect(packages.find((p) => p.code === "jkk-jkm")).toEqual({
      code: "jkk-jkm",
      name: "JKK + JKM",
      programs: ["JKK", "JKM"],
      declaredIncome: 1_000_000,
    });
  });

  it("prices a month and a plan, and keeps earlier months at their old rate", async () => {
    const march = await premiumFor({ db, query: { package: "jkk-jkm", month: "2026-03" } });
    expect(march.total).toBe(16_800);
    const transport = await premiumFor({
      db,
      query: { package: "jkk-jkm", month: "2026-02", funderType: "dana_desa", sector: "transport" },
    });
    expect(transport.total).toBe(8_400);
    const year = await planCost({
      db,
      people: 100_000,
      months: 12,
      from: "2026-01",
      query: { package: "jkk-jkm" },
    });
    expect(year.total).toBe(20_160_000_000);
    await addTariffRule({
      db,
      rule: { program: "JKK", percent: 1.5, minimum: 12_000, from: "2027-01", source: "uji" },
      by: "test",
    });
    const spanning = await planCost({
      db,
      people: 1,
      months: 2,
      from: "2026-12",
      query: { package: "jkk-jkm" },
    });
    expect(spanning.monthly).toEqual([
      { month: "2026-12", premium: 16_800 },
      { month: "2027-01", premium: 21_800 },
    ]);
  });
});
