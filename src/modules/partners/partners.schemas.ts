/** The shapes the partners API takes and answers with (OpenAPI and checks). */
import { z } from "zod";
import { errorSchema } from "../../core/http.ts";
import { monthPattern } from "../tariffs/premium.ts";
import { bpjsCodes } from "./commitments.service.ts";
import { answers, codePattern } from "./partners-rules.ts";

export const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
};
export const idParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd");
export const month = z.string().regex(monthPattern, "yyyy-mm");
const rupiah = z.number().int().describe("integer rupiah");
const count = z.number().int();
export const answer = z.enum(answers);
/** ?flag=true|false from a query string. */
export const flag = z.enum(["true", "false"]).transform((v) => v === "true");
export const within = (fallback: number) => z.coerce.number().int().min(0).max(366).default(fallback);

export const companyInput = z.object({
  name: z.string().max(200),
  sector: z.string().max(100).nullish().describe("e.g. manufaktur, perbankan"),
  address: z.string().max(300).nullish(),
  contactName: z.string().max(100).nullish(),
  contactPhone: z.string().max(30).nullish(),
  contactEmail: z.string().max(200).nullish(),
});
export const companyUpdate = companyInput.partial();
export const companyCode = z.string().regex(codePattern).describe("short and unique, e.g. pt-maju-jaya");

export const company = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  sector: z.string().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string().describe("ISO 8601, UTC"),
});

export const companyRow = company.extend({
  mous: count,
  activeMouUntil: z.string().nullable().describe("the last day of the MoU in force today"),
  commitments: count,
  committedBudget: rupiah,
  acceptedBudget: rupiah.describe("budgets of commitments accepted as funders"),
  lastCircular: z
    .object({
      id: z.number(),
      number: z.string(),
      sentOn: z.string(),
      answer: answer.nullable(),
      answeredOn: z.string().nullable(),
    })
    .nullable()
    .describe("the latest circular it was sent, and its answer"),
  nextFollowUp: z.string().nullable().describe("the earliest day it is to be contacted about a circular"),
});

const mouShape = {
  number: z.string().max(100),
  signedOn: day,
  validFrom: day,
  validTo: day,
  signatories: z.array(z.string().max(200)).max(10).describe("who signed, in order"),
};
export const mouInput = z.object({ ...mouShape, signatories: mouShape.signatories.default([]) });
export const mouUpdate = z.object(mouShape).partial();

export const mou = z.object({
  id: z.number(),
  companyId: z.number(),
  companyCode: z.string(),
  companyName: z.string(),
  number: z.string(),
  signedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  signatories: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  status: z.enum(["future", "active", "expired"]),
  daysLeft: count.nullable().describe("days until its last day; null once expired"),
});

const commitmentShape = {
  mouId: z
    .number()
    .int()
    .min(1)
    .nullish()
    .describe("an MoU of the same company; its validity bounds the months"),
  budget: rupiah.min(1),
  workers: count.min(1),
  from: month,
  to: month,
  kecamatanCodes: z.array(z.string().max(20)).max(100).describe("kecamatan of the regency; none: all"),
  occupations: z.array(z.string().max(60)).max(50).describe("occupation prefixes; none: all"),
  package: z.string().max(40).describe("default jkk-jkm"),
};
export const commitmentInput = z.object(commitmentShape).partial().required({
  budget: true,
  workers: true,
  from: true,
  to: true,
});
export const commitmentUpdate = z.object(commitmentShape).partial();

export const commitment = z.object({
  id: z.number(),
  companyId: z.number(),
  companyCode: z.string(),
  companyName: z.string(),
  mouId: z.number().nullable(),
  mouNumber: z.string().nullable(),
  budget: rupiah,
  workers: count,
  from: z.string(),
  to: z.string(),
  kecamatan: z.array(z.object({ code: z.string(), name: z.string() })),
  occupations: z.array(z.string()),
  package: z.string(),
  funderId: z.number().nullable(),
  funderCode: z.string().nullable(),
  acceptedBy: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  months: count,
  perPerson: rupiah.describe("what one person costs for all its months at a company's tariff"),
  capacity: count.describe("floor(budget ÷ perPerson)"),
  budgetShort: z.boolean().describe("the budget covers fewer people than promised"),
  use: z
    .object({
      plan: z.number().nullable().describe("the latest approved plan the funder is in"),
      allocated: count.describe("persons that plan gives it"),
      allocatedCost: rupiah,
      invoiced: rupiah,
      paid: rupiah,
      invoices: count,
      outstanding: rupiah.describe("invoiced − paid"),
      left: rupiah.describe("budget − allocatedCost"),
    })
    .nullable()
    .describe("what its funder has used; null until accepted"),
});

export const acceptInput = z.object({
  code: z.string().regex(codePattern).nullish().describe("the funder's code; default csr-<company>-<id>"),
  name: z.string().max(200).nullish(),
  bpjsCode: z.enum(bpjsCodes).nullish().describe("default SC (a company)"),
});

export const circularInput = z.object({
  number: z.string().max(100),
  title: z.string().max(300),
  sentOn: day,
  answerBy: day.nullish(),
});

const summary = z.object({
  sent: count,
  answered: count,
  willing: count,
  declined: count,
  considering: count,
  noAnswer: count,
  overdue: count.describe("contacts whose day has passed"),
  due: count.describe("contacts due today"),
});

export const circular = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  sentOn: z.string(),
  answerBy: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  summary,
});

export const recipient = z.object({
  circularId: z.number(),
  circularNumber: z.string(),
  circularTitle: z.string(),
  answerBy: z.string().nullable(),
  companyId: z.number(),
  companyCode: z.string(),
  companyName: z.string(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  sentOn: z.string(),
  answer: answer.nullable(),
  answeredOn: z.string().nullable(),
  followUpOn: z.string().nullable(),
  notes: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  nextContact: z.string().nullable().describe("the follow-up day, else (no answer yet) the answer-by day"),
  nextReason: z.enum(["follow_up", "answer_by"]).nullable(),
  status: z.enum(["overdue", "due", "upcoming"]).nullable(),
  daysLate: count,
});

export const circularUpdate = circularInput.partial();

export const circularDetail = z.object({ circular, recipients: z.array(recipient) });
