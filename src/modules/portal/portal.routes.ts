/** The partner portal over the API: the figures as JSON, and the impact report as PDF. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toLang } from "../../common/lang.ts";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { impactReportPdf } from "./impact-report.ts";
import { membershipStatuses, portalCompanyFor, portalDay, portalOf } from "./portal.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const cell = z
  .object({ count: z.number().int().nullable(), suppressed: z.boolean() })
  .describe("a count; null with suppressed: true when it is 1–4 or hides such a count (shown as < 5)");
const money = z
  .object({ amount: z.number().int().nullable(), suppressed: z.boolean() })
  .describe("integer rupiah; null with suppressed: true when tied to 1–4 people");
const query = z.object({
  company: z
    .string()
    .max(40)
    .optional()
    .describe("regency admins and auditors: the company's code; refused for a CSR partner (its own is used)"),
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd")
    .optional()
    .describe("the data's date (default today): people covered that day, money and claims up to it"),
});

const portal = z.object({
  company: z.object({ code: z.string(), name: z.string(), sector: z.string().nullable() }),
  on: z.string().describe("the data's date"),
  threshold: z.number().describe("counts below this (and above 0) are hidden"),
  commitments: z.array(
    z.object({
      id: z.number(),
      mou: z.string().nullable(),
      budget: z.number().int(),
      workers: z.number().int().describe("workers promised"),
      periodFrom: z.string(),
      periodTo: z.string(),
      kecamatan: z.array(z.string()).describe("names of the kecamatan it is limited to; empty: anywhere"),
      occupations: z.array(z.string()),
      accepted: z.boolean().describe("a funder the regency's allocation can spend"),
      covered: cell,
    }),
  ),
  people: z.object({ now: cell, ever: cell }),
  byKecamatan: z.array(z.object({ code: z.string().nullable(), name: z.string().nullable(), covered: cell })),
  byOccupation: z.array(z.object({ occupation: z.string().nullable(), covered: cell })),
  memberships: z.array(z.object({ status: z.enum(membershipStatuses), count: cell })),
  claimsPaid: z.object({ claims: cell, amount: money }),
  money: z.object({
    budget: z.number().int().describe("the commitments' budgets together"),
    invoiced: money,
    paid: money,
    refunded: money,
    usedShare: z.number().nullable().describe("(invoiced − refunded) ÷ budget, a fraction"),
  }),
});

/**
 * A CSR partner reads its own company's portal; regency admins and auditors name a company to see
 * what its partner sees. Counts and sums only, small ones suppressed (docs/partners-portal.md).
 */
export function portalRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${apiPrefix}/portal`,
    {
      schema: {
        tags: ["partners"],
        summary: "The partner portal: the people a company funds, as suppressed counts and sums",
        querystring: query,
        response: { 200: portal, ...errors },
      },
    },
    async (request) => {
      const { user } = auditedCaller(request);
      const company = await portalCompanyFor(db, user, request.query.company);
      return portalOf(db, company, portalDay(request.query.on));
    },
  );

  api.get(
    `${apiPrefix}/portal/report.pdf`,
    {
      schema: {
        tags: ["partners"],
        summary: "The company's impact report as an A4 PDF, for its own CSR report",
        description: "The portal's figures, suppressed the same way; no names. Recorded in the audit log.",
        querystring: query.extend({ lang: z.enum(["id", "en"]).optional() }),
        response: {
          200: {
            description: "A4 PDF",
            content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const company = await portalCompanyFor(db, user, request.query.company);
      const figures = await portalOf(db, company, portalDay(request.query.on));
      const lang = toLang(request.query.lang ?? request.headers["accept-language"]);
      const pdf = await impactReportPdf({
        db,
        portal: figures,
        regencyCode: config.regencyCode,
        lang,
        audit,
      });
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="laporan-dampak-${company.code}-${figures.on}.pdf"`,
        )
        .header("cache-control", "no-store")
        .send(pdf as unknown as string);
    },
  );
}
