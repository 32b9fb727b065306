import type { Db } from "../../core/db.ts";

/** A registration file made, as the API lists it: counts and who made it, no personal data. */
export interface RegistrationRow {
  id: number;
  plan: number;
  funder: string;
  funderName: string;
  bpjsCode: string;
  template: string;
  format: string;
  rows: number;
  refused: number;
  createdBy: string;
  createdAt: string;
  /** The job that wrote the file through the API (its file can be downloaded again); null from the CLI. */
  job: number | null;
}

/** The registration files made, newest first; `plan` narrows them to one plan's. */
export async function listRegistrations(db: Db, filter: { plan?: number; limit: number }) {
  return db.query<RegistrationRow>(
    `SELECT r.id, r.plan_id AS plan, f.code AS funder, f.name AS "funderName", f.bpjs_code AS "bpjsCode",
            r.template, r.format, r.rows, r.refused, r.created_by AS "createdBy",
            to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
            (SELECT j.id FROM jobs j
             WHERE j.kind = 'registration' AND j.status = 'done' AND j.result->>'registration' = r.id::text
             LIMIT 1) AS job
     FROM registrations r JOIN funders f ON f.id = r.funder_id
     WHERE ($1::bigint IS NULL OR r.plan_id = $1)
     ORDER BY r.id DESC LIMIT $2`,
    [filter.plan ?? null, filter.limit],
  );
}
