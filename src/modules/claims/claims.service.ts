/**
 * Claims after an event: listed with their days in the current step (overdue ones first), shown
 * with every number explained, their heirs chosen, moved through the workflow, and the yearly
 * education benefit opened from a death claim. Every look and every step is in the audit log.
 */
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import type { Db } from "../../core/db.ts";
import { maskPersonal } from "../../core/scope.ts";
import { isoDay } from "../../core/sql-time.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import type { BenefitLine } from "./benefits.ts";
import { type ClaimStatus, type ClaimType, nextStatuses, settingsOn } from "./claim-settings.ts";
import * as repo from "./claims.repository.ts";
import { claimsScope } from "./claims-access.ts";
import { checklistOf } from "./documents.service.ts";
import { type FamilyMember, overrideHeirs, proposeHeirs } from "./heirs.ts";
import { scopedClaim, scopedEvent } from "./scoped.ts";

export type ShownClaim = repo.ClaimRow & { overdue: boolean };

/** Claims that have heirs and may open the education benefit. */
export const deathTypes: ClaimType[] = ["jkm", "jkk_death"];

/** Claims of the caller's area, overdue first, then those waiting longest. */
export async function listClaimsFor({
  db,
  user,
  audit,
  status,
  type,
  overdue,
  handedOver,
  offset = 0,
  limit = 50,
}: {
  db: Db;
  user?: User;
  audit: AuditContext;
  status?: ClaimStatus;
  type?: ClaimType;
  overdue?: boolean;
  /** Only claims handed over at a ceremony (true) or not yet (false). */
  handedOver?: boolean;
  offset?: number;
  limit?: number;
}): Promise<{ claims: ShownClaim[]; total: number }> {
  const scope = claimsScope(user, "read");
  const settings = await settingsOn(db, localToday());
  const { rows, total } = await repo.listClaims(
    db,
    { status, type, overdue, handedOver, stepDays: settings.stepDays, offset, limit },
    scope,
  );
  if (rows.length > 0) {
    await recordAudit(
      db,
      audit,
      "read_claims",
      rows.map((r) => r.person_id),
      { claims: rows.map((r) => r.id) },
    );
  }
  return { claims: rows.map((row) => shown(user, row)), total };
}

/** Everything about one claim, each number with the rule that produced it, in the caller's language. */
export async function claimDetail({
  db,
  id,
  lang,
  user,
  audit,
}: {
  db: Db;
  id: number;
  lang: Lang;
  user?: User;
  audit: AuditContext;
}) {
  const scope = claimsScope(user, "read");
  const claim = await scopedClaim(db, id, scope);
  const event = await scopedEvent(db, claim.event_id, scope);
  const settings = await settingsOn(db, localToday());
  const family = await repo.familyOf(db, event.id);
  const [membership] = await db.query<Record<string, unknown>>(
    `SELECT m.id, m.kpj, m.status, ${isoDay("m.active_from")} AS active_from,
            to_char(m.end_month, 'YYYY-MM') AS end_month, ${isoDay("m.ended_on")} AS ended_on,
            m.end_reason, f.name AS funder, pk.name AS package, pk.declared_income::float8 AS income
     FROM memberships m JOIN funders f ON f.id = m.funder_id JOIN packages pk ON pk.code = m.package
     WHERE m.id = $1`,
    [event.membership_id],
  );
  const heirIds = await heirsOf(db, id);
  const proposal = proposeHeirs(family.map(asFamilyMember));
  const limit = settings.stepDays[claim.status];
  const [other] = await db.query<{ claims: number[] }>(
    "SELECT COALESCE(array_agg(id ORDER BY id), '{}') AS claims FROM claims WHERE event_id = $1 AND id <> $2",
    [event.id, id],
  );
  const [handover] = await db.query<{ id: number; title: string; held_on: string }>(
    `SELECT h.id, h.title, ${isoDay("h.held_on")} AS held_on
     FROM handover_claims hc JOIN handovers h ON h.id = hc.handover_id WHERE hc.claim_id = $1`,
    [id],
  );
  const training = await db.query<Record<string, unknown>>(
    `SELECT t.id, t.family_member_id, f.name, t.program, t.provider, t.status,
            ${isoDay("t.referred_on")} AS referred_on, ${isoDay("t.enrolled_on")} AS enrolled_on,
            ${isoDay("t.completed_on")} AS completed_on, ${isoDay("t.employed_on")} AS employed_on
     FROM training_referrals t JOIN family_members f ON f.id = t.family_member_id
     WHERE t.claim_id = $1 ORDER BY t.id`,
    [id],
  );
  await recordAudit(db, audit, "read_claim", [claim.person_id], { claim: id });
  return {
    claim: {
      ...shown(user, { ...claim, overdue: limit !== undefined && claim.days_in_step > limit }),
      lines: explainLines(claim.lines, lang),
      refusal_text: claim.refusal ? message(claim.refusal, {}, lang) : null,
      step_limit_days: limit ?? null,
      heir_ids: heirIds,
      other_claims: other.claims,
    },
    event,
    membership: membership ?? null,
    family: family.map((member) => ({
      ...member,
      nik: member.nik && user ? maskPersonal(user, { nik: member.nik, birth_date: null }).nik : member.nik,
    })),
    heir_proposal: {
      group: proposal.group,
      heir_ids: proposal.heirs.map((h) => Number(h.id)),
      reason: message(proposal.reason, {}, lang),
    },
    checklist: await checklistOf(db, claim, settings, family, heirIds, lang),
    steps: await repo.stepsOf(db, id),
    training,
    handover: handover ?? null,
  };
}

