import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { auditedCaller, requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { jobSchema } from "../jobs/jobs.routes.ts";
import { enqueueJob } from "../jobs/jobs.service.ts";
import { monthPattern } from "../tariffs/premium.ts";
import { comparePlans, planAreas, planPersons, planReach } from "./plans.reports.ts";
import { approvePlan, checkPlanPeriod, deletePlan, listPlans, showPlan } from "./plans.service.ts";

const month = z.string().regex(monthPattern, "yyyy-mm");
const count = z.number().int();
const rupiah = z.number().int().describe("integer rupiah");
const plan = z.object({
  plan: z.number(),
  status: z.enum(["draft", "approved", "superseded"]),
  from: z.string(),
  to: z.string(),
  revises: z.number().nullable(),
  funders: z.array(
    z.object({
      id: z.string().describe("the funder's code"),
      name: z.string(),
      type: z.string(),
      bpjsCode: z.string(),
      from: z.string(),
      to: z.string(),
      months: count,
      perPerson: rupiah,
      capacity: count,
      allocated: count,
      cost: rupiah,
      left: rupiah,
    }),
  ),
  eligible: count,
  covered: count,
  waitlist: count,
  cost: rupiah,
  excluded: z.record(z.string(), count).describe("persons not eligible, per reason"),
  byTier: z.array(z.object({ tier: count, eligible: count, covered: count })),
  shortSpells: count.describe("covered for fewer than six months"),
  gaps: count.describe("covered months with a gap between them"),
  skipped: z.array(z.object({ id: z.string(), from: z.string(), to: z.string() })),
  createdBy: z.string(),
  createdAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
const area = z.object({
  kecamatan: z.string().nullable(),
  name: z.string().nullable(),
  covered: count,
  waitlist: count,
  cost: rupiah,
});
const brief = z.object({
  plan: z.number(),
  status: z.string(),
  from: z.string(),
  to: z.string(),
  covered: count,
  waitlist: count,
  cost: rupiah,
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const planId = z.object({ id: z.coerce.number().int().min(1) });

export function plansRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/plans`,
    {
      schema: {
        tags: ["funding"],
        summary: "Every allocation plan, the newest first",
        response: { 200: z.object({ plans: z.array(plan) }), ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { plans: await listPlans({ db }) };
    },
  );
  api.post(
    `${apiPrefix}/plans`,
    {
      schema: {
        tags: ["funding"],
        summary: "Make a draft plan for a period as a job (regency admins); follow it at /api/v1/jobs/{id}",
        body: z.object({ from: month, to: month, revises: z.number().int().min(1).nullable().default(null) }),
        response: { 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireRegencyAdmin(request);
      checkPlanPeriod(request.body.from, request.body.to); // said now, not when the job runs
      const queued = await enqueueJob(db, {
        kind: "plan",
        params: request.body,
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(queued);
    },
  );
  api.get(
    `${apiPrefix}/plans/reach`,
    {
      schema: {
        tags: ["funding"],
        summary: "How many people budgets cover for some months, and down to which desil of the ranking",
        querystring: z.object({
          budget: z.string().regex(/^\d+(,\d+)*$/, "whole rupiah, several comma-separated"),
          months: z.coerce.number().int().min(1).max(60),
          package: z.string().max(40),
          from: month.default(`${new Date().getFullYear()}-01`),
          funderType: z.string().max(20).default("apbd"),
          unitRate: z.coerce.number().int().min(1).optional(),
        }),
        response: {
          200: z.object({
            months: count,
            from: z.string(),
            package: z.string(),
            funderType: z.string(),
            perPerson: rupiah,
            eligible: count,
            scenarios: z.array(
              z.object({
                budget: rupiah,
                people: count,
                covered: count,
                cost: rupiah,
                left: rupiah,
                lastTier: z.number().nullable(),
                lastDesil: z.number().nullable(),
                byTier: z.array(z.object({ tier: count, eligible: count, covered: count })),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireFundingReader(request);
      const q = request.query;
      return planReach({
        db,
        budgets: q.budget.split(",").map(Number),
        months: q.months,
        from: q.from,
        pkg: q.package,
        funderType: q.funderType,
        unitRate: q.unitRate,
        regencyCode: config.regencyCode,
      });
    },
  );
  api.get(
    `${apiPrefix}/plans/compare`,
    {
      schema: {
        tags: ["funding"],
        summary: "Who plan b covers that plan a does not, who it drops, whose funders or months change",
        querystring: z.object({ a: z.coerce.number().int().min(1), b: z.coerce.number().int().min(1) }),
        response: {
          200: z.object({ a: brief, b: brief, added: count, removed: count, changed: count }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return comparePlans({ db, ...request.query });
    },
  );
  api.get(
    `${apiPrefix}/plans/:id`,
    {
      schema: {
        tags: ["funding"],
        summary: "A plan's figures per funder and tier, and per kecamatan of your area (counts only)",
        params: planId,
        response: { 200: plan.extend({ areas: z.array(area) }), ...errors },
      },
    },
    async (request) => {
      const user = requireFundingReader(request);
      const summary = await showPlan({ db, id: request.params.id });
      const areas = await planAreas({ db, id: request.params.id, user });
      return { ...summary, areas };
    },
  );
  api.get(
    `${apiPrefix}/plans/:id/persons`,
    {
      schema: {
        tags: ["funding"],
        summary: "The covered persons of a plan in your area, in rank order (waiting=true: its waitlist)",
        params: planId,
        querystring: z.object({
          waiting: z
            .enum(["true", "false"])
            .default("false")
            .transform((v) => v === "true"),
          funder: z.string().max(40).optional(),
          kecamatan: z.string().max(20).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            total: count,
            persons: z.array(
              z.object({
                rank: count,
                tier: count,
                desil: z.number().nullable(),
                months: count,
                short_spell: z.boolean(),
                gap: z.boolean(),
                id: z.number(),
                name: z.string(),
                nik: z.string().nullable(),
                birth_date: z.string().nullable(),
                kecamatan_code: z.string().nullable(),
                desa_code: z.string().nullable(),
                funders: z.array(z.string()),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const caller = auditedCaller(request);
      // BPJS officers see enrolled members (enrolment), not the regency's ranking.
      if (caller.user.role === "bpjs_officer")
        throw new UserError("forbidden_role", { role: caller.user.role });
      return planPersons({ db, id: request.params.id, caller, ...request.query });
    },
  );
  api.post(
    `${apiPrefix}/plans/:id/approve`,
    {
      schema: {
        tags: ["funding"],
        summary: "Approve a draft plan (regency admins): frozen from then on, the input of enrolment",
        params: planId,
        response: { 200: plan, ...errors, 409: errorSchema },
      },
    },
    async (request) => approvePlan({ db, id: request.params.id, audit: requireRegencyAdmin(request).audit }),
  );
  api.delete(
    `${apiPrefix}/plans/:id`,
    {
      schema: {
        tags: ["funding"],
        summary: "Delete a draft plan (regency admins); approved plans stay",
        params: planId,
        response: { 204: z.null(), ...errors, 409: errorSchema },
      },
    },
    async (request, reply) => {
      await deletePlan({ db, id: request.params.id, audit: requireRegencyAdmin(request).audit });
      return reply.code(204).send(null);
    },
  );
}
