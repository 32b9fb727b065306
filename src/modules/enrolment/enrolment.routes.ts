import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { auditedCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaCondition, maskField } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { listMemberships } from "./enrolment.repository.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function enrolmentRoutes(server: FastifyInstance, db: Db): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/memberships`,
    {
      schema: {
        tags: ["enrolment"],
        summary: "Memberships of your area (BPJS officers: all enrolled), oldest first, NIKs masked",
        querystring: z.object({
          status: z.enum(["registered", "active", "rejected", "lapsed", "ended"]).optional(),
          funder: z.string().max(40).optional(),
          plan: z.coerce.number().int().min(1).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            memberships: z.array(
              z.object({
                id: z.number(),
                person_id: z.number(),
                name: z.string(),
                nik: z.string(),
                funder: z.string(),
                package: z.string(),
                status: z.string(),
                kpj: z.string().nullable(),
                start_month: z.string(),
                end_month: z.string(),
                active_from: z.string().nullable(),
                rejection_reason: z.string().nullable(),
                end_reason: z.string().nullable(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      if (user.role === "csr_partner") throw new UserError("forbidden_role", { role: user.role });
      const rows = await listMemberships(db, request.query, areaCondition(user, "p", 8));
      if (rows.length > 0) {
        await recordAudit(
          db,
          audit,
          "read",
          rows.map((r) => r.person_id),
          { memberships: request.query },
        );
      }
      return { memberships: rows.map((r) => ({ ...r, nik: maskField(user, "nik", r.nik) })) };
    },
  );
}
