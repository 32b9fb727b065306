/**
 * Turns scored candidate pairs into persons. Records start grouped by what is already known (the
 * person a record is linked to; a valid NIK held by at most one person), then pairs are taken
 * from the strongest down: above the link weight two groups become one person unless a rule
 * forbids it (two existing persons, or two valid NIKs that are not one swap apart); between the
 * review and link weights the pair goes to a reviewer.
 */
import type { MatchRecord, Pairs } from "./candidates.ts";
import { fields, levelOf, swappedDigits } from "./compare.ts";
import { scorePattern } from "./model.ts";

export interface Thresholds {
  /** Pairs at or above this weight are linked. */
  linkWeight: number;
  /** Pairs at or above this weight (and below the link weight) go to the review queue. */
  reviewWeight: number;
}

export type LinkMethod = "new" | "exact" | "fuzzy";

export interface Assignment {
  record: number;
  /** An existing person's id, or 0 when the record goes to a new person (`cluster`). */
  person: number;
  /** Index of the new person, −1 for an existing one. */
  cluster: number;
  method: LinkMethod;
  /** The strongest pair that joined the record to its person (fuzzy links). */
  score: number | null;
  pattern: number | null;
}

export interface ReviewProposal {
  kind: "possible_duplicate" | "shared_nik";
  a: number;
  b: number;
  score: number;
  pattern: number;
}

export interface Outcome {
  assignments: Assignment[];
  /** Number of new persons. */
  clusters: number;
  reviews: ReviewProposal[];
}

export interface DecideInput {
  records: readonly MatchRecord[];
  pairs: Pairs;
  weights: number[][];
  thresholds: Thresholds;
  /** Pairs a reviewer has already seen (`pairKey`): never proposed again, rejected ones never linked. */
  reviewed: Map<string, "open" | "accepted" | "rejected" | "split">;
}

