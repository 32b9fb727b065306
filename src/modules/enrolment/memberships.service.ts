/**
 * The end of a membership: death, moving away, a wage job, the age limit, the funder stopping, or
 * the member withdrawing. Billing stops after the month it ended: unpaid invoices of later months
 * lose the member, paid ones list the premium for refund. The history keeps who ended it.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { dropLinesAfterEnd } from "../invoices/invoices.repository.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import { addEvents } from "./enrolment.repository.ts";

export const endReasons = ["death", "moved", "wage_job", "age_limit", "funder_ended", "withdrew"] as const;

export async function endMembership({
  db,
  id,
  reason,
  on,
  audit,
}: {
  db: Db;
  id: number;
  reason: string;
  /** yyyy-mm-dd */
  on: string;
  audit: AuditContext;
}): Promise<{ id: number; status: string; endedOn: string; endReason: string }> {
  if (!(endReasons as readonly string[]).includes(reason)) {
    throw new UserError("membership_end_reason_unknown", { reason, reasons: endReasons.join(", ") });
  }
  checkDate(on);
  return db.transaction(async (tx) => {
    const [found] = await tx.query<{ person_id: number; status: string }>(
      "SELECT person_id, status FROM memberships WHERE id = $1 FOR UPDATE",
      [id],
    );
    if (!found) throw new UserError("membership_not_found", { id });
    if (found.status !== "active") throw new UserError("membership_not_active", { id, status: found.status });
    await tx.query(
      "UPDATE memberships SET status = 'ended', ended_on = $2, end_reason = $3, updated_at = now() WHERE id = $1",
      [id, on, reason],
    );
    await addEvents(tx, [id], "ended", { reason, on }, audit.actor);
    await dropLinesAfterEnd(tx, [id]);
    await recordAudit(tx, audit, "membership_end", [found.person_id], { membership: id, reason, on });
    return { id, status: "ended", endedOn: on, endReason: reason };
  });
}
