/**
 * Blocking: which pairs of records are worth comparing. Records are grouped by a few keys (the
 * NIK; the first name's sound and the birth date; the area and the birth date; the sounds of the
 * whole name and the kecamatan; the first name's sound, the area and the birth year). Inside a group, records are sorted by name and each is compared
 * with its next `window` neighbours, so a group of a thousand copies of one person costs a
 * thousand comparisons, not half a million. Only pairs with at least one new record are made.
 */
import { comparePair, type MatchFeatures } from "./compare.ts";

export interface MatchRecord extends MatchFeatures {
  batch: number;
  row: number;
  /** The person the record is linked to; 0 while it is new. */
  person: number;
  /** The trust of its source (0–100). */
  trust: number;
  /** Sounds of all name words: the name-wide blocking key. */
  sounds: string;
  /**
   * The record as read (one line of COPY text): parsed again only for the golden records of the
   * persons a run touches, as one string per record costs a third of nineteen separate ones.
   */
  line: string;
  regency: string;
}

/** Candidate pairs with their comparison patterns, in growable typed arrays. */
export class Pairs {
  a = new Int32Array(1 << 16);
  b = new Int32Array(1 << 16);
  pattern = new Int32Array(1 << 16);
  length = 0;

  push(a: number, b: number, pattern: number): void {
    if (this.length === this.a.length) {
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.pattern = grow(this.pattern);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.pattern[this.length] = pattern;
    this.length++;
  }

  /** How many pairs show each comparison pattern: what the model counts m from. */
  patternCounts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (let i = 0; i < this.length; i++) {
      const p = this.pattern[i];
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

type BlockKey = (r: MatchRecord) => string | null;

const blockKeys: BlockKey[] = [
  (r) => r.nik,
  (r) => (r.sound && r.birth ? `${r.sound}|${r.birth}` : null),
  (r) => {
    const area = r.desa ?? r.kecamatan;
    return area && r.birth ? `${area}|${r.birth}` : null;
  },
  (r) => (r.sounds && r.kecamatan ? `${r.sounds}|${r.kecamatan}` : null),
  (r) => {
    const area = r.desa ?? r.kecamatan;
    return r.sound && area && r.birth ? `${r.sound}|${area}|${Math.floor(r.birth / 10000)}` : null;
  },
];

export function findCandidates(records: readonly MatchRecord[], window = 10): Pairs {
  const pairs = new Pairs();
  // Each record's key of each kind, worked out once: the pairs loop asks for them again.
  const keys = blockKeys.map((keyOf) => records.map(keyOf));
  for (let k = 0; k < keys.length; k++) {
    const groups = new Map<string, number[]>();
    keys[k].forEach((key, i) => {
      if (key === null) return;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    for (const group of groups.values()) {
      if (group.length < 2 || !group.some((i) => records[i].person === 0)) continue;
      if (group.length > 2) group.sort((x, y) => byName(records[x], records[y]));
      for (let i = 0; i < group.length; i++) {
        const a = group[i];
        for (let j = i + 1; j < group.length && j <= i + window; j++) {
          const b = group[j];
          if (records[a].person !== 0 && records[b].person !== 0) continue;
          // A pair that an earlier kind of key grouped was compared there (if its window allowed).
          if (sharesEarlierKey(keys, k, a, b)) continue;
          pairs.push(a, b, comparePair(records[a], records[b]));
        }
      }
    }
  }
  return pairs;
}

function sharesEarlierKey(keys: (string | null)[][], k: number, a: number, b: number): boolean {
  for (let e = 0; e < k; e++) if (keys[e][a] !== null && keys[e][a] === keys[e][b]) return true;
  return false;
}

function byName(a: MatchRecord, b: MatchRecord): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.birth - b.birth;
}

/** Comparison patterns of random pairs of records, for counting u. Seeded: runs repeat. */
export function randomPatterns(records: readonly MatchRecord[], count: number, seed = 1): number[] {
  const patterns: number[] = [];
  if (records.length < 2) return patterns;
  let state = seed >>> 0;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % records.length;
  };
  for (let n = 0; n < count; n++) {
    const a = next();
    const b = next();
    if (a !== b) patterns.push(comparePair(records[a], records[b]));
  }
  return patterns;
}
