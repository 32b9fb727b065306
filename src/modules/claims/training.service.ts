/**
 * Heirs referred to job training at the manpower office (Disnaker): referred → enrolled →
 * completed → employed, each step with its day, so the regency can show what became of the
 * families it helped.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import { claimsScope } from "./claims-access.ts";
import { scopedClaim } from "./scoped.ts";

export const trainingStatuses = ["referred", "enrolled", "completed", "employed"] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];

export async function referToTraining({
  db,
  claimId,
  familyMemberId,
  program,
  provider,
  on,
  user,
  audit,
}: {
  db: Db;
  claimId: number;
  familyMemberId: number;
  program: string;
  provider?: string | null;
  on?: string | null;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number }> {
  const claim = await scopedClaim(db, claimId, claimsScope(user, "handle"));
  const name = program.trim();
  if (name.length < 3) throw new UserError("training_program_missing");
  const day = pastDay(on);
  return db.transaction(async (tx) => {
    const [member] = await tx.query<{ name: string; deceased: boolean }>(
      "SELECT name, deceased FROM family_members WHERE id = $1 AND event_id = $2",
      [familyMemberId, claim.event_id],
    );
    if (!member) throw new UserError("family_member_not_found", { id: familyMemberId });
    if (member.deceased) throw new UserError("family_member_deceased", { name: member.name });
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO training_referrals (claim_id, family_member_id, program, provider, referred_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (family_member_id, program) DO NOTHING RETURNING id`,
      [claimId, familyMemberId, name, provider?.trim() || null, day, audit.actor],
    );
    if (!row) throw new UserError("training_referral_exists", { program: name });
    await recordAudit(tx, audit, "training_refer", [claim.person_id], {
      referral: row.id,
      claim: claimId,
      member: familyMemberId,
      program: name,
    });
    return { id: Number(row.id) };
  });
}

/** The next step of a referral (or a later one: someone may be employed straight after training). */
export async function updateTraining({
  db,
  id,
  status,
  on,
  note,
  user,
  audit,
}: {
  db: Db;
  id: number;
  status: TrainingStatus;
  on?: string | null;
  note?: string | null;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; status: TrainingStatus }> {
  const [found] = await db.query<{ claim_id: number; status: TrainingStatus; latest: string }>(
    `SELECT claim_id, status, ${isoDay("GREATEST(referred_on, enrolled_on, completed_on, employed_on)")} AS latest
     FROM training_referrals WHERE id = $1`,
    [id],
  );
  if (!found) throw new UserError("training_referral_not_found", { id });
  const claim = await scopedClaim(db, found.claim_id, claimsScope(user, "handle")).catch(() => {
    throw new UserError("training_referral_not_found", { id });
  });
  if (trainingStatuses.indexOf(status) <= trainingStatuses.indexOf(found.status))
    throw new UserError("training_step_not_allowed", { from: found.status, to: status });
  const day = pastDay(on);
  if (day < found.latest) throw new UserError("training_date_before", { date: day, previous: found.latest });
  return db.transaction(async (tx) => {
    await tx.query(
      `UPDATE training_referrals SET status = $2, note = COALESCE($4, note), updated_at = now(),
         enrolled_on = CASE WHEN $2 = 'enrolled' THEN $3::date ELSE enrolled_on END,
         completed_on = CASE WHEN $2 = 'completed' THEN $3::date ELSE completed_on END,
         employed_on = CASE WHEN $2 = 'employed' THEN $3::date ELSE employed_on END
       WHERE id = $1`,
      [id, status, day, note?.trim() || null],
    );
    await recordAudit(tx, audit, "training_update", [claim.person_id], { referral: id, status, on: day });
    return { id, status };
  });
}

export interface TrainingRow {
  id: number;
  claim_id: number;
  family_member_id: number;
  name: string;
  relation: string;
  member: string;
  program: string;
  provider: string | null;
  status: TrainingStatus;
  referred_on: string;
  enrolled_on: string | null;
  completed_on: string | null;
  employed_on: string | null;
  note: string | null;
}

/** Referrals of the caller's area, open ones first. */
export async function listTraining({
  db,
  status,
  user,
  audit,
}: {
  db: Db;
  status?: TrainingStatus;
  user?: User;
  audit: AuditContext;
}): Promise<TrainingRow[]> {
  const area = claimsScope(user, "read")(2);
  const day = (c: string) => `${isoDay(c)} AS ${c.split(".")[1]}`;
  const rows = await db.query<TrainingRow & { person_id: number }>(
    `SELECT t.id, t.claim_id, t.family_member_id, f.name, f.relation, p.name AS member, p.id AS person_id,
            t.program, t.provider, t.status, ${day("t.referred_on")}, ${day("t.enrolled_on")},
            ${day("t.completed_on")}, ${day("t.employed_on")}, t.note
     FROM training_referrals t JOIN family_members f ON f.id = t.family_member_id
     JOIN claims c ON c.id = t.claim_id JOIN claim_events e ON e.id = c.event_id JOIN persons p ON p.id = e.person_id
     WHERE ($1::text IS NULL OR t.status = $1) AND ${area.sql}
     ORDER BY t.status = 'employed', t.referred_on, t.id`,
    [status ?? null, area.param],
  );
  if (rows.length > 0) {
    await recordAudit(
      db,
      audit,
      "read_training",
      rows.map((r) => r.person_id),
      { referrals: rows.map((r) => r.id) },
    );
  }
  return rows.map(({ person_id: _, ...row }) => row);
}

/** The day a step happened: today unless given, never in the future. */
function pastDay(on: string | null | undefined): string {
  const day = on ?? localToday();
  checkDate(day);
  if (day > localToday()) throw new UserError("training_date_future", { date: day });
  return day;
}
