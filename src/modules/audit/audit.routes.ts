import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { auditedCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { searchAudit, verifyAudit } from "./audit.service.ts";

const entry = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  personIds: z.array(z.number()).nullable(),
  via: z.string(),
  source: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
const isoDate = z.string().regex(/^\d{4}-\d\d-\d\d$/, "yyyy-mm-dd");
const errors = { 401: errorSchema, 403: errorSchema };

/** Auditors and regency admins read the log (the whole regency: it is their area). */
function reader(request: FastifyRequest) {
  const caller = auditedCaller(request);
  if (caller.user.role !== "auditor" && caller.user.role !== "regency_admin")
    throw new UserError("forbidden_role", { role: caller.user.role });
  return caller;
}

export function auditRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/audit`,
    {
      schema: {
        tags: ["audit"],
        summary: "Who read or changed whose data, newest first; page with ?before=<last id>",
        querystring: z.object({
          person: z.coerce.number().int().min(1).optional(),
          actor: z.string().max(100).optional(),
          action: z.string().max(100).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          before: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: { 200: z.object({ entries: z.array(entry) }), ...errors },
      },
    },
    async (request) => {
      const { audit } = reader(request);
      return { entries: await searchAudit({ db, filter: request.query, audit }) };
    },
  );
  api.get(
    `${apiPrefix}/audit/verify`,
    {
      schema: {
        tags: ["audit"],
        summary: "Recompute the hash chain: ok, or the first entry that was changed or removed",
        response: {
          200: z.object({
            entries: z.number(),
            ok: z.boolean(),
            broken: z.object({ id: z.number(), reason: z.enum(["hash", "chain"]) }).nullable(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      reader(request);
      return verifyAudit({ db });
    },
  );
}
