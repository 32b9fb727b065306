import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toLang } from "../../common/lang.ts";
import { auditedCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { memberCard } from "./member-card.ts";

export function memberCardRoutes(server: FastifyInstance, db: Db): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    `${apiPrefix}/memberships/:id/card`,
    {
      schema: {
        tags: ["enrolment"],
        summary: "A member's card as PDF: name, masked NIK, KPJ, programs, period, funder, where to claim",
        description:
          "For a membership of your area that BPJS accepted (active, lapsed or ended); a registered or " +
          "rejected one has no KPJ yet (400). Another area's membership answers 404, as a missing one " +
          "does. The card's language is `lang`, else Accept-Language. Recorded in the audit log.",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        querystring: z.object({
          lang: z.enum(["id", "en"]).optional().describe("the card's language (default: Accept-Language)"),
        }),
        response: {
          200: {
            description: "The card, one A4 page",
            content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } },
          },
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const { user, audit } = auditedCaller(request);
      const lang = toLang(request.query.lang ?? request.headers["accept-language"]);
      const pdf = await memberCard({ db, membershipId: request.params.id, lang, user, audit });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="kartu-peserta-${request.params.id}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf as unknown as string); // a Buffer goes out as it is; the schema only describes it
    },
  );
}
