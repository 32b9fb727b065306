import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findCandidates, randomPatterns } from "./candidates.ts";
import { decide } from "./clustering.ts";
import * as repo from "./matching.repository.ts";
import { estimateM, estimateU, type Model, startingM, startingU, weightsOf } from "./model.ts";

export interface MatchSummary {
  /** Source records in the database. */
  records: number;
  /** Persons (golden records) after this run. */
  persons: number;
  /** Records linked in this run by a shared valid NIK (including the first record of a new person with one). */
  linked_exact: number;
  /** Records linked in this run by the fuzzy rule. */
  linked_fuzzy: number;
  /** Open review items after this run. */
  review: number;
  /** Records not linked to a person (0 after every run). */
  unlinked: number;
  /** Persons already covered by BPJS (linked to an active record of a BPJS membership list). */
  covered: number;
  seconds: number;
}

/** Below this many labelled pairs a run keeps the previous run's m rather than counting its own. */
const minLabelledPairs = 500;
/** Below this many records u is not counted but taken from the previous run or the defaults. */
const minRecordsForU = 1_000;

export interface MatchProgress {
  step: "load" | "compare" | "decide" | "write" | "golden";
  done?: number;
}

/**
 * Links every unlinked source record to a person and refreshes the golden records it touched.
 * Incremental: records linked by an earlier run (or a reviewer) keep their person, and only pairs
 * with a new record are compared. The whole run is one transaction. See docs/matching.md.
 */
export async function runMatching({
  db,
  runBy,
  refreshAll = false,
  onProgress,
}: {
  db: Db;
  runBy: string;
  /** Rebuild every golden record, not only those this run touches (after a change of trust). */
  refreshAll?: boolean;
  onProgress?: (progress: MatchProgress) => void;
}): Promise<MatchSummary> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    const run = await repo.startRun(tx, runBy);
    const thresholds = await repo.loadSettings(tx);
    const records = await repo.loadRecords(tx, (done) => onProgress?.({ step: "load", done }));
    const fresh = records.filter((r) => r.person === 0).length;
    let linked = { exact: 0, fuzzy: 0, persons: 0 };
    let model: Model | null = null;
    if (fresh > 0) {
      onProgress?.({ step: "compare" });
      const pairs = findCandidates(records);
      model = await estimateModel(tx, records, pairs.patternCounts());
      const weights = weightsOf(model);
      onProgress?.({ step: "decide" });
      const outcome = decide({ records, pairs, weights, thresholds, reviewed: await repo.loadReviewed(tx) });
      onProgress?.({ step: "write" });
      await repo.writeOutcome(tx, run, records, outcome, weights);
      linked = {
        exact: outcome.assignments.filter(
          (a) => a.method === "exact" || (a.method === "new" && records[a.record].nikValid),
        ).length,
        fuzzy: outcome.assignments.filter((a) => a.method === "fuzzy").length,
        persons: outcome.clusters,
      };
    }
    // A run writes the golden records of the persons it touched; all of them only when asked.
    if (refreshAll) {
      onProgress?.({ step: "golden" });
      await repo.refreshGoldenRecords(tx, "all");
    }
    // Fresh statistics, so searches plan well right after a large run.
    await tx.exec("ANALYZE persons, record_links");
    // Name searches read an index's pending entries one by one until they are merged in.
    await tx.query(
      `SELECT gin_clean_pending_list(i::regclass)
       FROM unnest(array['persons_name_words_idx', 'persons_kecamatan_words_idx', 'persons_desa_words_idx']) i`,
    );
    const totals = await repo.countMatching(tx);
    const summary: MatchSummary = {
      records: totals.records,
      persons: totals.persons,
      linked_exact: linked.exact,
      linked_fuzzy: linked.fuzzy,
      review: totals.review,
      unlinked: totals.unlinked,
      covered: totals.covered,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
    await repo.finishRun(tx, run, { ...summary, new_persons: linked.persons }, model);
    await recordAudit(tx, { actor: runBy, via: "payung match" }, "match", null, {
      run,
      linked_exact: linked.exact,
      linked_fuzzy: linked.fuzzy,
      new_persons: linked.persons,
    });
    return summary;
  });
}

/**
 * u from random pairs of this run's records, m from its pairs with the same NIK; with too little
 * data for either, the latest estimated model, else the starting values (docs/matching.md).
 */
async function estimateModel(
  db: Db,
  records: Parameters<typeof randomPatterns>[0],
  counts: Map<number, number>,
): Promise<Model> {
  const previous = await repo.latestModel(db);
  const u =
    records.length >= minRecordsForU
      ? estimateU(randomPatterns(records, 200_000))
      : (previous?.u ?? startingU());
  const model = estimateM(counts, u);
  return model.pairs >= minLabelledPairs ? model : { m: previous?.m ?? startingM(), u, pairs: 0 };
}
