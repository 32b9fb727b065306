/** The public status check and self-proposals as the API gives them, and the calls. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../common/api.ts";

export type StatusAnswer =
  | {
      result: "covered";
      since: string;
      funderType: string;
      funder: string;
      kpj: string | null;
      message: string;
      guidance: { accident: string; death: string };
    }
  /** The same for no cover, an unknown NIK and a wrong birth date. */
  | { result: "not_covered"; message: string };

export interface Village {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatan: string;
}

export interface ProposalFields {
  nik: string;
  name: string;
  birthDate: string;
  occupation: string;
  phone: string | null;
  desaCode: string;
  consent: boolean;
}

export function checkStatus(nik: string, birthDate: string): Promise<StatusAnswer> {
  return api<StatusAnswer>("/public/status", { json: { nik, birthDate } });
}

/** The public page's proposal (no login), or an operator's on a worker's behalf. */
export function sendProposal(fields: ProposalFields, onBehalf: boolean): Promise<unknown> {
  return api(onBehalf ? "/proposals" : "/public/proposals", { json: fields });
}

/** The desa/kelurahan of the regency with their kecamatan (kept: they do not change). */
export function useVillages() {
  return useQuery({
    queryKey: ["public-villages"],
    queryFn: () => api<{ villages: Village[] }>("/public/villages"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A date typed dd-mm-yyyy (or with / or .) as ISO yyyy-mm-dd, or null when it is no real date. */
export function parseDate(text: string): string | null {
  const m = text.trim().match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}
