/** A claim or event inside the caller's area, or "not found" (as another area's is). */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import * as repo from "./claims.repository.ts";
import type { Scope } from "./claims-access.ts";

export async function scopedClaim(db: Db, id: number, scope: Scope): Promise<repo.ClaimRow> {
  const claim = await repo.claimRow(db, id, scope);
  if (!claim) throw new UserError("claim_not_found", { id });
  return claim;
}

export async function scopedEvent(db: Db, eventId: number, scope: Scope): Promise<repo.EventRow> {
  const event = await repo.eventRow(db, eventId, scope);
  if (!event) throw new UserError("claim_event_not_found", { id: eventId });
  return event;
}
