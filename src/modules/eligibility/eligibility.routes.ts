import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { eligibilitySummary, explainEligibility, reasonCodes, reasonText } from "./eligibility.service.ts";

const year = z.coerce.number().int().min(2000).max(2100).default(new Date().getFullYear());
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Verdicts inside the caller's area: one person's (audited, as a read of them) or the counts. */
export function eligibilityRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/persons/:id/eligibility`,
    {
      schema: {
        tags: ["eligibility"],
        summary: "May this person be covered in a program year, and if not, every reason",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        querystring: z.object({ year }),
        response: {
          200: z.object({
            person: z.number(),
            year: z.number(),
            rulesYear: z.number().describe("the year whose rules applied"),
            eligible: z.boolean(),
            reasons: z.array(z.object({ code: z.enum(reasonCodes), message: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const verdict = await explainEligibility({
        db,
        personId: request.params.id,
        year: request.query.year,
        regencyCode: config.regencyCode,
        user,
        audit,
      });
      const lang = langOf(request);
      return {
        ...verdict,
        reasons: verdict.reasons.map((code) => ({
          code: code as (typeof reasonCodes)[number],
          message: reasonText(code, verdict.rules, lang),
        })),
      };
    },
  );
  api.get(
    `${apiPrefix}/eligibility`,
    {
      schema: {
        tags: ["eligibility"],
        summary: "How many persons of your area are eligible in a year, and how many are not for each reason",
        querystring: z.object({ year }),
        response: {
          200: z.object({
            year: z.number(),
            rulesYear: z.number(),
            eligible: z.number(),
            excluded: z.record(z.string(), z.number()),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      eligibilitySummary({
        db,
        year: request.query.year,
        regencyCode: config.regencyCode,
        user: auditedCaller(request).user,
      }),
  );
}
