/**
 * The education benefit after a death, one school year at a time: opened from the death claim for
 * at most two children, with the amounts the rules in force on the day of death give.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import type { User } from "../users/users.repository.ts";
import { type EducationLevel, educationBenefit } from "./benefits.ts";
import * as repo from "./claims.repository.ts";
import { deathTypes } from "./claims.service.ts";
import { claimsScope } from "./claims-access.ts";
import { verdictColumns } from "./events.service.ts";
import { scopedClaim, scopedEvent } from "./scoped.ts";

export async function openEducationClaim({
  db,
  claimId,
  schoolYear,
  children,
  user,
  audit,
}: {
  db: Db;
  claimId: number;
  schoolYear: number;
  children: { familyMemberId: number; level: EducationLevel }[];
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; expected: number }> {
  const scope = claimsScope(user, "handle");
  const death = await scopedClaim(db, claimId, scope);
  if (!deathTypes.includes(death.type)) throw new UserError("claim_education_needs_death");
  if (!Number.isInteger(schoolYear) || schoolYear < 2000 || schoolYear > 2100)
    throw new UserError("claim_school_year_invalid", { year: schoolYear });
  if (children.length === 0) throw new UserError("claim_education_children_missing");
  const event = await scopedEvent(db, death.event_id, scope);
  const found = await repo.benefitRulesOn(db, event.event_date);
  const cover = await repo.coverOn(db, event.person_id, event.event_date);
  if (!found || !cover) throw new UserError("claim_no_rules", { date: event.event_date });
  const family = await repo.familyOf(db, event.id);
  const prior = await db.query<{ children: { familyMemberId: number; level: string }[]; counted: number }>(
    `SELECT children, COALESCE(paid_amount, expected)::float8 AS counted FROM claims
     WHERE event_id = $1 AND type = 'education' AND status <> 'rejected'`,
    [event.id],
  );
  const earlier = prior.flatMap((p) => p.children);
  const named = new Set([...earlier.map((c) => c.familyMemberId), ...children.map((c) => c.familyMemberId)]);
  if (named.size > found.rules.education.maxChildren)
    throw new UserError("claim_education_children_limit", { max: found.rules.education.maxChildren });
  const birthday = `${schoolYear}-07-01`;
  const kids = children.map((asked) => {
    const child = family.find((m) => Number(m.id) === asked.familyMemberId);
    if (child?.relation !== "child" || child.deceased)
      throw new UserError("family_child_not_found", { id: asked.familyMemberId });
    if (child.married || child.working)
      throw new UserError("family_child_not_eligible", { name: child.name });
    if (!child.birth_date) throw new UserError("family_birth_date_missing", { name: child.name });
    return {
      name: child.name,
      age: yearsBetween(child.birth_date, birthday),
      level: asked.level,
      yearsClaimed: earlier.filter(
        (c) => c.familyMemberId === asked.familyMemberId && c.level === asked.level,
      ).length,
    };
  });
  const verdict = educationBenefit(found.rules, {
    cause: death.type === "jkk_death" ? "work" : "other",
    died: event.event_date,
    cover: repo.coverDates(cover),
    children: kids,
    paidSoFar: prior.reduce((sum, p) => sum + p.counted, 0),
  });
  if (!verdict.payable) throw new UserError(verdict.reason ?? "claims_education_nothing_due");
  return db.transaction(async (tx) => {
    const [taken] = await tx.query(
      "SELECT 1 FROM claims WHERE event_id = $1 AND type = 'education' AND school_year = $2 AND status <> 'rejected'",
      [event.id, schoolYear],
    );
    if (taken) throw new UserError("claim_education_year_exists", { year: schoolYear });
    const id = await repo.insertClaim(tx, {
      eventId: event.id,
      type: "education",
      ...verdictColumns(verdict),
      rulesSource: found.source,
      schoolYear,
      children,
      by: audit.actor,
    });
    await recordAudit(tx, audit, "claim_education_open", [event.person_id], {
      claim: id,
      from: claimId,
      schoolYear,
      children: children.map((c) => c.familyMemberId),
    });
    return { id, expected: verdict.total };
  });
}

/** Whole years from one day to another (an age). */
function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
