/**
 * A whole plan: funders pay for different windows of months (a regency budget for the year, a
 * revised budget from July, a company for six months). Windows are matched one by one, the longest
 * first, each over the persons still free in all its months, with the same ranking: so the persons
 * one funder covers until June are the first a funder from July takes on, and their months join
 * without a gap. Months are numbered from 0 (the plan's first month); a person's months are a bit
 * mask, so a plan spans at most 24 months.
 */
import { allocate } from "./allocate.ts";

/** Where a person lives and works: what decides which funders may pay for them. */
export interface Profile {
  desa: string;
  kecamatan: string;
  /** In capitals. */
  occupation: string;
}

export interface PlanFunder {
  type: string;
  desaCode: string | null;
  kecamatanCodes: string[];
  /** Prefixes in capitals: "NELAYAN" takes "NELAYAN TRADISIONAL". */
  occupations: string[];
  first: number;
  last: number;
  capacity: number;
}

export interface Spell {
  person: number;
  funder: number;
}

export const maxPlanMonths = 24;

export function mayPay(f: PlanFunder, p: Profile): boolean {
  if (f.type === "dana_desa" && f.desaCode !== p.desa) return false;
  if (f.kecamatanCodes.length > 0 && !f.kecamatanCodes.includes(p.kecamatan)) return false;
  return f.occupations.length === 0 || f.occupations.some((o) => p.occupation.startsWith(o));
}

/**
 * Matches every window. `profileOf` gives each person's profile, persons in rank order. Returns the
 * spells (person, funder) and each person's covered months as a bit mask.
 */
export function assignWindows(
  profileOf: Int32Array,
  profiles: Profile[],
  funders: PlanFunder[],
): { spells: Spell[]; months: Uint32Array } {
  const months = new Uint32Array(profileOf.length);
  const spells: Spell[] = [];
  for (const window of windowsOf(funders)) {
    const mask = monthsMask(window.first, window.last);
    const members = window.funders;
    // Each profile's class: the set of this window's funders that may pay for it.
    const classIndex = new Map<string, number>();
    const classFunders: number[][] = [];
    const classOfProfile = profiles.map((p) => {
      const fs = members.flatMap((f, j) => (mayPay(funders[f], p) ? [j] : []));
      if (fs.length === 0) return -1;
      const key = fs.join(",");
      if (!classIndex.has(key)) {
        classIndex.set(key, classFunders.length);
        classFunders.push(fs);
      }
      return classIndex.get(key)!;
    });
    const classOf = new Int32Array(profileOf.length);
    const perClass = new Array<number>(classFunders.length).fill(0);
    for (let i = 0; i < profileOf.length; i++) {
      const k = (months[i] & mask) === 0 ? classOfProfile[profileOf[i]] : -1;
      classOf[i] = k;
      if (k >= 0) perClass[k]++;
    }
    // The most restricted funder first: fewer moves later, and a village's money goes to its own.
    const reach = members.map(() => 0);
    classFunders.forEach((fs, k) => {
      for (const j of fs) reach[j] += perClass[k];
    });
    for (const fs of classFunders) fs.sort((a, b) => reach[a] - reach[b] || a - b);

    const assigned = allocate({ classOf, classFunders, capacity: members.map((f) => funders[f].capacity) });
    for (let i = 0; i < assigned.length; i++) {
      if (assigned[i] < 0) continue;
      months[i] |= mask;
      spells.push({ person: i, funder: members[assigned[i]] });
    }
  }
  return { spells, months };
}

/** Funders grouped by their months, the longest window first, then the earliest. */
function windowsOf(funders: PlanFunder[]) {
  const byMonths = new Map<string, { first: number; last: number; funders: number[] }>();
  funders.forEach((f, i) => {
    const key = `${f.first}-${f.last}`;
    if (!byMonths.has(key)) byMonths.set(key, { first: f.first, last: f.last, funders: [] });
    byMonths.get(key)!.funders.push(i);
  });
  return [...byMonths.values()].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
}

function monthsMask(first: number, last: number): number {
  return (2 ** (last + 1) - 2 ** first) >>> 0;
}

/** How many months a mask covers, and whether they run without a gap. */
export function spellOf(mask: number): { months: number; continuous: boolean } {
  let months = 0;
  for (let m = mask; m; m >>>= 1) months += m & 1;
  const lowest = mask & -mask;
  return { months, continuous: mask === 0 || ((mask / lowest + 1) & (mask / lowest)) === 0 };
}
