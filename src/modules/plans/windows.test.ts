import { describe, expect, it } from "vitest";
import { assignWindows, type PlanFunder, spellOf } from "./windows.ts";

const anyone = { type: "apbd", desaCode: null, kecamatanCodes: [], occupations: [] };
const profiles = [
  { desa: "D1", kecamatan: "K1", occupation: "NELAYAN" },
  { desa: "D2", kecamatan: "K1", occupation: "PETANI" },
];

describe("a plan over funders with different months", () => {
  it("joins a funder until June and one from July for the same persons, never two in one month", () => {
    const funders: PlanFunder[] = [
      { ...anyone, first: 0, last: 11, capacity: 1 }, // the year's budget: one person
      { ...anyone, first: 0, last: 5, capacity: 2 }, // until June
      { ...anyone, first: 6, last: 11, capacity: 2 }, // from July
      { ...anyone, type: "dana_desa", desaCode: "D2", first: 3, last: 11, capacity: 5 },
    ];
    const { spells, months } = assignWindows(Int32Array.from([0, 0, 1, 0]), profiles, funders);
    // Person 0: the year's budget; persons 1 and 3: January–June, then July–December (joined);
    // person 2 (village D2): its Dana Desa from April, taken first as it is the longer window.
    expect(spells.map((s) => [s.person, s.funder])).toEqual([
      [0, 0],
      [2, 3],
      [1, 1],
      [3, 1],
      [1, 2],
      [3, 2],
    ]);
    expect(Array.from(months, spellOf)).toEqual([
      { months: 12, continuous: true },
      { months: 12, continuous: true },
      { months: 9, continuous: true },
      { months: 12, continuous: true },
    ]);
    const perMonth = new Map<string, number>();
    for (const s of spells) {
      for (let m = funders[s.funder].first; m <= funders[s.funder].last; m++) {
        const key = `${s.person}:${m}`;
        perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
      }
    }
    expect(Math.max(...perMonth.values())).toBe(1);
  });

  it("limits a company to its kecamatan and occupations, a Dana Desa to its village", () => {
    const funders: PlanFunder[] = [
      {
        ...anyone,
        type: "csr",
        kecamatanCodes: ["K1"],
        occupations: ["NELAY"],
        first: 0,
        last: 11,
        capacity: 9,
      },
      { ...anyone, type: "dana_desa", desaCode: "D1", first: 0, last: 11, capacity: 9 },
    ];
    const { spells } = assignWindows(Int32Array.from([1, 1]), profiles, funders);
    expect(spells).toEqual([]); // a farmer of village D2: neither may pay
  });

  it("tells a gap from a continuous spell", () => {
    expect(spellOf(0b111000)).toEqual({ months: 3, continuous: true });
    expect(spellOf(0b101)).toEqual({ months: 2, continuous: false });
    expect(spellOf(0)).toEqual({ months: 0, continuous: true });
  });
});
