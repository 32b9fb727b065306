import type { Db } from "../../core/db.ts";

/** For monitors: cheap enough to ask every few seconds, and free of personal data. */
export interface Health {
  status: "ok";
  database: "pglite" | "postgres";
  schemaVersion: number;
}

export interface Holdings {
  regions: number;
  batches: number;
  sourceRecords: number;
  quarantined: number;
  persons: number;
  /** Review items waiting for a decision. */
  review: number;
}

/** Answers whether the database is reachable and on which schema. */
export async function checkHealth(db: Db): Promise<Health> {
  const [row] = await db.query<{ schemaVersion: number }>(
    `SELECT max(version) AS "schemaVersion" FROM schema_migrations`,
  );
  return { status: "ok", database: db.kind, schemaVersion: row.schemaVersion };
}

/** What the database holds, in counts (for the status page; each count reads a whole table). */
export async function countHoldings(db: Db): Promise<Holdings> {
  const [row] = await db.query<Holdings>(`SELECT
      (SELECT count(*)::int FROM regions) AS regions,
      (SELECT count(*)::int FROM import_batches) AS batches,
      (SELECT count(*)::int FROM source_records) AS "sourceRecords",
      (SELECT count(*)::int FROM quarantine WHERE disposition = 'quarantined') AS quarantined,
      (SELECT count(*)::int FROM persons) AS persons,
      (SELECT count(*)::int FROM review_items WHERE status = 'open') AS review`);
  return row;
}
