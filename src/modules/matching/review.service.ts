/**
 * The review queue: pairs the fuzzy rule was unsure of, and records joined by an NIK whose other
 * details disagree. A decision changes persons at once and is kept, so no later run undoes it.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { type ReviewStatus, refreshGoldenRecords } from "./matching.repository.ts";
import * as repo from "./review.repository.ts";

export type { ReviewItem, ReviewRecord } from "./review.repository.ts";

export async function listReview({
  db,
  status = "open",
  limit = 50,
  afterId = 0,
  area = null,
}: {
  db: Db;
  /** null = every status. */
  status?: ReviewStatus | null;
  limit?: number;
  afterId?: number;
  /** Only items whose first record lies in this area (API callers); null on the command line. */
  area?: repo.ItemArea;
}): Promise<repo.ReviewItem[]> {
  return repo.listItems(db, { status, limit, afterId, area });
}

/** One item with both records; with `by`, the look at both persons' data is audited. */
export async function showReview({
  db,
  id,
  by,
  via = "payung review show",
  source = null,
}: {
  db: Db;
  id: number;
  by?: string;
  via?: string;
  source?: string | null;
}): Promise<repo.ReviewItem> {
  const item = await repo.getItem(db, id);
  if (!item) throw new UserError("review_not_found", { id });
  if (by)
    await recordAudit(db, { actor: by, via, source }, "read", [item.a.person, item.b.person], { item: id });
  return item;
}

export type Decision = "accept" | "reject";

export interface DecisionResult {
  item: repo.ReviewItem;
  /** The persons the two records belong to after the decision. */
  persons: [number, number];
}

/**
 * accept = the two records are one person: two persons become one (the older keeps its id).
 * reject = they are different people: kept apart for good; for a shared NIK the record is taken
 * out into a person of its own.
 */
export async function decideReview({
  db,
  id,
  decision,
  by,
  via = `payung review ${decision}`,
  source = null,
}: {
  db: Db;
  id: number;
  decision: Decision;
  by: string;
  /** Through what the decision came, for the audit log. */
  via?: string;
  source?: string | null;
}): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const item = await showReview({ db: tx, id });
    if (item.status !== "open") throw new UserError("review_decided", { id, status: item.status });
    const pa = item.a.person;
    const pb = item.b.person;
    if (decision === "accept") {
      if (pa !== pb) {
        const [keep, drop] = pa < pb ? [pa, pb] : [pb, pa];
        await repo.mergePersons(tx, keep, drop);
        await refreshGoldenRecords(tx, { persons: [keep] });
      }
      await repo.setStatus(tx, id, "accepted", by);
    } else if (item.kind === "shared_nik" && pa === pb) {
      const split = await repo.splitRecord(tx, item.a.batch, item.a.row);
      await refreshGoldenRecords(tx, { persons: [pa, split] });
      await repo.setStatus(tx, id, "split", by);
    } else {
      await repo.setStatus(tx, id, "rejected", by);
    }
    const after = await showReview({ db: tx, id });
    await recordAudit(tx, { actor: by, via, source }, "change", [pa, pb, after.a.person, after.b.person], {
      item: id,
      status: after.status,
    });
    return { item: after, persons: [after.a.person, after.b.person] };
  });
}

/**
 * Takes one record out of its person (a reviewer saw it is someone else), into a new person of
 * its own. `target` is a review item id, or a record as `batch:row`.
 */
export async function splitReview({
  db,
  target,
  by,
  via = "payung review split",
  source = null,
}: {
  db: Db;
  target: string;
  by: string;
  via?: string;
  source?: string | null;
}): Promise<DecisionResult> {
  if (!target.includes(":")) {
    const item = await showReview({ db, id: Number(target) });
    if (item.a.person !== item.b.person) throw new UserError("review_split_apart", { id: item.id });
    return decideReview({ db, id: item.id, decision: "reject", by, via, source });
  }
  const [batch, row] = target.split(":").map(Number);
  return db.transaction(async (tx) => {
    const person = await repo.linkOf(tx, batch, row);
    if (person === null) throw new UserError("record_not_found", { record: target });
    const others = (await repo.recordsOfPerson(tx, person)).filter((r) => r.batch !== batch || r.row !== row);
    if (others.length === 0) throw new UserError("review_split_alone", { record: target, person });
    const split = await repo.splitRecord(tx, batch, row);
    const id = await repo.recordSplit(tx, { batch, row }, others[0], by);
    await refreshGoldenRecords(tx, { persons: [person, split] });
    await recordAudit(tx, { actor: by, via, source }, "change", [person, split], {
      record: target,
    });
    return { item: await showReview({ db: tx, id }), persons: [split, person] };
  });
}
