/**
 * CSR partners as the API gives them: companies, their MoUs and commitments (with what an accepted
 * commitment's funder used), and the circular letter campaign with answers and follow-ups.
 */
import { useQuery } from "@tanstack/react-query";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";

export const answers = ["willing", "declined", "considering"] as const;
export type Answer = (typeof answers)[number];

/** Regency admins change everything; auditors read; other roles see no partners page. */
export function partnerRights(user: User) {
  return {
    read: user.role === "regency_admin" || user.role === "auditor",
    change: user.role === "regency_admin",
  };
}

export interface Company {
  id: number;
  code: string;
  name: string;
  sector: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  createdBy: string;
  createdAt: string;
}

export interface CompanyRow extends Company {
  mous: number;
  activeMouUntil: string | null;
  commitments: number;
  committedBudget: number;
  acceptedBudget: number;
  lastCircular: {
    id: number;
    number: string;
    sentOn: string;
    answer: Answer | null;
    answeredOn: string | null;
  } | null;
  nextFollowUp: string | null;
}

export interface Mou {
  id: number;
  companyId: number;
  companyCode: string;
  companyName: string;
  number: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  signatories: string[];
  createdBy: string;
  createdAt: string;
  status: "future" | "active" | "expired";
  daysLeft: number | null;
}

export interface Commitment {
  id: number;
  companyId: number;
  companyCode: string;
  companyName: string;
  mouId: number | null;
  mouNumber: string | null;
  budget: number;
  workers: number;
  from: string;
  to: string;
  kecamatan: { code: string; name: string }[];
  occupations: string[];
  package: string;
  funderId: number | null;
  funderCode: string | null;
  acceptedBy: string | null;
  acceptedAt: string | null;
  months: number;
  perPerson: number;
  capacity: number;
  budgetShort: boolean;
  use: {
    plan: number | null;
    allocated: number;
    allocatedCost: number;
    invoiced: number;
    paid: number;
    invoices: number;
    outstanding: number;
    left: number;
  } | null;
}

export interface Recipient {
  circularId: number;
  circularNumber: string;
  circularTitle: string;
  answerBy: string | null;
  companyId: number;
  companyCode: string;
  companyName: string;
  contactName: string | null;
  contactPhone: string | null;
  sentOn: string;
  answer: Answer | null;
  answeredOn: string | null;
  followUpOn: string | null;
  notes: string | null;
  updatedBy: string;
  updatedAt: string;
  nextContact: string | null;
  nextReason: "follow_up" | "answer_by" | null;
  status: "overdue" | "due" | "upcoming" | null;
  daysLate: number;
}

export interface CompanyDetail {
  company: Company;
  mous: Mou[];
  commitments: Commitment[];
  circulars: Recipient[];
  followUps: Recipient[];
}

export interface CircularSummary {
  sent: number;
  answered: number;
  willing: number;
  declined: number;
  considering: number;
  noAnswer: number;
  overdue: number;
  due: number;
}

export interface Circular {
  id: number;
  number: string;
  title: string;
  sentOn: string;
  answerBy: string | null;
  createdBy: string;
  createdAt: string;
  summary: CircularSummary;
}

export interface CompanyFilter {
  q?: string;
  answered?: boolean;
  activeMou?: boolean;
  commitments?: boolean;
}

export function useCompanies(filter: CompanyFilter) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== "") query.set(key, String(value));
  return useQuery({
    queryKey: ["partners", "companies", query.toString()],
    queryFn: () => api<{ companies: CompanyRow[] }>(`/partners/companies?${query}`),
  });
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: ["partners", "company", id],
    queryFn: () => api<CompanyDetail>(`/partners/companies/${id}`),
  });
}

export function useExpiringMous(within = 90) {
  return useQuery({
    queryKey: ["partners", "expiring", within],
    queryFn: () =>
      api<{ today: string; within: number; mous: Mou[] }>(`/partners/mous/expiring?within=${within}`),
  });
}

export function useCirculars() {
  return useQuery({
    queryKey: ["partners", "circulars"],
    queryFn: () => api<{ circulars: Circular[] }>("/partners/circulars"),
  });
}

export function useCircular(id: number | undefined) {
  return useQuery({
    queryKey: ["partners", "circular", id],
    queryFn: () => api<{ circular: Circular; recipients: Recipient[] }>(`/partners/circulars/${id}`),
    enabled: id !== undefined,
  });
}

export function useFollowUps(within: number) {
  return useQuery({
    queryKey: ["partners", "follow-ups", within],
    queryFn: () =>
      api<{ today: string; within: number; followUps: Recipient[] }>(`/partners/follow-ups?within=${within}`),
  });
}

export interface CompanyInput {
  name?: string;
  sector?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

export const addCompany = (input: CompanyInput & { code: string }) =>
  api<Company>("/partners/companies", { json: input });
export const updateCompany = (id: number, input: CompanyInput) =>
  api<{ company: Company; changed: boolean }>(`/partners/companies/${id}`, { json: input });

export interface MouInput {
  number: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  signatories: string[];
}

export const addMou = (companyId: number, input: MouInput) =>
  api<Mou>(`/partners/companies/${companyId}/mous`, { json: input });
export const updateMou = (id: number, input: MouInput) =>
  api<{ mou: Mou; changed: boolean }>(`/partners/mous/${id}`, { json: input });

export interface CommitmentInput {
  mouId: number | null;
  budget: number;
  workers: number;
  from: string;
  to: string;
  kecamatanCodes: string[];
  occupations: string[];
  package: string;
}

export const addCommitment = (companyId: number, input: CommitmentInput) =>
  api<Commitment>(`/partners/companies/${companyId}/commitments`, { json: input });
export const updateCommitment = (id: number, input: CommitmentInput) =>
  api<{ commitment: Commitment; changed: boolean }>(`/partners/commitments/${id}`, { json: input });
export const acceptCommitment = (id: number, input: { code?: string | null; name?: string | null }) =>
  api<Commitment>(`/partners/commitments/${id}/accept`, { json: input });

export const addCircular = (input: {
  number: string;
  title: string;
  sentOn: string;
  answerBy: string | null;
  companyIds: number[];
}) => api<{ circular: Circular }>("/partners/circulars", { json: input });
export const sendCircular = (id: number, companyIds: number[]) =>
  api<{ added: number[]; already: number[] }>(`/partners/circulars/${id}/recipients`, {
    json: { companyIds },
  });
export const recordAnswer = (
  circular: number,
  company: number,
  input: { answer: Answer; on: string; followUpOn: string | null; notes: string | null },
) => api<Recipient>(`/partners/circulars/${circular}/recipients/${company}/answer`, { json: input });
export const setFollowUp = (
  circular: number,
  company: number,
  input: { on: string | null; notes: string | null },
) => api<Recipient>(`/partners/circulars/${circular}/recipients/${company}/follow-up`, { json: input });

/** Whole rupiah as typed: 25.200.000, Rp25.200.000 or 25200000; null when it is not one. */
export function parseRupiah(text: string): number | null {
  const digits = text.replace(/^Rp/i, "").replace(/[.\s]/g, "");
  return /^\d{1,15}$/.test(digits) && Number(digits) > 0 ? Number(digits) : null;
}
