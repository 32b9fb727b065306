/**
 * Claims over the API: report an event (which opens its claim), record the family, choose the
 * heirs, move the claim through its steps, open a year of the education benefit. Inside the
 * caller's area; operators and regency admins handle, BPJS officers decide, auditors read.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, langOf } from "../../core/http.ts";
import { educationLevels } from "./benefits.ts";
import {
  claimDetailSchema,
  claimStatus,
  claimSummary,
  claimType,
  day,
  errors,
  idParams,
  lang,
  relation,
  rupiah,
} from "./claims.schemas.ts";
import { chooseHeirs, claimDetail, listClaimsFor, moveClaim } from "./claims.service.ts";
import { openEducationClaim } from "./education.service.ts";
import { addFamilyMember, removeFamilyMember, reportEvent } from "./events.service.ts";

const tags = ["claims"];

export function claimsRoutes(server: FastifyInstance, { db }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.post(
    `${apiPrefix}/claim-events`,
    {
      schema: {
        tags,
        summary: "Report a death or work accident of a member; opens its claim with what the rules pay",
        description:
          "The member is named by NIK or by one of their memberships, inside your area. A death ends the " +
          "membership that covered the day (billing stops; premiums paid after it are listed for refund). " +
          "A death caused by work is a JKK claim (48 × income), any other a JKM claim (Rp42.000.000); an " +
          "accident is a JKK temporary-inability claim for the days unable to work.",
        body: z.object({
          nik: z.string().max(40).nullish(),
          membershipId: z.number().int().min(1).nullish(),
          kind: z.enum(["death", "accident"]),
          date: day,
          workRelated: z.boolean(),
          cause: z.string().max(400).nullish(),
          place: z.string().max(400).nullish(),
          injury: z.string().max(400).nullish(),
          daysUnable: z.number().int().min(0).max(3650).nullish(),
          reportedBy: z.enum(["village", "bpjs", "family"]),
          reporter: z.string().max(200).nullish(),
          note: z.string().max(2000).nullish(),
        }),
        response: {
          201: z.object({
            eventId: z.number(),
            claimId: z.number(),
            type: claimType,
            payable: z.boolean(),
            refusal: z.string().nullable(),
            expected: rupiah,
            membershipEnded: z.number().nullable(),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      return reply.code(201).send(await reportEvent({ db, input: request.body, user, audit }));
    },
  );

  api.post(
    `${apiPrefix}/claim-events/:id/family`,
    {
      schema: {
        tags,
        summary: "Add a member of the family (from the KK) to an event",
        params: idParams,
        body: z.object({
          name: z.string().min(1).max(200),
          nik: z.string().max(40).nullish(),
          relation,
          birthDate: day.nullish(),
          deceased: z.boolean().optional(),
          married: z.boolean().optional(),
          working: z.boolean().optional(),
          phone: z.string().max(30).nullish(),
        }),
        response: { 201: z.object({ id: z.number() }), ...errors },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const added = await addFamilyMember({
        db,
        eventId: request.params.id,
        member: request.body,
        user,
        audit,
      });
      return reply.code(201).send(added);
    },
  );

  api.delete(
    `${apiPrefix}/claim-events/:id/family/:member`,
    {
      schema: {
        tags,
        summary: "Remove a family member entered by mistake (not an heir, child claimed for or referral)",
        params: idParams.extend({ member: z.coerce.number().int().min(1) }),
        response: { 204: z.null().describe("removed"), ...errors },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      await removeFamilyMember({
        db,
        eventId: request.params.id,
        memberId: request.params.member,
        user,
        audit,
      });
      return reply.code(204).send(null);
    },
  );

  api.get(
    `${apiPrefix}/claims`,
    {
      schema: {
        tags,
        summary: "Claims of your area: overdue first, then those waiting longest (NIKs masked)",
        querystring: z.object({
          status: claimStatus.optional(),
          type: claimType.optional(),
          overdue: z.enum(["true", "false"]).optional(),
          handedOver: z.enum(["true", "false"]).optional().describe("handed over at a ceremony, or not yet"),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ claims: z.array(claimSummary), total: z.number() }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const { overdue, handedOver, status, type, ...page } = request.query;
      return listClaimsFor({
        db,
        user,
        audit,
        status: status as never,
        type: type as never,
        overdue: overdue === undefined ? undefined : overdue === "true",
        handedOver: handedOver === undefined ? undefined : handedOver === "true",
        ...page,
      });
    },
  );

  api.get(
    `${apiPrefix}/claims/:id`,
    {
      schema: {
        tags,
        summary: "One claim: every amount with the rule that produced it, heirs, checklist, steps, training",
        params: idParams,
        querystring: lang,
        response: { 200: claimDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const language = request.query.lang ?? langOf(request);
      return claimDetail({ db, id: request.params.id, lang: language, user, audit }) as never;
    },
  );

  api.post(
    `${apiPrefix}/claims/:id/heirs`,
    {
      schema: {
        tags,
        summary: "Choose the heirs of a death claim: the legal order's proposal, or others with a reason",
        params: idParams,
        body: z.object({
          familyMemberIds: z.array(z.number().int().min(1)).max(30).nullish().describe("none: the proposal"),
          reason: z.string().max(1000).nullish().describe("needed when the choice differs from the proposal"),
        }),
        response: { 200: z.object({ group: z.string(), heirIds: z.array(z.number()) }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      return chooseHeirs({ db, id: request.params.id, ...request.body, user, audit });
    },
  );

  api.post(
    `${apiPrefix}/claims/:id/step`,
    {
      schema: {
        tags,
        summary: "Move a claim: documents complete → submitted to BPJS → paid or rejected",
        description:
          "documents_complete needs every required document accepted and, for a death, the heirs chosen. " +
          "paid and rejected record BPJS's decision (BPJS officers may record them too).",
        params: idParams,
        body: z.object({
          to: claimStatus,
          on: day.nullish().describe("submitted or paid on (default today)"),
          amount: rupiah.min(0).nullish().describe("paid: what BPJS paid"),
          reference: z.string().max(100).nullish().describe("submitted: BPJS's claim number"),
          reason: z.string().max(1000).nullish().describe("rejected: why"),
        }),
        response: { 200: z.object({ id: z.number(), status: claimStatus }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const move = { ...request.body, to: request.body.to as never };
      return moveClaim({ db, id: request.params.id, move, lang: langOf(request), user, audit });
    },
  );

  api.post(
    `${apiPrefix}/claims/:id/education`,
    {
      schema: {
        tags,
        summary: "Open a school year of the education benefit from a death claim (at most 2 children)",
        params: idParams,
        body: z.object({
          schoolYear: z.number().int().describe("the year the school year starts (2026 = 2026/2027)"),
          children: z
            .array(
              z.object({
                familyMemberId: z.number().int().min(1),
                level: z.enum(educationLevels),
              }),
            )
            .min(1)
            .max(2),
        }),
        response: { 201: z.object({ id: z.number(), expected: rupiah }), ...errors },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const opened = await openEducationClaim({
        db,
        claimId: request.params.id,
        ...request.body,
        user,
        audit,
      });
      return reply.code(201).send(opened);
    },
  );
}
