import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { listRegions } from "./regions.service.ts";

const region = z.object({
  code: z.string().describe("Kepmendagri code, e.g. 36.03.08 for Kecamatan Mauk"),
  parentCode: z.string().nullable(),
  level: z.number().int().describe("1 province, 2 regency/city, 3 kecamatan, 4 desa/kelurahan"),
  name: z.string(),
});

export function regionsRoutes(server: FastifyInstance, db: Db): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/regions`,
    {
      schema: {
        tags: ["regions"],
        summary: "The regions under a parent (all provinces without one)",
        querystring: z.object({ parent: z.string().max(20).optional().describe("parent region code") }),
        response: {
          200: z.object({ parent: region.nullable(), regions: z.array(region) }),
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request) => {
      requireCaller(request);
      return listRegions({ db, parentCode: request.query.parent });
    },
  );
}
