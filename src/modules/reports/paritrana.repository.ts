/** The dossier's money: funders' budgets and what was invoiced and paid, by year. */
import type { Db } from "../../core/db.ts";

export interface FunderYearRow {
  /** The budget's year: the year its period starts. */
  year: number;
  code: string;
  name: string;
  type: string;
  from: string;
  to: string;
  budget: number;
  invoiced: number;
  paid: number;
}

/** Funders whose period started by the day, with everything invoiced to them and paid up to it. */
export async function funderBudgets(db: Db, until: string): Promise<FunderYearRow[]> {
  return db.query<FunderYearRow>(
    `SELECT extract(year FROM f.period_from)::int AS year, f.code, f.name, f.type,
            to_char(f.period_from, 'YYYY-MM') AS "from", to_char(f.period_to, 'YYYY-MM') AS "to", f.budget,
            coalesce(sum(i.amount), 0)::bigint AS invoiced, coalesce(sum(i.paid), 0)::bigint AS paid
     FROM funders f LEFT JOIN invoices i ON i.funder_id = f.id AND i.month <= $1::date
     WHERE f.period_from <= $1::date
     GROUP BY f.id ORDER BY 1, f.code`,
    [until],
  );
}

export interface YearMoney {
  year: number;
  invoiced: number;
  paid: number;
}

/** Invoiced and paid per year of the invoices' months, up to the day. */
export async function invoicedByYear(db: Db, until: string): Promise<YearMoney[]> {
  return db.query<YearMoney>(
    `SELECT extract(year FROM i.month)::int AS year, sum(i.amount)::bigint AS invoiced, sum(i.paid)::bigint AS paid
     FROM invoices i WHERE i.month <= $1::date GROUP BY 1 ORDER BY 1`,
    [until],
  );
}
