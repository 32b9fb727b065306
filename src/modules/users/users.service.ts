/** Accounts: who may use Payung, in which role, for which area. Passwords are argon2id hashes. */
import { hash, verify } from "@node-rs/argon2";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findRegion } from "../regions/regions.repository.ts";
import { isRole, roles } from "./roles.ts";
import * as repo from "./users.repository.ts";

export type { Account, User } from "./users.repository.ts";

/** Long enough to resist guessing offline should the hashes ever leak. */
export const minPasswordLength = 10;

export async function addUser({
  db,
  username,
  fullName,
  role,
  areaCode,
  password,
  by,
  companyCode,
}: {
  db: Db;
  username: string;
  fullName: string;
  role: string;
  areaCode: string;
  password: string;
  by: string;
  /** The company a CSR partner belongs to: required for that role, refused for every other. */
  companyCode?: string | null;
}): Promise<repo.Account> {
  if (!/^[a-z0-9._-]{3,40}$/.test(username)) throw new UserError("username_invalid", { username });
  if (!isRole(role)) throw new UserError("role_unknown", { role, roles: Object.keys(roles).join(", ") });
  const area = await findRegion(db, areaCode);
  if (!area) throw new UserError("region_not_found", { code: areaCode });
  const level = roles[role].areaLevel;
  if (area.level !== level) throw new UserError("role_area_level", { role, code: areaCode, level });
  if (password.length < minPasswordLength)
    throw new UserError("password_too_short", { min: minPasswordLength });
  const companyId = await companyOf(db, role, companyCode || null);
  if (await repo.findUser(db, username)) throw new UserError("username_taken", { username });
  return db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      username,
      fullName,
      role,
      areaCode,
      passwordHash: await hash(password),
      createdBy: by,
      companyId,
    });
    await recordAudit(tx, { actor: by, via: "payung users add" }, "user_add", null, {
      username,
      role,
      areaCode,
      ...(companyId === null ? {} : { company: companyCode }),
    });
    return user;
  });
}

/**
 * A CSR partner sees its own company's aggregates in the partner portal, so its account names the
 * company; no other role has one (it would mean nothing, and must not widen what they see).
 */
async function companyOf(db: Db, role: string, code: string | null): Promise<number | null> {
  if (role !== "csr_partner") {
    if (code !== null) throw new UserError("user_company_not_allowed", { role, company: code });
    return null;
  }
  if (code === null) throw new UserError("user_company_required", { role });
  const id = await repo.findCompanyId(db, code);
  if (id === null) throw new UserError("user_company_unknown", { company: code });
  return id;
}

/** The user when the password is right and the account active; null otherwise (no hint which). */
export async function checkPassword({
  db,
  username,
  password,
}: {
  db: Db;
  username: string;
  password: string;
}): Promise<repo.User | null> {
  const found = await repo.findUser(db, username);
  if (!found?.active) return null;
  if (!(await verify(found.passwordHash, password))) return null;
  const { passwordHash: _, ...user } = found;
  return user;
}

export async function listUsers({ db }: { db: Db }): Promise<repo.Account[]> {
  return repo.listUsers(db);
}

/** Turns an account off (its sessions end) or on again; audited. */
export async function setUserActive({
  db,
  username,
  active,
  by,
  via,
}: {
  db: Db;
  username: string;
  active: boolean;
  by: string;
  via: string;
}): Promise<repo.Account> {
  return db.transaction(async (tx) => {
    const user = await repo.setActive(tx, username, active);
    if (!user) throw new UserError("user_not_found", { username });
    if (!active) await repo.endSessions(tx, username);
    await recordAudit(tx, { actor: by, via }, active ? "user_activate" : "user_deactivate", null, {
      username,
    });
    return user;
  });
}
