/**
 * Reports over the API: `GET /api/v1/reports/{kind}?format=xlsx|pdf&…` answers the file. Regency
 * admins and auditors every report, operators the coverage report of their area, BPJS officers the
 * claims report, CSR partners none (reports-access.ts).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toLang } from "../../common/lang.ts";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { reportKinds } from "./report.ts";
import { makeReport } from "./reports.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const text = (max: number, about: string) => z.string().max(max).optional().describe(about);

export function reportsRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${apiPrefix}/reports/:kind`,
    {
      schema: {
        tags: ["reports"],
        summary: "A report as XLSX or PDF, stating the day its numbers are for and when it was made",
        description:
          "coverage (month, area?): covered vs target and workforce per area, by trait, trend, budget, claims, " +
          "waitlist — regency admins, auditors, and operators for their own area. funder (funder, year or " +
          "from/to months; default the funder's period): budget, plan allocation, invoices, payments, refunds, " +
          "balance — regency admins and auditors. claims (from/to days; default 1 January to today): claims " +
          "by type and status, paid, days per step, overdue, handovers, training — regency admins, auditors, " +
          "BPJS officers. paritrana (year): the Paritrana Award dossier — regency admins and auditors. Counts " +
          "and amounts only; recorded in the audit log.",
        params: z.object({ kind: z.string().max(20).describe(reportKinds.join(" | ")) }),
        querystring: z.object({
          format: text(10, "xlsx or pdf"),
          lang: z
            .enum(["id", "en"])
            .optional()
            .describe("the file's language (default: Accept-Language, else id)"),
          month: text(20, "coverage: yyyy-mm"),
          area: text(20, "coverage: 36.03, a kecamatan (36.03.08) or a desa; default your area"),
          funder: text(40, "funder: the funder's code"),
          year: text(10, "funder, paritrana: yyyy"),
          from: text(20, "funder: yyyy-mm; claims: yyyy-mm-dd"),
          to: text(20, "funder: yyyy-mm; claims: yyyy-mm-dd"),
        }),
        response: {
          200: {
            description: "The report file",
            content: {
              "application/pdf": { schema: z.string().meta({ format: "binary" }) },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                schema: z.string().meta({ format: "binary" }),
              },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const { format, lang, ...params } = request.query;
      const file = await makeReport({
        db,
        kind: request.params.kind,
        format,
        params,
        lang: toLang(lang ?? request.headers["accept-language"]),
        user,
        audit,
        regencyCode: config.regencyCode,
      });
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .header("x-data-date", file.dataDate)
        .header("cache-control", "no-store")
        .send(file.bytes as unknown as string);
    },
  );
}
