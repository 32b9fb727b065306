import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { rankedList } from "./ranking.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };

export function rankingRoutes(server: FastifyInstance, { db, config }: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/ranking`,
    {
      schema: {
        tags: ["eligibility"],
        summary:
          "The eligible persons of your area in priority order for a program year (desil 1, 2, 3–4, the rest)",
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100).default(new Date().getFullYear()),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            year: z.number(),
            persons: z.array(
              z.object({
                rank: z.number(),
                id: z.number(),
                name: z.string(),
                nik: z.string().nullable(),
                birth_date: z.string().nullable(),
                desil: z.number().nullable(),
                desil_date: z.string().nullable(),
                tier: z.number(),
                desil_stale: z.boolean(),
                kecamatan_code: z.string().nullable(),
                desa_code: z.string().nullable(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      rankedList({ db, regencyCode: config.regencyCode, caller: auditedCaller(request), ...request.query }),
  );
}
