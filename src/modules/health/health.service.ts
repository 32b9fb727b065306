import type { Db } from "../../core/db.ts";

export interface Health {
  status: "ok";
  database: "pglite" | "postgres";
  schemaVersion: number;
  counts: {
    regions: number;
    batches: number;
    sourceRecords: number;
    quarantined: number;
    persons: number;
    /** Review items waiting for a decision. */
    review: number;
  };
}

/** Answers whether the database is reachable and what it holds, without any personal data. */
export async function checkHealth(db: Db): Promise<Health> {
  const [row] = await db.query<Health["counts"] & { schemaVersion: number }>(`SELECT
      (SELECT max(version) FROM schema_migrations) AS "schemaVersion",
      (SELECT count(*)::int FROM regions) AS regions,
      (SELECT count(*)::int FROM import_batches) AS batches,
      (SELECT count(*)::int FROM source_records) AS "sourceRecords",
      (SELECT count(*)::int FROM quarantine WHERE disposition = 'quarantined') AS quarantined,
      (SELECT count(*)::int FROM persons) AS persons,
      (SELECT count(*)::int FROM review_items WHERE status = 'open') AS review`);
  const { schemaVersion, ...counts } = row;
  return { status: "ok", database: db.kind, schemaVersion, counts };
}
