import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { enqueueJob } from "../jobs/jobs.service.ts";
import { fields, mapHeaders } from "./header-mapping.ts";
import { importer } from "./imports.routes.ts";
import { previewFile } from "./imports.service.ts";
import { findUpload, saveUpload } from "./uploads.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const kind = z.enum(["people", "bpjs-members"]);
const source = z.string().regex(/^[\w.-]{1,64}$/);
const token = z.object({ upload: z.string().max(64) });

/**
 * The import wizard's steps: send the file once, look at its first rows and how its columns would
 * be read, then import it with the columns as confirmed (remembered for the source's next list).
 */
export function uploadsRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.post(
    `${apiPrefix}/uploads`,
    {
      schema: {
        tags: ["imports"],
        summary: "Send a list (CSV or XLSX as the body); answers the upload's token for preview and import",
        querystring: z.object({ filename: z.string().regex(/^[^/\\]{1,200}$/) }),
        response: {
          201: z.object({ upload: z.string(), filename: z.string(), bytes: z.number() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const user = importer(request);
      const { filename } = request.query;
      const saved = await saveUpload(request, reply, { filename, config, owner: user.username });
      return reply.code(201).send({ upload: saved.token, filename, bytes: saved.bytes });
    },
  );
  api.get(
    `${apiPrefix}/uploads/:upload/preview`,
    {
      schema: {
        tags: ["imports"],
        summary: "The first rows of an upload and how each column would be read for this source",
        params: token,
        querystring: z.object({ source, kind: kind.optional() }),
        response: {
          200: z.object({
            file: z.string(),
            format: z.string(),
            encoding: z.string().nullable(),
            delimiter: z.string().nullable(),
            headers: z.array(z.string()),
            rows: z.array(z.array(z.string())),
            columns: z.array(
              z.object({ header: z.string(), field: z.enum(fields).nullable(), recognised: z.boolean() }),
            ),
            remembered: z.boolean(),
            kind,
            fields: z.array(z.string()),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = importer(request);
      const { file } = findUpload(config, request.params.upload, user.username);
      const { saved: _saved, ...preview } = await previewFile({ db, file, ...request.query });
      return { ...preview, fields: [...fields] };
    },
  );
  api.post(
    `${apiPrefix}/uploads/:upload/import`,
    {
      schema: {
        tags: ["imports"],
        summary: "Import an upload as a job, with the columns as confirmed; follow it at /api/v1/jobs/{id}",
        params: token,
        body: z.object({
          source,
          kind: kind.optional(),
          mapping: z.object({ columns: z.record(z.string(), z.enum(fields).nullable()) }).optional(),
        }),
        response: { 202: z.object({ id: z.number(), kind: z.string(), status: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const user = importer(request);
      const { file, filename } = findUpload(config, request.params.upload, user.username);
      const { source, mapping } = request.body;
      // A mapping that cannot be used is refused now, not by the job later.
      const preview = await previewFile({ db, file, source, kind: request.body.kind });
      mapHeaders(preview.headers, filename, mapping ?? preview.saved, preview.kind);
      const job = await enqueueJob(db, {
        kind: "import",
        params: { file, source, kind: preview.kind, mapping },
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(job);
    },
  );
}