/** Benefit lines with their explanation: the rule and its numbers, written out. */
export function explainLines(lines: BenefitLine[], lang: Lang) {
  return lines.map((line) => ({
    ...line,
    text: message(line.rule, readableParams(line.params, lang), lang),
  }));
}

/** A rule's numbers as a reader wants them: amounts the Indonesian way (500.000), levels in words. */
function readableParams(params: BenefitLine["params"], lang: Lang): Record<string, string | number> {
  const money = new Set(["amount", "income", "perYear"]);
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      money.has(key) && typeof value === "number"
        ? value.toLocaleString("id-ID")
        : key === "level"
          ? message(`education_level_${value}`, {}, lang)
          : value,
    ]),
  );
}

async function heirsOf(db: Db, claimId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    "SELECT family_member_id AS id FROM claim_heirs WHERE claim_id = $1 ORDER BY family_member_id",
    [claimId],
  );
  return rows.map((r) => Number(r.id));
}

function asFamilyMember(row: repo.FamilyRow): FamilyMember {
  return {
    id: Number(row.id),
    name: row.name,
    relation: row.relation as FamilyMember["relation"],
    deceased: row.deceased,
  };
}

/**
 * Who receives a death benefit: the legal order's proposal (no ids), or the officer's own choice of
 * family members with a written reason.
 */
export async function chooseHeirs({
  db,
  id,
  familyMemberIds,
  reason,
  user,
  audit,
}: {
  db: Db;
  id: number;
  familyMemberIds?: number[] | null;
  reason?: string | null;
  user?: User;
  audit: AuditContext;
}): Promise<{ group: string; heirIds: number[] }> {
  const scope = claimsScope(user, "handle");
  const claim = await scopedClaim(db, id, scope);
  if (!deathTypes.includes(claim.type)) throw new UserError("claim_heirs_not_needed");
  openForChanges(claim);
  const family = (await repo.familyOf(db, claim.event_id)).map(asFamilyMember);
  // With no family recorded the rule would give the benefit to the estate office: record the KK first.
  if (family.length === 0) throw new UserError("claim_heirs_none");
  const proposal = proposeHeirs(family);
  let chosen = { group: proposal.group as string, heirs: proposal.heirs, reason: null as string | null };
  if (familyMemberIds && familyMemberIds.length > 0) {
    const heirs = familyMemberIds.map((memberId) => {
      const found = family.find((m) => m.id === memberId);
      if (!found) throw new UserError("family_member_not_found", { id: memberId });
      if (found.deceased) throw new UserError("family_member_deceased", { name: found.name });
      return found;
    });
    const same =
      heirs.length === proposal.heirs.length && heirs.every((h) => proposal.heirs.some((p) => p.id === h.id));
    if (!same) {
      const override = overrideHeirs(proposal, heirs, reason ?? "");
      chosen = { group: "override", heirs, reason: override.reason };
    }
  }
  if (chosen.heirs.length === 0 && chosen.group !== "bhp") throw new UserError("claim_heirs_none");
  await db.transaction(async (tx) => {
    await tx.query("DELETE FROM claim_heirs WHERE claim_id = $1", [id]);
    for (const heir of chosen.heirs) {
      await tx.query("INSERT INTO claim_heirs (claim_id, family_member_id) VALUES ($1, $2)", [id, heir.id]);
    }
    await tx.query("UPDATE claims SET heir_group = $2, heir_reason = $3 WHERE id = $1", [
      id,
      chosen.group,
      chosen.reason,
    ]);
    await recordAudit(tx, audit, "claim_heirs", [claim.person_id], {
      claim: id,
      group: chosen.group,
      proposed: proposal.group,
      heirs: chosen.heirs.map((h) => h.id),
      reason: chosen.reason,
    });
  });
  return { group: chosen.group, heirIds: chosen.heirs.map((h) => Number(h.id)) };
}

