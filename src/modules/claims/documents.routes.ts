/**
 * A claim's documents over the API: the file is the request body (any content type: what it is
 * is read from its first bytes, so a wrong file gets a clear answer, not a bare 415), served back
 * only to roles that handle or decide claims, never cached.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { errors, idParams } from "./claims.schemas.ts";
import { checkDocument, readDocument, uploadDocument } from "./documents.service.ts";

/** Bodies larger than this are cut off by the server; the claim settings' limit (5 MB) answers first. */
const bodyLimit = 64 * 2 ** 20;
const documentParams = idParams.extend({ document: z.coerce.number().int().min(1) });

export function documentsRoutes(server: FastifyInstance, { db }: App): void {
  server.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser("*", { parseAs: "buffer", bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().post(
      `${apiPrefix}/claims/:id/documents`,
      {
        bodyLimit,
        schema: {
          tags: ["claims"],
          summary: "Upload a document of the claim's checklist (PDF, JPG or PNG; the file is the body)",
          description:
            "The item is `code` (GET /claims/{id} lists the checklist). The type is read from the file's " +
            "first bytes: anything else is refused with 415 and a message saying what to send; files over " +
            "the claim settings' limit (5 MB) with 413. A new upload of an item replaces the old one in the " +
            "checklist; the old one is kept.",
          params: idParams,
          querystring: z.object({
            code: z.string().regex(/^[a-z_]{2,40}$/),
            filename: z.string().min(1).max(200),
          }),
          response: {
            201: z.object({ id: z.number(), code: z.string(), contentType: z.string(), bytes: z.number() }),
            ...errors,
            413: errorSchema,
            415: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const { user, audit } = auditedCaller(request);
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const saved = await uploadDocument({
          db,
          claimId: request.params.id,
          code: request.query.code,
          filename: request.query.filename,
          content,
          user,
          audit,
        });
        return reply.code(201).send(saved);
      },
    );
  });

  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/claims/:id/documents/:document`,
    {
      schema: {
        tags: ["claims"],
        summary: "A document's file (regency admins, operators of the area, BPJS officers); audited",
        params: documentParams,
        response: {
          200: {
            description: "The file as uploaded",
            content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const file = await readDocument({
        db,
        claimId: request.params.id,
        documentId: request.params.document,
        user,
        audit,
      });
      return reply
        .type(file.contentType)
        .header("content-disposition", `inline; filename="${encodeURIComponent(file.filename)}"`)
        .header("cache-control", "no-store")
        .header("x-content-type-options", "nosniff")
        .send(file.content as unknown as string);
    },
  );

  api.post(
    `${apiPrefix}/claims/:id/documents/:document/check`,
    {
      schema: {
        tags: ["claims"],
        summary: "Accept a document, or reject it with a note of what to bring instead",
        params: documentParams,
        body: z.object({ status: z.enum(["accepted", "rejected"]), note: z.string().max(1000).nullish() }),
        response: { 200: z.object({ id: z.number(), status: z.string() }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return checkDocument({
        db,
        claimId: request.params.id,
        documentId: request.params.document,
        ...request.body,
        user,
        audit,
      });
    },
  );
}
