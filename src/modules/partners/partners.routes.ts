/** Companies, their MoUs and commitments over the API: regency admins change, auditors read. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix } from "../../core/http.ts";
import { acceptCommitment, addCommitment, listCommitments, updateCommitment } from "./commitments.service.ts";
import {
  addCompany,
  addMou,
  listCompanies,
  listExpiringMous,
  showCompany,
  updateCompany,
  updateMou,
} from "./companies.service.ts";
import {
  acceptInput,
  commitment,
  commitmentInput,
  commitmentUpdate,
  company,
  companyCode,
  companyInput,
  companyRow,
  companyUpdate,
  errors,
  flag,
  idParams,
  mou,
  mouInput,
  mouUpdate,
  recipient,
  within,
} from "./partners.schemas.ts";
import { requirePartnersReader } from "./partners-access.ts";

const tags = ["partners"];
const changed = z.boolean().describe("false: nothing differed from what was stored");

export function partnersRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const regencyCode = config.regencyCode;

  api.get(
    `${apiPrefix}/partners/companies`,
    {
      schema: {
        tags,
        summary: "Companies (CSR partners) with their MoUs, commitments and latest circular answer, by name",
        querystring: z.object({
          q: z.string().max(100).optional().describe("part of the name or code"),
          answered: flag
            .optional()
            .describe("answered (or not) the circular given, else the latest one each was sent"),
          circular: z.coerce.number().int().min(1).optional().describe("only companies sent this circular"),
          activeMou: flag.optional().describe("has an MoU in force today (or not)"),
          commitments: flag.optional().describe("has commitments (or not)"),
        }),
        response: { 200: z.object({ companies: z.array(companyRow) }), ...errors },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      const { commitments: hasCommitments, ...filter } = request.query;
      return { companies: await listCompanies({ db, filter: { ...filter, hasCommitments } }) };
    },
  );

  api.post(
    `${apiPrefix}/partners/companies`,
    {
      schema: {
        tags,
        summary: "Add a company (regency admins)",
        body: companyInput.extend({ code: companyCode }),
        response: { 201: company, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      const { code, ...input } = request.body;
      return reply.code(201).send(await addCompany({ db, code, input, audit }));
    },
  );

  api.get(
    `${apiPrefix}/partners/companies/:id`,
    {
      schema: {
        tags,
        summary:
          "A company with its MoUs, commitments (and what their funders used), circulars and follow-ups due",
        params: idParams,
        response: {
          200: z.object({
            company,
            mous: z.array(mou),
            commitments: z.array(commitment),
            circulars: z.array(recipient).describe("every circular it was sent, latest first"),
            followUps: z.array(recipient).describe("contacts due today or overdue"),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return showCompany({ db, id: request.params.id });
    },
  );

  api.post(
    `${apiPrefix}/partners/companies/:id`,
    {
      schema: {
        tags,
        summary: "Change a company's fields (those given; null clears one) (regency admins)",
        params: idParams,
        body: companyUpdate,
        response: { 200: z.object({ company, changed }), ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return updateCompany({ db, id: request.params.id, input: request.body, audit });
    },
  );

  api.post(
    `${apiPrefix}/partners/companies/:id/mous`,
    {
      schema: {
        tags,
        summary: "Add a memorandum of understanding (MoU) of a company (regency admins)",
        params: idParams,
        body: mouInput,
        response: { 201: mou, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      return reply
        .code(201)
        .send(await addMou({ db, companyId: request.params.id, input: request.body, audit }));
    },
  );

  api.post(
    `${apiPrefix}/partners/mous/:id`,
    {
      schema: {
        tags,
        summary: "Change an MoU's fields (those given) (regency admins)",
        params: idParams,
        body: mouUpdate,
        response: { 200: z.object({ mou, changed }), ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return updateMou({ db, id: request.params.id, input: request.body, audit });
    },
  );

  api.get(
    `${apiPrefix}/partners/mous/expiring`,
    {
      schema: {
        tags,
        summary: "MoUs in force whose last day comes within the days given (default 90), soonest first",
        querystring: z.object({ within: within(90) }),
        response: {
          200: z.object({ today: z.string(), within: z.number(), mous: z.array(mou) }),
          ...errors,
        },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return listExpiringMous({ db, within: request.query.within });
    },
  );

  api.get(
    `${apiPrefix}/partners/commitments`,
    {
      schema: {
        tags,
        summary: "Every commitment with its capacity and what its funder used, latest period first",
        querystring: z.object({ accepted: flag.optional().describe("accepted as funders (or not yet)") }),
        response: { 200: z.object({ commitments: z.array(commitment) }), ...errors },
      },
    },
    async (request) => {
      requirePartnersReader(request);
      return { commitments: await listCommitments({ db, accepted: request.query.accepted }) };
    },
  );

  api.post(
    `${apiPrefix}/partners/companies/:id/commitments`,
    {
      schema: {
        tags,
        summary: "Record what a company commits to pay for: budget, workers, months, areas (regency admins)",
        params: idParams,
        body: commitmentInput,
        response: { 201: commitment, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      return reply
        .code(201)
        .send(
          await addCommitment({ db, companyId: request.params.id, input: request.body, regencyCode, audit }),
        );
    },
  );

  api.post(
    `${apiPrefix}/partners/commitments/:id`,
    {
      schema: {
        tags,
        summary: "Change a commitment not yet accepted (those fields given) (regency admins)",
        params: idParams,
        body: commitmentUpdate,
        response: { 200: z.object({ commitment, changed }), ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return updateCommitment({ db, id: request.params.id, input: request.body, regencyCode, audit });
    },
  );

  api.post(
    `${apiPrefix}/partners/commitments/:id/accept`,
    {
      schema: {
        tags,
        summary: "Accept a commitment: it becomes a CSR funder that allocation plans spend (regency admins)",
        params: idParams,
        body: acceptInput,
        response: { 200: commitment, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return acceptCommitment({ db, id: request.params.id, options: request.body, audit });
    },
  );
}
