/**
 * The demo regency's years of cover, after matching: the history a regency has when it starts to
 * use Payung, so the dashboard, the map, the reports and the partner portal show a living system.
 * APBD 2022 covers about 25% of the eligible, APBD 2023 about 45% (renewing 2022's members), and
 * this year APBD + APBD-P about 60% with a CSR company's commitment beside them; targets and BPS
 * workforce figures per year; three deaths with their claims; the company's partner account.
 * Everything goes through the product's services (plans, registration files, BPJS's answers,
 * claims …), seeded, so the same seed on the same day gives the same data.
 */
import type { Db } from "../../core/db.ts";
import { rulesFor } from "../eligibility/eligibility.repository.ts";
import { eligibilitySummary } from "../eligibility/eligibility.service.ts";
import { addFunder } from "../funders/funders.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { planCost } from "../tariffs/tariffs.service.ts";
import { addOpenClaims, addPaidClaim, type DemoClaim } from "./demo-claims.ts";
import { addDemoPartner, type PartnerResult } from "./demo-partner.ts";
import { enrolYear, type RoundResult } from "./demo-rounds.ts";
import { addDemoTargets, type TargetsResult } from "./demo-targets.ts";
import type { DemoRegions } from "./population.ts";

/** The regency's earlier budget years with cover, and the share of the eligible each paid for. */
export const demoHistory = [
  { year: 2022, share: 0.25 },
  { year: 2023, share: 0.45 },
] as const;

/** This year: the APBD for the whole year, the APBD-P for the second half, a company's CSR. */
const apbdShare = 0.5;
const apbdPShare = 0.1;
const csrShare = 0.02;

export interface CoverageResult {
  today: string;
  rounds: RoundResult[];
  partner: PartnerResult;
  targets: TargetsResult;
  claims: DemoClaim[];
}

export async function loadDemoCoverage({
  db,
  regencyCode,
  regions,
  dir,
  seed,
  log,
}: {
  db: Db;
  regencyCode: string;
  regions: DemoRegions;
  /** Where the registration files, BPJS's answers and BPS's tables are written. */
  dir: string;
  seed: number;
  log?: (line: string) => void;
}): Promise<CoverageResult> {
  const audit = { actor: "demo", via: "payung demo" };
  const today = localToday();
  const year = Number(today.slice(0, 4));
  await rulesSince(db, demoHistory[0].year);
  const rounds: RoundResult[] = [];
  const claims: DemoClaim[] = [];
  const said = (r: RoundResult, funders: string) =>
    log?.(
      `  ${r.year}: ${funders}, plan ${r.plan}: ${r.planned} of ${r.eligible} eligible; ` +
        `${r.accepted + r.renewed} active (${r.renewed} renewed), ${r.rejected} rejected, ${r.replaced} places refilled`,
    );

  for (const { year: y, share } of demoHistory) {
    const eligible = await eligibleIn(db, y, regencyCode);
    const code = `apbd-${y}`;
    await addYearFunder(
      db,
      { code, name: `APBD ${y}`, type: "apbd", from: `${y}-01`, to: `${y}-12` },
      eligible * share,
    );
    const round = await enrolYear({
      db,
      year: y,
      from: `${y}-01`,
      to: `${y}-12`,
      funders: [code],
      regencyCode,
      dir,
      seed,
      audit,
    });
    rounds.push(round);
    said(round, `APBD ${y}`);
  }
  // The earlier years' memberships stay as BPJS left them: active until the last day of December.
  claims.push(...(await addPaidClaim({ db, year: demoHistory[1].year, seed, audit })));

  const eligible = await eligibleIn(db, year, regencyCode);
  const apbd = `apbd-${year}`;
  const apbdP = `apbd-p-${year}`;
  await addYearFunder(
    db,
    { code: apbd, name: `APBD ${year}`, type: "apbd", from: `${year}-01`, to: `${year}-12` },
    eligible * apbdShare,
  );
  await addYearFunder(
    db,
    { code: apbdP, name: `APBD-P ${year}`, type: "apbd_p", from: `${year}-07`, to: `${year}-12` },
    eligible * apbdPShare,
  );
  const operatorKecamatan = regions.kecamatan[0].code;
  const partner = await addDemoPartner({
    db,
    year,
    today,
    workers: Math.max(10, Math.round(eligible * csrShare)),
    kecamatanCodes: regions.kecamatan.slice(0, 2).map((k) => k.code),
    regencyCode,
    audit,
  });
  const round = await enrolYear({
    db,
    year,
    from: `${year}-01`,
    to: `${year}-12`,
    funders: [apbd, partner.funder, apbdP],
    regencyCode,
    dir,
    seed,
    audit,
  });
  rounds.push(round);
  said(round, `APBD ${year} + APBD-P ${year} + CSR ${partner.company}`);
  claims.push(...(await addOpenClaims({ db, year, today, operatorKecamatan, seed, audit })));
  log?.(`  claims: ${claims.map((c) => `${c.type} ${c.status}`).join(", ")}`);

  const targets = await addDemoTargets({
    db,
    years: [demoHistory[0].year, demoHistory[1].year, year],
    regions,
    regencyCode,
    dir,
    seed,
    audit,
  });
  log?.(
    `  targets: ${targets.targets.map((t) => `${t.year} ${t.target}`).join(", ")}; ` +
      `workforce: ${targets.workforce.map((w) => `${w.year} ${w.workers}`).join(", ")}`,
  );
  return { today, rounds, partner, targets, claims };
}

/** How many persons are eligible for cover in a year, as the plan will rank them. */
async function eligibleIn(db: Db, year: number, regencyCode: string): Promise<number> {
  return (await eligibilitySummary({ db, year, regencyCode, user: null })).eligible;
}

/** A funder whose budget pays for `people` for its months, rounded up to a million rupiah. */
async function addYearFunder(
  db: Db,
  f: { code: string; name: string; type: "apbd" | "apbd_p"; from: string; to: string },
  people: number,
) {
  const months = Number(f.to.slice(5)) - Number(f.from.slice(5)) + 1;
  const cost = await planCost({
    db,
    people: Math.round(people),
    months,
    from: f.from,
    query: { package: "jkk-jkm", funderType: f.type },
  });
  await addFunder({
    db,
    funder: { ...f, budget: Math.ceil(cost.total / 1e6) * 1e6, package: "jkk-jkm" },
    by: "demo",
  });
}

/**
 * Eligibility rules reach back to the history's first year: the migration's rules start in 2026
 * and no service sets rules, so the earliest rules are copied to that year, as the regency's
 * rules of the time would have read.
 */
async function rulesSince(db: Db, year: number): Promise<void> {
  if (await rulesFor(db, year)) return;
  await db.query(
    `INSERT INTO eligibility_rules (year, min_age, max_age, require_valid_nik, informal_occupations,
       civil_servant_occupations, desil_max_age_months, updated_by)
     SELECT $1, min_age, max_age, require_valid_nik, informal_occupations, civil_servant_occupations,
            desil_max_age_months, 'demo'
     FROM eligibility_rules ORDER BY year LIMIT 1`,
    [year],
  );
}
