import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { monthPattern } from "../tariffs/premium.ts";
import { addFunder, funderTypes, listFunders, showFunder } from "./funders.service.ts";

const month = z.string().regex(monthPattern, "yyyy-mm");
const funder = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  bpjsCode: z.string(),
  budget: z.number(),
  from: z.string(),
  to: z.string(),
  package: z.string(),
  unitRate: z.number().nullable(),
  desaCode: z.string().nullable(),
  kecamatanCodes: z.array(z.string()),
  occupations: z.array(z.string()),
  months: z.number(),
  perPerson: z.number().describe("what one person costs for all the funder's months"),
  capacity: z.number().describe("floor(budget ÷ perPerson)"),
  shortSpell: z.boolean().describe("fewer than six months"),
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function fundersRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/funders`,
    {
      schema: {
        tags: ["funding"],
        summary: "Every funder with its budget, months and how many people it covers",
        response: { 200: z.object({ funders: z.array(funder) }), ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { funders: await listFunders({ db }) };
    },
  );
  api.get(
    `${apiPrefix}/funders/:code`,
    {
      schema: {
        tags: ["funding"],
        summary: "One funder with its limits and capacity",
        params: z.object({ code: z.string().max(40) }),
        response: { 200: funder, ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return showFunder({ db, code: request.params.code });
    },
  );
  api.post(
    `${apiPrefix}/funders`,
    {
      schema: {
        tags: ["funding"],
        summary: "Add a funder (regency admins)",
        body: z.object({
          code: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,39}$/),
          name: z.string().min(1).max(200),
          type: z.enum(funderTypes),
          budget: z.number().int().min(0),
          from: month,
          to: month,
          package: z.string().max(40),
          unitRate: z.number().int().min(1).nullable().default(null),
          desaCode: z.string().max(20).nullable().default(null),
          kecamatanCodes: z.array(z.string().max(20)).default([]),
          occupations: z.array(z.string().max(60)).default([]),
        }),
        response: { 201: funder, ...errors, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { user } = requireRegencyAdmin(request);
      const added = await addFunder({ db, funder: request.body, by: user.username });
      return reply.code(201).send(added);
    },
  );
}
