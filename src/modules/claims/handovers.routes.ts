/** Handover ceremonies and their papers, and heirs' training referrals, over the API. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toLang } from "../../common/lang.ts";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix } from "../../core/http.ts";
import { day, errors, idParams, rupiah, trainingReferral } from "./claims.schemas.ts";
import { handoverPapers, handoverPdf } from "./handover-letters.ts";
import { createHandover, handoverDetail, listHandovers } from "./handovers.service.ts";
import { listTraining, referToTraining, trainingStatuses, updateTraining } from "./training.service.ts";

const handover = z.object({
  id: z.number(),
  title: z.string(),
  held_on: z.string(),
  place: z.string(),
  created_by: z.string(),
});

export function handoversRoutes(server: FastifyInstance, { db }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${apiPrefix}/handovers`,
    {
      schema: {
        tags: ["claims"],
        summary: "Handover ceremonies holding claims of your area, latest first",
        response: {
          200: z.object({
            handovers: z.array(handover.extend({ claims: z.number(), total: rupiah })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user } = auditedCaller(request);
      return { handovers: await listHandovers({ db, user }) };
    },
  );

  api.post(
    `${apiPrefix}/handovers`,
    {
      schema: {
        tags: ["claims"],
        summary: "Plan a handover ceremony with paid claims of your area (each handed over once)",
        body: z.object({
          title: z.string().min(1).max(200),
          heldOn: day,
          place: z.string().min(1).max(200),
          claimIds: z.array(z.number().int().min(1)).min(1).max(500),
        }),
        response: { 201: z.object({ id: z.number(), claims: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      return reply.code(201).send(await createHandover({ db, input: request.body, user, audit }));
    },
  );

  api.get(
    `${apiPrefix}/handovers/:id`,
    {
      schema: {
        tags: ["claims"],
        summary: "A handover and its claims of your area, with who receives each",
        params: idParams,
        response: {
          200: z.object({
            handover,
            claims: z.array(
              z.object({
                claim_id: z.number(),
                type: z.string(),
                name: z.string(),
                desa: z.string().nullable(),
                kecamatan: z.string().nullable(),
                event_date: z.string(),
                paid_amount: rupiah,
                paid_on: z.string(),
                recipients: z.array(z.object({ name: z.string(), relation: z.string() })),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return handoverDetail({ db, id: request.params.id, user, audit });
    },
  );

  api.get(
    `${apiPrefix}/handovers/:id/papers`,
    {
      schema: {
        tags: ["claims"],
        summary: "The ceremony's papers as PDF: a letter per recipient, a receipt per claim, or the list",
        description: "Amounts in figures and in words (terbilang); NIKs masked. Recorded in the audit log.",
        params: idParams,
        querystring: z.object({
          paper: z.enum(handoverPapers),
          lang: z.enum(["id", "en"]).optional(),
        }),
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
      const lang = toLang(request.query.lang ?? request.headers["accept-language"]);
      const { paper } = request.query;
      const pdf = await handoverPdf({ db, id: request.params.id, paper, lang, user, audit });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="penyerahan-${request.params.id}-${paper}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf as unknown as string);
    },
  );

  api.get(
    `${apiPrefix}/training`,
    {
      schema: {
        tags: ["claims"],
        summary: "Heirs referred to job training in your area, open ones first",
        querystring: z.object({ status: z.enum(trainingStatuses).optional() }),
        response: {
          200: z.object({
            referrals: z.array(
              trainingReferral.extend({
                claim_id: z.number(),
                relation: z.string(),
                member: z.string().describe("the member the claim is for"),
                note: z.string().nullable(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return { referrals: await listTraining({ db, status: request.query.status, user, audit }) };
    },
  );

  api.post(
    `${apiPrefix}/training`,
    {
      schema: {
        tags: ["claims"],
        summary: "Refer a family member of a claim to a Disnaker training programme",
        body: z.object({
          claimId: z.number().int().min(1),
          familyMemberId: z.number().int().min(1),
          program: z.string().min(1).max(200),
          provider: z.string().max(200).nullish(),
          on: day.nullish(),
        }),
        response: { 201: z.object({ id: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      return reply.code(201).send(await referToTraining({ db, ...request.body, user, audit }));
    },
  );

  api.post(
    `${apiPrefix}/training/:id/step`,
    {
      schema: {
        tags: ["claims"],
        summary: "Record how far a referral got: enrolled, completed, employed",
        params: idParams,
        body: z.object({
          status: z.enum(trainingStatuses),
          on: day.nullish(),
          note: z.string().max(1000).nullish(),
        }),
        response: { 200: z.object({ id: z.number(), status: z.enum(trainingStatuses) }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return updateTraining({ db, id: request.params.id, ...request.body, user, audit });
    },
  );
}
