import { createHash } from "node:crypto";
import type { Db } from "../../core/db.ts";

export interface AuditEntry {
  /** Who: a user, or `cli:<os user>` on the command line. */
  actor: string;
  /** What: read, export, change, decide, … */
  action: string;
  personIds: number[] | null;
  /** Through what: an API endpoint or a CLI command. */
  via: string;
  /** From where: the client's address. */
  source?: string | null;
  details?: Record<string, unknown>;
}

export interface StoredEntry extends Required<AuditEntry> {
  id: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The hash the first entry chains to. */
export const genesis = "0".repeat(64);

/** JSON with keys sorted at every level: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    // Keys without a value are dropped, as JSON (and so jsonb) drops them.
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(prevHash: string, e: Omit<StoredEntry, "id" | "hash" | "prevHash">): string {
  const body = canonicalJson([e.at, e.actor, e.action, e.personIds, e.via, e.source, e.details]);
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}

/** Appends one entry. A transaction-scoped lock keeps the chain a single line under concurrent writers. */
export async function appendEntry(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(7215)");
    const [last] = await tx.query<{ hash: string }>("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    const prevHash = last?.hash ?? genesis;
    const stored = {
      at: new Date().toISOString(),
      actor: entry.actor,
      action: entry.action,
      personIds: entry.personIds,
      via: entry.via,
      source: entry.source ?? null,
      details: entry.details ?? {},
    };
    await tx.query(
      `INSERT INTO audit_log (at, actor, action, person_ids, via, source, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        stored.at,
        stored.actor,
        stored.action,
        stored.personIds,
        stored.via,
        stored.source,
        JSON.stringify(stored.details),
        prevHash,
        entryHash(prevHash, stored),
      ],
    );
  });
}

const selectEntries = `SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, action,
  array_to_json(person_ids) AS "personIds", via, source, details, prev_hash AS "prevHash", hash FROM audit_log`;

/** Entries in order, a page at a time (id > afterId). */
export async function pageEntries(db: Db, afterId: number, limit: number): Promise<StoredEntry[]> {
  return db.query<StoredEntry>(`${selectEntries} WHERE id > $1 ORDER BY id LIMIT $2`, [afterId, limit]);
}

export async function entriesForPerson(db: Db, personId: number): Promise<StoredEntry[]> {
  return db.query<StoredEntry>(`${selectEntries} WHERE person_ids @> ARRAY[$1::bigint] ORDER BY id`, [
    personId,
  ]);
}

export interface AuditFilter {
  person?: number;
  actor?: string;
  action?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Entries older than this id (the next page). */
  before?: number;
  limit: number;
}

/** Entries matching the filter, newest first. */
export async function searchEntries(db: Db, f: AuditFilter): Promise<StoredEntry[]> {
  return db.query<StoredEntry>(
    `${selectEntries}
     WHERE ($1::bigint IS NULL OR person_ids @> ARRAY[$1::bigint])
       AND ($2::text IS NULL OR actor = $2) AND ($3::text IS NULL OR action = $3)
       AND ($4::date IS NULL OR at >= $4::date) AND ($5::date IS NULL OR at < $5::date + 1)
       AND ($6::bigint IS NULL OR id < $6)
     ORDER BY id DESC LIMIT $7`,
    [
      f.person ?? null,
      f.actor ?? null,
      f.action ?? null,
      f.from ?? null,
      f.to ?? null,
      f.before ?? null,
      f.limit,
    ],
  );
}
