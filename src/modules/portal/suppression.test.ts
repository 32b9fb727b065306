import { describe, expect, it } from "vitest";
import { breakdown, cell, money } from "./suppression.ts";

const shown = (cells: { count: number | null }[]) => cells.map((c) => c.count);

describe("small-count suppression", () => {
  it("hides a count of 1 to 4, never 0 or 5 and above", () => {
    expect([0, 1, 4, 5, 120].map((n) => cell(n))).toEqual([
      { count: 0, suppressed: false },
      { count: null, suppressed: true },
      { count: null, suppressed: true },
      { count: 5, suppressed: false },
      { count: 120, suppressed: false },
    ]);
  });

  it("hides the next-smallest cell when a breakdown hides only one", () => {
    // Total 48: without the second hidden cell, 48 − 20 − 12 − 13 would give the 3 back.
    expect(shown(breakdown([20, 3, 12, 13]))).toEqual([20, null, null, 13]);
    // The first of two equal smallest cells; zeros are skipped and stay shown.
    expect(shown(breakdown([0, 7, 2, 7]))).toEqual([0, null, null, 7]);
  });

  it("needs no second cell when two or more are hidden already", () => {
    expect(shown(breakdown([30, 1, 4, 9]))).toEqual([30, null, null, 9]);
  });

  it("hides the only other cell, and leaves a breakdown of one small cell at that", () => {
    expect(shown(breakdown([3, 10]))).toEqual([null, null]);
    expect(shown(breakdown([3, 0]))).toEqual([null, 0]);
    expect(shown(breakdown([]))).toEqual([]);
  });

  it("hides amounts tied to 1 to 4 people", () => {
    expect(money(42_000_000, 1)).toEqual({ amount: null, suppressed: true });
    expect(money(210_000_000, 5)).toEqual({ amount: 210_000_000, suppressed: false });
    expect(money(0, 0)).toEqual({ amount: 0, suppressed: false });
  });
});
