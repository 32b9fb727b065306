/**
 * What a claim pays, worked out from the benefit rules in force (benefit_rules, migration 0021) and
 * explained line by line: each line names the rule that produced it and the numbers it used, so the
 * claim screen and the handover letter can say why. Pure functions: the caller loads the rules and
 * the membership; amounts are integer rupiah.
 */

export interface BenefitRules {
  minMembershipMonths: number;
  jkmDeath: { lumpSum: number; periodicMonths: number; periodicAmount: number; funeral: number };
  jkkDeathIncomeMonths: number;
  stmb: { fullMonths: number; fullPercent: number; afterPercent: number };
  jkkClaimYears: number;
  education: {
    maxChildren: number;
    afterJkmMinMembershipYears: number;
    endAge: number;
    maxTotal: number;
    levels: { level: EducationLevel; perYear: number; years: number }[];
  };
}

export const educationLevels = ["tk", "sd", "smp", "sma", "pt"] as const;
export type EducationLevel = (typeof educationLevels)[number];

/** The membership as the claim needs it (dates yyyy-mm-dd). */
export interface CoverDates {
  /** The start BPJS agreed. */
  activeFrom: string;
  /** The last day of the last month paid for. */
  coverTo: string;
  /** The day it ended (death, unpaid, moved …), if it did. */
  endedOn: string | null;
}

export interface BenefitLine {
  /** A message code naming the rule (claims_rule_*). */
  rule: string;
  amount: number;
  params: Record<string, number | string>;
}

export interface BenefitVerdict {
  payable: boolean;
  /** Why not (a message code), when not payable. */
  reason: string | null;
  lines: BenefitLine[];
  total: number;
}

/** Whether the membership covered the day of the event: JKM and JKK pay only then. */
export function activeOn(cover: CoverDates, day: string): boolean {
  return cover.activeFrom <= day && day <= cover.coverTo && (cover.endedOn === null || day <= cover.endedOn);
}

/** Whole months of membership from the agreed start to a day. */
export function membershipMonths(cover: CoverDates, day: string): number {
  const [fy, fm, fd] = cover.activeFrom.split("-").map(Number);
  const [ty, tm, td] = day.split("-").map(Number);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/**
 * A death: JKM's Rp42,000,000 (lump sum, 24 periodic payments, funeral) for any death, or JKK's
 * 48 × declared income when work caused it. Nothing when the membership did not cover the day.
 */
export function deathBenefit(
  rules: BenefitRules,
  claim: { cause: "work" | "other"; died: string; cover: CoverDates; income: number },
): BenefitVerdict {
  const refused = checkCover(rules, claim.cover, claim.died);
  if (refused) return refused;
  if (claim.cause === "work") {
    const months = rules.jkkDeathIncomeMonths;
    return verdict([
      {
        rule: "claims_rule_jkk_death",
        amount: months * claim.income,
        params: { months, income: claim.income },
      },
    ]);
  }
  const j = rules.jkmDeath;
  return verdict([
    { rule: "claims_rule_jkm_lump_sum", amount: j.lumpSum, params: {} },
    {
      rule: "claims_rule_jkm_periodic",
      amount: j.periodicMonths * j.periodicAmount,
      params: { months: j.periodicMonths, amount: j.periodicAmount },
    },
    { rule: "claims_rule_jkm_funeral", amount: j.funeral, params: {} },
  ]);
}

/**
 * Temporary inability to work after a work accident (STMB): the declared income for each month of
 * the first twelve, half of it after, until fit.
 */
export function stmbBenefit(
  rules: BenefitRules,
  claim: { accident: string; cover: CoverDates; income: number; months: number },
): BenefitVerdict {
  const refused = checkCover(rules, claim.cover, claim.accident);
  if (refused) return refused;
  const { fullMonths, fullPercent, afterPercent } = rules.stmb;
  const full = Math.min(claim.months, fullMonths);
  const after = Math.max(0, claim.months - fullMonths);
  const lines: BenefitLine[] = [
    {
      rule: "claims_rule_stmb_full",
      amount: Math.round((full * claim.income * fullPercent) / 100),
      params: { months: full, percent: fullPercent, income: claim.income },
    },
  ];
  if (after > 0) {
    lines.push({
      rule: "claims_rule_stmb_after",
      amount: Math.round((after * claim.income * afterPercent) / 100),
      params: { months: after, percent: afterPercent, income: claim.income },
    });
  }
  return verdict(lines);
}

/** Whether a JKK claim may still be made: within `jkkClaimYears` of the accident. */
export function jkkClaimOpen(rules: BenefitRules, accident: string, today: string): boolean {
  const [y, m, d] = accident.split("-").map(Number);
  const last = `${y + rules.jkkClaimYears}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return today <= last;
}

/**
 * The education benefit for a year after a death: for at most two children, at the yearly amount
 * of each child's school level while the level's years last and the child is under 23. After a JKM
 * death only with three years of membership; after a JKK death always.
 */
export function educationBenefit(
  rules: BenefitRules,
  claim: {
    cause: "work" | "other";
    died: string;
    cover: CoverDates;
    children: { name: string; age: number; level: EducationLevel; yearsClaimed: number }[];
    /** Paid for education after this death so far, all children together. */
    paidSoFar: number;
  },
): BenefitVerdict {
  const e = rules.education;
  const years = membershipMonths(claim.cover, claim.died) / 12;
  if (claim.cause === "other" && years < e.afterJkmMinMembershipYears) {
    return refusal("claims_education_membership_short");
  }
  const lines: BenefitLine[] = [];
  let left = e.maxTotal - claim.paidSoFar;
  for (const child of claim.children.slice(0, e.maxChildren)) {
    const level = e.levels.find((l) => l.level === child.level)!;
    if (child.age >= e.endAge || child.yearsClaimed >= level.years || left <= 0) continue;
    const amount = Math.min(level.perYear, left);
    left -= amount;
    lines.push({
      rule: "claims_rule_education",
      amount,
      params: {
        child: child.name,
        level: child.level,
        perYear: level.perYear,
        year: child.yearsClaimed + 1,
        of: level.years,
      },
    });
  }
  return lines.length > 0 ? verdict(lines) : refusal("claims_education_nothing_due");
}

function checkCover(rules: BenefitRules, cover: CoverDates, day: string): BenefitVerdict | null {
  if (!activeOn(cover, day)) return refusal("claims_membership_not_active");
  if (membershipMonths(cover, day) < rules.minMembershipMonths) return refusal("claims_membership_too_short");
  return null;
}

function verdict(lines: BenefitLine[]): BenefitVerdict {
  return { payable: true, reason: null, lines, total: lines.reduce((sum, l) => sum + l.amount, 0) };
}

function refusal(reason: string): BenefitVerdict {
  return { payable: false, reason, lines: [], total: 0 };
}
