/**
 * The JSON API's frame: requests validated by zod schemas, the OpenAPI document built from the
 * same schemas (/api/v1/openapi.json, browsable at /api/docs), and every error as
 * `{error: {code, message, details}}` in the caller's language, never a stack trace.
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../common/errors.ts";
import { type Lang, toLang } from "../common/lang.ts";
import { message } from "../common/messages.ts";

export const apiPrefix = "/api/v1";

/** The error body every endpoint answers with; listed in the OpenAPI document. */
export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The caller's language: `Accept-Language` (id or en), Bahasa Indonesia by default. */
export function langOf(request: FastifyRequest): Lang {
  return toLang(request.headers["accept-language"]);
}

/**
 * `webIndex`: the browser app's index.html, answered for any other GET outside /api so the app's
 * own routes (/persons/12) load it; without it those paths are 404s.
 */
export async function registerApi(
  server: FastifyInstance,
  version: string,
  webIndex?: string,
): Promise<void> {
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  await server.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Payung API",
        version,
        description:
          "BPJS Ketenagakerjaan coverage for vulnerable workers, run by a regional government. " +
          "Errors are {error: {code, message, details}}; send Accept-Language: id or en.",
      },
    },
    transform: jsonSchemaTransform,
  });
  await server.register(swaggerUi, { routePrefix: "/api/docs" });
  server.get(`${apiPrefix}/openapi.json`, { schema: { hide: true } }, async () => server.swagger());
  server.setErrorHandler((error, request, reply) => sendError(error as FastifyError, request, reply));
  server.setNotFoundHandler((request, reply) => {
    if (webIndex && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.type("text/html; charset=utf-8").send(webIndex);
    }
    return reply
      .code(404)
      .send(body(request, "route_not_found", { method: request.method, url: request.url }));
  });
}

function body(
  request: FastifyRequest,
  code: string,
  params: Record<string, string | number> = {},
  details?: unknown,
) {
  return { error: { code, message: message(code, params, langOf(request)), details } };
}

/** Codes whose HTTP status is not 400 (not found and already decided are read from the suffix). */
const statusOf: Record<string, number> = {
  login_failed: 401,
  login_required: 401,
  token_invalid: 401,
  csrf_invalid: 403,
  forbidden_role: 403,
  dashboard_area_forbidden: 403,
  login_rate_limited: 429,
  public_rate_limited: 429,
  public_nik_rate_limited: 429,
  job_file_not_ready: 409,
  job_finished: 409,
  upload_too_large: 413,
  funder_exists: 409,
  plan_overlaps: 409,
  registration_plan_not_approved: 409,
  membership_not_active: 409,
  membership_end_admin_only: 403,
  invoice_paid: 409,
  payment_too_much: 409,
  refund_none_due: 409,
  claim_death_reported: 409,
  claim_step_not_allowed: 409,
  claim_education_year_exists: 409,
  claim_document_too_large: 413,
  claim_document_type: 415,
  handover_claim_taken: 409,
  training_referral_exists: 409,
  training_step_not_allowed: 409,
  map_missing: 404,
  company_exists: 409,
  mou_exists: 409,
  commitment_accepted: 409,
  circular_exists: 409,
  portal_company_partner: 403,
  portal_company_missing: 403,
  reports_forbidden: 403,
  reports_area_forbidden: 403,
  regulation_exists: 409,
  innovation_exists: 409,
};

function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof UserError) {
    const status =
      statusOf[error.code] ??
      (error.code.endsWith("_not_found") ? 404 : error.code.endsWith("_decided") ? 409 : 400);
    if (status === 429) reply.header("retry-after", String(error.params.seconds));
    return reply
      .code(status)
      .send({ error: { code: error.code, message: error.text(langOf(request)), details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      where: error.validationContext,
      path: v.instancePath || "/",
      problem: v.message,
    }));
    const first = details[0];
    return reply
      .code(400)
      .send(
        body(
          request,
          "request_invalid",
          { where: `${first.where}${first.path}`, problem: first.problem ?? "" },
          details,
        ),
      );
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply
      .code(error.statusCode)
      .send(body(request, "request_invalid", { where: "", problem: error.message }));
  }
  request.log.error(error);
  return reply.code(500).send(body(request, "internal_error"));
}
