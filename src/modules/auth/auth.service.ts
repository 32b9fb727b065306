/** Login, logout and password change. A session is a random token; the database keeps its hash. */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findUser } from "../users/users.repository.ts";
import { checkPassword, minPasswordLength, type User } from "../users/users.service.ts";
import type { LoginLimiter } from "./login-limiter.ts";
import * as repo from "./sessions.repository.ts";

export const sessionCookie = "payung_session";

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface Login {
  token: string;
  csrfToken: string;
  user: User;
}

export async function login({
  db,
  limiter,
  username,
  password,
  source,
  hours,
}: {
  db: Db;
  limiter: LoginLimiter;
  username: string;
  password: string;
  source: string | null;
  hours: number;
}): Promise<Login> {
  const key = `${source}|${username}`;
  const wait = limiter.retryAfter(key);
  if (wait > 0) throw new UserError("login_rate_limited", { seconds: wait });
  const user = await checkPassword({ db, username, password });
  const context = { actor: username, via: "POST /api/v1/auth/login", source };
  if (!user) {
    limiter.fail(key);
    await recordAudit(db, context, "login_failed", null);
    throw new UserError("login_failed");
  }
  limiter.succeed(key);
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await repo.insertSession(db, { tokenHash: tokenHash(token), userId: user.id, csrfToken, hours, source });
  await recordAudit(db, context, "login", null);
  return { token, csrfToken, user };
}

export async function sessionOf(db: Db, token: string | undefined) {
  return token ? repo.findSession(db, tokenHash(token)) : null;
}

export async function logout({ db, token, user }: { db: Db; token: string; user: User }): Promise<void> {
  await repo.deleteSession(db, tokenHash(token));
  await recordAudit(db, { actor: user.username, via: "POST /api/v1/auth/logout" }, "logout", null);
}

export async function changePassword({
  db,
  token,
  user,
  current,
  next,
}: {
  db: Db;
  token: string;
  user: User;
  current: string;
  next: string;
}): Promise<void> {
  const found = await findUser(db, user.username);
  if (!found || !(await verify(found.passwordHash, current))) throw new UserError("password_wrong");
  if (next.length < minPasswordLength) throw new UserError("password_too_short", { min: minPasswordLength });
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, await hash(next));
    await repo.deleteOtherSessions(tx, user.id, tokenHash(token));
    await recordAudit(
      tx,
      { actor: user.username, via: "POST /api/v1/auth/password" },
      "password_change",
      null,
    );
  });
}
