/**
 * The audit log (UU 27/2022): every read and change of personal data leaves an entry that cannot
 * be altered unnoticed. Services record; `payung audit verify` proves the chain whole.
 */
import type { Db } from "../../core/db.ts";
import * as repo from "./audit.repository.ts";

export type { AuditEntry, AuditFilter, StoredEntry } from "./audit.repository.ts";

/** Who is acting and through what, handed to services by the CLI or the API. */
export interface AuditContext {
  actor: string;
  via: string;
  source?: string | null;
}

export async function recordAudit(
  db: Db,
  context: AuditContext,
  action: string,
  personIds: number[] | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await repo.appendEntry(db, { ...context, action, personIds, details });
}

export interface Verification {
  entries: number;
  ok: boolean;
  /** The first entry whose hash or link to the one before does not hold. */
  broken: { id: number; reason: "hash" | "chain" } | null;
}

/** Walks the whole chain, a page at a time, recomputing every hash. */
export async function verifyAudit({ db }: { db: Db }): Promise<Verification> {
  let prev = repo.genesis;
  let after = 0;
  let entries = 0;
  for (;;) {
    const page = await repo.pageEntries(db, after, 5_000);
    for (const e of page) {
      entries++;
      if (e.prevHash !== prev) return { entries, ok: false, broken: { id: e.id, reason: "chain" } };
      if (repo.entryHash(e.prevHash, e) !== e.hash)
        return { entries, ok: false, broken: { id: e.id, reason: "hash" } };
      prev = e.hash;
    }
    if (page.length < 5_000) return { entries, ok: true, broken: null };
    after = page[page.length - 1].id;
  }
}

/** Who saw or changed one person, oldest first. */
export async function auditOfPerson({
  db,
  personId,
}: {
  db: Db;
  personId: number;
}): Promise<repo.StoredEntry[]> {
  return repo.entriesForPerson(db, personId);
}

/** The log for auditors, newest first; looking at it is itself logged. */
export async function searchAudit({
  db,
  filter,
  audit,
}: {
  db: Db;
  filter: repo.AuditFilter;
  audit: AuditContext;
}): Promise<repo.StoredEntry[]> {
  const entries = await repo.searchEntries(db, filter);
  await recordAudit(db, audit, "read_audit", filter.person ? [filter.person] : null, {
    ...filter,
    entries: entries.length,
  });
  return entries;
}
