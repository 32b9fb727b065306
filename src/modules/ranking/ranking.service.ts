/**
 * Who is covered first: the eligible persons of a program year in priority order. Tiers: desil 1,
 * desil 2, desil 3–4 (DTSEN's targeting base), then everyone else (no desil or above 4). Within a
 * tier: the lower desil, then the older person (closer to the age limit, fewer years left to be
 * covered), then the person listed first (lower id) — deterministic, so two runs rank alike.
 * Current members head the list: persons an approved plan covers in the month before (renewals).
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition, maskPersonal } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { type EligibilityRules, reasonsSql, rulesFor } from "../eligibility/eligibility.repository.ts";
import type { Caller } from "../registry/registry.service.ts";

export interface RankedPerson {
  rank: number;
  id: number;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desil: number | null;
  desil_date: string | null;
  /** 0: renewal, 1: desil 1, 2: desil 2, 3: desil 3–4, 4: the rest. */
  tier: number;
  /** The desil is older than the rules allow, or has no date. */
  desil_stale: boolean;
  kecamatan_code: string | null;
  desa_code: string | null;
}

/**
 * The order of the ranked list as one number, so a million persons sort on one bigint: tier (3
 * bits), desil (4 bits; none sorts last), birth date as days since 1900 (16 bits: the older first,
 * exact for births 1900–2079), id (40 bits). The same order as tier, desil, birth date, id.
 */
export const rankOrder = "rank_key";

/**
 * Every person (narrowed by `where`, e.g. an area) with their verdict for cover starting in a month
 * (yyyy-mm): `reasons` (empty: eligible), tier and rank_key, as a SELECT with parameters from $n
 * on. Tier 0: covered in the month before (by an approved plan or a membership that took a
 * rejected person's place, unless BPJS rejected it or it ended), so a renewal never leaves a gap.
 */
export function verdictSql(
  rules: EligibilityRules,
  regencyCode: string,
  start: string,
  n: number,
  where = "true",
) {
  const reasons = reasonsSql(rules, Number(start.slice(0, 4)), regencyCode, n + 2);
  const sql = `SELECT v.*, (v.tier::bigint << 60) | (least(greatest(coalesce(v.desil, 15), 0), 15)::bigint << 56)
         | (greatest(0, least(65535, coalesce(v.birth_date, date '1900-01-01') - date '1900-01-01'))::bigint << 40)
         | v.id AS rank_key
       FROM (SELECT p.id, p.name, p.nik, p.birth_date, p.desil, p.desil_date, p.kecamatan_code, p.desa_code,
                    p.occupation, ${reasons.sql} AS reasons,
                    CASE WHEN r.person_id IS NOT NULL THEN 0
                         WHEN p.desil = 1 THEN 1 WHEN p.desil = 2 THEN 2 WHEN p.desil IN (3, 4) THEN 3
                         ELSE 4 END AS tier,
                    p.desil IS NOT NULL AND (p.desil_date IS NULL
                      OR p.desil_date < $${n}::date - make_interval(months => $${n + 1})) AS desil_stale
             FROM persons p
             LEFT JOIN (SELECT s.person_id FROM plan_spells s JOIN plans pl ON pl.id = s.plan_id
                        WHERE pl.status = 'approved' AND s.month_to = $${n}::date - interval '1 month'
                        UNION
                        SELECT person_id FROM memberships WHERE status IN ('registered', 'active')
                          AND end_month = $${n}::date - interval '1 month'
                        EXCEPT
                        SELECT person_id FROM memberships WHERE status IN ('rejected', 'lapsed', 'ended')
                          AND end_month = $${n}::date - interval '1 month') r
               ON r.person_id = p.id
             WHERE ${where}
             OFFSET 0) v`; // OFFSET 0 fences v in: its reasons are worked out once a person, not per use
  return { sql, params: [`${start}-01`, rules.desilMaxAgeMonths, ...reasons.params] };
}

/** The eligible persons only: verdictSql without reasons. */
export function eligibleSql(
  rules: EligibilityRules,
  regencyCode: string,
  start: string,
  n: number,
  where = "true",
) {
  const verdicts = verdictSql(rules, regencyCode, start, n, where);
  return {
    sql: `SELECT * FROM (${verdicts.sql}) e WHERE cardinality(e.reasons) = 0`,
    params: verdicts.params,
  };
}

/** A page of the ranked list inside the caller's area (everyone on the command line, caller null). */
export async function rankedList({
  db,
  year,
  regencyCode,
  caller,
  offset = 0,
  limit = 50,
}: {
  db: Db;
  year: number;
  regencyCode: string;
  caller: Caller | null;
  offset?: number;
  limit?: number;
}): Promise<{ year: number; persons: RankedPerson[] }> {
  const rules = await rulesFor(db, year);
  if (!rules) throw new UserError("eligibility_rules_missing", { year });
  const area = caller ? areaCondition(caller.user, "p", 1) : null;
  const eligible = eligibleSql(rules, regencyCode, `${year}-01`, 4, area?.sql ?? "$1::text IS NULL");
  const rows = await db.query<RankedPerson>(
    `SELECT row_number() OVER (ORDER BY ${rankOrder})::int AS rank, e.id, e.name, e.nik, e.birth_date,
            e.desil, e.desil_date, e.tier, e.desil_stale, e.kecamatan_code, e.desa_code
     FROM (${eligible.sql}) e ORDER BY rank OFFSET $2 LIMIT $3`,
    [area?.param ?? null, offset, limit, ...eligible.params],
  );
  if (caller && rows.length > 0) {
    await recordAudit(
      db,
      caller.audit,
      "read",
      rows.map((r) => r.id),
      { ranking: year, offset },
    );
  }
  return { year, persons: caller ? rows.map((r) => maskPersonal(caller.user, r)) : rows };
}
