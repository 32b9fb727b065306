import Fastify, { type FastifyInstance } from "fastify";
import { toLang } from "./common/lang.ts";
import type { App } from "./core/app.ts";
import { checkHealth } from "./modules/health/health.service.ts";
import { listImports } from "./modules/imports/imports.service.ts";
import { statusPage } from "./status-page.ts";

/** The HTTP server: health for monitors and a status page until the web app arrives. */
export function buildServer(app: App): FastifyInstance {
  const server = Fastify({ logger: false });
  server.get("/health", async () => checkHealth(app.db));
  server.get("/", async (request, reply) => {
    const query = request.query as { lang?: string };
    const lang = toLang(query.lang ?? request.headers["accept-language"]);
    const [health, batches] = await Promise.all([
      checkHealth(app.db),
      listImports({ db: app.db, limit: 20 }),
    ]);
    reply.type("text/html; charset=utf-8");
    return statusPage({ lang, health, batches, regencyCode: app.config.regencyCode });
  });
  return server;
}
