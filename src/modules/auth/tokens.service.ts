/** API tokens: a random secret shown once, stored as its hash, acting as the user it belongs to. */
import { randomBytes } from "node:crypto";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findUser } from "../users/users.repository.ts";
import { tokenHash } from "./auth.service.ts";
import * as repo from "./tokens.repository.ts";

export async function createToken({
  db,
  username,
  name,
  by,
}: {
  db: Db;
  username: string;
  name: string;
  by: string;
}): Promise<{ token: string }> {
  const user = await findUser(db, username);
  if (!user) throw new UserError("user_not_found", { username });
  const token = `pyg_${randomBytes(32).toString("base64url")}`;
  await db.transaction(async (tx) => {
    await repo.insertToken(tx, { userId: user.id, name, tokenHash: tokenHash(token), createdBy: by });
    await recordAudit(tx, { actor: by, via: "payung users token" }, "token_create", null, { username, name });
  });
  return { token };
}

export async function revokeToken({
  db,
  username,
  name,
  by,
}: {
  db: Db;
  username: string;
  name: string;
  by: string;
}) {
  const user = await findUser(db, username);
  if (!user || !(await repo.revokeToken(db, user.id, name)))
    throw new UserError("token_not_found", { username, name });
  await recordAudit(db, { actor: by, via: "payung users revoke-token" }, "token_revoke", null, {
    username,
    name,
  });
}

export async function tokenCaller(db: Db, token: string) {
  return repo.userOfToken(db, tokenHash(token));
}
