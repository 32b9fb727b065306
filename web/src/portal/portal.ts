/**
 * The partner portal as the API gives it: counts and sums of the people a company funds, a count
 * of 1–4 (or one hidden to protect such a count) given as null with `suppressed: true`.
 */
import { useQuery } from "@tanstack/react-query";
import { api } from "../common/api.ts";

export interface Cell {
  count: number | null;
  suppressed: boolean;
}

export interface Money {
  amount: number | null;
  suppressed: boolean;
}

export const membershipStatuses = ["registered", "active", "lapsed", "ended", "rejected"] as const;

export interface Portal {
  company: { code: string; name: string; sector: string | null };
  on: string;
  threshold: number;
  commitments: {
    id: number;
    mou: string | null;
    budget: number;
    workers: number;
    periodFrom: string;
    periodTo: string;
    kecamatan: string[];
    occupations: string[];
    accepted: boolean;
    covered: Cell;
  }[];
  people: { now: Cell; ever: Cell };
  byKecamatan: { code: string | null; name: string | null; covered: Cell }[];
  byOccupation: { occupation: string | null; covered: Cell }[];
  memberships: { status: (typeof membershipStatuses)[number]; count: Cell }[];
  claimsPaid: { claims: Cell; amount: Money };
  money: { budget: number; invoiced: Money; paid: Money; refunded: Money; usedShare: number | null };
}

/** `company`: the company a regency admin or an auditor looks at (a partner sees its own). */
export function usePortal(company: string | undefined) {
  const query = company ? `?company=${encodeURIComponent(company)}` : "";
  return useQuery({ queryKey: ["portal", company ?? null], queryFn: () => api<Portal>(`/portal${query}`) });
}

/** The impact report's address, for the data's date shown, in the user's language. */
export function reportHref(company: string | undefined, on: string, lang: string): string {
  const params = new URLSearchParams({ on, lang: lang === "en" ? "en" : "id" });
  if (company) params.set("company", company);
  return `/api/v1/portal/report.pdf?${params}`;
}
