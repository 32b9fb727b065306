import type { Db } from "../../core/db.ts";
import * as repo from "./matching.repository.ts";

export interface MatchSummary {
  /** Source records in the database. */
  records: number;
  /** Persons (golden records) after this run. */
  persons: number;
  /** Records linked in this run because they share a valid NIK with a person. */
  linked_exact: number;
  /** Records linked in this run by the fuzzy rule. */
  linked_fuzzy: number;
  /** Pairs waiting for a reviewer. */
  review: number;
  /** Records not linked yet: no valid NIK, left for the fuzzy rule. */
  unlinked: number;
  /** Persons already covered by BPJS (linked to an active record of a BPJS membership list). */
  covered: number;
  seconds: number;
}

/**
 * Links every unlinked source record to a person and refreshes the golden records it touched.
 * Incremental: records linked by an earlier run (or a reviewer) are never looked at again.
 * This step applies the exact rule (same valid NIK → same person); the fuzzy rule for records
 * without a valid NIK comes next (see docs/matching.md).
 */
export async function runMatching({
  db,
  runBy,
  refreshAll = false,
}: {
  db: Db;
  runBy: string;
  /** Rebuild every golden record, not only those this run touches (after a change of trust). */
  refreshAll?: boolean;
}): Promise<MatchSummary> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    const run = await repo.startRun(tx, runBy);
    const known = await repo.linkToKnownNiks(tx, run);
    const created = await repo.createPersonsForNewNiks(tx, run);
    await repo.refreshGoldenRecords(tx, run, refreshAll);
    const totals = await repo.countMatching(tx);
    const summary: MatchSummary = {
      records: totals.records,
      persons: totals.persons,
      linked_exact: known + created.links,
      linked_fuzzy: 0,
      review: 0,
      unlinked: totals.unlinked,
      covered: totals.covered,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
    await repo.finishRun(tx, run, { ...summary, new_persons: created.persons });
    return summary;
  });
}
