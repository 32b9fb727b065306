/**
 * The dossier's registers over the API: regulations and innovations. Every internal role reads
 * (CSR partners have their portal); regency admins add and remove, audited.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import {
  addInnovation,
  addRegulation,
  listInnovations,
  listRegulations,
  regulationKinds,
  removeInnovation,
  removeRegulation,
} from "./dossier.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ["reports"];
const idParams = z.object({ id: z.coerce.number().int().min(1) });
const day = z.string().max(10).describe("yyyy-mm-dd");
const regulation = z.object({
  id: z.number(),
  kind: z.string(),
  number: z.string(),
  title: z.string(),
  issued_on: z.string(),
  notes: z.string().nullable(),
  created_by: z.string(),
});
const innovation = z.object({
  id: z.number(),
  name: z.string(),
  started_on: z.string(),
  description: z.string(),
  created_by: z.string(),
});

export function dossierRoutes(server: FastifyInstance, { db }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get(
    `${apiPrefix}/regulations`,
    {
      schema: {
        tags,
        summary: "The regency's regulations on covering vulnerable workers, oldest first (for the dossier)",
        response: { 200: z.object({ regulations: z.array(regulation) }), ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { regulations: await listRegulations({ db }) };
    },
  );

  api.post(
    `${apiPrefix}/regulations`,
    {
      schema: {
        tags,
        summary: "Record a regulation (regency admins)",
        body: z.object({
          kind: z.string().max(20).describe(regulationKinds.join(" | ")),
          number: z.string().max(200).describe('e.g. "12 Tahun 2024"'),
          title: z.string().max(400),
          issuedOn: day,
          notes: z.string().max(4000).nullish(),
        }),
        response: { 201: regulation, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      return reply.code(201).send(await addRegulation({ db, input: request.body, audit }));
    },
  );

  api.delete(
    `${apiPrefix}/regulations/:id`,
    {
      schema: {
        tags,
        summary: "Remove a regulation recorded by mistake (regency admins)",
        params: idParams,
        response: { 200: regulation, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return removeRegulation({ db, id: request.params.id, audit });
    },
  );

  api.get(
    `${apiPrefix}/innovations`,
    {
      schema: {
        tags,
        summary: "The regency's innovations, oldest first (for the dossier)",
        response: { 200: z.object({ innovations: z.array(innovation) }), ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { innovations: await listInnovations({ db }) };
    },
  );

  api.post(
    `${apiPrefix}/innovations`,
    {
      schema: {
        tags,
        summary: "Record an innovation (regency admins)",
        body: z.object({
          name: z.string().max(400),
          startedOn: day,
          description: z.string().max(4000),
        }),
        response: { 201: innovation, ...errors },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      return reply.code(201).send(await addInnovation({ db, input: request.body, audit }));
    },
  );

  api.delete(
    `${apiPrefix}/innovations/:id`,
    {
      schema: {
        tags,
        summary: "Remove an innovation recorded by mistake (regency admins)",
        params: idParams,
        response: { 200: innovation, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return removeInnovation({ db, id: request.params.id, audit });
    },
  );
}
