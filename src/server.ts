import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { toLang } from "./common/lang.ts";
import { registerAccess } from "./core/access.ts";
import type { App } from "./core/app.ts";
import { registerApi } from "./core/http.ts";
import { auditRoutes } from "./modules/audit/audit.routes.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { claimsRoutes } from "./modules/claims/claims.routes.ts";
import { documentsRoutes } from "./modules/claims/documents.routes.ts";
import { handoversRoutes } from "./modules/claims/handovers.routes.ts";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes.ts";
import { eligibilityRoutes } from "./modules/eligibility/eligibility.routes.ts";
import { enrolmentRoutes } from "./modules/enrolment/enrolment.routes.ts";
import { memberCardRoutes } from "./modules/enrolment/member-card.routes.ts";
import { fundersRoutes } from "./modules/funders/funders.routes.ts";
import { checkHealth, countHoldings } from "./modules/health/health.service.ts";
import { importsRoutes } from "./modules/imports/imports.routes.ts";
import { listImports } from "./modules/imports/imports.service.ts";
import { uploadsRoutes } from "./modules/imports/uploads.routes.ts";
import { billingRoutes } from "./modules/invoices/billing.routes.ts";
import { invoicesRoutes } from "./modules/invoices/invoices.routes.ts";
import { jobsRoutes } from "./modules/jobs/jobs.routes.ts";
import { mapRoutes } from "./modules/map/map.routes.ts";
import { reviewRoutes } from "./modules/matching/review.routes.ts";
import { nikRoutes } from "./modules/nik/nik.routes.ts";
import { overviewRoutes } from "./modules/overview/overview.routes.ts";
import { circularsRoutes } from "./modules/partners/circulars.routes.ts";
import { partnersRoutes } from "./modules/partners/partners.routes.ts";
import { plansRoutes } from "./modules/plans/plans.routes.ts";
import { portalRoutes } from "./modules/portal/portal.routes.ts";
import { proposalsRoutes } from "./modules/proposals/proposals.routes.ts";
import { publicCheckRoutes } from "./modules/public-check/public-check.routes.ts";
import { rankingRoutes } from "./modules/ranking/ranking.routes.ts";
import { regionsRoutes } from "./modules/regions/regions.routes.ts";
import { registryRoutes } from "./modules/registry/registry.routes.ts";
import { dossierRoutes } from "./modules/reports/dossier.routes.ts";
import { reportsRoutes } from "./modules/reports/reports.routes.ts";
import { targetsRoutes } from "./modules/targets/targets.routes.ts";
import { tariffsRoutes } from "./modules/tariffs/tariffs.routes.ts";
import { usersRoutes } from "./modules/users/users.routes.ts";
import { statusPage } from "./status-page.ts";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

/** The built browser app (`npm run build`), if there is one. */
const webRoot = path.resolve(import.meta.dirname, "../web/dist");

/** The HTTP server: the browser app, the JSON API under /api/v1, health for monitors, a status page. */
export async function buildServer(app: App): Promise<FastifyInstance> {
  const server = Fastify({ logger: false });
  const webIndex = fs.existsSync(path.join(webRoot, "index.html"))
    ? fs.readFileSync(path.join(webRoot, "index.html"), "utf8")
    : undefined;
  await registerApi(server, version, webIndex);
  if (webIndex) await server.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  await registerAccess(server, app.db);
  authRoutes(server, app);
  regionsRoutes(server, app.db);
  nikRoutes(server, app.db);
  registryRoutes(server, app.db);
  reviewRoutes(server, app.db);
  jobsRoutes(server, app);
  importsRoutes(server, app);
  uploadsRoutes(server, app);
  usersRoutes(server, app.db);
  auditRoutes(server, app.db);
  overviewRoutes(server, app.db);
  tariffsRoutes(server, app.db);
  eligibilityRoutes(server, app);
  rankingRoutes(server, app);
  fundersRoutes(server, app.db);
  plansRoutes(server, app);
  publicCheckRoutes(server, app);
  proposalsRoutes(server, app);
  enrolmentRoutes(server, app);
  invoicesRoutes(server, app.db);
  billingRoutes(server, app);
  memberCardRoutes(server, app.db);
  claimsRoutes(server, app);
  documentsRoutes(server, app);
  handoversRoutes(server, app);
  targetsRoutes(server, app);
  mapRoutes(server, app);
  dashboardRoutes(server, app);
  partnersRoutes(server, app);
  circularsRoutes(server, app);
  portalRoutes(server, app);
  reportsRoutes(server, app);
  dossierRoutes(server, app);
  server.get("/health", async () => checkHealth(app.db));
  // The browser app; until it is built (npm run build), the status page.
  server.get("/", { schema: { hide: true } }, async (_request, reply) =>
    webIndex ? reply.type("text/html; charset=utf-8").send(webIndex) : reply.redirect("/status"),
  );
  // For admins and monitors: what runs, what the database holds, the latest imports.
  server.get("/status", { schema: { hide: true } }, async (request, reply) => {
    const query = request.query as { lang?: string };
    const lang = toLang(query.lang ?? request.headers["accept-language"]);
    const [health, holdings, batches] = await Promise.all([
      checkHealth(app.db),
      countHoldings(app.db),
      listImports({ db: app.db, limit: 20 }),
    ]);
    reply.type("text/html; charset=utf-8");
    return statusPage({ lang, health, holdings, batches, regencyCode: app.config.regencyCode });
  });
  return server;
}
