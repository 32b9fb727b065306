/**
 * Who may be covered in a program year, and why not: every person gets a verdict with its reasons,
 * from the year's rules (eligibility_rules). Computed in SQL, so a million persons take one query.
 */
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import type { Caller } from "../registry/registry.service.ts";
import type { User } from "../users/users.repository.ts";
import { type EligibilityRules, reasonsSql, rulesFor } from "./eligibility.repository.ts";

export const reasonCodes = [
  "nik_invalid",
  "nik_unverified",
  "birth_date_missing",
  "age_below",
  "age_above",
  "domicile_outside",
  "occupation_missing",
  "civil_servant",
  "occupation_not_informal",
  "already_covered",
  "deceased",
] as const;

async function rulesOf(db: Db, year: number): Promise<EligibilityRules> {
  const rules = await rulesFor(db, year);
  if (!rules) throw new UserError("eligibility_rules_missing", { year });
  return rules;
}

/** What a reason means, with the rule's numbers filled in. */
export function reasonText(code: string, rules: EligibilityRules, lang: Lang): string {
  return message(`eligibility_${code}`, { min: rules.minAge, max: rules.maxAge, year: rules.year }, lang);
}

/** One person's verdict, inside the user's area (any person for `user` null: the command line). */
export async function explainEligibility({
  db,
  personId,
  year,
  regencyCode,
  user,
  audit,
}: {
  db: Db;
  personId: number;
  year: number;
  regencyCode: string;
  user: User | null;
  audit: Caller["audit"];
}) {
  const rules = await rulesOf(db, year);
  const area = user ? areaCondition(user, "p", 2) : null;
  const reasons = reasonsSql(rules, year, regencyCode, 3);
  const [row] = await db.query<{ id: number; name: string; reasons: string[] }>(
    `SELECT p.id, p.name, ${reasons.sql} AS reasons FROM persons p
     WHERE p.id = $1 AND ${area?.sql ?? "$2::text IS NULL"}`,
    [personId, area?.param ?? null, ...reasons.params],
  );
  if (!row) throw new UserError("person_not_found", { id: personId });
  await recordAudit(db, audit, "read", [personId], { eligibility: year });
  return {
    person: row.id,
    name: row.name,
    year,
    rulesYear: rules.year,
    eligible: row.reasons.length === 0,
    reasons: row.reasons,
    rules,
  };
}

/** How many persons of the user's area are eligible in a year, and how many are not for each reason. */
export async function eligibilitySummary({
  db,
  year,
  regencyCode,
  user,
}: {
  db: Db;
  year: number;
  regencyCode: string;
  user: User | null;
}) {
  const rules = await rulesOf(db, year);
  const area = user ? areaCondition(user, "p", 1) : null;
  const reasons = reasonsSql(rules, year, regencyCode, 2);
  const rows = await db.query<{ reason: string | null; persons: number }>(
    `WITH verdicts AS (
       SELECT ${reasons.sql} AS reasons FROM persons p
       WHERE ${area ? area.sql : "$1::text IS NULL"})
     SELECT NULL AS reason, count(*)::int AS persons FROM verdicts WHERE cardinality(reasons) = 0
     UNION ALL
     SELECT reason, count(*)::int FROM verdicts, unnest(reasons) reason GROUP BY reason`,
    [area?.param ?? null, ...reasons.params],
  );
  const excluded = Object.fromEntries(
    reasonCodes.map((code) => [code, rows.find((r) => r.reason === code)?.persons ?? 0]),
  );
  return {
    year,
    rulesYear: rules.year,
    eligible: rows.find((r) => r.reason === null)?.persons ?? 0,
    excluded,
  };
}
