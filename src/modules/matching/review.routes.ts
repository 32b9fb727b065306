import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { UserError } from "../../common/errors.ts";
import { requireCaller } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaCondition, isAdminOrOperator, maskPersonal } from "../../core/scope.ts";
import type { User } from "../users/users.repository.ts";
import { type ItemArea, itemInArea } from "./review.repository.ts";
import { decideReview, listReview, type ReviewItem, showReview, splitReview } from "./review.service.ts";

const record = z.object({
  batch: z.number(),
  row: z.number(),
  source: z.string(),
  person: z.number(),
  nik: z.string().nullable().describe("full for those who decide, masked for others"),
  name: z.string(),
  sex: z.string().nullable(),
  birth_date: z.string().nullable(),
  birth_place: z.string().nullable(),
  address: z.string().nullable(),
  desa_code: z.string().nullable(),
  kecamatan_code: z.string().nullable(),
  desa_name: z.string().nullable(),
  kecamatan_name: z.string().nullable(),
  kk_number: z.string().nullable(),
  phone: z.string().nullable(),
});
const item = z.object({
  id: z.number(),
  kind: z.enum(["possible_duplicate", "shared_nik", "split"]),
  status: z.enum(["open", "accepted", "rejected", "split"]),
  score: z.number().describe("match weight"),
  reasons: z.record(z.string(), z.object({ level: z.string(), weight: z.number() })),
  created_at: z.string(),
  decided_by: z.string().nullable(),
  a: record,
  b: record,
});
const decision = z.object({ item, persons: z.array(z.number()) });
const errors = { 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const idParams = z.object({ id: z.coerce.number().int().min(1) });

/**
 * The review queue through the API: only items whose record lies in the caller's area; regency
 * admins and operators decide, auditors look. Reviewers compare NIKs digit by digit, so those who
 * decide see them whole; every look and decision is audited.
 */
/**
 * Both records of an item inside the caller's area: a pair across two desa is for the kecamatan
 * operator to decide, a pair across two kecamatan for the regency admin.
 */
function pairArea(user: User, n: number): NonNullable<ItemArea> {
  const a = areaCondition(user, "ra", n);
  return { sql: `${a.sql} AND ${areaCondition(user, "rb", n).sql}`, param: a.param };
}

export function reviewRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  const who = (request: FastifyRequest) => {
    const { user } = requireCaller(request);
    return { user, via: `${request.method} ${request.routeOptions.url}` };
  };
  const inArea = async (request: FastifyRequest, id: number) => {
    const caller = who(request);
    if (!(await itemInArea(db, id, pairArea(caller.user, 1)))) {
      throw new UserError("review_not_found", { id });
    }
    return caller;
  };
  const deciding = async (request: FastifyRequest, id: number) => {
    const caller = await inArea(request, id);
    if (!isAdminOrOperator(caller.user)) throw new UserError("forbidden_role", { role: caller.user.role });
    return caller;
  };
  const shown = (user: User, i: ReviewItem): ReviewItem =>
    isAdminOrOperator(user) ? i : { ...i, a: maskPersonal(user, i.a), b: maskPersonal(user, i.b) };

  api.get(
    `${apiPrefix}/review`,
    {
      schema: {
        tags: ["review"],
        summary: "Review items in your area, oldest first",
        querystring: z.object({
          status: z.enum(["open", "accepted", "rejected", "split", "all"]).default("open"),
          after: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(item) }), ...errors },
      },
    },
    async (request) => {
      const { user } = who(request);
      const q = request.query;
      const items = await listReview({
        db,
        status: q.status === "all" ? null : q.status,
        afterId: q.after,
        limit: q.limit,
        area: pairArea(user, 4),
      });
      return { items: items.map((i) => shown(user, i)) };
    },
  );
  api.get(
    `${apiPrefix}/review/:id`,
    {
      schema: {
        tags: ["review"],
        summary: "One item: both records side by side with each field's evidence",
        params: idParams,
        response: { 200: item, ...errors },
      },
    },
    async (request) => {
      const { user, via } = await inArea(request, request.params.id);
      const found = await showReview({
        db,
        id: request.params.id,
        by: user.username,
        via,
        source: request.ip,
      });
      return shown(user, found);
    },
  );
  for (const action of ["accept", "reject", "split"] as const) {
    api.post(
      `${apiPrefix}/review/:id/${action}`,
      {
        schema: {
          tags: ["review"],
          summary:
            action === "accept"
              ? "One person: the two persons are merged"
              : action === "reject"
                ? "Different people: kept apart for good (a shared NIK is split)"
                : "Take the item's record out of the person it shares",
          params: idParams,
          response: { 200: decision, ...errors },
        },
      },
      async (request) => {
        const id = request.params.id;
        const { user, via } = await deciding(request, id);
        const common = { db, by: user.username, via, source: request.ip };
        return action === "split"
          ? splitReview({ ...common, target: String(id) })
          : decideReview({ ...common, id, decision: action });
      },
    );
  }
}
