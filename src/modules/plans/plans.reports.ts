/**
 * What a plan means for an area and for a person, how two plans differ, and how far a budget
 * reaches down the ranking. Every list of persons is scoped to the caller's area and audited.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition, maskPersonal } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { rulesFor } from "../eligibility/eligibility.repository.ts";
import { eligibleSql, rankOrder } from "../ranking/ranking.service.ts";
import type { Caller } from "../registry/registry.service.ts";
import { planCost } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import { showPlan } from "./plans.service.ts";

function area(user: User | null, n: number) {
  const a = user ? areaCondition(user, "pp", n) : null;
  return { sql: a?.sql ?? `$${n}::text IS NULL`, param: a?.param ?? null };
}

/** Per kecamatan of the caller's area: covered, waiting, and what the cover costs. */
export async function planAreas({ db, id, user }: { db: Db; id: number; user: User | null }) {
  await showPlan({ db, id });
  const a = area(user, 2);
  return db.query<{
    kecamatan: string | null;
    name: string | null;
    covered: number;
    waitlist: number;
    cost: number;
  }>(
    `SELECT pp.kecamatan_code AS kecamatan, min(r.name) AS name,
            count(*) FILTER (WHERE pp.months > 0)::int AS covered,
            count(*) FILTER (WHERE pp.months = 0)::int AS waitlist,
            sum(pp.cost)::bigint AS cost
     FROM plan_persons pp
     LEFT JOIN regions r ON r.code = pp.kecamatan_code
     WHERE pp.plan_id = $1 AND ${a.sql}
     GROUP BY pp.kecamatan_code ORDER BY pp.kecamatan_code`,
    [id, a.param],
  );
}

export interface PlanPerson {
  rank: number;
  tier: number;
  desil: number | null;
  months: number;
  short_spell: boolean;
  gap: boolean;
  id: number;
  name: string;
  nik: string | null;
  birth_date: string | null;
  kecamatan_code: string | null;
  desa_code: string | null;
  /** The funders that pay, in order of their months. */
  funders: string[];
}

