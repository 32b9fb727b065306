/**
 * The registry of persons as users see it: always inside their area (core/scope.ts), NIKs masked
 * unless explicitly revealed, and every look recorded in the audit log.
 */
import { UserError } from "../../common/errors.ts";
import { cleanNik } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition, maskField, maskPersonal, mayRevealNik } from "../../core/scope.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { listProvenance } from "../matching/matching.repository.ts";
import type { User } from "../users/users.repository.ts";
import * as repo from "./registry.repository.ts";

export interface Caller {
  user: User;
  audit: AuditContext;
}

/** Search results are counted up to this many ("more than 1.000": narrow the search). */
export const countCap = 1_000;

export async function searchPersons({
  db,
  caller,
  filter: { nik, ...filter },
  sort = "id",
  afterId = 0,
  offset = 0,
  limit = 50,
}: {
  db: Db;
  caller: Caller;
  filter: repo.PersonFilter;
  sort?: repo.PersonSort;
  afterId?: number;
  offset?: number;
  limit?: number;
}): Promise<{ persons: repo.PersonRow[]; total: number; more: boolean }> {
  const area = areaCondition(caller.user, "p", 1);
  const { rows, counted } = await repo.searchPersons(db, area, {
    ...filter,
    nik: nik === undefined ? undefined : cleanNik(nik),
    sort,
    afterId,
    offset,
    limit,
    cap: countCap,
  });
  if (rows.length > 0) {
    // The log keeps what was searched for, except an NIK: only that one was given.
    await recordAudit(
      db,
      caller.audit,
      "read",
      rows.map((r) => r.id),
      { search: { ...filter, nik: nik === undefined ? undefined : "given" } },
    );
  }
  return {
    persons: rows.map((r) => maskPersonal(caller.user, r)),
    total: Math.min(counted, countCap),
    more: counted > countCap,
  };
}

export async function getPerson({ db, caller, id }: { db: Db; caller: Caller; id: number }) {
  const area = areaCondition(caller.user, "p", 1);
  // Outside the area a person "does not exist": the answer must not tell otherwise.
  const person = await repo.getPerson(db, area, id);
  if (!person) throw new UserError("person_not_found", { id });
  const sources = (await repo.sourcesOf(db, id)).map((s) => maskPersonal(caller.user, s));
  const provenance = (await listProvenance(db, id)).map((v) => ({
    ...v,
    value: maskField(caller.user, v.field, v.value),
  }));
  await recordAudit(db, caller.audit, "read", [id]);
  return { person: maskPersonal(caller.user, person), sources, provenance };
}

/** The full NIK, for roles that need it; the reveal is its own audited action. */
export async function revealNik({
  db,
  caller,
  id,
  reason,
}: {
  db: Db;
  caller: Caller;
  id: number;
  reason: string;
}) {
  if (!mayRevealNik(caller.user)) throw new UserError("forbidden_role", { role: caller.user.role });
  const person = await repo.getPerson(db, areaCondition(caller.user, "p", 1), id);
  if (!person) throw new UserError("person_not_found", { id });
  await recordAudit(db, caller.audit, "reveal_nik", [id], { reason });
  return { id, nik: person.nik };
}
