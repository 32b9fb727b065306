import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { auditedCaller, requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaCondition, isAdminOrOperator, maskField } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findUpload } from "../imports/uploads.ts";
import { jobSchema } from "../jobs/jobs.routes.ts";
import { enqueueJob } from "../jobs/jobs.service.ts";
import { showPlan } from "../plans/plans.service.ts";
import { importAnswer } from "./answers.service.ts";
import { listMemberships, membershipEvents, templateColumns } from "./enrolment.repository.ts";
import { endMembership, endReasons } from "./memberships.service.ts";
import { listRegistrations } from "./registrations.repository.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const count = z.number().int();
const membershipId = z.object({ id: z.coerce.number().int().min(1) });
const statuses = ["registered", "active", "rejected", "lapsed", "ended"] as const;

const membershipSchema = z.object({
  id: z.number(),
  person_id: z.number(),
  name: z.string(),
  nik: z.string().describe("masked"),
  funder: z.string().describe("the funder's code"),
  package: z.string(),
  status: z.string(),
  kpj: z.string().nullable().describe("BPJS's membership number, an opaque string"),
  start_month: z.string().describe("yyyy-mm"),
  end_month: z.string().describe("yyyy-mm"),
  active_from: z.string().nullable().describe("the start BPJS agreed"),
  rejection_reason: z.string().nullable().describe("BPJS's words"),
  end_reason: z.string().nullable(),
});

const answerSummarySchema = z.object({
  file: z.string(),
  rows: count,
  accepted: count,
  rejected: count,
  unchanged: count.describe("already so from an earlier answer"),
  nikUnverified: count.describe("persons whose NIK Dukcapil does not know, now marked unverified"),
  replaced: count.describe(
    "rejected places taken by the next on the plan's waitlist (sent with the next file)",
  ),
  problems: z.array(
    z.object({
      row: count,
      nik: z.string().describe("masked"),
      problem: z.enum(["not_registered", "status_unreadable"]),
    }),
  ),
});

/**
 * Enrolment with BPJS: registration files out (a job, regency admins), BPJS's answer in, and the
 * memberships that follow, each read inside the caller's area with NIKs masked and audited.
 */
