import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireSession } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { changePassword, login, logout, sessionCookie } from "./auth.service.ts";
import { LoginLimiter } from "./login-limiter.ts";

const user = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  areaCode: z.string(),
});
const session = z.object({ user, csrfToken: z.string().describe("send it as x-csrf-token on every change") });

export function authRoutes(server: FastifyInstance, { db, config }: App): void {
  const limiter = new LoginLimiter();
  const api = server.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: config.secureCookies,
  };
  const publicUser = (u: z.infer<typeof user>) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    areaCode: u.areaCode,
  });

  api.post(
    `${apiPrefix}/auth/login`,
    {
      schema: {
        tags: ["auth"],
        summary: "Log in: sets an httpOnly session cookie and returns the CSRF token",
        body: z.object({ username: z.string().min(1).max(40), password: z.string().min(1).max(200) }),
        response: { 200: session, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const result = await login({
        db,
        limiter,
        ...request.body,
        source: request.ip,
        hours: config.sessionHours,
      });
      reply.setCookie(sessionCookie, result.token, { ...cookieOptions, maxAge: config.sessionHours * 3600 });
      return { user: publicUser(result.user), csrfToken: result.csrfToken };
    },
  );

  api.get(
    `${apiPrefix}/auth/me`,
    {
      schema: { tags: ["auth"], summary: "The logged-in user", response: { 200: session, 401: errorSchema } },
    },
    async (request) => {
      const caller = requireSession(request);
      return { user: publicUser(caller.user), csrfToken: caller.csrfToken };
    },
  );

  api.post(
    `${apiPrefix}/auth/logout`,
    {
      schema: {
        tags: ["auth"],
        summary: "Log out: ends the session",
        response: { 204: z.null(), 401: errorSchema },
      },
    },
    async (request, reply) => {
      const caller = requireSession(request);
      await logout({ db, token: caller.token, user: caller.user });
      reply.clearCookie(sessionCookie, cookieOptions);
      return reply.code(204).send(null);
    },
  );

  api.post(
    `${apiPrefix}/auth/password`,
    {
      schema: {
        tags: ["auth"],
        summary: "Change one's password; every other session of the user ends",
        body: z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }),
        response: { 204: z.null(), 400: errorSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const caller = requireSession(request);
      await changePassword({ db, token: caller.token, user: caller.user, ...request.body });
      return reply.code(204).send(null);
    },
  );
}
