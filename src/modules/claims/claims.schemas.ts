/** The shapes the claims API answers with (OpenAPI and response checks). */
import { z } from "zod";
import { errorSchema } from "../../core/http.ts";
import { claimStatuses, claimTypes } from "./claim-settings.ts";
import { relations } from "./heirs.ts";

export const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
};
export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd");
export const rupiah = z.number().int().describe("integer rupiah");
export const claimType = z.enum(claimTypes as [string, ...string[]]);
export const claimStatus = z.enum(claimStatuses as [string, ...string[]]);
export const relation = z.enum(relations);
export const lang = z.object({
  lang: z.enum(["id", "en"]).optional().describe("the language of explanations (default: Accept-Language)"),
});

const line = z.object({
  rule: z.string().describe("the rule's message code (claims_rule_*)"),
  amount: rupiah,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const claimSummary = z.object({
  id: z.number(),
  event_id: z.number(),
  person_id: z.number(),
  type: claimType,
  status: claimStatus,
  status_since: z.string(),
  days_in_step: z.number(),
  overdue: z.boolean().describe("longer in this step than the claim settings allow"),
  payable: z.boolean(),
  refusal: z.string().nullable().describe("why the rules pay nothing (a message code)"),
  expected: rupiah.describe("what the rules say it pays"),
  rules_source: z.string(),
  school_year: z.number().nullable(),
  heir_group: z.string().nullable(),
  heir_reason: z.string().nullable(),
  bpjs_reference: z.string().nullable(),
  submitted_on: z.string().nullable(),
  paid_amount: rupiah.nullable(),
  paid_on: z.string().nullable(),
  rejection_reason: z.string().nullable(),
  created_by: z.string(),
  created_at: z.string(),
  name: z.string(),
  nik: z.string().nullable().describe("masked"),
  birth_date: z.string().nullable().describe("auditors see the year only"),
  desa: z.string().nullable(),
  kecamatan: z.string().nullable(),
  kind: z.enum(["death", "accident"]),
  event_date: z.string(),
  heirs: z.array(z.string()).describe("the chosen heirs' names"),
  handover_id: z.number().nullable().describe("the ceremony it was handed over at"),
});

const familyMember = z.object({
  id: z.number(),
  name: z.string(),
  nik: z.string().nullable().describe("masked"),
  relation,
  birth_date: z.string().nullable(),
  deceased: z.boolean(),
  married: z.boolean(),
  working: z.boolean(),
  phone: z.string().nullable(),
});

const document = z.object({
  id: z.number(),
  code: z.string(),
  filename: z.string(),
  content_type: z.string(),
  bytes: z.number(),
  status: z.enum(["uploaded", "accepted", "rejected"]),
  note: z.string().nullable(),
  uploaded_by: z.string(),
  uploaded_at: z.string(),
  checked_by: z.string().nullable(),
  checked_at: z.string().nullable(),
  uploads: z.number().describe("times this item was uploaded; the latest counts"),
});

export const trainingReferral = z.object({
  id: z.number(),
  family_member_id: z.number(),
  name: z.string(),
  program: z.string(),
  provider: z.string().nullable(),
  status: z.enum(["referred", "enrolled", "completed", "employed"]),
  referred_on: z.string(),
  enrolled_on: z.string().nullable(),
  completed_on: z.string().nullable(),
  employed_on: z.string().nullable(),
});

export const claimDetailSchema = z.object({
  claim: claimSummary.extend({
    lines: z.array(line.extend({ text: z.string().describe("the rule and its numbers, in words") })),
    refusal_text: z.string().nullable(),
    step_limit_days: z.number().nullable(),
    heir_ids: z.array(z.number()),
    other_claims: z.array(z.number()).describe("other claims of the same event (education years)"),
    children: z.array(z.object({ familyMemberId: z.number(), level: z.string() })).nullable(),
  }),
  event: z.object({
    id: z.number(),
    membership_id: z.number().nullable(),
    kind: z.enum(["death", "accident"]),
    event_date: z.string(),
    work_related: z.boolean(),
    cause: z.string().nullable(),
    place: z.string().nullable(),
    injury: z.string().nullable(),
    days_unable: z.number().nullable(),
    reported_by: z.enum(["village", "bpjs", "family"]),
    reporter: z.string().nullable(),
    note: z.string().nullable(),
    created_by: z.string(),
    created_at: z.string(),
  }),
  membership: z
    .object({
      id: z.number(),
      kpj: z.string().nullable(),
      status: z.string(),
      active_from: z.string().nullable(),
      end_month: z.string(),
      ended_on: z.string().nullable(),
      end_reason: z.string().nullable(),
      funder: z.string(),
      package: z.string(),
      income: rupiah,
    })
    .nullable(),
  family: z.array(familyMember),
  heir_proposal: z.object({
    group: z.string(),
    heir_ids: z.array(z.number()),
    reason: z.string().describe("the legal-order rule that chose them, in words"),
  }),
  checklist: z.array(
    z.object({ code: z.string(), label: z.string(), required: z.boolean(), document: document.nullable() }),
  ),
  steps: z.array(
    z.object({
      status: z.string(),
      at: z.string().describe("ISO 8601, UTC"),
      by: z.string(),
      note: z.string().nullable(),
      days: z.number().nullable().describe("days spent in the step (none for paid or rejected)"),
    }),
  ),
  training: z.array(trainingReferral),
  handover: z.object({ id: z.number(), title: z.string(), held_on: z.string() }).nullable(),
});
