import type { Db } from "../../core/db.ts";

export interface EligibilityRules {
  year: number;
  minAge: number;
  maxAge: number;
  requireValidNik: boolean;
  informalOccupations: string[];
  civilServantOccupations: string[];
  desilMaxAgeMonths: number;
}

/** The rules of a program year: its own, or the latest earlier year's. */
export async function rulesFor(db: Db, year: number): Promise<EligibilityRules | null> {
  const rows = await db.query<EligibilityRules>(
    `SELECT year, min_age AS "minAge", max_age AS "maxAge", require_valid_nik AS "requireValidNik",
            informal_occupations AS "informalOccupations", civil_servant_occupations AS "civilServantOccupations",
            desil_max_age_months AS "desilMaxAgeMonths"
     FROM eligibility_rules WHERE year <= $1 ORDER BY year DESC LIMIT 1`,
    [year],
  );
  return rows[0] ?? null;
}

/**
 * Every reason a person is not eligible in a program year, as an SQL expression over alias p giving
 * text[] (empty: eligible), with its parameters from $n on. One expression serves a single verdict
 * and counts over a million persons alike, so it is written for speed: ages as birth-date bounds
 * (age on 1 January of the program year), each word list turned into LIKE patterns once.
 */
export function reasonsSql(rules: EligibilityRules, year: number, regencyCode: string, n: number) {
  const p = (i: number) => `$${n + i}`;
  const startsWithAny = (i: number) =>
    `upper(p.occupation) LIKE ANY (ARRAY(SELECT w || '%' FROM unnest(${p(i)}::text[]) w))`;
  const sql = `array_remove(ARRAY[
      CASE WHEN ${p(0)} AND NOT p.nik_valid THEN 'nik_invalid' WHEN p.nik_unverified THEN 'nik_unverified' END,
      CASE WHEN p.birth_date IS NULL THEN 'birth_date_missing'
           WHEN p.birth_date > ${p(1)}::date THEN 'age_below'
           WHEN p.birth_date <= ${p(2)}::date THEN 'age_above' END,
      CASE WHEN p.regency_code <> ${p(3)} OR p.kecamatan_code IS NULL THEN 'domicile_outside' END,
      CASE WHEN p.occupation IS NULL OR trim(p.occupation) = '' THEN 'occupation_missing'
           WHEN ${startsWithAny(4)} THEN 'civil_servant'
           WHEN NOT ${startsWithAny(5)} THEN 'occupation_not_informal' END,
      CASE WHEN EXISTS (SELECT 1 FROM bpjs_coverage c WHERE c.person_id = p.id
             AND c.membership_status IS DISTINCT FROM 'inactive') THEN 'already_covered' END,
      CASE WHEN p.id IN (SELECT person_id FROM memberships WHERE end_reason = 'death') THEN 'deceased' END
    ], NULL)`;
  const params = [
    rules.requireValidNik,
    `${year - rules.minAge}-01-01`, // born after this: younger than the minimum on 1 January
    `${year - rules.maxAge - 1}-01-01`, // born on or before this: older than the maximum
    regencyCode,
    rules.civilServantOccupations,
    rules.informalOccupations,
  ];
  return { sql, params };
}
