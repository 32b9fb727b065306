import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { checkNik } from "./nik.service.ts";

const place = z.object({ code: z.string(), name: z.string().nullable() }).nullable();

export function nikRoutes(server: FastifyInstance, db: Db): void {
  // POST, not GET: an NIK is personal data and must not end up in URLs and access logs.
  server.withTypeProvider<ZodTypeProvider>().post(
    `${apiPrefix}/nik/check`,
    {
      schema: {
        tags: ["nik"],
        summary: "Check an NIK: structure, birth date and sex it encodes, the regions that issued it",
        body: z.object({
          nik: z.string().min(1).max(40).describe("16 digits; spaces, dots and a leading ' are removed"),
        }),
        response: {
          200: z.object({
            nik: z.string(),
            valid: z.boolean(),
            sex: z.enum(["L", "P"]).nullable(),
            birthDate: z.string().nullable().describe("ISO yyyy-mm-dd"),
            serial: z.string().nullable(),
            issuedIn: z.object({ province: place, regency: place, district: place }),
            problems: z.array(
              z.object({
                code: z.string(),
                severity: z.enum(["error", "warning"]),
                message: z.string(),
                params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
              }),
            ),
          }),
          400: errorSchema,
          401: errorSchema,
        },
      },
    },
    async (request) => {
      requireCaller(request);
      return checkNik({ db, nik: request.body.nik, lang: langOf(request) });
    },
  );
}
