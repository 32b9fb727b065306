import fs from "node:fs";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { requireCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaCondition } from "../../core/scope.ts";
import { exportFile } from "./handlers.ts";
import { cancelJob, enqueueJob, getJob, type Job, listJobs } from "./jobs.service.ts";

/** A job as the API shows it; routes that start one answer 202 with it. */
export const jobSchema = z.object({
  id: z.number(),
  kind: z.string(),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  progress: z.record(z.string(), z.unknown()).nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  attempts: z.number().describe("runs started; more than one after a crash"),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  cancelledBy: z.string().nullable(),
});
const errors = { 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

export function jobsRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  /** A job its creator (or a regency admin) may see; anyone else is told it does not exist. */
  const ownJob = async (request: import("fastify").FastifyRequest, id: number): Promise<Job> => {
    const { user } = requireCaller(request);
    const found = await getJob({ db, id });
    if (found.createdBy !== user.username && user.role !== "regency_admin")
      throw new UserError("job_not_found", { id });
    return found;
  };
  api.post(
    `${apiPrefix}/match`,
    {
      schema: {
        tags: ["matching"],
        summary: "Start a matching run as a job (regency admins); follow it at /api/v1/jobs/{id}",
        body: z.object({ refreshAll: z.boolean().default(false) }).default({ refreshAll: false }),
        response: { 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireCaller(request);
      // A run touches the whole regency's persons.
      if (user.role !== "regency_admin") throw new UserError("forbidden_role", { role: user.role });
      const queued = await enqueueJob(db, {
        kind: "match",
        params: { refreshAll: request.body.refreshAll },
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(queued);
    },
  );
  api.get(
    `${apiPrefix}/jobs/:id`,
    {
      schema: {
        tags: ["jobs"],
        summary: "A job's status, progress and result (your own jobs; regency admins: all)",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: jobSchema, ...errors },
      },
    },
    async (request) => ownJob(request, request.params.id),
  );
  api.get(
    `${apiPrefix}/jobs`,
    {
      schema: {
        tags: ["jobs"],
        summary: "Your latest jobs, newest first (regency admins: everyone's)",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: { 200: z.object({ jobs: z.array(jobSchema) }), ...errors },
      },
    },
    async (request) => {
      const { user } = requireCaller(request);
      const mine = user.role === "regency_admin" ? null : user.username;
      return { jobs: await listJobs(db, mine, request.query.limit) };
    },
  );
  api.post(
    `${apiPrefix}/jobs/:id/cancel`,
    {
      schema: {
        tags: ["jobs"],
        summary: "Cancel a queued or running job; nothing it did is kept (409 when it has ended)",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 200: jobSchema, ...errors },
      },
    },
    async (request) => {
      const found = await ownJob(request, request.params.id);
      return cancelJob({ db, id: found.id, by: requireCaller(request).user.username });
    },
  );
  api.post(
    `${apiPrefix}/persons/export`,
    {
      schema: {
        tags: ["persons"],
        summary: "Export the persons of your area (NIKs masked) as a job; download at /api/v1/jobs/{id}/file",
        body: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
        response: { 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireCaller(request);
      areaCondition(user, "p", 1); // refuses roles that may see no personal data, before queueing
      const queued = await enqueueJob(db, {
        kind: "export_persons",
        params: { format: request.body.format },
        createdBy: user.username,
        areaCode: user.areaCode,
      });
      return reply.code(202).send(queued);
    },
  );
  api.get(
    `${apiPrefix}/jobs/:id/file`,
    {
      schema: {
        tags: ["jobs"],
        summary: "The file an export or registration job wrote (CSV or XLSX); 409 while the job is not done",
        params: z.object({ id: z.coerce.number().int().min(1) }),
      },
    },
    async (request, reply) => {
      const found = await ownJob(request, request.params.id);
      // A registration file holds full NIKs: regency admins only, even its maker after a change of role.
      if (found.kind === "registration" && requireCaller(request).user.role !== "regency_admin")
        throw new UserError("job_not_found", { id: found.id });
      const format = String(found.params.format);
      if (!["export_persons", "registration"].includes(found.kind) || found.status !== "done") {
        throw new UserError("job_file_not_ready", { id: found.id, status: found.status });
      }
      const type =
        format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "text/csv; charset=utf-8";
      reply.header("content-type", type);
      const name =
        found.kind === "registration"
          ? `pendaftaran-${found.params.funder}-${found.params.plan}.${format}`
          : `payung-persons-${found.id}.${format}`;
      reply.header("content-disposition", `attachment; filename="${name}"`);
      return reply.send(fs.createReadStream(exportFile(config, found.id, format)));
    },
  );
}
