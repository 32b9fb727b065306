import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { overviewOf } from "./overview.service.ts";

export function overviewRoutes(server: FastifyInstance, db: Db): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/overview`,
    {
      schema: {
        tags: ["overview"],
        summary: "Counts for your area: listed, persons, covered by BPJS, to review, quarantined",
        response: {
          200: z.object({
            listed: z.number(),
            persons: z.number(),
            covered: z.number(),
            review: z.number(),
            quarantined: z.number().nullable().describe("null for desa operators"),
          }),
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request) => overviewOf({ db, user: requireCaller(request).user }),
  );
}
