/**
 * Money after the invoice: payments received, funders late with them (warned, then their members
 * lapsed), premiums to give back after a membership ended, and BPJS's bill reconciled.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditedCaller, requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { App } from "../../core/app.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { areaCondition, maskField } from "../../core/scope.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findUpload } from "../imports/uploads.ts";
import { monthPattern } from "../tariffs/premium.ts";
import { checkLateness } from "./lateness.service.ts";
import { listPayments, recordPayment } from "./payments.service.ts";
import { reconcileBill } from "./reconcile.service.ts";
import { listRefunds, recordRefund } from "./refunds.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const month = z.string().regex(monthPattern, "yyyy-mm");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd");
const rupiah = z.number().int().describe("integer rupiah");
const lateness = z.object({
  month: z.string(),
  lateMonths: z.number().describe("more unpaid months in a row than this ends a membership"),
  funders: z.array(
    z.object({
      funder: z.string(),
      name: z.string(),
      unpaidMonths: z.number(),
      since: z.string(),
      owed: rupiah,
      warned: z.number().describe("members the next unpaid month ends"),
      lapsing: z.number().describe("members over the limit"),
      state: z.enum(["late", "warning", "lapse"]),
    }),
  ),
  lapsed: z.number(),
});
const masked = z.string().describe("masked NIK");

export function billingRoutes(server: FastifyInstance, { db, config }: App): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/payments`,
    {
      schema: {
        tags: ["invoices"],
        summary: "Payments received for invoices, newest first (one month's, or all)",
        querystring: z.object({ month: month.optional() }),
        response: {
          200: z.object({
            payments: z.array(
              z.object({
                id: z.number(),
                funder: z.string(),
                month: z.string(),
                paid_on: z.string(),
                amount: rupiah,
                reference: z.string().nullable(),
                recorded_by: z.string(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return { payments: await listPayments(db, request.query.month) };
    },
  );
  api.post(
    `${apiPrefix}/payments`,
    {
      schema: {
        tags: ["invoices"],
        summary: "Record money received for a funder's invoice of a month (never more than it owes)",
        body: z.object({
          funder: z.string().max(40),
          month,
          amount: rupiah.positive(),
          paidOn: day,
          reference: z.string().max(100).optional(),
        }),
        response: {
          201: z.object({
            invoice: z.number(),
            funder: z.string(),
            month: z.string(),
            amount: rupiah,
            paid: rupiah,
            owed: rupiah,
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      const { funder, ...payment } = request.body;
      return reply.code(201).send(await recordPayment({ db, funderCode: funder, ...payment, audit }));
    },
  );
  api.get(
    `${apiPrefix}/invoices/late`,
    {
      schema: {
        tags: ["invoices"],
        summary:
          "Funders with unpaid months as of a month: late, warned (one more ends memberships), lapsing",
        querystring: z.object({ month }),
        response: { 200: lateness, ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return checkLateness({ db, month: request.query.month });
    },
  );
  api.post(
    `${apiPrefix}/invoices/late`,
    {
      schema: {
        tags: ["invoices"],
        summary: "End (lapse) the memberships over the limit of unpaid months, as of a month",
        body: z.object({ month }),
        response: { 200: lateness, ...errors },
      },
    },
    async (request) => {
      const { audit } = requireRegencyAdmin(request);
      return checkLateness({ db, month: request.body.month, apply: true, audit });
    },
  );
  api.get(
    `${apiPrefix}/refunds`,
    {
      schema: {
        tags: ["invoices"],
        summary: "Premiums paid for months after a membership ended, of your area; NIKs masked",
        querystring: z.object({
          funder: z.string().max(40).optional(),
          due: z.enum(["true", "false"]).optional().describe("true: only those not yet refunded"),
        }),
        response: {
          200: z.object({
            refunds: z.array(
              z.object({
                membership: z.number(),
                person_id: z.number(),
                name: z.string(),
                nik: masked,
                funder: z.string(),
                month: z.string(),
                amount: rupiah,
                end_reason: z.string(),
                ended_on: z.string(),
                refunded_on: z.string().nullable(),
              }),
            ),
            due: rupiah,
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = auditedCaller(request);
      requireFundingReader(request);
      const filter = { funder: request.query.funder, due: request.query.due === "true" };
      const found = await listRefunds(db, filter, areaCondition(user, "p", 4));
      if (found.refunds.length > 0) {
        await recordAudit(db, audit, "read", [...new Set(found.refunds.map((r) => r.person_id))], {
          refunds: filter,
        });
      }
      return { ...found, refunds: found.refunds.map((r) => ({ ...r, nik: maskField(user, "nik", r.nik) })) };
    },
  );
  api.post(
    `${apiPrefix}/refunds`,
    {
      schema: {
        tags: ["invoices"],
        summary: "Record that a membership's premiums paid after it ended were given back",
        body: z.object({
          membership: z.number().int().min(1),
          refundedOn: day,
          reference: z.string().max(100).optional(),
        }),
        response: {
          201: z.object({ membership: z.number(), months: z.number(), amount: rupiah }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { audit } = requireRegencyAdmin(request);
      const { membership, ...refund } = request.body;
      return reply.code(201).send(await recordRefund({ db, membershipId: membership, ...refund, audit }));
    },
  );
  api.post(
    `${apiPrefix}/invoices/reconcile`,
    {
      schema: {
        tags: ["invoices"],
        summary: "BPJS's bill (an upload: NIK or KPJ, amount) against Payung's invoice of a funder and month",
        body: z.object({ upload: z.string().max(64), funder: z.string().max(40), month }),
        response: {
          200: z.object({
            file: z.string(),
            funder: z.string(),
            month: z.string(),
            billed: z.object({ rows: z.number(), amount: rupiah.nullable() }),
            invoice: z.object({ members: z.number(), amount: rupiah }),
            matched: z.number(),
            notOurs: z.object({
              count: z.number(),
              rows: z.array(
                z.object({
                  row: z.number(),
                  nik: masked,
                  kpj: z.string().nullable(),
                  status: z.string().nullable(),
                }),
              ),
            }),
            notBilled: z.object({
              count: z.number(),
              members: z.array(
                z.object({
                  membership: z.number(),
                  name: z.string(),
                  nik: masked,
                  kpj: z.string().nullable(),
                }),
              ),
            }),
            amountDiffers: z.object({
              count: z.number(),
              rows: z.array(
                z.object({
                  row: z.number(),
                  nik: masked,
                  kpj: z.string().nullable(),
                  ours: rupiah,
                  theirs: rupiah,
                }),
              ),
            }),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { user, audit } = requireRegencyAdmin(request);
      const { file } = findUpload(config, request.body.upload, user.username);
      return reconcileBill({ db, file, funderCode: request.body.funder, month: request.body.month, audit });
    },
  );
}
