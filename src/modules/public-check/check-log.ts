import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";

interface Check {
  personIds: number[];
  source: string;
  at: string;
}

/**
 * The audit log of public checks that showed a cover, written in batches: one hash-chained entry
 * for the checks of up to `delayMs` (or `maxBatch` checks), naming every person in `person_ids`
 * (so each person's trail finds it) and each check's address and time in `details`. A chained
 * entry is a transaction under a lock; one per check would cap the check at a few hundred a
 * second. The price: a crash loses at most the last `delayMs` of check records.
 */
export class CheckLog {
  private pending: Check[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly via: string,
    private readonly delayMs = 200,
    private readonly maxBatch = 500,
  ) {}

  /** Notes a check; it reaches the audit log with the next batch. */
  add(personIds: number[], source: string): void {
    this.pending.push({ personIds, source, at: new Date().toISOString() });
    if (this.pending.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes what is pending (batches in order, one at a time); resolves when it is written. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return this.writing;
    const sources = [...new Set(batch.map((c) => c.source))];
    this.writing = this.writing.then(() =>
      recordAudit(
        this.db,
        { actor: "public", via: this.via, source: sources.length === 1 ? sources[0] : null },
        "public_status_check",
        [...new Set(batch.flatMap((c) => c.personIds))],
        {
          result: "covered",
          checks: batch.map((c) => ({ persons: c.personIds, source: c.source, at: c.at })),
        },
      ).catch((error) => {
        // The check was answered already; a lost record is logged loudly, never a failed answer.
        console.error("public-check: audit batch not written", error);
      }),
    );
    return this.writing;
  }
}
