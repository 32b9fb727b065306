/**
 * Who is covered first: the eligible persons of a program year in priority order. Tiers: desil 1,
 * desil 2, desil 3–4 (DTSEN's targeting base), then everyone else (no desil or above 4). Within a
 * tier: the lower desil, then the older person (closer to the age limit, fewer years left to be
 * covered), then the person listed first (lower id) — deterministic, so two runs rank alike.
 * Current members of the programme will head the list once memberships exist (enrolment).
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition, maskPersonal } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { reasonsSql, rulesFor } from "../eligibility/eligibility.repository.ts";
import type { Caller } from "../registry/registry.service.ts";

export interface RankedPerson {
  rank: number;
  id: number;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desil: number | null;
  desil_date: string | null;
  /** 1: desil 1, 2: desil 2, 3: desil 3–4, 4: the rest. */
  tier: number;
  /** The desil is older than the rules allow, or has no date. */
  desil_stale: boolean;
  kecamatan_code: string | null;
  desa_code: string | null;
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
  const reasons = reasonsSql(rules, regencyCode, 6);
  const rows = await db.query<RankedPerson>(
    `WITH eligible AS (
       SELECT p.id, p.name, p.nik, p.birth_date, p.desil, p.desil_date, p.kecamatan_code, p.desa_code,
              CASE WHEN p.desil = 1 THEN 1 WHEN p.desil = 2 THEN 2 WHEN p.desil IN (3, 4) THEN 3 ELSE 4 END AS tier,
              p.desil IS NOT NULL AND (p.desil_date IS NULL
                OR p.desil_date < $2::date - make_interval(months => $3)) AS desil_stale
       FROM persons p
       WHERE ${area?.sql ?? "$1::text IS NULL"} AND cardinality(${reasons.sql}) = 0)
     SELECT row_number() OVER (ORDER BY tier, desil NULLS LAST, birth_date, id)::int AS rank, e.*
     FROM eligible e ORDER BY rank OFFSET $4 LIMIT $5`,
    [area?.param ?? null, `${year}-01-01`, rules.desilMaxAgeMonths, offset, limit, ...reasons.params],
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
