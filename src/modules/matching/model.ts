/**
 * The Fellegi–Sunter model: for each field and level, m = P(level | same person) and
 * u = P(level | different persons). A pair's weight is the sum over fields of log2(m / u), the
 * log-odds the comparison adds. u is counted on random pairs of records (nearly all of them
 * different persons); m is counted on candidate pairs an independent identifier marks as the
 * same person (docs/matching.md explains why this replaced EM).
 */
import { type Field, fields, householdFields, levelNames, levelOf } from "./compare.ts";

export interface Model {
  /** m[field][level]: chance of the level among pairs of the same person. */
  m: number[][];
  /** u[field][level]: chance of the level among pairs of different persons. */
  u: number[][];
  /** Labelled pairs the m estimate came from (0 = the starting values). */
  pairs: number;
}

const levelCount = fields.map((f) => levelNames[f].length);
const nameField = fields.indexOf("name");
const birthField = fields.indexOf("birth_date");
const areaField = fields.indexOf("area");
const nikField = fields.indexOf("nik");

/**
 * The m a run uses when it has too few labelled pairs of its own: the same person's
 * records usually agree, and agree fully more often than partly.
 */
export function startingM(): number[][] {
  return levelCount.map((n) => {
    const m = new Array(n).fill(0);
    // level 1 = different; the top level gets most of the mass
    m[1] = 0.05;
    for (let l = 2; l < n; l++) m[l] = l === n - 1 ? 0.95 - 0.1 * (n - 3) : 0.1;
    return m;
  });
}

/**
 * u used until a run has enough records to count it: what two unrelated residents of one regency
 * share by chance (a birth date one pair in ten thousand, a desa one in thirty, an NIK never).
 */
export function startingU(): number[][] {
  // biome-ignore format: one row per field, in `fields` order
  return [
    [0, 0.97, 0.02, 0.008, 0.002],  // name
    [0, 0.97, 0.027, 0.0029, 0.0001], // birth_date
    [0, 0.5, 0.5],                   // sex
    [0, 0.9, 0.07, 0.03],            // area
    [0, 0.9998, 0.0001, 0.0001],     // nik
    [0, 0.95, 0.05],                 // address
    [0, 0.9999, 0.0001],             // kk_number
    [0, 0.9999, 0.0001],             // phone
  ];
}

/** u from comparison patterns of random record pairs; a level never seen gets half a count. */
export function estimateU(patterns: Iterable<number>): number[][] {
  const counts = fields.map((_, f) => new Array(levelCount[f]).fill(0));
  for (const p of patterns) {
    for (let f = 0; f < fields.length; f++) counts[f][levelOf(p, f)]++;
  }
  return counts.map((c) => normalise(c, 0.5));
}

/** Only levels 1.. carry probability; level 0 (missing) is left out of the model. */
function normalise(counts: number[], floor: number): number[] {
  const present = counts.slice(1).map((c) => Math.max(c, floor));
  const total = present.reduce((a, b) => a + b, 0);
  return [0, ...present.map((c) => c / total)];
}

/**
 * m from labelled pairs. Two records with the same NIK are the same person (the NIK grouping is
 * 99.9% precise on the benchmark), so their other fields show how one person's records differ;
 * the NIK's own m comes from pairs agreeing on name, birth date and area. Counts are smoothed
 * towards `prior` with `pseudo` pairs, so a level rarely seen keeps a sensible value.
 */
export function estimateM(
  counts: Map<number, number>,
  u: number[][],
  prior = startingM(),
  pseudo = 20,
): Model {
  const tallies = fields.map((_, f) => new Array(levelCount[f]).fill(0));
  let pairs = 0;
  for (const [p, c] of counts) {
    const nik = levelOf(p, nikField);
    if (nik === 3) {
      pairs += c;
      for (let f = 0; f < fields.length; f++) if (f !== nikField) tallies[f][levelOf(p, f)] += c;
    }
    if (levelOf(p, nameField) === 4 && levelOf(p, birthField) === 4 && levelOf(p, areaField) >= 2) {
      tallies[nikField][nik] += c;
    }
  }
  const m = tallies.map((t, f) => {
    const seen = t.slice(1).reduce((a, b) => a + b, 0);
    return [0, ...t.slice(1).map((c, i) => (c + pseudo * prior[f][i + 1]) / (seen + pseudo))];
  });
  return { m, u, pairs };
}

/** weights[field][level] = log2(m / u); 0 for a missing value. */
export function weightsOf(model: Model): number[][] {
  return fields.map((_, f) =>
    model.m[f].map((m, level) => (level === 0 ? 0 : Math.log2(m / model.u[f][level]))),
  );
}

const household = householdFields.map((f) => fields.indexOf(f));

/**
 * The pair's weight. Household fields (address, family card, phone) are shared by relatives, so
 * their agreement only counts when the name is at least similar and the birth dates do not
 * disagree; their disagreement always counts.
 */
export function scorePattern(pattern: number, weights: number[][]): number {
  const personal = levelOf(pattern, nameField) >= 3 && levelOf(pattern, birthField) !== 1;
  let score = 0;
  for (let f = 0; f < fields.length; f++) {
    const w = weights[f][levelOf(pattern, f)];
    score += !personal && household.includes(f) && w > 0 ? 0 : w;
  }
  return score;
}

/** The evidence of a pair as stored with a link or review item: each field's level and weight. */
export function reasonsOf(
  pattern: number,
  weights: number[][],
): Record<Field, { level: string; weight: number }> {
  const reasons = {} as Record<Field, { level: string; weight: number }>;
  for (let f = 0; f < fields.length; f++) {
    const level = levelOf(pattern, f);
    reasons[fields[f]] = {
      level: levelNames[fields[f]][level],
      weight: Math.round(weights[f][level] * 10) / 10,
    };
  }
  return reasons;
}
