/**
 * Handover ceremonies (penyerahan santunan): the regency picks paid claims for an event, then
 * prints a letter per heir, a receipt per claim and the event's list (handover-letters.ts).
 * A claim is handed over once.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { isoDay } from "../../core/sql-time.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { checkDate } from "../tariffs/tariffs.service.ts";
import type { User } from "../users/users.repository.ts";
import { claimsScope, type Scope } from "./claims-access.ts";
import { scopedClaim } from "./scoped.ts";

export interface HandoverInput {
  title: string;
  /** yyyy-mm-dd */
  heldOn: string;
  place: string;
  claimIds: number[];
}

export async function createHandover({
  db,
  input,
  user,
  audit,
}: {
  db: Db;
  input: HandoverInput;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; claims: number }> {
  const scope = claimsScope(user, "handle");
  const title = input.title.trim();
  const place = input.place.trim();
  if (!title || !place) throw new UserError("handover_fields_missing");
  checkDate(input.heldOn);
  const ids = [...new Set(input.claimIds)];
  if (ids.length === 0) throw new UserError("handover_claims_missing");
  return db.transaction(async (tx) => {
    const persons: number[] = [];
    for (const id of ids) {
      const claim = await scopedClaim(tx, id, scope);
      if (claim.status !== "paid")
        throw new UserError("handover_claim_not_paid", { id, status: claim.status });
      persons.push(claim.person_id);
    }
    const [taken] = await tx.query<{ claim_id: number; handover_id: number }>(
      "SELECT claim_id, handover_id FROM handover_claims WHERE claim_id = ANY($1::bigint[]) LIMIT 1",
      [ids],
    );
    if (taken)
      throw new UserError("handover_claim_taken", { id: taken.claim_id, handover: taken.handover_id });
    const [row] = await tx.query<{ id: number }>(
      "INSERT INTO handovers (title, held_on, place, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
      [title, input.heldOn, place, audit.actor],
    );
    await tx.query("INSERT INTO handover_claims (handover_id, claim_id) SELECT $1, unnest($2::bigint[])", [
      row.id,
      ids,
    ]);
    await recordAudit(tx, audit, "handover_create", persons, { handover: row.id, claims: ids });
    return { id: Number(row.id), claims: ids.length };
  });
}

export interface HandoverRow {
  id: number;
  title: string;
  held_on: string;
  place: string;
  created_by: string;
  /** Claims of the caller's area in it, and what they paid. */
  claims: number;
  total: number;
}

/** Handovers holding claims of the caller's area, latest first. */
export async function listHandovers({ db, user }: { db: Db; user?: User }): Promise<HandoverRow[]> {
  const area = claimsScope(user, "read")(1);
  return db.query<HandoverRow>(
    `SELECT h.id, h.title, ${isoDay("h.held_on")} AS held_on, h.place, h.created_by,
            count(*)::int AS claims, sum(c.paid_amount)::float8 AS total
     FROM handovers h JOIN handover_claims hc ON hc.handover_id = h.id JOIN claims c ON c.id = hc.claim_id
     JOIN claim_events e ON e.id = c.event_id JOIN persons p ON p.id = e.person_id
     WHERE ${area.sql}
     GROUP BY h.id ORDER BY h.held_on DESC, h.id DESC`,
    [area.param],
  );
}

export interface HandoverClaim {
  claim_id: number;
  type: string;
  person_id: number;
  name: string;
  kpj: string | null;
  desa: string | null;
  kecamatan: string | null;
  regency: string | null;
  event_date: string;
  paid_amount: number;
  paid_on: string;
  lines: { rule: string; amount: number; params: Record<string, string | number> }[];
  /** Who receives it: the heirs, the children (education) or the member (temporary inability). */
  recipients: { name: string; relation: string; nik: string | null }[];
}

/** A handover and its claims of the caller's area, in the order they were picked. */
export async function handoverWithClaims(
  db: Db,
  id: number,
  scope: Scope,
): Promise<{ handover: Omit<HandoverRow, "claims" | "total">; claims: HandoverClaim[] }> {
  const [handover] = await db.query<Omit<HandoverRow, "claims" | "total">>(
    `SELECT id, title, ${isoDay("held_on")} AS held_on, place, created_by FROM handovers WHERE id = $1`,
    [id],
  );
  const area = scope(2);
  const claims = handover
    ? await db.query<HandoverClaim>(
        `SELECT c.id AS claim_id, c.type, p.id AS person_id, p.name, m.kpj, d.name AS desa, k.name AS kecamatan,
                r.name AS regency, ${isoDay("e.event_date")} AS event_date,
                c.paid_amount::float8 AS paid_amount, ${isoDay("c.paid_on")} AS paid_on, c.lines,
                CASE
                  WHEN c.type = 'jkk_stmb' THEN jsonb_build_array(jsonb_build_object('name', p.name, 'relation', 'member', 'nik', p.nik))
                  WHEN c.type = 'education' THEN (
                    SELECT COALESCE(jsonb_agg(jsonb_build_object('name', f.name, 'relation', f.relation, 'nik', f.nik) ORDER BY f.id), '[]')
                    FROM family_members f WHERE c.children @> jsonb_build_array(jsonb_build_object('familyMemberId', f.id)))
                  ELSE (
                    SELECT COALESCE(jsonb_agg(jsonb_build_object('name', f.name, 'relation', f.relation, 'nik', f.nik) ORDER BY f.id), '[]')
                    FROM claim_heirs h JOIN family_members f ON f.id = h.family_member_id WHERE h.claim_id = c.id)
                END AS recipients
         FROM handover_claims hc JOIN claims c ON c.id = hc.claim_id JOIN claim_events e ON e.id = c.event_id
         JOIN persons p ON p.id = e.person_id LEFT JOIN memberships m ON m.id = e.membership_id
         LEFT JOIN regions d ON d.code = p.desa_code LEFT JOIN regions k ON k.code = p.kecamatan_code
         LEFT JOIN regions r ON r.code = p.regency_code
         WHERE hc.handover_id = $1 AND ${area.sql}
         ORDER BY hc.claim_id`,
        [id, area.param],
      )
    : [];
  if (!handover || claims.length === 0) throw new UserError("handover_not_found", { id });
  return { handover, claims };
}

/** A handover with its claims of the caller's area, recorded in the audit log. */
export async function handoverDetail({
  db,
  id,
  user,
  audit,
}: {
  db: Db;
  id: number;
  user?: User;
  audit: AuditContext;
}) {
  const found = await handoverWithClaims(db, id, claimsScope(user, "read"));
  await recordAudit(
    db,
    audit,
    "read_handover",
    found.claims.map((c) => c.person_id),
    { handover: id },
  );
  return found;
}
