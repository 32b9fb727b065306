/**
 * Claims for heirs as the API gives them: events, claims with their explained amounts, family and
 * heirs, documents, steps, handover ceremonies and training referrals. The explanations (benefit
 * lines, refusals, heir rules, checklist labels) come from the server in the user's language.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import i18n from "../i18n.ts";

export const claimStatuses = ["draft", "documents_complete", "submitted", "paid", "rejected"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export const claimTypes = ["jkm", "jkk_death", "jkk_stmb", "education"] as const;
export type ClaimType = (typeof claimTypes)[number];
export const relations = [
  "spouse",
  "child",
  "parent",
  "grandchild",
  "grandparent",
  "sibling",
  "parent_in_law",
  "will",
] as const;
export type Relation = (typeof relations)[number];
export const reporters = ["village", "bpjs", "family"] as const;
export const levels = ["tk", "sd", "smp", "sma", "pt"] as const;
export type Level = (typeof levels)[number];
export const trainingStatuses = ["referred", "enrolled", "completed", "employed"] as const;
export type TrainingStatus = (typeof trainingStatuses)[number];
export const handoverPapers = ["letters", "receipts", "list"] as const;

/** Death claims have heirs and may open the education benefit. */
export const deathTypes: readonly ClaimType[] = ["jkm", "jkk_death"];

/** What a role may do with claims (the server checks again; this only shapes the screens). */
export function claimRights(user: User) {
  const handles = ["regency_admin", "kecamatan_operator", "desa_operator"].includes(user.role);
  return {
    read: handles || user.role === "bpjs_officer" || user.role === "auditor",
    /** Report events, record the family and heirs, upload and check documents, move the claim. */
    handle: handles,
    /** Open a document's file (auditors read claims, not their documents). */
    documents: handles || user.role === "bpjs_officer",
    /** Record BPJS's decision: paid or rejected. */
    decide: handles || user.role === "bpjs_officer",
  };
}

export interface ClaimSummary {
  id: number;
  event_id: number;
  person_id: number;
  type: ClaimType;
  status: ClaimStatus;
  status_since: string;
  days_in_step: number;
  /** Longer in this step than the claim settings allow. */
  overdue: boolean;
  payable: boolean;
  /** A message code; the detail has its text. */
  refusal: string | null;
  expected: number;
  rules_source: string;
  school_year: number | null;
  heir_group: string | null;
  heir_reason: string | null;
  bpjs_reference: string | null;
  submitted_on: string | null;
  paid_amount: number | null;
  paid_on: string | null;
  rejection_reason: string | null;
  created_by: string;
  created_at: string;
  name: string;
  /** Masked. */
  nik: string | null;
  birth_date: string | null;
  desa: string | null;
  kecamatan: string | null;
  kind: "death" | "accident";
  event_date: string;
  /** The chosen heirs' names. */
  heirs: string[];
  handover_id: number | null;
}

export interface BenefitLine {
  rule: string;
  amount: number;
  params: Record<string, string | number>;
  /** The rule and its numbers, in words. */
  text: string;
}

export interface ClaimEvent {
  id: number;
  membership_id: number | null;
  kind: "death" | "accident";
  event_date: string;
  work_related: boolean;
  cause: string | null;
  place: string | null;
  injury: string | null;
  days_unable: number | null;
  reported_by: (typeof reporters)[number];
  reporter: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
}

export interface FamilyMember {
  id: number;
  name: string;
  /** Masked. */
  nik: string | null;
  relation: Relation;
  birth_date: string | null;
  deceased: boolean;
  married: boolean;
  working: boolean;
  phone: string | null;
}

export interface ClaimDocument {
  id: number;
  code: string;
  filename: string;
  content_type: string;
  bytes: number;
  status: "uploaded" | "accepted" | "rejected";
  note: string | null;
  uploaded_by: string;
  uploaded_at: string;
  checked_by: string | null;
  checked_at: string | null;
  /** Times this item was uploaded; the latest counts. */
  uploads: number;
}

export interface ChecklistItem {
  code: string;
  label: string;
  required: boolean;
  document: ClaimDocument | null;
}

export interface ClaimStep {
  status: ClaimStatus;
  at: string;
  by: string;
  note: string | null;
  /** none for paid or rejected */
  days: number | null;
}

export interface TrainingReferral {
  id: number;
  family_member_id: number;
  name: string;
  program: string;
  provider: string | null;
  status: TrainingStatus;
  referred_on: string;
  enrolled_on: string | null;
  completed_on: string | null;
  employed_on: string | null;
}

export interface ClaimDetail {
  claim: ClaimSummary & {
    lines: BenefitLine[];
    refusal_text: string | null;
    step_limit_days: number | null;
    heir_ids: number[];
    /** Other claims of the same event (education years, or the death claim of one). */
    other_claims: number[];
    children: { familyMemberId: number; level: Level }[] | null;
  };
  event: ClaimEvent;
  membership: {
    id: number;
    kpj: string | null;
    status: string;
    active_from: string | null;
    end_month: string;
    ended_on: string | null;
    end_reason: string | null;
    funder: string;
    package: string;
    income: number;
  } | null;
  family: FamilyMember[];
  heir_proposal: { group: string; heir_ids: number[]; reason: string };
  checklist: ChecklistItem[];
  steps: ClaimStep[];
  training: TrainingReferral[];
  handover: { id: number; title: string; held_on: string } | null;
}

export interface ClaimFilter {
  status?: ClaimStatus;
  type?: ClaimType;
  overdue?: boolean;
  offset?: number;
  limit?: number;
}

