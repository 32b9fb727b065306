import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireCaller } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaMap } from "./map.service.ts";

const area = z.object({ code: z.string(), name: z.string(), parent: z.string() });
const feature = z.object({
  type: z.literal("Feature"),
  properties: area.extend({ level: z.enum(["kecamatan", "desa"]) }),
  geometry: z.object({
    type: z.enum(["Polygon", "MultiPolygon"]),
    coordinates: z.array(z.unknown()).describe("longitude, latitude (WGS 84), 4 decimals"),
  }),
});

/** The schematic map: shapes and names of areas, no one's data, so every logged-in role reads it. */
export function mapRoutes(server: FastifyInstance, { config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/map`,
    {
      schema: {
        tags: ["coverage"],
        summary:
          "The schematic map of the regency as GeoJSON: its kecamatan, or the desa (of one kecamatan); " +
          "drawn from desa centre points, not official boundaries (docs/map.md)",
        querystring: z.object({
          level: z.enum(["kecamatan", "desa"]).default("kecamatan"),
          kecamatan: z
            .string()
            .max(20)
            .optional()
            .describe("a kecamatan code (36.03.08): only its desa, or only it"),
        }),
        response: {
          200: z.object({
            type: z.literal("FeatureCollection"),
            regency: z.object({ code: z.string(), name: z.string() }),
            schematic: z.literal(true),
            note: z.string(),
            sources: z.string().describe("where the codes, names and points come from, and their licences"),
            missing: z.array(area).describe("areas without a centre point: not drawn"),
            features: z.array(feature),
          }),
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      requireCaller(request);
      // The file changes only with a new release: let the browser keep it for an hour.
      reply.header("cache-control", "private, max-age=3600");
      return areaMap({ regencyCode: config.regencyCode, ...request.query });
    },
  );
}