export function pairKey(a: MatchRecord, b: MatchRecord): string {
  const x = `${a.batch}:${a.row}`;
  const y = `${b.batch}:${b.row}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

const nikField = fields.indexOf("nik");
const nameField = fields.indexOf("name");
const withoutNik = ~(7 << (nikField * 3));

export function decide({ records, pairs, weights, thresholds, reviewed }: DecideInput): Outcome {
  const groups = new Groups(records);
  const exact = groups.joinKnown();
  const nameWeight = nameFrequencyWeight(records);

  const scores = new Float32Array(pairs.length);
  for (let e = 0; e < pairs.length; e++) {
    const p = pairs.pattern[e];
    scores[e] =
      scorePattern(p, weights) + (levelOf(p, nameField) === 4 ? nameWeight(records[pairs.a[e]]) : 0);
  }
  const strong: number[] = [];
  for (let e = 0; e < pairs.length; e++) if (scores[e] >= thresholds.reviewWeight) strong.push(e);
  strong.sort((x, y) => scores[y] - scores[x]);

  const toReview: number[] = [];
  for (const e of strong) {
    const a = pairs.a[e];
    const b = pairs.b[e];
    const ra = groups.find(a);
    const rb = groups.find(b);
    if (ra === rb) continue;
    const decision = reviewed.size > 0 ? reviewed.get(pairKey(records[a], records[b])) : undefined;
    if (decision === "rejected" || decision === "split") continue;
    const allowed = groups.canJoin(ra, rb);
    if (allowed === "niks_differ") continue;
    // Names that disagree are never linked unasked, however much else agrees: twins share the
    // rest (birth date, desa, family card, address).
    const namesDiffer = levelOf(pairs.pattern[e], nameField) === 1;
    if (scores[e] >= thresholds.linkWeight && allowed === "yes" && !namesDiffer) groups.union(ra, rb);
    else if (decision === undefined) toReview.push(e);
  }

  const reviews: ReviewProposal[] = [];
  const proposed = new Set<string>();
  for (const e of toReview) {
    const ra = groups.find(pairs.a[e]);
    const rb = groups.find(pairs.b[e]);
    const key = ra < rb ? `${ra}|${rb}` : `${rb}|${ra}`;
    if (ra === rb || proposed.has(key)) continue;
    proposed.add(key);
    // Record a is the one this run brings (a reviewer reads "is this new record that person?").
    const [a, b] = records[pairs.a[e]].person === 0 ? [pairs.a[e], pairs.b[e]] : [pairs.b[e], pairs.a[e]];
    reviews.push({ kind: "possible_duplicate", a, b, score: scores[e], pattern: pairs.pattern[e] });
  }
  reviews.push(...sharedNikConflicts(records, pairs, weights, thresholds, exact, reviewed));
  return { ...assign(records, groups, exact, pairs, scores), reviews };
}

/**
 * Agreeing on a rare name says more than agreeing on a common one. The model's "same name" weight
 * is an average over all names; this is the correction for one name: log2(u / f), u being the
 * chance two random records share a name and f this name's share of the records (term-frequency
 * adjustment), kept within ±4.
 */
function nameFrequencyWeight(records: readonly MatchRecord[]): (r: MatchRecord) => number {
  const counts = new Map<string, number>();
  for (const r of records) if (r.key) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  const total = records.length;
  let u = 0;
  for (const c of counts.values()) u += (c / total) ** 2;
  return (r) => Math.max(-4, Math.min(4, Math.log2(u / Math.max((counts.get(r.key) ?? 1) / total, 1e-6))));
}

/**
 * Records joined by a shared NIK whose own details (name, birth date, sex …) say "someone else":
 * a child listed under a parent's NIK, a KK number typed as NIK. They stay linked (the NIK rule
 * holds) and a reviewer decides.
 */
function sharedNikConflicts(
  records: readonly MatchRecord[],
  pairs: Pairs,
  weights: number[][],
  thresholds: Thresholds,
  exact: Uint8Array,
  reviewed: DecideInput["reviewed"],
): ReviewProposal[] {
  const best = new Map<number, { e: number; score: number }>();
  for (let e = 0; e < pairs.length; e++) {
    const a = pairs.a[e];
    const b = pairs.b[e];
    const ra = records[a];
    const rb = records[b];
    if (!ra.nikValid || !rb.nikValid || ra.nik !== rb.nik) continue;
    const score = scorePattern(pairs.pattern[e] & withoutNik, weights);
    for (let side = 0; side < 2; side++) {
      const i = side === 0 ? a : b;
      if (!exact[i]) continue;
      const current = best.get(i);
      if (!current || score > current.score) best.set(i, { e, score });
    }
  }
  const proposals: ReviewProposal[] = [];
  const seen = new Set<string>();
  for (const [i, { e, score }] of best) {
    if (score >= thresholds.reviewWeight) continue;
    const other = pairs.a[e] === i ? pairs.b[e] : pairs.a[e];
    const key = pairKey(records[i], records[other]);
    if (seen.has(key) || reviewed.has(key)) continue;
    seen.add(key);
    proposals.push({ kind: "shared_nik", a: i, b: other, score, pattern: pairs.pattern[e] });
  }
  return proposals;
}

function assign(
  records: readonly MatchRecord[],
  groups: Groups,
  exact: Uint8Array,
  pairs: Pairs,
  scores: Float32Array,
): Omit<Outcome, "reviews"> {
  // The strongest pair inside its final group is each fuzzy record's evidence.
  const bestEdge = new Int32Array(records.length).fill(-1);
  for (let e = 0; e < pairs.length; e++) {
    const a = pairs.a[e];
    const b = pairs.b[e];
    if (groups.find(a) !== groups.find(b)) continue;
    if (bestEdge[a] < 0 || scores[e] > scores[bestEdge[a]]) bestEdge[a] = e;
    if (bestEdge[b] < 0 || scores[e] > scores[bestEdge[b]]) bestEdge[b] = e;
  }
  // A new person starts from its best record: a valid NIK, the most trusted source, the latest list.
  const first = new Map<number, number>();
  for (let i = 0; i < records.length; i++) {
    if (records[i].person !== 0) continue;
    const root = groups.find(i);
    if (groups.person[root] !== 0) continue;
    const current = first.get(root);
    if (current === undefined || better(records[i], records[current])) first.set(root, i);
  }
  const clusterOf = new Map<number, number>();
  for (const root of first.keys()) clusterOf.set(root, clusterOf.size);

  const assignments: Assignment[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.person !== 0) continue;
    const root = groups.find(i);
    const person = groups.person[root];
    const head = first.get(root);
    const method: LinkMethod =
      head === i
        ? "new"
        : exact[i] && (person !== 0 || (records[head!].nikValid && records[head!].nik === r.nik))
          ? "exact"
          : "fuzzy";
    const e = bestEdge[i];
    assignments.push({
      record: i,
      person,
      cluster: person === 0 ? clusterOf.get(root)! : -1,
      method,
      score: method === "fuzzy" && e >= 0 ? scores[e] : null,
      pattern: method === "fuzzy" && e >= 0 ? pairs.pattern[e] : null,
    });
  }
  return { assignments, clusters: clusterOf.size };
}

function better(a: MatchRecord, b: MatchRecord): boolean {
  if (a.nikValid !== b.nikValid) return a.nikValid;
  if (a.trust !== b.trust) return a.trust > b.trust;
  if (a.batch !== b.batch) return a.batch > b.batch;
  return a.row < b.row;
}

/** Union–find over records; each root knows its person (0 = none yet) and its valid NIKs. */
class Groups {
  readonly parent: Int32Array;
  readonly person: Float64Array;
  private readonly niks: (string[] | null)[];

  constructor(private readonly records: readonly MatchRecord[]) {
    this.parent = new Int32Array(records.length);
    this.person = new Float64Array(records.length);
    this.niks = new Array(records.length).fill(null);
    records.forEach((r, i) => {
      this.parent[i] = i;
      this.person[i] = r.person;
      if (r.nikValid && r.nik) this.niks[i] = [r.nik];
    });
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    for (let x = i; this.parent[x] !== root; ) {
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  union(ra: number, rb: number): void {
    if (ra === rb) return;
    this.parent[rb] = ra;
    this.person[ra] ||= this.person[rb];
    const a = this.niks[ra];
    const b = this.niks[rb];
    if (b) this.niks[ra] = a ? [...new Set([...a, ...b])] : b;
  }

  /**
   * Records of one person belong together; so do a new record and every record with its valid
   * NIK, when at most one person holds that NIK (a reviewer may have split it). Returns which
   * records were joined by their NIK.
   */
  joinKnown(): Uint8Array {
    const exact = new Uint8Array(this.records.length);
    const byPerson = new Map<number, number>();
    const byNik = new Map<string, number[]>();
    this.records.forEach((r, i) => {
      if (r.person !== 0) {
        const first = byPerson.get(r.person);
        if (first === undefined) byPerson.set(r.person, i);
        else this.union(this.find(first), this.find(i));
      }
      if (r.nikValid && r.nik) {
        const list = byNik.get(r.nik);
        if (list) list.push(i);
        else byNik.set(r.nik, [i]);
      }
    });
    for (const list of byNik.values()) {
      if (!list.some((i) => this.records[i].person === 0)) continue;
      const persons = new Set(list.map((i) => this.records[i].person).filter((p) => p !== 0));
      if (persons.size > 1) continue;
      for (const i of list) {
        this.union(this.find(list[0]), this.find(i));
        if (this.records[i].person === 0 && list.length > 1) exact[i] = 1;
      }
    }
    return exact;
  }

  canJoin(ra: number, rb: number): "yes" | "two_persons" | "niks_differ" {
    const a = this.niks[ra];
    const b = this.niks[rb];
    if (a && b && !a.some((x) => b.some((y) => x === y || swappedDigits(x, y)))) return "niks_differ";
    const pa = this.person[ra];
    const pb = this.person[rb];
    return pa !== 0 && pb !== 0 && pa !== pb ? "two_persons" : "yes";
  }
}
