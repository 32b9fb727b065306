import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { enqueueJob, getJob } from "./jobs.service.ts";

const job = z.object({
  id: z.number(),
  kind: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.record(z.string(), z.unknown()).nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
const errors = { 401: errorSchema, 403: errorSchema, 404: errorSchema };

export function jobsRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.post(
    `${apiPrefix}/match`,
    {
      schema: {
        tags: ["matching"],
        summary: "Start a matching run as a job (regency admins); follow it at /api/v1/jobs/{id}",
        body: z.object({ refreshAll: z.boolean().default(false) }).default({ refreshAll: false }),
        response: { 202: job, ...errors },
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
        response: { 200: job, ...errors },
      },
    },
    async (request) => {
      const { user } = requireCaller(request);
      const found = await getJob({ db, id: request.params.id });
      if (found.createdBy !== user.username && user.role !== "regency_admin") {
        throw new UserError("job_not_found", { id: request.params.id });
      }
      return found;
    },
  );
}
