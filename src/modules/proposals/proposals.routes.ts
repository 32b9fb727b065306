import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { message } from "../../common/messages.ts";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { validNik } from "../public-check/public-check.service.ts";
import { PublicLimiter } from "../public-check/rate-limiter.ts";
import { listProposalQueue, rejectProposal, submitProposal, verifyProposals } from "./proposals.service.ts";

const proposalBody = z.object({
  nik: z.string().min(1).max(40).describe("16 digits"),
  name: z.string().min(1).max(200).describe("as on the KTP"),
  birthDate: z.string().max(20).describe("ISO yyyy-mm-dd"),
  occupation: z.string().min(1).max(100),
  phone: z.string().max(30).nullish(),
  desaCode: z
    .string()
    .min(1)
    .max(20)
    .describe("the desa/kelurahan's Kepmendagri code (GET /api/v1/public/villages)"),
  consent: z.boolean().describe("the worker agrees that the data be used to consider them; must be true"),
});
const proposal = z.object({
  id: z.number(),
  nik: z.string().describe("masked"),
  name: z.string(),
  birth_date: z.string().describe("auditors see the year only"),
  occupation: z.string(),
  phone: z.string().nullable(),
  desa_code: z.string(),
  desa_name: z.string(),
  kecamatan_code: z.string(),
  kecamatan_name: z.string().nullable(),
  status: z.enum(["pending", "verified", "rejected"]),
  submissions: z.number().describe("submissions merged into this one (same NIK and desa while pending)"),
  submitted_by: z.string().describe("'public', or the operator who submitted for the worker"),
  consent_at: z.string(),
  first_submitted_at: z.string(),
  last_submitted_at: z.string(),
  decided_by: z.string().nullable(),
  decided_at: z.string().nullable(),
  rejection_reason: z.string().nullable(),
  batch_id: z.number().nullable().describe("the import batch a verified proposal became a source record of"),
  row_number: z.number().nullable(),
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const idParams = z.object({ id: z.coerce.number().int().min(1) });

/**
 * Self-proposals: the public submission (no login, rate-limited, the same answer whatever is
 * known), and the verification queue for regency admins and operators (auditors read it), inside
 * the caller's area, NIKs masked, every look and decision audited.
 */
export function proposalsRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const limiter = new PublicLimiter({
    perIp: config.publicLimits.proposalsPerIp,
    ipWindowMs: 3_600_000,
    perNik: config.publicLimits.proposalsPerNik,
    nikWindowMs: 86_400_000,
  });

  api.post(
    `${apiPrefix}/public/proposals`,
    {
      schema: {
        tags: ["public"],
        summary: "Public: propose oneself for cover (no login); lands in the village's verification queue",
        description:
          "The same proposal (NIK and desa) sent again while pending is merged. The answer is the same " +
          "whether the NIK is known or not. Limited per address (PAYUNG_PUBLIC_PROPOSALS_PER_IP an hour) " +
          "and per NIK (PAYUNG_PUBLIC_PROPOSALS_PER_NIK a day): 429 with Retry-After.",
        body: proposalBody,
        response: {
          202: z.object({ status: z.literal("received"), message: z.string() }),
          400: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const lang = langOf(request);
      limiter.takeIp(request.ip);
      limiter.takeNik(validNik(request.body.nik, lang));
      await submitProposal({
        db,
        input: request.body,
        regencyCode: config.regencyCode,
        audit: { actor: "public", via: "POST /api/v1/public/proposals", source: request.ip },
      });
      return reply
        .code(202)
        .send({ status: "received" as const, message: message("public_proposal_received", {}, lang) });
    },
  );

  api.post(
    `${apiPrefix}/proposals`,
    {
      schema: {
        tags: ["proposals"],
        summary:
          "Propose a worker on their behalf (operators, inside their area); merged like the public ones",
        body: proposalBody,
        response: {
          201: z.object({ id: z.number(), status: z.literal("pending"), submissions: z.number() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const saved = await submitProposal({
        db,
        input: request.body,
        regencyCode: config.regencyCode,
        user,
        audit,
      });
      return reply
        .code(201)
        .send({ id: saved.id, status: "pending" as const, submissions: saved.submissions });
    },
  );

  api.get(
    `${apiPrefix}/proposals`,
    {
      schema: {
        tags: ["proposals"],
        summary: "The verification queue of your area, oldest first (NIKs masked)",
        querystring: z.object({
          status: z.enum(["pending", "verified", "rejected", "all"]).default("pending"),
          desa: z.string().max(20).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ proposals: z.array(proposal), total: z.number() }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const { status, ...rest } = request.query;
      return listProposalQueue({ db, user, audit, ...rest, status: status === "all" ? undefined : status });
    },
  );

  api.post(
    `${apiPrefix}/proposals/:id/verify`,
    {
      schema: {
        tags: ["proposals"],
        summary: "Verify a pending proposal: it becomes a source record of the list usulan-mandiri",
        params: idParams,
        response: {
          200: z.object({
            id: z.number(),
            status: z.literal("verified"),
            batch: z.number().describe("the import batch holding the new source record"),
            row: z.number(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const done = await verifyProposals({ db, ids: [request.params.id], user, audit });
      const [one] = done.verified;
      return { id: one.id, status: "verified" as const, batch: one.batch, row: one.row };
    },
  );

  api.post(
    `${apiPrefix}/proposals/:id/reject`,
    {
      schema: {
        tags: ["proposals"],
        summary: "Reject a pending proposal with a reason",
        params: idParams,
        body: z.object({ reason: z.string().max(400) }),
        response: {
          200: z.object({ id: z.number(), status: z.literal("rejected"), reason: z.string() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return rejectProposal({ db, id: request.params.id, reason: request.body.reason, user, audit });
    },
  );
}
