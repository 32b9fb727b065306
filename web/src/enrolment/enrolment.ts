/** Enrolment with BPJS as the API gives it: registration files, answers, memberships. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../common/api.ts";
import type { Job } from "../imports/imports.ts";

export const membershipStatuses = ["registered", "active", "rejected", "lapsed", "ended"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const endReasons = ["death", "moved", "wage_job", "age_limit", "funder_ended", "withdrew"] as const;

export interface Membership {
  id: number;
  person_id: number;
  name: string;
  /** Masked. */
  nik: string;
  /** The funder's code. */
  funder: string;
  package: string;
  status: MembershipStatus;
  kpj: string | null;
  /** yyyy-mm */
  start_month: string;
  end_month: string;
  active_from: string | null;
  /** BPJS's own words. */
  rejection_reason: string | null;
  end_reason: string | null;
}

export interface MembershipEvent {
  at: string;
  event: string;
  details: Record<string, unknown>;
  by: string;
}

export interface MembershipDetail extends Membership {
  events: MembershipEvent[];
}

export interface Registration {
  id: number;
  plan: number;
  funder: string;
  funderName: string;
  bpjsCode: string;
  template: string;
  format: string;
  rows: number;
  refused: number;
  createdBy: string;
  createdAt: string;
  /** The job whose file can be downloaded; null when made on the command line. */
  job: number | null;
}

export interface RegistrationSummary {
  registration: number;
  plan: number;
  funder: string;
  format: "csv" | "xlsx";
  rows: number;
  registered: number;
  refused: number;
}

export interface AnswerSummary {
  file: string;
  rows: number;
  accepted: number;
  rejected: number;
  unchanged: number;
  nikUnverified: number;
  replaced: number;
  problems: { row: number; nik: string; problem: "not_registered" | "status_unreadable" }[];
}

export function useMembership(id: number | undefined) {
  return useQuery({
    queryKey: ["membership", id],
    queryFn: () => api<MembershipDetail>(`/memberships/${id}`),
    enabled: id !== undefined,
  });
}

export function useRegistrations(plan: number) {
  return useQuery({
    queryKey: ["registrations", plan],
    queryFn: () => api<{ registrations: Registration[] }>(`/registrations?plan=${plan}`),
  });
}

/** Starts making one funder's registration file: a job whose file is at /api/v1/jobs/{id}/file. */
export function startRegistration(body: {
  plan: number;
  funder: string;
  format: "csv" | "xlsx";
  newOnly: boolean;
}): Promise<Job> {
  return api<Job>("/registrations", { json: body });
}

/** Applies an uploaded answer of BPJS (the upload's token). */
export function applyAnswer(upload: string): Promise<AnswerSummary> {
  return api<AnswerSummary>("/answers", { json: { upload } });
}

export function endMembership(id: number, body: { reason: string; on: string }) {
  return api<{ id: number; status: string }>(`/memberships/${id}/end`, { json: body });
}

/** Where a registration job's file is downloaded, and the name the server gives it. */
export function registrationFile(job: number, r: { funder: string; plan: number; format: string }) {
  return { href: `/api/v1/jobs/${job}/file`, name: `pendaftaran-${r.funder}-${r.plan}.${r.format}` };
}

/** A day as typed, 10-03-2026 or 2026-03-10, as the API wants it (2026-03-10); null when no such day. */
export function parseDay(text: string): string | null {
  const t = text.trim().replaceAll("/", "-").replaceAll(".", "-");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const local = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}
