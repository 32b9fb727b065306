import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { monthPattern } from "./premium.ts";
import { listTariffs, planCost, premiumFor } from "./tariffs.service.ts";

const month = z.string().regex(monthPattern, "yyyy-mm");
const who = {
  package: z.string().max(40),
  income: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe("declared monthly income; the package's by default"),
  funderType: z.string().max(20).optional().describe("apbd (default), apbn, dana_desa, csr …"),
  sector: z.enum(["transport", "other"]).optional(),
};
const line = z.object({
  program: z.string(),
  base: z.number(),
  discountPercent: z.number(),
  amount: z.number(),
  rule: z.string(),
});
const errors = { 400: errorSchema, 401: errorSchema };

/** Tariffs are public rules, not personal data: any logged-in user may read them and cost a plan. */
export function tariffsRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/tariffs`,
    {
      schema: {
        tags: ["tariffs"],
        summary: "Programs' rates with the months they apply from, discounts and packages",
        response: {
          200: z.object({
            rules: z.array(
              z.object({
                program: z.string(),
                basisPoints: z.number().nullable().describe("percent of income × 100"),
                flat: z.number().nullable(),
                minimum: z.number(),
                validFrom: z.string(),
                source: z.string(),
              }),
            ),
            discounts: z.array(
              z.object({
                programs: z.array(z.string()),
                percent: z.number(),
                validFrom: z.string(),
                validTo: z.string(),
                sector: z.string(),
                excludedFunderTypes: z.array(z.string()),
                source: z.string(),
              }),
            ),
            packages: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                programs: z.array(z.string()),
                declaredIncome: z.number(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireCaller(request);
      return listTariffs({ db });
    },
  );
  api.get(
    `${apiPrefix}/tariffs/premium`,
    {
      schema: {
        tags: ["tariffs"],
        summary: "One person's premium for one month, line by line with the rule behind each amount",
        querystring: z.object({ ...who, month }),
        response: {
          200: z.object({
            package: z.string(),
            income: z.number(),
            month: z.string(),
            funderType: z.string(),
            sector: z.string(),
            lines: z.array(line),
            total: z.number(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireCaller(request);
      return premiumFor({ db, query: request.query });
    },
  );
  api.get(
    `${apiPrefix}/plans/cost`,
    {
      schema: {
        tags: ["plans"],
        summary: "What covering a number of people costs for some months (integer rupiah)",
        querystring: z.object({
          ...who,
          people: z.coerce.number().int().min(0).max(100_000_000),
          months: z.coerce.number().int().min(1).max(120),
          from: month,
          unitRate: z.coerce
            .number()
            .int()
            .min(1)
            .optional()
            .describe("a funder's rounded rate a person a month"),
        }),
        response: {
          200: z.object({
            people: z.number(),
            months: z.number(),
            package: z.string(),
            funderType: z.string(),
            sector: z.string(),
            unitRate: z.number().nullable(),
            monthly: z.array(z.object({ month: z.string(), premium: z.number() })),
            total: z.number(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireCaller(request);
      const { people, months, from, unitRate, ...query } = request.query;
      return planCost({ db, people, months, from, unitRate, query });
    },
  );
}
