import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.ts";

/** The matroid greedy by brute force: add each person in rank order when some assignment still fits. */
function reference(classOf: number[], classFunders: number[][], capacity: number[]): boolean[] {
  const chosen: number[] = [];
  const fits = (people: number[]): boolean => {
    const load = capacity.map(() => 0);
    const place = (i: number): boolean => {
      if (i === people.length) return true;
      for (const f of classFunders[classOf[people[i]]]) {
        if (load[f] >= capacity[f]) continue;
        load[f]++;
        if (place(i + 1)) return true;
        load[f]--;
      }
      return false;
    };
    return place(0);
  };
  return classOf.map((k, i) => {
    if (k < 0 || !fits([...chosen, i])) return false;
    chosen.push(i);
    return true;
  });
}

/** A small random instance: random limits on which funders may pay, random capacities. */
function randomWindow(seed: number) {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s >>> 16) % n; // the low bits of this generator repeat too soon
  };
  const funders = 1 + rand(4);
  const capacity = Array.from({ length: funders }, () => rand(3));
  const classFunders = Array.from({ length: 1 + rand(4) }, () =>
    Array.from({ length: funders }, (_, f) => f).filter(() => rand(2) === 1),
  );
  const classOf = Array.from({ length: 1 + rand(9) }, () => rand(classFunders.length + 1) - 1);
  return { classOf, classFunders, capacity };
}

describe("the priority matching of persons to funders", () => {
  it("covers the person a naive first-funder-with-room assignment leaves waiting", () => {
    // Funder 0: the regency, anyone; funder 1: a village's Dana Desa. The first person lives in the
    // village, the second does not. One place each.
    const classFunders = [[0, 1], [0]];
    const assigned = allocate({ classOf: Int32Array.from([0, 1]), classFunders, capacity: [1, 1] });
    expect(Array.from(assigned)).toEqual([1, 0]);

    const naiveLoad = [0, 0];
    const naive = [0, 1].map((k) => {
      const f = classFunders[k].find((g) => naiveLoad[g] < 1);
      if (f !== undefined) naiveLoad[f]++;
      return f ?? -1;
    });
    expect(naive).toEqual([0, -1]); // the second person waits while the Dana Desa has room
  });

  it("agrees with a brute-force greedy on a thousand random cases, within every capacity", () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const { classOf, classFunders, capacity } = randomWindow(seed);
      const assigned = allocate({ classOf: Int32Array.from(classOf), classFunders, capacity });
      const expected = reference(classOf, classFunders, capacity);
      expect(
        Array.from(assigned, (f) => f >= 0),
        `seed ${seed}`,
      ).toEqual(expected);
      const load = capacity.map(() => 0);
      assigned.forEach((f, i) => {
        if (f < 0) return;
        expect(classFunders[classOf[i]]).toContain(f);
        load[f]++;
      });
      for (const [f, n] of load.entries()) expect(n).toBeLessThanOrEqual(capacity[f]);
    }
  });

  it("handles a million persons in two classes quickly, closing a full class at once", () => {
    const classOf = new Int32Array(1_000_000).map((_, i) => i % 2);
    const assigned = allocate({ classOf, classFunders: [[0], [0, 1]], capacity: [300_000, 100_000] });
    expect(assigned.filter((f) => f >= 0).length).toBe(400_000);
  });
});