/** A page of the covered persons (or the waitlist) of a plan, in rank order. */
export async function planPersons({
  db,
  id,
  caller,
  waiting = false,
  funder,
  kecamatan,
  offset = 0,
  limit = 50,
}: {
  db: Db;
  id: number;
  caller: Caller | null;
  waiting?: boolean;
  funder?: string;
  kecamatan?: string;
  offset?: number;
  limit?: number;
}): Promise<{ total: number; persons: PlanPerson[] }> {
  await showPlan({ db, id });
  const a = area(caller?.user ?? null, 2);
  const where = `pp.plan_id = $1 AND ${a.sql} AND ${waiting ? "pp.months = 0" : "pp.months > 0"}
    AND ($3::text IS NULL OR pp.kecamatan_code = $3)
    AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM plan_spells s JOIN funders f ON f.id = s.funder_id
         WHERE s.plan_id = pp.plan_id AND s.person_id = pp.person_id AND f.code = $4))`;
  const params = [id, a.param, kecamatan ?? null, funder ?? null];
  const [{ total }] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM plan_persons pp WHERE ${where}`,
    params,
  );
  const persons = await db.query<PlanPerson>(
    `SELECT pp.rank, pp.tier, pp.desil, pp.months, pp.short_spell, pp.gap, p.id, p.name, p.nik, p.birth_date,
            pp.kecamatan_code, pp.desa_code,
            coalesce((SELECT array_agg(f.code ORDER BY s.month_from) FROM plan_spells s
                      JOIN funders f ON f.id = s.funder_id
                      WHERE s.plan_id = pp.plan_id AND s.person_id = pp.person_id), '{}') AS funders
     FROM plan_persons pp JOIN persons p ON p.id = pp.person_id
     WHERE ${where} ORDER BY pp.rank OFFSET $5 LIMIT $6`,
    [...params, offset, limit],
  );
  if (caller && persons.length > 0) {
    await recordAudit(
      db,
      caller.audit,
      "read",
      persons.map((p) => p.id),
      { plan: id, waiting, offset },
    );
  }
  return { total, persons: caller ? persons.map((p) => maskPersonal(caller.user, p)) : persons };
}

/** Who a later plan covers that an earlier did not, who it drops, whose funders or months change. */
export async function comparePlans({ db, a, b }: { db: Db; a: number; b: number }) {
  const [first, second] = await Promise.all([showPlan({ db, id: a }), showPlan({ db, id: b })]);
  const [counts] = await db.query<{ added: number; removed: number; changed: number }>(
    `WITH sa AS (SELECT person_id, string_agg(funder_id || ':' || month_from || ':' || month_to, ','
                   ORDER BY month_from) AS k FROM plan_spells WHERE plan_id = $1 GROUP BY person_id),
          sb AS (SELECT person_id, string_agg(funder_id || ':' || month_from || ':' || month_to, ','
                   ORDER BY month_from) AS k FROM plan_spells WHERE plan_id = $2 GROUP BY person_id)
     SELECT count(*) FILTER (WHERE sa.person_id IS NULL)::int AS added,
            count(*) FILTER (WHERE sb.person_id IS NULL)::int AS removed,
            count(*) FILTER (WHERE sa.k <> sb.k)::int AS changed
     FROM sa FULL JOIN sb ON sa.person_id = sb.person_id`,
    [a, b],
  );
  const brief = (p: typeof first) => ({
    plan: p.plan,
    status: p.status,
    from: p.from,
    to: p.to,
    covered: p.covered,
    waitlist: p.waitlist,
    cost: p.cost,
  });
  return { a: brief(first), b: brief(second), ...counts };
}

/**
 * How far budgets reach: the people each covers for the months at the package's rate (or a unit
 * rate), and down to which tier and desil of today's ranking. One row per budget, to compare.
 */
export async function planReach({
  db,
  budgets,
  months,
  from,
  pkg,
  funderType = "apbd",
  unitRate,
  regencyCode,
}: {
  db: Db;
  budgets: number[];
  months: number;
  from: string;
  pkg: string;
  funderType?: string;
  unitRate?: number;
  regencyCode: string;
}) {
  const { total: perPerson } = await planCost({
    db,
    people: 1,
    months,
    from,
    query: { package: pkg, funderType },
    unitRate,
  });
  const year = Number(from.slice(0, 4));
  const rules = await rulesFor(db, year);
  if (!rules) throw new UserError("eligibility_rules_missing", { year });
  const eligible = eligibleSql(rules, regencyCode, from, 1);
  const tiers = await db.query<{ tier: number; eligible: number }>(
    `SELECT tier, count(*)::int AS eligible FROM (${eligible.sql}) e GROUP BY tier ORDER BY tier`,
    eligible.params,
  );
  const total = tiers.reduce((sum, t) => sum + t.eligible, 0);
  const scenarios = [];
  for (const budget of budgets) {
    if (!Number.isSafeInteger(budget) || budget < 0) throw new UserError("funder_budget_invalid", { budget });
    const people = perPerson > 0 ? Math.floor(budget / perPerson) : 0;
    const covered = Math.min(people, total);
    let left = covered;
    const byTier = tiers.map((t) => {
      const here = Math.min(left, t.eligible);
      left -= here;
      return { tier: t.tier, eligible: t.eligible, covered: here };
    });
    const [last] =
      covered > 0
        ? await db.query<{ tier: number; desil: number | null }>(
            `SELECT tier, desil FROM (${eligible.sql}) e ORDER BY ${rankOrder} OFFSET ${covered - 1} LIMIT 1`,
            eligible.params,
          )
        : [];
    scenarios.push({
      budget,
      people,
      covered,
      cost: covered * perPerson,
      left: budget - covered * perPerson,
      lastTier: last?.tier ?? null,
      lastDesil: last?.desil ?? null,
      byTier,
    });
  }
  return { months, from, package: pkg, funderType, perPerson, eligible: total, scenarios };
}