export function enrolmentRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.post(
    `${apiPrefix}/registrations`,
    {
      schema: {
        tags: ["enrolment"],
        summary:
          "Make the registration file of one funder of an approved plan as a job (regency admins); " +
          "download it at /api/v1/jobs/{id}/file. Full NIKs: recorded in the audit log",
        body: z.object({
          plan: z.number().int().min(1),
          funder: z.string().max(40),
          format: z.enum(["csv", "xlsx"]).default("csv"),
          template: z.string().max(40).default("default"),
          newOnly: z
            .boolean()
            .default(false)
            .describe("only persons not sent in an earlier file (replacements of rejected ones, say)"),
        }),
        response: { 202: jobSchema, ...errors, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { user } = requireRegencyAdmin(request);
      const { plan: planId, funder, template } = request.body;
      // Said now, not when the job runs (the job checks again: the plan may change meanwhile).
      const plan = await showPlan({ db, id: planId });
      if (plan.status !== "approved") throw new UserError("registration_plan_not_approved", { id: planId });
      if (!plan.funders.some((f) => f.id === funder))
        throw new UserError("registration_funder_not_in_plan", { code: funder, id: planId });
      if (!(await templateColumns(db, template)))
        throw new UserError("registration_template_not_found", { template });
      const queued = await enqueueJob(db, {
        kind: "registration",
        params: request.body,
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(queued);
    },
  );
  api.get(
    `${apiPrefix}/registrations`,
    {
      schema: {
        tags: ["enrolment"],
        summary: "The registration files made, newest first (counts only), with the job whose file to fetch",
        querystring: z.object({
          plan: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            registrations: z.array(
              z.object({
                id: z.number(),
                plan: z.number(),
                funder: z.string(),
                funderName: z.string(),
                bpjsCode: z.string(),
                template: z.string(),
                format: z.string(),
                rows: count,
                refused: count,
                createdBy: z.string(),
                createdAt: z.string(),
                job: z.number().nullable().describe("made through the API: GET /api/v1/jobs/{job}/file"),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { registrations: await listRegistrations(db, request.query) };
    },
  );
  api.post(
    `${apiPrefix}/answers`,
    {
      schema: {
        tags: ["enrolment"],
        summary:
          "Apply BPJS's answer (an upload from POST /api/v1/uploads) at once (regency admins): accepted " +
          "become active with their KPJ, rejected wait in the correction queue; again changes nothing",
        body: z.object({ upload: z.string().max(64) }),
        response: { 200: answerSummarySchema, ...errors },
      },
    },
    async (request) => {
      const { user, audit } = requireRegencyAdmin(request);
      const { file } = findUpload(config, request.body.upload, user.username);
      // One set-based transaction: a hundred thousand rows take seconds, so no job.
      return importAnswer({ db, file, audit });
    },
  );
  api.get(
    `${apiPrefix}/memberships`,
    {
      schema: {
        tags: ["enrolment"],
        summary: "Memberships of your area (BPJS officers: all enrolled), oldest first, NIKs masked",
        querystring: z.object({
          status: z.enum(statuses).optional(),
          funder: z.string().max(40).optional(),
          plan: z.coerce.number().int().min(1).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ memberships: z.array(membershipSchema) }), ...errors },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      if (user.role === "csr_partner") throw new UserError("forbidden_role", { role: user.role });
      const rows = await listMemberships(db, request.query, areaCondition(user, "p", 8));
      if (rows.length > 0) {
        await recordAudit(
          db,
          audit,
          "read",
          rows.map((r) => r.person_id),
          { memberships: request.query },
        );
      }
      return { memberships: rows.map((r) => ({ ...r, nik: maskField(user, "nik", r.nik) })) };
    },
  );
  api.get(
    `${apiPrefix}/memberships/:id`,
    {
      schema: {
        tags: ["enrolment"],
        summary: "One membership of your area with its history (404 outside it), NIK masked, audited",
        params: membershipId,
        response: {
          200: membershipSchema.extend({
            events: z.array(
              z.object({
                at: z.string(),
                event: z.string().describe("registered, accepted, rejected, ended …"),
                details: z.record(z.string(), z.unknown()),
                by: z.string(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      const [found] = await listMemberships(
        db,
        { id: request.params.id, limit: 1, offset: 0 },
        areaCondition(user, "p", 8),
      );
      // Outside the area answers as if it did not exist.
      if (!found) throw new UserError("membership_not_found", { id: request.params.id });
      const events = await membershipEvents(db, found.id);
      await recordAudit(db, audit, "read", [found.person_id], { membership: found.id });
      return {
        ...found,
        nik: maskField(user, "nik", found.nik),
        events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
      };
    },
  );
  api.post(
    `${apiPrefix}/memberships/:id/end`,
    {
      schema: {
        tags: ["enrolment"],
        summary:
          "End an active membership: billing stops after that month. Regency admins for any reason; " +
          "kecamatan and desa operators report a death in their area",
        params: membershipId,
        body: z.object({
          reason: z.enum(endReasons),
          on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd"),
        }),
        response: {
          200: z.object({ id: z.number(), status: z.string(), endedOn: z.string(), endReason: z.string() }),
          ...errors,
          409: errorSchema,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      if (!isAdminOrOperator(user)) throw new UserError("forbidden_role", { role: user.role });
      // The village learns of a death first, and billing should stop soon after; the other reasons
      // are the regency's decisions.
      if (user.role !== "regency_admin" && request.body.reason !== "death")
        throw new UserError("membership_end_admin_only", { reason: request.body.reason });
      const [found] = await listMemberships(
        db,
        { id: request.params.id, limit: 1, offset: 0 },
        areaCondition(user, "p", 8),
      );
      if (!found) throw new UserError("membership_not_found", { id: request.params.id });
      return endMembership({ db, id: found.id, ...request.body, audit });
    },
  );
}
