import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { auditedCaller, requireCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import type { Config } from "../../core/config.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { isAdminOrOperator } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { enqueueJob } from "../jobs/jobs.service.ts";
import type { User } from "../users/users.repository.ts";
import { batchSummary, listImports, listQuarantine, quarantineCsv } from "./imports.service.ts";

const uploadTypes = [
  "text/csv",
  "application/octet-stream",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/**
 * Streams the request body to its own folder in the data directory (the folder keeps the file's
 * name, which the batch records). A body over the limit is refused, and nothing of it is kept;
 * the rest of it is read and dropped, so the caller gets the answer rather than a broken connection.
 */
async function saveUpload(
  request: FastifyRequest,
  reply: FastifyReply,
  filename: string,
  config: Config,
): Promise<string> {
  const tooLarge = () => new UserError("upload_too_large", { mb: config.uploadMaxBytes / 2 ** 20 });
  if (Number(request.headers["content-length"] ?? 0) > config.uploadMaxBytes) {
    reply.header("connection", "close");
    throw tooLarge();
  }
  const folder = path.join(config.dataDir, "uploads", randomBytes(8).toString("hex"));
  fs.mkdirSync(folder, { recursive: true });
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next(bytes > config.uploadMaxBytes ? tooLarge() : null, chunk);
    },
  });
  const body = request.body as NodeJS.ReadableStream;
  const written = pipeline(limit, fs.createWriteStream(path.join(folder, filename)));
  body.on("error", (error) => limit.destroy(error));
  body.once("close", () => request.raw.complete || limit.destroy(new Error("upload interrupted")));
  body.pipe(limit);
  try {
    await written;
  } catch (error) {
    body.unpipe(limit);
    body.resume();
    reply.header("connection", "close");
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return path.join(folder, filename);
}

/** Who may bring lists in: the regency's admins and the operators of kecamatan and desa. */
function importer(request: FastifyRequest): User {
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
  server.addContentTypeParser(uploadTypes, (_request, payload, done) => done(null, payload));
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
      const file = await saveUpload(request, reply, filename, config);
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
            batches: z.array(
              z.object({
                batch: z.number(),
                source: z.string(),
                file: z.string(),
                rows: z.number(),
                accepted: z.number(),
                quarantined: z.number(),
                skipped: z.number(),
                issues: z.record(z.string(), z.number()),
              }),
            ),
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
    `${apiPrefix}/imports/:batch/quarantine`,
    {
      schema: {
        tags: ["imports"],
        summary: "The rows of a batch set aside, as CSV to fix in a spreadsheet (your kecamatan only)",
        params: z.object({ batch: z.coerce.number().int().min(1) }),
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

      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", `attachment; filename="karantina-${request.params.batch}.csv"`);
      return reply.send(quarantineCsv(result.batch.headers, rows));
    },
  );
}
