/**
 * Reports and the dossier's registers as the API gives them: which reports a role may make, the
 * download of one (the server's error, in the user's language, when it refuses), and the
 * regulations and innovations the Paritrana dossier lists.
 */
import { useQuery } from "@tanstack/react-query";
import type { User } from "../auth/session.ts";
import { ApiError, api } from "../common/api.ts";
import i18n from "../i18n.ts";

export const reportKinds = ["coverage", "funder", "claims", "paritrana"] as const;
export type ReportKind = (typeof reportKinds)[number];
export type ReportFormat = "xlsx" | "pdf";
export const regulationKinds = [
  "perda",
  "perbup",
  "kepbup",
  "instruksi",
  "surat_edaran",
  "mou",
  "other",
] as const;

/** The reports a role may make (the server checks again; this only shapes the page). */
export function reportsOf(user: User): ReportKind[] {
  switch (user.role) {
    case "regency_admin":
    case "auditor":
      return [...reportKinds];
    case "kecamatan_operator":
    case "desa_operator":
      return ["coverage"];
    case "bpjs_officer":
      return ["claims"];
    default:
      return [];
  }
}

/** Every internal role reads the registers; regency admins change them. */
export function registerRights(user: User) {
  return { read: user.role !== "csr_partner", change: user.role === "regency_admin" };
}

/**
 * Fetches a report and hands it to the browser as a download under the server's file name. A
 * refusal (wrong parameters, another area) comes back as an ApiError with the server's message.
 */
export async function downloadReport(
  kind: ReportKind,
  format: ReportFormat,
  params: Record<string, string | undefined>,
): Promise<string> {
  const query = new URLSearchParams({ format, lang: i18n.language });
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const response = await fetch(`/api/v1/reports/${kind}?${query}`, {
    headers: { "accept-language": i18n.language },
    credentials: "same-origin",
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null))?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? i18n.t("error.network"),
    );
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `${kind}.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export interface Regulation {
  id: number;
  kind: (typeof regulationKinds)[number];
  number: string;
  title: string;
  issued_on: string;
  notes: string | null;
  created_by: string;
}

export interface Innovation {
  id: number;
  name: string;
  started_on: string;
  description: string;
  created_by: string;
}

export function useRegulations() {
  return useQuery({
    queryKey: ["regulations"],
    queryFn: () => api<{ regulations: Regulation[] }>("/regulations"),
  });
}

export function useInnovations() {
  return useQuery({
    queryKey: ["innovations"],
    queryFn: () => api<{ innovations: Innovation[] }>("/innovations"),
  });
}

export function addRegulation(body: {
  kind: string;
  number: string;
  title: string;
  issuedOn: string;
  notes?: string;
}): Promise<Regulation> {
  return api("/regulations", { json: body });
}

export function removeRegulation(id: number): Promise<Regulation> {
  return api(`/regulations/${id}`, { method: "DELETE" });
}

export function addInnovation(body: {
  name: string;
  startedOn: string;
  description: string;
}): Promise<Innovation> {
  return api("/innovations", { json: body });
}

export function removeInnovation(id: number): Promise<Innovation> {
  return api(`/innovations/${id}`, { method: "DELETE" });
}

/** The months a report may be made for, newest first: this month and the 35 before it. */
export function recentMonths(today = new Date()): string[] {
  return Array.from({ length: 36 }, (_, i) => {
    const at = new Date(today.getFullYear(), today.getMonth() - i, 1);
    return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}`;
  });
}

/** A month's name in the user's language: 2026-03 → "Maret 2026". */
export function monthName(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(i18n.language === "en" ? "en-GB" : "id-ID", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
