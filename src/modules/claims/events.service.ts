/**
 * A death or a work accident reported for a member (by the village, BPJS or the family), and the
 * family from the KK. Reporting opens the claim the event gives rise to at once, with what the
 * rules in force say it pays; a death also ends the membership that covered it, so billing stops.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { endMembership } from "../enrolment/memberships.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import { type BenefitVerdict, deathBenefit, jkkClaimOpen, stmbBenefit } from "./benefits.ts";
import type { ClaimType } from "./claim-settings.ts";
import * as repo from "./claims.repository.ts";
import { claimsScope } from "./claims-access.ts";
import type { Relation } from "./heirs.ts";
import { scopedEvent } from "./scoped.ts";

export interface EventInput {
  /** The member: by one of their memberships, or by NIK. */
  membershipId?: number | null;
  nik?: string | null;
  kind: "death" | "accident";
  /** yyyy-mm-dd */
  date: string;
  /** Caused by work: JKK's, else JKM's (deaths). */
  workRelated: boolean;
  cause?: string | null;
  place?: string | null;
  injury?: string | null;
  /** Days the accident kept the member from work. */
  daysUnable?: number | null;
  reportedBy: "village" | "bpjs" | "family";
  reporter?: string | null;
  note?: string | null;
}

export interface Reported {
  eventId: number;
  claimId: number;
  type: ClaimType;
  payable: boolean;
  refusal: string | null;
  expected: number;
  /** The membership a death ended (billing stops after its month), if it did. */
  membershipEnded: number | null;
}

