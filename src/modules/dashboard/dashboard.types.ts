/** What the dashboard answers for one area on one day (docs/dashboard.md). Counts only. */

export interface AreaRef {
  code: string;
  name: string;
  /** 2 regency, 3 kecamatan, 4 desa */
  level: number;
}

/** Covered persons in an area beside its target and workforce (rates are fractions, 4 places). */
export interface AreaCoverage extends AreaRef {
  covered: number;
  target: number | null;
  workforce: number | null;
  coverageRate: number | null;
  targetProgress: number | null;
}

/** Covered persons sharing one value of a breakdown (null: the value is unknown). */
export interface Breakdown<V> {
  value: V;
  covered: number;
}

export interface FunderBudget {
  funder: { id: number; code: string; name: string; type: string };
  /** The funder's budget for its period. */
  planned: number;
  /** Invoiced to the funder so far (all months). */
  invoiced: number;
  /** Paid by the funder so far. */
  paid: number;
}

export interface ClaimsByType {
  type: string;
  claims: number;
  paid: number;
  /** Rupiah paid to heirs and members. */
  paidAmount: number;
}

export interface Dashboard {
  /** The day the numbers are for: the data's date. */
  on: string;
  area: AreaCoverage;
  /** The area's children: the kecamatan of the regency, the desa of a kecamatan; none for a desa. */
  areas: AreaCoverage[];
  /** Covered persons in the area whose address names no child area. */
  unplaced: number;
  byOccupation: Breakdown<string | null>[];
  byDesil: Breakdown<number | null>[];
  bySex: Breakdown<"L" | "P" | null>[];
  /** Age in the year of `on` (year minus birth year), in bands "<25", "25-34", … "65+". */
  byAgeBand: Breakdown<string | null>[];
  /** Covered on the last day of each month since the first cover; this month: on `on`. */
  trend: { month: string; covered: number }[];
  /** Covered on 31 December of each year (this year: on `on`), with the year's target. */
  years: { year: number; covered: number; target: number | null }[];
  budget: FunderBudget[];
  claims: { byType: ClaimsByType[]; open: number; overdue: number };
  /** Persons the latest approved plan could not cover, and what covering them would cost. */
  waitlist: { persons: number; cost: number; planId: number | null };
}
