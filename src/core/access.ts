/**
 * Who is calling: the session cookie is read once per request and the user put on the request.
 * Requests that change something must also carry the session's CSRF token in `x-csrf-token`, so
 * another site cannot act with the user's cookie.
 */
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { UserError } from "../common/errors.ts";
import { sessionCookie, sessionOf } from "../modules/auth/auth.service.ts";
import type { User } from "../modules/users/users.service.ts";
import type { Db } from "./db.ts";

export interface Caller {
  user: User;
  token: string;
  csrfToken: string;
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
    const token = request.cookies[sessionCookie];
    const session = await sessionOf(db, token);
    request.caller = session && token ? { ...session, token } : null;
    if (request.caller && !safeMethods.has(request.method)) {
      if (request.headers["x-csrf-token"] !== request.caller.csrfToken) throw new UserError("csrf_invalid");
    }
  });
}

/** The logged-in caller, or a 401 answer. */
export function requireCaller(request: FastifyRequest): Caller {
  if (!request.caller) throw new UserError("login_required");
  return request.caller;
}
