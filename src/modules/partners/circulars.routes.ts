/** The circular letter campaign (surat edaran) over the API: regency admins change, auditors read. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix } from "../../core/http.ts";
import {
  addCircular,
  listCirculars,
  listFollowUps,
  recordAnswer,
  sendCircular,
  setFollowUp,
  showCircular,
  updateCircular,
} from "./circulars.service.ts";
import {
  answer,
  circular,
  circularDetail,
  circularInput,
  circularUpdate,
  day,
  errors,
  idParams,
  recipient,
  within,
} from "./partners.schemas.ts";
import { requirePartnersReader } from "./partners-access.ts";

const tags = ["partners"];
const companyIds = z.array(z.number().int().min(1)).max(5000);
const recipientParams = z.object({
  id: z.coerce.number().int().min(1),
  company: z.coerce.number().int().min(1),
});
const notes = z.string().max(1000).nullish().describe("replaces the note; left out: kept");

export function circularsRoutes(server: FastifyInstance, { db }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${apiPrefix}/partners/circulars`,
    {
      schema: {
        tags,
        summary:
          "Circulars (surat edaran), latest first, each with its figures: sent, answers, no answer, due",
        response: { 200: z.object({ circulars: z.array(circular) }), ...errors },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return { circulars: await listCirculars({ db }) };
    },
  );

  api.post(
    `${apiPrefix}/partners/circulars`,
    {
      schema: {
        tags,
        summary: "Add a circular sent on its day to the companies given (regency admins)",
        body: circularInput.extend({ companyIds: companyIds.default([]) }),
        response: { 201: circularDetail, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      const { companyIds: ids, ...input } = request.body;
      return reply.code(201).send(await addCircular({ db, input, companyIds: ids, audit }));
    },
  );

  api.get(
    `${apiPrefix}/partners/circulars/:id`,
    {
      schema: {
        tags,
        summary:
          "A circular with its figures and every company it was sent to, with answers and next contact",
        params: idParams,
        response: { 200: circularDetail, ...errors },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return showCircular({ db, id: request.params.id });
    },
  );

  api.post(
    `${apiPrefix}/partners/circulars/:id`,
    {
      schema: {
        tags,
        summary: "Change a circular's number, title or days (those given) (regency admins)",
        params: idParams,
        body: circularUpdate,
        response: { 200: circularDetail.extend({ changed: z.boolean() }), ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return updateCircular({ db, id: request.params.id, input: request.body, audit });
    },
  );

  api.post(
    `${apiPrefix}/partners/circulars/:id/recipients`,
    {
      schema: {
        tags,
        summary: "Send a circular to more companies; those that have it are left (regency admins)",
        params: idParams,
        body: z.object({ companyIds: companyIds.min(1), sentOn: day.nullish().describe("default: its day") }),
        response: {
          200: z.object({ circular: z.number(), added: z.array(z.number()), already: z.array(z.number()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return sendCircular({ db, id: request.params.id, ...request.body, audit });
    },
  );

  api.post(
    `${apiPrefix}/partners/circulars/:id/recipients/:company/answer`,
    {
      schema: {
        tags,
        summary: "Record (or correct) a company's answer and its day; the follow-up becomes the one given",
        params: recipientParams,
        body: z.object({
          answer,
          on: day.describe("the day it answered"),
          followUpOn: day.nullish().describe("the next contact; none when left out"),
          notes,
        }),
        response: { 200: recipient, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      const { id, company } = request.params;
      const { followUpOn, ...body } = request.body;
      return recordAnswer({
        db,
        circularId: id,
        companyId: company,
        ...body,
        followUpOn: followUpOn ?? null,
        audit,
      });
    },
  );

  api.post(
    `${apiPrefix}/partners/circulars/:id/recipients/:company/follow-up`,
    {
      schema: {
        tags,
        summary: "Set (or clear, with null) the day a company is to be contacted next about a circular",
        params: recipientParams,
        body: z.object({ on: day.nullable(), notes }),
        response: { 200: recipient, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      const { id, company } = request.params;
      return setFollowUp({ db, circularId: id, companyId: company, ...request.body, audit });
    },
  );

  api.get(
    `${apiPrefix}/partners/follow-ups`,
    {
      schema: {
        tags,
        summary:
          "Companies to contact on or before today + within days (default 0: due or overdue), overdue first",
        querystring: z.object({ within: within(0) }),
        response: {
          200: z.object({ today: z.string(), within: z.number(), followUps: z.array(recipient) }),
          ...errors,
        },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return listFollowUps({ db, within: request.query.within });
    },
  );
}
