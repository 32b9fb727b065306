/**
 * Allocation plans: for a period, each ranked eligible person gets at most one funder a month,
 * within every budget, in priority order (windows.ts, allocate.ts). A plan is saved as a draft with
 * every figure it was made from; an admin approves it, after which it is frozen: later changes to
 * the registry show up only in a revision (compared with `comparePlans`).
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { rulesFor } from "../eligibility/eligibility.repository.ts";
import { type FunderWithCapacity, listFunders } from "../funders/funders.service.ts";
import { monthCount } from "../tariffs/premium.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";
import * as repo from "./plans.repository.ts";
import { assignWindows, maxPlanMonths, type Spell, spellOf } from "./windows.ts";

/** BPJS counts a government-paid member fully only after six months of contributions. */
const shortSpellMonths = 6;

export interface PlanFunderFigures {
  id: string;
  name: string;
  type: string;
  bpjsCode: string;
  from: string;
  to: string;
  months: number;
  perPerson: number;
  capacity: number;
  allocated: number;
  cost: number;
  left: number;
}

/** The figures a plan was made with, stored with it. */
export interface PlanFigures {
  from: string;
  to: string;
  funders: PlanFunderFigures[];
  eligible: number;
  covered: number;
  waitlist: number;
  cost: number;
  excluded: Record<string, number>;
  /** Per tier (0 renewal, 1 desil 1, 2 desil 2, 3 desil 3–4, 4 the rest): eligible and covered. */
  byTier: { tier: number; eligible: number; covered: number }[];
  /** Covered for fewer than six months in the plan. */
  shortSpells: number;
  /** Covered months with a gap between them. */
  gaps: number;
  /** Funders whose months run past the plan's: they take part in a plan that holds all their months. */
  skipped: { id: string; from: string; to: string }[];
}

