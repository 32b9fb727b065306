import type { Db } from "../../core/db.ts";
import type { FunderBudget } from "./dashboard.types.ts";

/** Each funder's budget beside what was invoiced to it and what it paid, all months. */
export async function funderBudgets(db: Db): Promise<FunderBudget[]> {
  const rows = await db.query<{
    id: number;
    code: string;
    name: string;
    type: string;
    planned: number;
    invoiced: number;
    paid: number;
  }>(
    `SELECT f.id::int, f.code, f.name, f.type, f.budget::float8 AS planned,
            COALESCE(i.invoiced, 0)::float8 AS invoiced, COALESCE(i.paid, 0)::float8 AS paid
     FROM funders f
     LEFT JOIN (SELECT funder_id, sum(amount) AS invoiced, sum(paid) AS paid FROM invoices GROUP BY funder_id) i
       ON i.funder_id = f.id
     ORDER BY f.period_from, f.code`,
  );
  return rows.map(({ planned, invoiced, paid, ...funder }) => ({ funder, planned, invoiced, paid }));
}

/** The targets of an area per year. */
export async function yearTargets(db: Db, area: string): Promise<Map<number, number>> {
  const rows = await db.query<{ year: number; target: number }>(
    "SELECT year, target FROM coverage_targets WHERE region_code = $1",
    [area],
  );
  return new Map(rows.map((r) => [r.year, r.target]));
}

export interface ApprovedPlan {
  id: number;
  /** yyyy-mm */
  from: string;
  months: number;
  /** The package of the funder that took the most persons: the cover the waitlist would get. */
  package: string | null;
}

/** The plan approved last, the one enrolment follows. */
export async function latestApprovedPlan(db: Db): Promise<ApprovedPlan | null> {
  const [row] = await db.query<ApprovedPlan>(
    `SELECT p.id::int, to_char(p.period_from, 'YYYY-MM') AS "from",
            ((extract(year FROM age(p.period_to, p.period_from)) * 12
              + extract(month FROM age(p.period_to, p.period_from))) + 1)::int AS months,
            (SELECT f.package FROM plan_funders pf JOIN funders f ON f.id = pf.funder_id
             WHERE pf.plan_id = p.id ORDER BY pf.allocated DESC, f.id LIMIT 1) AS package
     FROM plans p WHERE p.status = 'approved' ORDER BY p.approved_at DESC NULLS LAST, p.id DESC LIMIT 1`,
  );
  return row ?? null;
}

/**
 * The persons an approved plan could not cover, inside `area`. An approved plan never changes, so
 * its waitlist is counted per area once and kept (a row with area '' marks it counted).
 */
export async function waitlistOf(db: Db, planId: number, area: string): Promise<number> {
  const counted = await db.query("SELECT 1 FROM coverage_waitlist WHERE plan_id = $1 AND area_code = ''", [
    planId,
  ]);
  if (counted.length === 0) {
    await db.query(
      `INSERT INTO coverage_waitlist (plan_id, area_code, persons)
       SELECT $1, coalesce(desa_code, kecamatan_code, regency_code), count(*)::int
       FROM plan_persons WHERE plan_id = $1 AND months = 0 GROUP BY 2
       UNION ALL SELECT $1, '', 0
       ON CONFLICT DO NOTHING`,
      [planId],
    );
  }
  const [row] = await db.query<{ persons: number }>(
    `SELECT COALESCE(sum(persons), 0)::int AS persons FROM coverage_waitlist
     WHERE plan_id = $1 AND (area_code = $2 OR area_code LIKE $2 || '.%')`,
    [planId, area],
  );
  return row.persons;
}