export function useClaims(filter: ClaimFilter) {
  const query = new URLSearchParams({
    offset: String(filter.offset ?? 0),
    limit: String(filter.limit ?? 50),
  });
  if (filter.status) query.set("status", filter.status);
  if (filter.type) query.set("type", filter.type);
  if (filter.overdue) query.set("overdue", "true");
  return useQuery({
    queryKey: ["claims", query.toString()],
    queryFn: () => api<{ claims: ClaimSummary[]; total: number }>(`/claims?${query}`),
    // The page shown stays while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/** One claim; keyed by language too, as its explanations are written in it. */
export function useClaim(id: string) {
  return useQuery({
    queryKey: ["claim", id, i18n.language],
    queryFn: () => api<ClaimDetail>(`/claims/${id}?lang=${i18n.language}`),
  });
}

export interface EventReport {
  nik: string;
  kind: "death" | "accident";
  date: string;
  workRelated: boolean;
  cause?: string;
  place?: string;
  injury?: string;
  daysUnable?: number;
  reportedBy: (typeof reporters)[number];
  reporter?: string;
  note?: string;
}

export interface ReportedEvent {
  eventId: number;
  claimId: number;
  type: ClaimType;
  payable: boolean;
  refusal: string | null;
  expected: number;
  membershipEnded: number | null;
}

/** Reports a death or work accident of a member; the server opens its claim. */
export function reportEvent(body: EventReport): Promise<ReportedEvent> {
  return api<ReportedEvent>("/claim-events", { json: body });
}

export function addFamilyMember(
  eventId: number,
  body: {
    name: string;
    nik?: string;
    relation: Relation;
    birthDate?: string;
    deceased?: boolean;
    married?: boolean;
    working?: boolean;
    phone?: string;
  },
): Promise<{ id: number }> {
  return api(`/claim-events/${eventId}/family`, { json: body });
}

export function removeFamilyMember(eventId: number, member: number): Promise<void> {
  return api(`/claim-events/${eventId}/family/${member}`, { method: "DELETE" });
}

/** The proposal (no ids), or the officer's own choice with a reason. */
export function chooseHeirs(
  claim: number,
  body: { familyMemberIds?: number[]; reason?: string },
): Promise<{ group: string; heirIds: number[] }> {
  return api(`/claims/${claim}/heirs`, { json: body });
}

export function moveClaim(
  claim: number,
  body: { to: ClaimStatus; on?: string; amount?: number; reference?: string; reason?: string },
): Promise<{ id: number; status: ClaimStatus }> {
  return api(`/claims/${claim}/step`, { json: body });
}

export function openEducation(
  claim: number,
  body: { schoolYear: number; children: { familyMemberId: number; level: Level }[] },
): Promise<{ id: number; expected: number }> {
  return api(`/claims/${claim}/education`, { json: body });
}

/** Sends the file as it is: the server reads its first bytes and refuses what is not PDF, JPG or PNG. */
export function uploadDocument(claim: number, code: string, file: File) {
  const query = new URLSearchParams({ code, filename: file.name });
  return api<{ id: number; code: string; contentType: string; bytes: number }>(
    `/claims/${claim}/documents?${query}`,
    { body: file, contentType: file.type },
  );
}

export function documentHref(claim: number, document: number): string {
  return `/api/v1/claims/${claim}/documents/${document}`;
}

export function checkDocument(
  claim: number,
  document: number,
  body: { status: "accepted" | "rejected"; note?: string },
): Promise<{ id: number; status: string }> {
  return api(`/claims/${claim}/documents/${document}/check`, { json: body });
}

export interface Handover {
  id: number;
  title: string;
  held_on: string;
  place: string;
  created_by: string;
  claims: number;
  total: number;
}

export interface HandoverDetail {
  handover: Omit<Handover, "claims" | "total">;
  claims: {
    claim_id: number;
    type: ClaimType;
    name: string;
    desa: string | null;
    kecamatan: string | null;
    event_date: string;
    paid_amount: number;
    paid_on: string;
    recipients: { name: string; relation: Relation | "member" }[];
  }[];
}

export function useHandovers() {
  return useQuery({
    queryKey: ["handovers"],
    queryFn: () => api<{ handovers: Handover[] }>("/handovers"),
  });
}

export function handoverDetail(id: number): Promise<HandoverDetail> {
  return api<HandoverDetail>(`/handovers/${id}`);
}

export function createHandover(body: {
  title: string;
  heldOn: string;
  place: string;
  claimIds: number[];
}): Promise<{ id: number; claims: number }> {
  return api("/handovers", { json: body });
}

/** A ceremony's paper as PDF, in the user's language. */
export function paperHref(handover: number, paper: (typeof handoverPapers)[number]): string {
  return `/api/v1/handovers/${handover}/papers?paper=${paper}&lang=${i18n.language}`;
}

export interface TrainingRow extends TrainingReferral {
  claim_id: number;
  relation: Relation;
  /** The member the claim is for. */
  member: string;
  note: string | null;
}

export function useTraining(status?: TrainingStatus) {
  return useQuery({
    queryKey: ["training", status ?? "all"],
    queryFn: () => api<{ referrals: TrainingRow[] }>(`/training${status ? `?status=${status}` : ""}`),
  });
}

export function referToTraining(body: {
  claimId: number;
  familyMemberId: number;
  program: string;
  provider?: string;
  on?: string;
}): Promise<{ id: number }> {
  return api("/training", { json: body });
}

export function stepTraining(
  id: number,
  body: { status: TrainingStatus; on?: string; note?: string },
): Promise<{ id: number; status: TrainingStatus }> {
  return api(`/training/${id}/step`, { json: body });
}

/** The day a referral reached its status. */
export function trainingDay(r: TrainingReferral): string | null {
  return {
    referred: r.referred_on,
    enrolled: r.enrolled_on,
    completed: r.completed_on,
    employed: r.employed_on,
  }[r.status];
}
