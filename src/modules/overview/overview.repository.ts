import type { Db } from "../../core/db.ts";

export interface Overview {
  /** Rows accepted from all lists, in the area. */
  listed: number;
  /** Persons after matching, in the area. */
  persons: number;
  /** Persons BPJS already lists as members (not inactive). */
  covered: number;
  /** Review items whose both records lie in the area, waiting for a decision. */
  review: number;
  /** Rows set aside in quarantine in the area; null for roles that may not see them. */
  quarantined: number | null;
}

type Area = { sql: (alias: string) => string; param: string };

/** The numbers of a home page, each counted inside the area (`sql` gives its condition per alias). */
export async function countOverview(db: Db, area: Area, withQuarantine: boolean): Promise<Overview> {
  const [row] = await db.query<Overview>(
    `SELECT
      (SELECT count(*)::int FROM source_records r WHERE ${area.sql("r")}) AS listed,
      (SELECT count(*)::int FROM persons p WHERE ${area.sql("p")}) AS persons,
      (SELECT count(DISTINCT c.person_id)::int FROM bpjs_coverage c JOIN persons p ON p.id = c.person_id
        WHERE c.membership_status IS DISTINCT FROM 'inactive' AND ${area.sql("p")}) AS covered,
      (SELECT count(*)::int FROM review_items i
        JOIN source_records ra ON ra.batch_id = i.batch_a AND ra.row_number = i.row_a
        JOIN source_records rb ON rb.batch_id = i.batch_b AND rb.row_number = i.row_b
        WHERE i.status = 'open' AND ${area.sql("ra")} AND ${area.sql("rb")}) AS review,
      ${withQuarantine ? `(SELECT count(*)::int FROM quarantine q WHERE q.disposition = 'quarantined' AND ${area.sql("q")})` : "NULL::int"} AS quarantined`,
    [area.param],
  );
  return row;
}
