import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema, langOf } from "../../core/http.ts";
import { CheckLog } from "./check-log.ts";
import { listVillages } from "./public-check.repository.ts";
import { checkStatus, funderTypes, validBirthDate, validNik } from "./public-check.service.ts";
import { PublicLimiter } from "./rate-limiter.ts";

const message = z.string().describe("in the caller's language (Accept-Language)");
// Each answer lists its fields: the serializer drops anything else, so nothing leaks by accident.
const covered = z.object({
  result: z.literal("covered"),
  since: z.string().describe("ISO date: the start of the unbroken cover that runs today"),
  funderType: z.enum(funderTypes),
  funder: z.string().describe("the kind of funder in words, never its name"),
  kpj: z.string().nullable().describe("the BPJS membership number's last 4 characters, the rest hidden"),
  message,
  guidance: z.object({
    accident: z.string().describe("what to do after a work accident"),
    death: z.string().describe("what the heirs do after a death"),
  }),
});
const notCovered = z.object({
  result: z.literal("not_covered"),
  message: message.describe("the same for no cover today, an unknown NIK and a wrong birth date"),
});

/**
 * The unauthenticated pages' API: the status check and the villages a proposal can name. Limited
 * per client address and per NIK (config.publicLimits); POST so that no NIK lands in a URL or log.
 */
export function publicCheckRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const limiter = new PublicLimiter({
    perIp: config.publicLimits.checksPerIp,
    ipWindowMs: 60_000,
    perNik: config.publicLimits.checksPerNik,
    nikWindowMs: 3_600_000,
  });
  const log = new CheckLog(db, "POST /api/v1/public/status");
  server.addHook("onClose", () => log.flush());

  api.post(
    `${apiPrefix}/public/status`,
    {
      schema: {
        tags: ["public"],
        summary: "Public: is the worker with this NIK and birth date covered today? (no login)",
        description:
          "Answers covered (since when, kind of funder, KPJ masked, what to do after an accident or a death), " +
          "or not_covered — the same, byte for byte, for no cover, an unknown NIK and a wrong birth date. " +
          "Limited per address (PAYUNG_PUBLIC_CHECKS_PER_IP a minute) and per NIK (PAYUNG_PUBLIC_CHECKS_PER_NIK an hour): 429 with Retry-After.",
        body: z.object({
          nik: z.string().min(1).max(40).describe("16 digits; spaces and dots are removed"),
          birthDate: z.string().max(20).describe("ISO yyyy-mm-dd"),
        }),
        response: {
          200: z.union([covered, notCovered]),
          400: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request) => {
      const lang = langOf(request);
      limiter.takeIp(request.ip);
      const nik = validNik(request.body.nik, lang);
      const birthDate = validBirthDate(request.body.birthDate);
      limiter.takeNik(nik);
      return checkStatus({
        db,
        nik,
        birthDate,
        lang,
        log,
        source: request.ip,
      });
    },
  );

  api.get(
    `${apiPrefix}/public/villages`,
    {
      schema: {
        tags: ["public"],
        summary: "Public: the desa/kelurahan of this regency with their kecamatan, for the proposal form",
        response: {
          200: z.object({
            villages: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                kecamatanCode: z.string(),
                kecamatan: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      villages: (await listVillages(db, config.regencyCode)).map((v) => ({
        code: v.code,
        name: v.name,
        kecamatanCode: v.kecamatan_code,
        kecamatan: v.kecamatan_name,
      })),
    }),
  );
}
