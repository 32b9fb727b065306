/**
 * Who is calling: an API token (`Authorization: Bearer …`) or the session cookie, read once per
 * request and the user put on the request. With a cookie, requests that change something must also
 * carry the session's CSRF token in `x-csrf-token`, so another site cannot act with the cookie.
 */
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { UserError } from "../common/errors.ts";
import type { AuditContext } from "../modules/audit/audit.service.ts";
import { sessionCookie, sessionOf } from "../modules/auth/auth.service.ts";
import { tokenCaller } from "../modules/auth/tokens.service.ts";
import type { User } from "../modules/users/users.service.ts";
import type { Db } from "./db.ts";

export interface Caller {
  user: User;
  /** The session token; null for an API token (no session, no cookie, no CSRF). */
  token: string | null;
  csrfToken: string | null;
}

declare module "fastify" {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export async function registerAccess(server: FastifyInstance, db: Db): Promise<void> {
  await server.register(cookie);
  server.decorateRequest("caller", null);
  server.addHook("preHandler", async (request) => {
    // A system calls with its API token and acts as the token's user.
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const found = await tokenCaller(db, bearer);
      if (!found) throw new UserError("token_invalid");
      request.caller = { user: found.user, token: null, csrfToken: null };
      return;
    }
    const token = request.cookies[sessionCookie];
    const session = await sessionOf(db, token);
    request.caller = session && token ? { ...session, token } : null;
    if (request.caller && !safeMethods.has(request.method)) {
      if (request.headers["x-csrf-token"] !== request.caller.csrfToken) throw new UserError("csrf_invalid");
    }
  });
}

/** A caller logged in through the browser (a session, not an API token), or a 401 answer. */
export function requireSession(request: FastifyRequest): Caller & { token: string; csrfToken: string } {
  const caller = requireCaller(request);
  if (caller.token === null || caller.csrfToken === null) throw new UserError("login_required");
  return { ...caller, token: caller.token, csrfToken: caller.csrfToken };
}

/** The logged-in caller and how this request is named in the audit log: who, through what, from where. */
export function auditedCaller(request: FastifyRequest): { user: User; audit: AuditContext } {
  const { user } = requireCaller(request);
  return {
    user,
    audit: { actor: user.username, via: `${request.method} ${request.routeOptions.url}`, source: request.ip },
  };
}

/** The logged-in caller, or a 401 answer. */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw new UserError("login_required");
  return request.caller;
}

/** A regency admin (with the audit context), or a 403 answer. */
export function requireRegencyAdmin(request: FastifyRequest): { user: User; audit: AuditContext } {
  const caller = auditedCaller(request);
  if (caller.user.role !== "regency_admin") throw new UserError("forbidden_role", { role: caller.user.role });
  return caller;
}

/** Funders and plans are the regency's own affairs: CSR partners see their share in their portal. */
export function requireFundingReader(request: FastifyRequest): User {
  const { user } = requireCaller(request);
  if (user.role === "csr_partner") throw new UserError("forbidden_role", { role: user.role });
  return user;
}
