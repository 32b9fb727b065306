import type { Db } from "../../core/db.ts";
import type { BenefitRules } from "./benefits.ts";

/** The benefit rules in force on a day (yyyy-mm-dd), or null before the first. */
export async function benefitRulesOn(
  db: Db,
  day: string,
): Promise<{ rules: BenefitRules; source: string } | null> {
  const [row] = await db.query<{ rules: BenefitRules; source: string }>(
    "SELECT rules, source FROM benefit_rules WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1",
    [day],
  );
  return row ?? null;
}