export async function reportEvent({
  db,
  input,
  user,
  audit,
}: {
  db: Db;
  input: EventInput;
  user?: User;
  audit: AuditContext;
}): Promise<Reported> {
  const scope = claimsScope(user, "handle");
  checkDate(input.date);
  if (input.date > localToday()) throw new UserError("claim_event_in_future", { date: input.date });
  if (!input.membershipId && !input.nik) throw new UserError("claim_member_missing");
  if (input.kind === "accident" && !input.workRelated) throw new UserError("claim_accident_not_work");
  return db.transaction(async (tx) => {
    const personId = await repo.findPerson(tx, input, scope);
    if (!personId)
      throw new UserError("claim_member_not_found", { member: input.nik ?? input.membershipId ?? "" });
    const cover = await repo.coverOn(tx, personId, input.date);
    if (!cover) throw new UserError("claim_no_membership");
    if (input.kind === "death") {
      const [dead] = await tx.query("SELECT 1 FROM claim_events WHERE person_id = $1 AND kind = 'death'", [
        personId,
      ]);
      if (dead) throw new UserError("claim_death_reported");
    }
    const [event] = await tx.query<{ id: number }>(
      `INSERT INTO claim_events (person_id, membership_id, kind, event_date, work_related, cause, place, injury,
         days_unable, reported_by, reporter, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        personId,
        cover.membership_id,
        input.kind,
        input.date,
        input.workRelated,
        clean(input.cause),
        clean(input.place),
        clean(input.injury),
        input.daysUnable ?? null,
        input.reportedBy,
        clean(input.reporter),
        clean(input.note),
        audit.actor,
      ],
    );
    const type: ClaimType = input.kind === "accident" ? "jkk_stmb" : input.workRelated ? "jkk_death" : "jkm";
    const { verdict, source } = await eventVerdict(tx, type, cover, input);
    const claimId = await repo.insertClaim(tx, {
      eventId: event.id,
      type,
      ...verdictColumns(verdict),
      rulesSource: source,
      by: audit.actor,
    });
    let membershipEnded: number | null = null;
    if (
      input.kind === "death" &&
      cover.status === "active" &&
      verdict.reason !== "claims_membership_not_active"
    ) {
      await endMembership({ db: tx, id: cover.membership_id, reason: "death", on: input.date, audit });
      membershipEnded = cover.membership_id;
    }
    await recordAudit(tx, audit, "claim_event_report", [personId], {
      event: event.id,
      claim: claimId,
      kind: input.kind,
      date: input.date,
      reportedBy: input.reportedBy,
    });
    return {
      eventId: event.id,
      claimId,
      type,
      payable: verdict.payable,
      refusal: verdict.reason,
      expected: verdict.total,
      membershipEnded,
    };
  });
}

/** What the rules in force on the event's day say a death or accident claim pays. */
async function eventVerdict(
  db: Db,
  type: ClaimType,
  cover: repo.CoverRow,
  event: { date: string; daysUnable?: number | null },
): Promise<{ verdict: BenefitVerdict; source: string }> {
  const found = await repo.benefitRulesOn(db, event.date);
  if (!found) throw new UserError("claim_no_rules", { date: event.date });
  const { rules, source } = found;
  const dates = repo.coverDates(cover);
  if (type !== "jkm" && !jkkClaimOpen(rules, event.date, localToday())) {
    return {
      verdict: { payable: false, reason: "claims_jkk_claim_closed", lines: [], total: 0 },
      source,
    };
  }
  const verdict =
    type === "jkk_stmb"
      ? stmbBenefit(rules, {
          accident: event.date,
          cover: dates,
          income: cover.income,
          months: Math.ceil((event.daysUnable ?? 0) / 30),
        })
      : deathBenefit(rules, {
          cause: type === "jkk_death" ? "work" : "other",
          died: event.date,
          cover: dates,
          income: cover.income,
        });
  return { verdict, source };
}

/** A verdict as the claims table keeps it. */
export function verdictColumns(verdict: BenefitVerdict) {
  return { payable: verdict.payable, refusal: verdict.reason, lines: verdict.lines, expected: verdict.total };
}

export interface FamilyInput {
  name: string;
  nik?: string | null;
  relation: Relation;
  /** yyyy-mm-dd; needed for a child's education benefit. */
  birthDate?: string | null;
  deceased?: boolean;
  married?: boolean;
  working?: boolean;
  phone?: string | null;
}

/** Adds a member of the family (from the KK) to an event. */
export async function addFamilyMember({
  db,
  eventId,
  member,
  user,
  audit,
}: {
  db: Db;
  eventId: number;
  member: FamilyInput;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number }> {
  const event = await scopedEvent(db, eventId, claimsScope(user, "handle"));
  const name = member.name.trim().replace(/\s+/g, " ");
  if (!/\p{L}/u.test(name)) throw new UserError("family_name_invalid");
  const nik = member.nik?.replace(/\s/g, "") || null;
  if (nik && !/^\d{16}$/.test(nik)) throw new UserError("family_nik_invalid", { nik });
  if (member.birthDate) checkDate(member.birthDate);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO family_members (event_id, name, nik, relation, birth_date, deceased, married, working, phone,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        eventId,
        name,
        nik,
        member.relation,
        member.birthDate || null,
        member.deceased ?? false,
        member.married ?? false,
        member.working ?? false,
        clean(member.phone),
        audit.actor,
      ],
    );
    await recordAudit(tx, audit, "claim_family_add", [event.person_id], {
      event: eventId,
      member: row.id,
      relation: member.relation,
    });
    return row;
  });
}

/** Removes a family member entered by mistake; not one who is an heir of a claim or referred to training. */
export async function removeFamilyMember({
  db,
  eventId,
  memberId,
  user,
  audit,
}: {
  db: Db;
  eventId: number;
  memberId: number;
  user?: User;
  audit: AuditContext;
}): Promise<void> {
  const event = await scopedEvent(db, eventId, claimsScope(user, "handle"));
  await db.transaction(async (tx) => {
    const [used] = await tx.query(
      `SELECT 1 FROM claim_heirs WHERE family_member_id = $1
       UNION ALL SELECT 1 FROM training_referrals WHERE family_member_id = $1
       UNION ALL SELECT 1 FROM claims WHERE children @> jsonb_build_array(jsonb_build_object('familyMemberId', $1::bigint))`,
      [memberId],
    );
    if (used) throw new UserError("family_member_in_use");
    const removed = await tx.query(
      "DELETE FROM family_members WHERE id = $1 AND event_id = $2 RETURNING id",
      [memberId, eventId],
    );
    if (removed.length === 0) throw new UserError("family_member_not_found", { id: memberId });
    await recordAudit(tx, audit, "claim_family_remove", [event.person_id], {
      event: eventId,
      member: memberId,
    });
  });
}

function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
