import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { roles } from "./roles.ts";
import { addUser, listUsers, setUserActive } from "./users.service.ts";

const user = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  areaCode: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  companyCode: z.string().nullable().describe("a CSR partner's company; null for other roles"),
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Accounts through the API: regency admins only, for areas inside their own regency. */
export function usersRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const admin = (request: FastifyRequest) => {
    const { user: caller } = requireCaller(request);
    if (caller.role !== "regency_admin") throw new UserError("forbidden_role", { role: caller.role });
    return caller;
  };
  api.get(
    `${apiPrefix}/users`,
    {
      schema: {
        tags: ["users"],
        summary: "List accounts",
        response: { 200: z.object({ users: z.array(user) }), ...errors },
      },
    },
    async (request) => {
      const caller = admin(request);
      const all = await listUsers({ db });
      return { users: all.filter((u) => u.areaCode.startsWith(caller.areaCode)) };
    },
  );
  api.post(
    `${apiPrefix}/users`,
    {
      schema: {
        tags: ["users"],
        summary: "Add an account in your regency",
        body: z.object({
          username: z.string(),
          fullName: z.string().min(1).max(100),
          role: z.enum(Object.keys(roles) as [keyof typeof roles, ...(keyof typeof roles)[]]),
          areaCode: z.string().max(20),
          password: z.string().max(200),
          companyCode: z
            .string()
            .max(40)
            .optional()
            .describe("the company's code: required for csr_partner, refused for other roles"),
        }),
        response: { 201: user, ...errors },
      },
    },
    async (request, reply) => {
      const caller = admin(request);
      if (!request.body.areaCode.startsWith(caller.areaCode)) {
        throw new UserError("forbidden_role", { role: caller.role });
      }
      const added = await addUser({ db, ...request.body, by: caller.username });
      return reply.code(201).send(added);
    },
  );
  for (const active of [true, false]) {
    api.post(
      `${apiPrefix}/users/:username/${active ? "activate" : "deactivate"}`,
      {
        schema: {
          tags: ["users"],
          summary: active ? "Turn an account on again" : "Turn an account off; its sessions end",
          params: z.object({ username: z.string().max(40) }),
          response: { 200: user, ...errors },
        },
      },
      async (request) => {
        const caller = admin(request);
        return setUserActive({
          db,
          username: request.params.username,
          active,
          by: caller.username,
          via: `POST ${request.routeOptions.url}`,
        });
      },
    );
  }
}
