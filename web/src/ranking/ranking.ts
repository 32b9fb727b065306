import { useQueries, useQuery } from "@tanstack/react-query";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { type Region, useRegions } from "../common/regions.ts";

/** One eligible person in priority order, as GET /ranking gives it (NIK masked). */
export interface RankedPerson {
  rank: number;
  id: number;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desil: number | null;
  desil_date: string | null;
  /** 0 renewal, 1 desil 1, 2 desil 2, 3 desil 3–4, 4 the rest. */
  tier: number;
  desil_stale: boolean;
  kecamatan_code: string | null;
  desa_code: string | null;
}

/** How many of the area are eligible in a year, and how many are not for each reason. */
export interface EligibilitySummary {
  year: number;
  rulesYear: number;
  eligible: number;
  excluded: Record<string, number>;
}

/** The reasons a person may not be covered, in the order the rules check them. */
export const reasonCodes = [
  "nik_invalid",
  "nik_unverified",
  "birth_date_missing",
  "age_below",
  "age_above",
  "domicile_outside",
  "occupation_missing",
  "civil_servant",
  "occupation_not_informal",
  "already_covered",
  "deceased",
];

export const tiers = [0, 1, 2, 3, 4];

export function useEligibility(year: number) {
  return useQuery({
    queryKey: ["eligibility", year],
    queryFn: () => api<EligibilitySummary>(`/eligibility?year=${year}`),
  });
}

/** The program years to choose from: last year, this year and the next two. */
export function programYears(): number[] {
  const now = new Date().getFullYear();
  return [now - 1, now, now + 1, now + 2];
}

/**
 * Names of the kecamatan and desa that rows name by code: the regency's kecamatan, and the desa
 * of each kecamatan on the page (each list asked once and kept, as the region tree does not change).
 */
export function useAreaNames(user: User, kecamatanCodes: (string | null)[]) {
  const regency = useRegions(user.areaCode.slice(0, 5));
  const wanted = [...new Set(kecamatanCodes.filter((c): c is string => Boolean(c)))];
  const desa = useQueries({
    queries: wanted.map((code) => ({
      queryKey: ["regions", code],
      queryFn: () => api<{ parent: Region | null; regions: Region[] }>(`/regions?parent=${code}`),
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const names = new Map<string, string>();
  for (const r of regency.data?.regions ?? []) names.set(r.code, r.name);
  for (const list of desa) for (const r of list.data?.regions ?? []) names.set(r.code, r.name);
  return (code: string | null) => (code ? (names.get(code) ?? code) : "–");
}
