import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { dashboard } from "./dashboard.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const count = z.number().int();
const rate = z.number().nullable();
const rupiah = z.number().int().describe("integer rupiah");

const areaCoverage = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().describe("2 regency, 3 kecamatan, 4 desa"),
  covered: count,
  target: count.nullable(),
  workforce: count.nullable().describe("informal workers (BPS): the area's figure or its children's sum"),
  coverageRate: rate.describe("covered ÷ workforce, a fraction"),
  targetProgress: rate.describe("covered ÷ target, a fraction"),
});
const breakdown = <V extends z.ZodType>(value: V) =>
  z.array(z.object({ value: value.nullable().describe("null: unknown"), covered: count }));

const dashboardSchema = z.object({
  on: z.string().describe("the day counted (yyyy-mm-dd): the data's date"),
  area: areaCoverage,
  areas: z.array(areaCoverage).describe("the kecamatan of the regency, or the desa of a kecamatan"),
  unplaced: count.describe("covered persons whose address names no kecamatan (or desa)"),
  byOccupation: breakdown(z.string()),
  byDesil: breakdown(z.number()),
  bySex: breakdown(z.enum(["L", "P"])),
  byAgeBand: breakdown(z.string()).describe("age in the year counted: <25, 25-34, 35-44, 45-54, 55-64, 65+"),
  trend: z
    .array(z.object({ month: z.string(), covered: count }))
    .describe("covered on each month's last day; the day's month: on the day"),
  years: z.array(z.object({ year: count, covered: count, target: count.nullable() })),
  budget: z.array(
    z.object({
      funder: z.object({ id: count, code: z.string(), name: z.string(), type: z.string() }),
      planned: rupiah,
      invoiced: rupiah,
      paid: rupiah,
    }),
  ),
  claims: z.object({
    byType: z.array(z.object({ type: z.string(), claims: count, paid: count, paidAmount: rupiah })),
    open: count,
    overdue: count,
  }),
  waitlist: z.object({
    persons: count.describe("persons the latest approved plan could not cover, in the area"),
    cost: rupiah.describe(
      "covering them for the plan's months at the tariff of its largest funder's package",
    ),
    planId: count.nullable(),
  }),
});

/** The dashboard: counts for the caller's area or one inside it; CSR partners use their portal. */
export function dashboardRoutes(server: FastifyInstance, { db, config }: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/dashboard`,
    {
      schema: {
        tags: ["coverage"],
        summary:
          "Coverage against target and workforce, by area and trait, over time, with budget and claims",
        querystring: z.object({
          area: z
            .string()
            .max(20)
            .optional()
            .describe("the regency, a kecamatan or a desa; default your area"),
          on: z.string().max(10).optional().describe("yyyy-mm-dd; default today"),
        }),
        response: { 200: dashboardSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = requireCaller(request);
      return dashboard({ db, user, regencyCode: config.regencyCode, ...request.query });
    },
  );
}
