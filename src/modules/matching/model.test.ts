import { describe, expect, it } from "vitest";
import { fields } from "./compare.ts";
import { estimateM, estimateU, scorePattern, startingM, startingU, weightsOf } from "./model.ts";

/** A pattern from levels in `fields` order. */
const pattern = (...levels: number[]) => levels.reduce((p, level, f) => p | (level << (f * 3)), 0);

describe("Fellegi–Sunter model", () => {
  it("counts u on random pairs, leaving missing values out", () => {
    const u = estimateU([
      pattern(1, 1, 2, 1, 0),
      pattern(1, 1, 1, 1, 0),
      pattern(4, 1, 2, 3, 0),
      pattern(1, 0, 2, 1, 0),
    ]);
    // A level never seen counts as half a pair.
    expect(u[0][4]).toBeCloseTo(1 / (4 + 0.5 * 2));
    expect(u[1][1]).toBeCloseTo(3 / (3 + 0.5 * 3));
    expect(u[2][2]).toBeCloseTo(3 / 4);
  });

  it("counts m on pairs that share an NIK, and the NIK's m on pairs agreeing on name, birth and area", () => {
    const counts = new Map<number, number>([
      [pattern(4, 4, 2, 3, 3), 900], // same NIK, everything agrees
      [pattern(3, 3, 2, 3, 3), 100], // same NIK, name and date written differently
      [pattern(4, 4, 2, 3, 2), 50], // agree on name, birth, area; NIK one edit apart
      [pattern(1, 1, 1, 1, 1), 5000], // different people: says nothing about m
    ]);
    const model = estimateM(counts, startingU(), startingM(), 0);
    expect(model.pairs).toBe(1000);
    expect(model.m[0][4]).toBeCloseTo(0.9);
    expect(model.m[0][3]).toBeCloseTo(0.1);
    expect(model.m[4][3]).toBeCloseTo(900 / 950);
    expect(model.m[4][2]).toBeCloseTo(50 / 950);
  });

  it("gives household fields weight only when the person's own details agree", () => {
    const weights = weightsOf({ m: startingM(), u: startingU(), pairs: 0 });
    const kk = fields.indexOf("kk_number");
    const withKk = (p: number) => p | (2 << (kk * 3));
    const sibling = pattern(1, 1, 2, 3);
    const same = pattern(4, 4, 2, 3);
    expect(scorePattern(withKk(sibling), weights)).toBeCloseTo(scorePattern(sibling, weights));
    expect(scorePattern(withKk(same), weights)).toBeCloseTo(scorePattern(same, weights) + weights[kk][2]);
    expect(scorePattern(same, weights)).toBeGreaterThan(12);
  });
});
