import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { requireCaller, requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { findUpload } from "../imports/uploads.ts";
import {
  importWorkforce,
  listCoverage,
  removeTarget,
  removeWorkforce,
  setTarget,
  setWorkforce,
} from "./targets.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const count = z.number().int();
const rate = z.number().nullable();
const year = z.coerce.number().int().describe("e.g. 2026");
const areaParams = z.object({
  year,
  region: z.string().max(20).describe("the regency (36.03), a kecamatan (36.03.08) or a desa's code"),
});
const source = z.string().max(200);

const areaSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().describe("2 regency, 3 kecamatan, 4 desa"),
  target: count.nullable(),
  targetSource: z.string().nullable(),
  workforce: count
    .nullable()
    .describe("informal workers: the area's figure, else the sum of its children's when all have one"),
  workforceSource: z.string().nullable(),
  workforceFrom: z.enum(["figure", "sum"]).nullable(),
  covered: count.describe("persons with an active membership on the day; children roll up"),
  coverageRate: rate.describe(
    "covered ÷ workforce, a fraction (0.4321 = 43.21%); null without a denominator",
  ),
  targetProgress: rate.describe("covered ÷ target, a fraction; null without a target"),
});
const savedTarget = z.object({
  year: count,
  region: z.string(),
  name: z.string(),
  level: z.number(),
  target: count,
  source: z.string().nullable(),
  changed: z.boolean().describe("false: the same number and source were stored already"),
});
const savedWorkforce = z.object({
  year: count,
  region: z.string(),
  name: z.string(),
  level: z.number(),
  informalWorkers: count,
  source: z.string(),
  changed: z.boolean().describe("false: the same number and source were stored already"),
});

/**
 * Targets and workforce denominators: the regency's roles read the list (counts only, no one's
 * data, so auditors too; CSR partners see their own portal); only regency admins set, remove and
 * import figures.
 */
export function targetsRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const regencyCode = config.regencyCode;

  api.get(
    `${apiPrefix}/targets`,
    {
      schema: {
        tags: ["coverage"],
        summary:
          "A year's targets and informal-worker figures per area with the persons covered on a day (counts only)",
        querystring: z.object({
          year,
          on: z
            .string()
            .max(10)
            .optional()
            .describe("yyyy-mm-dd in the year; default today (current year), 31 Dec (past), 1 Jan (future)"),
        }),
        response: {
          200: z.object({
            year: count,
            on: z.string().describe("the day counted: the data's date"),
            regency: z.string(),
            areas: z.array(areaSchema),
            unplaced: count.describe("covered persons whose address names no kecamatan (regency only)"),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user } = requireCaller(request);
      if (user.role === "csr_partner") throw new UserError("forbidden_role", { role: user.role });
      return listCoverage({ db, year: request.query.year, on: request.query.on, regencyCode });
    },
  );

  api.put(
    `${apiPrefix}/targets/:year/:region`,
    {
      schema: {
        tags: ["coverage"],
        summary: "Set an area's target for a year: the number of workers to cover (regency admins)",
        params: areaParams,
        body: z.object({ target: count.describe("above 0, e.g. 100000"), source: source.nullish() }),
        response: { 200: savedTarget, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      const { year, region } = request.params;
      return setTarget({ db, year, region, ...request.body, regencyCode, audit });
    },
  );

  api.delete(
    `${apiPrefix}/targets/:year/:region`,
    {
      schema: {
        tags: ["coverage"],
        summary: "Remove an area's target for a year (regency admins)",
        params: areaParams,
        response: {
          200: z.object({ year: count, region: z.string(), name: z.string(), target: count }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return removeTarget({ db, ...request.params, regencyCode, audit });
    },
  );

  api.put(
    `${apiPrefix}/workforce/:year/:region`,
    {
      schema: {
        tags: ["coverage"],
        summary: "Set an area's number of informal workers for a year, with its source (regency admins)",
        params: areaParams,
        body: z.object({
          informalWorkers: count.describe("0 or more"),
          source: source.describe('e.g. "BPS Sakernas Agustus 2025"'),
        }),
        response: { 200: savedWorkforce, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      const { year, region } = request.params;
      return setWorkforce({ db, year, region, ...request.body, regencyCode, audit });
    },
  );

  api.delete(
    `${apiPrefix}/workforce/:year/:region`,
    {
      schema: {
        tags: ["coverage"],
        summary: "Remove an area's informal-worker figure for a year (regency admins)",
        params: areaParams,
        response: {
          200: z.object({ year: count, region: z.string(), name: z.string(), informalWorkers: count }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return removeWorkforce({ db, ...request.params, regencyCode, audit });
    },
  );

  api.post(
    `${apiPrefix}/workforce/import`,
    {
      schema: {
        tags: ["coverage"],
        summary:
          "Import informal-worker figures per kecamatan (an upload from POST /api/v1/uploads: kecamatan code " +
          "or name, number, optional SUMBER) for a year (regency admins); again changes nothing",
        body: z.object({
          upload: z.string().max(64),
          year,
          source: source.nullish().describe("the source of rows whose file names none"),
        }),
        response: {
          200: z.object({
            file: z.string(),
            year: count,
            rows: count,
            saved: count.describe("figures written: new or different"),
            unchanged: count.describe("already so"),
            problems: z.array(
              z.object({
                row: count,
                kecamatan: z.string().describe("as written"),
                workers: z.string().describe("as written"),
                problem: z.enum([
                  "kecamatan_unknown",
                  "kecamatan_repeated",
                  "workers_invalid",
                  "source_missing",
                  "total_row",
                ]),
              }),
            ),
            corrected: z.array(
              z.object({ row: count, kecamatan: z.string(), code: z.string(), name: z.string() }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = requireRegencyAdmin(request);
      const { file } = findUpload(config, request.body.upload, user.username);
      const { year, source } = request.body;
      return importWorkforce({ db, file, year, source, regencyCode, audit });
    },
  );
}
