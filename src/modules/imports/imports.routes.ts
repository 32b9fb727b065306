import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { message } from "../../common/messages.ts";
import { auditedCaller, requireCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { isAdminOrOperator } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { enqueueJob } from "../jobs/jobs.service.ts";
import type { User } from "../users/users.repository.ts";
import { batchSummary, listImports, listQuarantine, quarantineCsv, showImport } from "./imports.service.ts";
import { acceptUploads, saveUpload } from "./uploads.ts";

const batchSchema = z.object({
  batch: z.number(),
  source: z.string(),
  file: z.string(),
  rows: z.number(),
  accepted: z.number(),
  quarantined: z.number(),
  skipped: z.number(),
  issues: z.record(z.string(), z.number()),
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** Who may bring lists in: the regency's admins and the operators of kecamatan and desa. */
export function importer(request: FastifyRequest): User {
  const { user } = requireCaller(request);
  if (!isAdminOrOperator(user)) {
    throw new UserError("forbidden_role", { role: user.role });
  }
  return user;
}

/**
 * Imports through the API: the file is the request body (streamed to the data directory, never
 * held in memory), read by a job; batches list counts only; quarantined rows (personal data as
 * written) go only to the regency admin or the operator of their kecamatan.
 */
export function importsRoutes(server: FastifyInstance, { db, config }: App): void {
  acceptUploads(server);
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.post(
    `${apiPrefix}/imports`,
    {
      schema: {
        tags: ["imports"],
        summary: "Upload a list (CSV or XLSX as the body) to import as a job; follow it at /api/v1/jobs/{id}",
        querystring: z.object({
          source: z.string().regex(/^[\w.-]{1,64}$/),
          filename: z.string().regex(/^[^/\\]{1,200}$/),
          kind: z.enum(["people", "bpjs-members"]).default("people"),
        }),
        response: { 202: z.object({ id: z.number(), kind: z.string(), status: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const user = importer(request);
      const { source, filename, kind } = request.query;
      const { file } = await saveUpload(request, reply, { filename, config, owner: user.username });
      const job = await enqueueJob(db, {
        kind: "import",
        params: { file, source, kind },
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(job);
    },
  );
  api.get(
    `${apiPrefix}/imports`,
    {
      schema: {
        tags: ["imports"],
        summary: "Past import batches with their counts",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: {
          200: z.object({
            batches: z.array(batchSchema),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      importer(request);
      return {
        batches: (await listImports({ db, limit: request.query.limit })).map(batchSummary),
      };
    },
  );
  api.get(
    `${apiPrefix}/imports/:batch`,
    {
      schema: {
        tags: ["imports"],
        summary: "One batch: its counts, and each issue with its count and what it means",
        params: z.object({ batch: z.coerce.number().int().min(1) }),
        response: {
          200: batchSchema.extend({
            issueList: z.array(z.object({ code: z.string(), count: z.number(), message: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      importer(request);
      const summary = batchSummary(await showImport({ db, batch: request.params.batch }));
      const lang = langOf(request);
      const issueList = Object.entries(summary.issues)
        .sort((a, b) => b[1] - a[1])
        .map(([code, count]) => ({ code, count, message: message(code, {}, lang) }));
      return { ...summary, issueList };
    },
  );
  api.get(
    `${apiPrefix}/imports/:batch/quarantine`,
    {
      schema: {
        tags: ["imports"],
        summary:
          "The rows of a batch set aside (your kecamatan only): CSV to fix in a spreadsheet, or JSON (?format=json) to fix in the browser",
        params: z.object({ batch: z.coerce.number().int().min(1) }),
        querystring: z.object({ format: z.enum(["csv", "json"]).default("csv") }),
      },
    },
    async (request, reply) => {
      const user = importer(request);
      // Quarantined rows carry a kecamatan at most: a desa operator cannot be given only theirs.
      if (user.role === "desa_operator") throw new UserError("forbidden_role", { role: user.role });
      const result = await listQuarantine({ db, batch: request.params.batch });
      const rows = result.rows.filter(
        (r) => user.role === "regency_admin" || r.kecamatanCode === user.areaCode,
      );
      await recordAudit(db, auditedCaller(request).audit, "read_quarantine", null, {
        batch: request.params.batch,
        rows: rows.length,
      });

      if (request.query.format === "json") {
        const lang = langOf(request);
        return {
          batch: result.batch.id,
          source: result.batch.source,
          headers: result.batch.headers,
          rows: rows.map((r) => ({
            row: r.rowNumber,
            disposition: r.disposition,
            reasons: r.reasons.map((code) => ({ code, message: message(code, {}, lang) })),
            cells: r.raw,
          })),
        };
      }
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", `attachment; filename="karantina-${request.params.batch}.csv"`);
      return reply.send(quarantineCsv(result.batch.headers, rows));
    },
  );
}
