import type { Db } from "../../core/db.ts";
import type { Discount, Package, TariffRule, Tariffs } from "./premium.ts";

export async function loadTariffs(db: Db): Promise<Tariffs> {
  const [rules, discounts, packages] = await Promise.all([
    db.query<TariffRule>(
      `SELECT program, basis_points AS "basisPoints", flat, minimum, valid_from::text AS "validFrom", source
       FROM tariff_rules ORDER BY program, valid_from`,
    ),
    db.query<Discount>(
      `SELECT programs, percent, valid_from::text AS "validFrom", valid_to::text AS "validTo", sector,
              excluded_funder_types AS "excludedFunderTypes", source
       FROM tariff_discounts ORDER BY valid_from`,
    ),
    db.query<Package>(
      `SELECT code, name, programs, declared_income AS "declaredIncome" FROM packages ORDER BY code`,
    ),
  ]);
  return { rules, discounts, packages };
}

/** Adds a rule; false when the program already has one from that day. */
export async function insertRule(db: Db, rule: TariffRule & { createdBy: string }): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO tariff_rules (program, basis_points, flat, minimum, valid_from, source, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (program, valid_from) DO NOTHING RETURNING id`,
    [rule.program, rule.basisPoints, rule.flat, rule.minimum, rule.validFrom, rule.source, rule.createdBy],
  );
  return rows.length > 0;
}