function openForChanges(claim: repo.ClaimRow): void {
  if (claim.status !== "draft" && claim.status !== "documents_complete")
    throw new UserError("claim_decided", { id: claim.id, status: claim.status });
}

export interface Move {
  to: ClaimStatus;
  /** submitted: the day it went to BPJS; paid: the day BPJS paid (yyyy-mm-dd, default today) */
  on?: string | null;
  /** paid: the amount BPJS paid, in rupiah */
  amount?: number | null;
  /** submitted: BPJS's claim number */
  reference?: string | null;
  /** rejected: why */
  reason?: string | null;
}

/**
 * One step of the workflow: draft → documents complete (every required document accepted) →
 * submitted to BPJS → paid or rejected. Back to draft from documents complete (a document turned
 * out wrong). A claim may be closed as rejected from any open step.
 */
export async function moveClaim({
  db,
  id,
  move,
  lang = "id",
  user,
  audit,
}: {
  db: Db;
  id: number;
  move: Move;
  lang?: Lang;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; status: ClaimStatus }> {
  const decides = move.to === "paid" || move.to === "rejected";
  const scope = claimsScope(user, decides ? "decide" : "handle");
  const claim = await scopedClaim(db, id, scope);
  const allowed = [...nextStatuses[claim.status]];
  if (claim.status !== "paid" && claim.status !== "rejected" && !allowed.includes("rejected"))
    allowed.push("rejected");
  if (!allowed.includes(move.to))
    throw new UserError("claim_step_not_allowed", { from: claim.status, to: move.to });
  const on = move.on ?? localToday();
  checkDate(on);
  const settings = await settingsOn(db, localToday());
  if (move.to === "documents_complete") {
    if (!claim.payable)
      throw new UserError("claim_not_payable", { reason: message(claim.refusal ?? "", {}, lang) });
    const heirIds = await heirsOf(db, id);
    if (deathTypes.includes(claim.type) && claim.heir_group === null)
      throw new UserError("claim_heirs_missing");
    const family = await repo.familyOf(db, claim.event_id);
    const missing = (await checklistOf(db, claim, settings, family, heirIds, lang)).filter(
      (item) => item.document?.status !== "accepted",
    );
    if (missing.length > 0)
      throw new UserError("claim_documents_missing", { missing: missing.map((m) => m.label).join(", ") });
  }
  if (move.to === "paid" && !(Number.isSafeInteger(move.amount) && (move.amount ?? -1) >= 0))
    throw new UserError("claim_paid_amount_missing");
  const reason = move.reason?.trim();
  if (move.to === "rejected" && !reason) throw new UserError("claim_rejection_reason_missing");
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE claims SET status = $2, status_since = now(),
         submitted_on = CASE WHEN $2 = 'submitted' THEN $3::date ELSE submitted_on END,
         bpjs_reference = CASE WHEN $2 = 'submitted' THEN COALESCE($4, bpjs_reference) ELSE bpjs_reference END,
         paid_amount = CASE WHEN $2 = 'paid' THEN $5::bigint ELSE paid_amount END,
         paid_on = CASE WHEN $2 = 'paid' THEN $3::date ELSE paid_on END,
         rejection_reason = CASE WHEN $2 = 'rejected' THEN $6 ELSE rejection_reason END
       WHERE id = $1`,
      [id, move.to, on, move.reference?.trim() || null, move.amount ?? null, reason ?? null],
    );
    await repo.addStep(tx, id, move.to, audit.actor, reason ?? move.reference?.trim() ?? null);
    await recordAudit(tx, audit, "claim_step", [claim.person_id], {
      claim: id,
      from: claim.status,
      to: move.to,
      on,
      amount: move.amount ?? undefined,
    });
  });
  return { id, status: move.to };
}

/** A claim row as the caller may see it: NIK masked, auditors see the birth year only. */
function shown<T extends repo.ClaimRow>(user: User | undefined, row: T): T {
  return user ? maskPersonal(user, row) : row;
}