export interface PlanSummary extends PlanFigures {
  plan: number;
  status: repo.PlanRow["status"];
  revises: number | null;
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

function summaryOf(row: repo.PlanRow): PlanSummary {
  return {
    plan: row.id,
    status: row.status,
    revises: row.revises,
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt ? new Date(row.approvedAt).toISOString() : null,
    ...(row.summary as unknown as PlanFigures),
  };
}

/** A plan's months: readable, in order, at most two years. */
export function checkPlanPeriod(from: string, to: string): void {
  checkMonth(from);
  checkMonth(to);
  if (to < from) throw new UserError("plan_period_invalid", { from, to });
  const span = monthCount(from, to);
  if (span > maxPlanMonths) throw new UserError("plan_period_too_long", { months: span, max: maxPlanMonths });
}

export async function createPlan({
  db,
  from,
  to,
  regencyCode,
  revises = null,
  audit,
  log,
}: {
  db: Db;
  from: string;
  to: string;
  regencyCode: string;
  revises?: number | null;
  audit: AuditContext;
  /** Told each step as it starts: a million persons take a few seconds. */
  log?: (step: string) => void;
}): Promise<PlanSummary> {
  checkPlanPeriod(from, to);
  if (revises !== null) {
    const prior = await planRow(db, revises);
    if (prior.status !== "approved") throw new UserError("plan_not_approved", { id: revises });
    if (prior.from !== from || prior.to !== to) {
      throw new UserError("plan_revision_period", { id: revises, from: prior.from, to: prior.to });
    }
  }
  const year = Number(from.slice(0, 4));
  const rules = await rulesFor(db, year);
  if (!rules) throw new UserError("eligibility_rules_missing", { year });
  const funders = await listFunders({ db });
  const taking = funders.filter((f) => f.from >= from && f.to <= to);
  const skipped = funders
    .filter((f) => f.from <= to && f.to >= from && !taking.includes(f))
    .map((f) => ({ id: f.code, from: f.from, to: f.to }));

  return db.transaction(async (tx) => {
    // The planner guesses few eligible rows and would compile the one big query each time; a
    // million persons sort in memory rather than on disk.
    await tx.exec("SET LOCAL jit = off; SET LOCAL work_mem = '256MB'");
    log?.("ranking the eligible");
    const candidates = await repo.rankCandidates(tx, rules, regencyCode, from);
    log?.(`matching ${candidates.ids.length} persons to ${taking.length} funders`);
    const { spells, months } = assignWindows(
      candidates.profileOf,
      candidates.profiles,
      taking.map((f) => ({
        ...f,
        first: monthCount(from, f.from) - 1,
        last: monthCount(from, f.to) - 1,
      })),
    );
    const planFunders = fundersOf(taking, spells);
    const cover = coverOf(months, spells, planFunders);
    const figures: PlanFigures = {
      from,
      to,
      funders: planFunders,
      eligible: candidates.ids.length,
      covered: cover.covered,
      waitlist: candidates.ids.length - cover.covered,
      cost: planFunders.reduce((sum, f) => sum + f.cost, 0),
      excluded: candidates.excluded,
      byTier: tiersOf(candidates.tiers, cover.months),
      shortSpells: cover.shortSpells,
      gaps: cover.gaps,
      skipped,
    };
    const plan = await repo.insertPlan(tx, { from, to, revises, summary: figures, by: audit.actor });
    log?.(`saving plan ${plan.id}`);
    await repo.savePersons(tx, plan.id, regencyCode, candidates, cover);
    // In person order, so the spells' indexes are written in order rather than at random.
    const ids = candidates.ids;
    const order = Int32Array.from(spells.keys()).sort(
      (a, b) =>
        ids[spells[a].person] - ids[spells[b].person] ||
        (taking[spells[a].funder].from < taking[spells[b].funder].from ? -1 : 1),
    );
    await repo.saveSpells(tx, plan.id, order.length, (i) => {
      const s = spells[order[i]];
      const f = taking[s.funder];
      return { personId: ids[s.person], funderId: f.id, from: f.from, to: f.to };
    });
    await repo.saveFunders(
      tx,
      plan.id,
      taking.map((f, i) => ({ funderId: f.id, ...figures.funders[i] })),
    );
    await recordAudit(tx, audit, "plan_create", null, { plan: plan.id, from, to, covered: figures.covered });
    return summaryOf(plan);
  });
}

/** Each funder's figures: capacity from its budget, what the plan gives it, what is left. */
function fundersOf(taking: FunderWithCapacity[], spells: Spell[]): PlanFunderFigures[] {
  const allocated = taking.map(() => 0);
  for (const s of spells) allocated[s.funder]++;
  return taking.map((f, i) => {
    const cost = allocated[i] * f.perPerson;
    if (!Number.isSafeInteger(cost)) throw new Error(`cost of ${f.code} beyond safe integers`);
    return {
      id: f.code,
      name: f.name,
      type: f.type,
      bpjsCode: f.bpjsCode,
      from: f.from,
      to: f.to,
      months: f.months,
      perPerson: f.perPerson,
      capacity: f.capacity,
      allocated: allocated[i],
      cost,
      left: f.budget - cost,
    };
  });
}

/** Each person's months, cost and flags, from their month masks and spells. */
function coverOf(masks: Uint32Array, spells: Spell[], funders: PlanFunderFigures[]) {
  const months = new Uint8Array(masks.length);
  const cost = new Float64Array(masks.length);
  const shortSpell = new Uint8Array(masks.length);
  const gap = new Uint8Array(masks.length);
  for (const s of spells) cost[s.person] += funders[s.funder].perPerson;
  let covered = 0;
  let shortSpells = 0;
  let gaps = 0;
  masks.forEach((mask, i) => {
    if (mask === 0) return;
    const spell = spellOf(mask);
    months[i] = spell.months;
    covered++;
    if (spell.months < shortSpellMonths) shortSpell[i] = 1;
    if (!spell.continuous) gap[i] = 1;
    shortSpells += shortSpell[i];
    gaps += gap[i];
  });
  return { months, cost, shortSpell, gap, covered, shortSpells, gaps };
}

function tiersOf(tiers: Int8Array, months: Uint8Array) {
  const byTier = [0, 1, 2, 3, 4].map((tier) => ({ tier, eligible: 0, covered: 0 }));
  tiers.forEach((tier, i) => {
    byTier[tier].eligible++;
    if (months[i] > 0) byTier[tier].covered++;
  });
  return byTier;
}

async function planRow(db: Db, id: number): Promise<repo.PlanRow> {
  const row = await repo.findPlan(db, id);
  if (!row) throw new UserError("plan_not_found", { id });
  return row;
}

export async function showPlan({ db, id }: { db: Db; id: number }): Promise<PlanSummary> {
  return summaryOf(await planRow(db, id));
}

export async function listPlans({ db }: { db: Db }): Promise<PlanSummary[]> {
  return (await repo.listPlans(db)).map(summaryOf);
}

/**
 * Approves a draft: it becomes the frozen input of enrolment; the plan it revises is superseded.
 * Refused while another approved plan covers any of its months (a person would be planned twice).
 */
export async function approvePlan({
  db,
  id,
  audit,
}: {
  db: Db;
  id: number;
  audit: AuditContext;
}): Promise<PlanSummary> {
  return db.transaction(async (tx) => {
    const plan = await planRow(tx, id);
    if (plan.status !== "draft") throw new UserError("plan_decided", { id, status: plan.status });
    const others = await repo.overlappingApproved(tx, plan, plan.revises);
    if (others.length > 0) throw new UserError("plan_overlaps", { id, others: others.join(", ") });
    if (plan.revises !== null) await repo.setStatus(tx, plan.revises, "superseded", null);
    const approved = await repo.setStatus(tx, id, "approved", audit.actor);
    await recordAudit(tx, audit, "plan_approve", null, { plan: id, revises: plan.revises });
    return summaryOf(approved);
  });
}

/** Drops a draft (a what-if that is not wanted); approved plans stay for good. */
export async function deletePlan({ db, id, audit }: { db: Db; id: number; audit: AuditContext }) {
  await db.transaction(async (tx) => {
    const plan = await planRow(tx, id);
    if (plan.status !== "draft") throw new UserError("plan_decided", { id, status: plan.status });
    await repo.deleteDraft(tx, id);
    await recordAudit(tx, audit, "plan_delete", null, { plan: id });
  });
}
