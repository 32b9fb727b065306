import { describe, expect, it } from "vitest";
import type { Db } from "../../core/db.ts";
import { findCover } from "./public-check.repository.ts";
import { maskKpj, spellOf } from "./public-check.service.ts";
import { RateLimiter } from "./rate-limiter.ts";

describe("the public pages' rate limiter", () => {
  it("allows max requests a window from the key's first one, then says how long to wait", () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([0, 1, 2].map((i) => limiter.take("a", 1_000 + i))).toEqual([0, 0, 0]);
    expect(limiter.take("a", 1_003)).toBe(60);
    expect(limiter.take("a", 50_000)).toBe(11);
    expect(limiter.take("b", 50_000)).toBe(0);
    expect(limiter.take("a", 61_000)).toBe(0); // a new window
  });

  it("forgets the oldest keys rather than grow without bound", () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1_000; i++) limiter.take(`k${i}`, 1_000);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
    expect(limiter.take("k999", 1_000)).toBeGreaterThan(0); // the newest are still counted
  });
});

describe("what the public check shows of a membership", () => {
  const row = {
    person_id: 1,
    status: "active",
    kpj: "26010012345678",
    start_month: "2026-01-01",
    end_month: "2026-12-01",
    active_from: "2026-01-15",
    ended_on: null,
    funder_type: "apbd",
  };

  it("covers from the agreed start to the last day of the last month; an ended one to its end", () => {
    expect(spellOf(row)).toMatchObject({ from: "2026-01-15", to: "2026-12-31" });
    expect(spellOf({ ...row, status: "ended", ended_on: "2026-03-10" })).toMatchObject({ to: "2026-03-10" });
    expect(spellOf({ ...row, status: "lapsed", ended_on: null })).toBeNull();
  });

  it("masks a KPJ to its last four characters", () => {
    expect(maskKpj("26010012345678")).toBe("••••5678");
    expect(maskKpj("1234")).toBe("••••");
    expect(maskKpj(null)).toBeNull();
  });
});

describe("the public check's lookup", () => {
  it("never writes unchecked input into its SQL", async () => {
    const db = { query: async () => [] } as unknown as Db;
    await expect(findCover(db, "3603084105910003' OR '1'='1", "1991-05-01")).rejects.toThrow(/not checked/);
    await expect(findCover(db, "3603084105910003", "1991-05-01'); --")).rejects.toThrow(/not checked/);
    await expect(findCover(db, "3603084105910003", "1991-05-01")).resolves.toEqual([]);
  });
});
