/** Allocation plans as the API gives them, and the calls that make, approve and delete them. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../common/api.ts";
import type { Job } from "../imports/imports.ts";

export type PlanStatus = "draft" | "approved" | "superseded";

export interface PlanFunder {
  /** The funder's code. */
  id: string;
  name: string;
  type: string;
  bpjsCode: string;
  from: string;
  to: string;
  months: number;
  perPerson: number;
  capacity: number;
  allocated: number;
  cost: number;
  left: number;
}

export interface TierFigures {
  tier: number;
  eligible: number;
  covered: number;
}

export interface PlanSummary {
  plan: number;
  status: PlanStatus;
  from: string;
  to: string;
  revises: number | null;
  funders: PlanFunder[];
  eligible: number;
  covered: number;
  waitlist: number;
  cost: number;
  excluded: Record<string, number>;
  byTier: TierFigures[];
  shortSpells: number;
  gaps: number;
  skipped: { id: string; from: string; to: string }[];
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

/** Counts of one kecamatan of the user's area. */
export interface PlanArea {
  kecamatan: string | null;
  name: string | null;
  covered: number;
  waitlist: number;
  cost: number;
}

export interface PlanDetail extends PlanSummary {
  areas: PlanArea[];
}

export interface PlanPerson {
  rank: number;
  tier: number;
  desil: number | null;
  months: number;
  short_spell: boolean;
  gap: boolean;
  id: number;
  name: string;
  nik: string | null;
  birth_date: string | null;
  kecamatan_code: string | null;
  desa_code: string | null;
  /** The funders that pay, in the order of their months. */
  funders: string[];
}

export interface Funder {
  code: string;
  name: string;
  type: string;
  bpjsCode: string;
  budget: number;
  from: string;
  to: string;
  package: string;
  months: number;
  perPerson: number;
  capacity: number;
  shortSpell: boolean;
  kecamatanCodes: string[];
  desaCode: string | null;
  occupations: string[];
}

export interface Reach {
  months: number;
  from: string;
  package: string;
  funderType: string;
  perPerson: number;
  eligible: number;
  scenarios: {
    budget: number;
    people: number;
    covered: number;
    cost: number;
    left: number;
    lastTier: number | null;
    lastDesil: number | null;
    byTier: TierFigures[];
  }[];
}

export const funderTypes = ["apbd", "apbd_p", "province", "apbn", "dana_desa", "csr", "other"];

export function usePlans() {
  return useQuery({ queryKey: ["plans"], queryFn: () => api<{ plans: PlanSummary[] }>("/plans") });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: ["plan", id], queryFn: () => api<PlanDetail>(`/plans/${id}`) });
}

export function useFunders() {
  return useQuery({ queryKey: ["funders"], queryFn: () => api<{ funders: Funder[] }>("/funders") });
}

/** Starts making a draft plan: a job to follow at /jobs/{id}, whose result names the plan. */
export function startPlan(body: { from: string; to: string; revises: number | null }): Promise<Job> {
  return api<Job>("/plans", { json: body });
}

export function approvePlan(id: number): Promise<PlanSummary> {
  return api<PlanSummary>(`/plans/${id}/approve`, { method: "POST" });
}

export function deletePlan(id: number): Promise<void> {
  // api() types only GET and POST; it sends any method, with the CSRF token on all but GET.
  return api<void>(`/plans/${id}`, { method: "DELETE" });
}

/** A plan month (yyyy-mm) as the app writes dates: 01-2026. */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${m}-${y}`;
}

export function formatPeriod(from: string, to: string): string {
  return `${formatMonth(from)} – ${formatMonth(to)}`;
}

/** A month as typed, 01-2026 or 2026-01, as the API wants it (2026-01); null when unreadable. */
export function parseMonth(text: string): string | null {
  const t = text.trim().replaceAll("/", "-");
  const iso = /^(\d{4})-(\d{1,2})$/.exec(t);
  const local = /^(\d{1,2})-(\d{4})$/.exec(t);
  const [year, month] = iso ? [iso[1], iso[2]] : local ? [local[2], local[1]] : [null, null];
  if (!year || !month || Number(month) < 1 || Number(month) > 12) return null;
  return `${year}-${month.padStart(2, "0")}`;
}
