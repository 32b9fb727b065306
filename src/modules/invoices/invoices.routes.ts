import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireFundingReader, requireRegencyAdmin } from "../../core/access.ts";
import type { Db } from "../../core/db.ts";
import { apiPrefix, errorSchema } from "../../core/http.ts";
import { monthPattern } from "../tariffs/premium.ts";
import { generateInvoices, listInvoices } from "./invoices.service.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const month = z.string().regex(monthPattern, "yyyy-mm");
const count = z.number().int();
const rupiah = z.number().int().describe("integer rupiah");
const monthInvoicesSchema = z.object({
  month: z.string(),
  invoices: z.array(
    z.object({
      id: z.number(),
      funder: z.string().describe("the funder's code"),
      name: z.string(),
      bpjsCode: z.string(),
      members: count,
      amount: rupiah,
      paid: rupiah,
    }),
  ),
  members: count,
  amount: rupiah,
});

/** Monthly invoices per funder: counts and money, no personal data, for every reader of funding. */
export function invoicesRoutes(server: FastifyInstance, db: Db): void {
  const api = server.withTypeProvider<ZodTypeProvider>();
  api.get(
    `${apiPrefix}/invoices`,
    {
      schema: {
        tags: ["funding"],
        summary: "A month's invoices per funder: members, amount, paid (all but CSR partners)",
        querystring: z.object({ month }),
        response: { 200: monthInvoicesSchema, ...errors },
      },
    },
    async (request) => {
      requireFundingReader(request);
      return listInvoices({ db, month: request.query.month });
    },
  );
  api.post(
    `${apiPrefix}/invoices`,
    {
      schema: {
        tags: ["funding"],
        summary:
          "Bill a month (regency admins): per funder, its members at the tariffs in force; again " +
          "replaces the month's invoices until one has a payment (409)",
        body: z.object({ month }),
        response: { 200: monthInvoicesSchema, ...errors, 409: errorSchema },
      },
    },
    async (request) =>
      generateInvoices({ db, month: request.body.month, audit: requireRegencyAdmin(request).audit }),
  );
}
