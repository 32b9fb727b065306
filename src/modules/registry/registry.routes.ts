import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { message } from "../../common/messages.ts";
import { auditedCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { personFlags, personSorts } from "./registry.repository.ts";
import { getPerson, revealNik, searchPersons } from "./registry.service.ts";

const person = z.object({
  id: z.number(),
  nik: z.string().nullable().describe("masked: 3603••••••••0012"),
  nik_valid: z.boolean(),
  name: z.string(),
  sex: z.string().nullable(),
  birth_date: z.string().nullable(),
  desa_code: z.string().nullable(),
  kecamatan_code: z.string().nullable(),
  regency_code: z.string(),
  desa_name: z.string().nullable(),
  kecamatan_name: z.string().nullable(),
  occupation: z.string().nullable(),
  desil: z.number().nullable(),
  records: z.number(),
});
const source = z.object({
  source: z.string(),
  batch: z.number(),
  row: z.number(),
  method: z.string().describe("new, exact, fuzzy or review"),
  score: z.number().nullable(),
  name: z.string(),
  nik: z.string().nullable(),
  birth_date: z.string().nullable(),
  desa_code: z.string().nullable(),
  desa_name: z.string().nullable(),
  issues: z.array(z.object({ code: z.string(), message: z.string() })).describe("what the import flagged"),
});
const provenance = z.object({
  field: z.string(),
  value: z.string(),
  source: z.string(),
  batch: z.number(),
  row: z.number(),
  agree: z.number().describe("how many of the person's records give this value"),
  rank: z.number().describe("1 = the golden value"),
});
const errors = { 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function registryRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/persons`,
    {
      schema: {
        tags: ["persons"],
        summary: "Search persons in your area (NIK masked); every result page is audited",
        querystring: z.object({
          name: z.string().max(100).optional(),
          kecamatan: z.string().max(20).optional(),
          desa: z.string().max(20).optional(),
          nik: z.string().max(40).optional().describe("a full NIK: finds that person if in your area"),
          occupation: z.string().max(60).optional().describe("the start of the occupation"),
          desil: z.coerce.number().int().min(1).max(10).optional().describe("desil up to this one"),
          flag: z.enum(personFlags).optional(),
          sort: z.enum(personSorts).default("id"),
          after: z.coerce
            .number()
            .int()
            .min(0)
            .default(0)
            .describe("sort=id: the last id of the previous page"),
          offset: z.coerce.number().int().min(0).max(1000).default(0).describe("other sorts: rows to skip"),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            persons: z.array(person),
            total: z.number().describe("how many match, counted up to 1,000"),
            more: z.boolean().describe("true: more than 1,000 match (total is then 1,000)"),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { sort, after, offset, limit, ...filter } = request.query;
      return searchPersons({
        db,
        caller: auditedCaller(request),
        filter,
        sort,
        afterId: after,
        offset,
        limit,
      });
    },
  );
  api.get(
    `${apiPrefix}/persons/:id`,
    {
      schema: {
        tags: ["persons"],
        summary: "One person: golden record, source records, where each value came from",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: {
          200: z.object({
            person,
            sources: z.array(source),
            provenance: z.array(provenance),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const found = await getPerson({ db, caller: auditedCaller(request), id: request.params.id });
      const lang = langOf(request);
      const sources = found.sources.map((r) => ({
        ...r,
        issues: r.issues.map((code) => ({ code, message: message(code, {}, lang) })),
      }));
      return { ...found, sources };
    },
  );
  api.post(
    `${apiPrefix}/persons/:id/reveal-nik`,
    {
      schema: {
        tags: ["persons"],
        summary: "The full NIK, with a reason; recorded in the audit log",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        body: z.object({ reason: z.string().min(3).max(300) }),
        response: { 200: z.object({ id: z.number(), nik: z.string().nullable() }), ...errors },
      },
    },
    async (request) =>
      revealNik({ db, caller: auditedCaller(request), id: request.params.id, reason: request.body.reason }),
  );
}
