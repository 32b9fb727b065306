import { useQuery } from "@tanstack/react-query";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import i18n from "../i18n.ts";

// The server's own shape (docs/dashboard.md), so the page is built against what the API answers.
export type {
  AreaCoverage,
  Dashboard,
} from "../../../src/modules/dashboard/dashboard.types.ts";

import type { Dashboard } from "../../../src/modules/dashboard/dashboard.types.ts";

export interface MapFeature {
  type: "Feature";
  properties: { code: string; name: string; level: "kecamatan" | "desa"; parent: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] };
}

export interface AreaMap {
  type: "FeatureCollection";
  regency: { code: string; name: string };
  note: string;
  sources: string;
  features: MapFeature[];
}

export function useDashboard(area: string) {
  return useQuery({
    queryKey: ["dashboard", area],
    queryFn: () => api<Dashboard>(`/dashboard?area=${encodeURIComponent(area)}`),
  });
}

/** The kecamatan of the regency, or one kecamatan's desa (kept: the map changes only with a release). */
export function useAreaMap(kecamatan: string | null) {
  return useQuery({
    queryKey: ["map", kecamatan],
    queryFn: () =>
      api<AreaMap>(kecamatan ? `/map?level=desa&kecamatan=${kecamatan}` : "/map?level=kecamatan"),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The level of a region code: 2 regency (36.03), 3 kecamatan (36.03.08), 4 desa (36.03.08.2001). */
export const levelOf = (code: string) => code.split(".").length;
export const parentOf = (code: string) => code.split(".").slice(0, -1).join(".");

/** Which areas the user may open: the server answers 403 for others (docs/dashboard.md). */
export function mayOpen(user: User, code: string): boolean {
  if (["regency_admin", "auditor", "bpjs_officer"].includes(user.role)) return code.startsWith(user.areaCode);
  return code === user.areaCode || code.startsWith(`${user.areaCode}.`);
}

const locale = () => (i18n.language === "en" ? "en-US" : "id-ID");

/** A fraction as a percentage the reader's way: 0,4321 → 43,2% (id), 43.2% (en). */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return "–";
  return `${(rate * 100).toLocaleString(locale(), { maximumFractionDigits: 1 })}%`;
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : n.toLocaleString(locale());
}

/** Short numbers for chart axes: 1,2 jt / 1.2M. */
export function formatCompact(n: number): string {
  return new Intl.NumberFormat(locale(), { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** A month key yyyy-mm as mm-yyyy. */
export const formatMonth = (month: string) => `${month.slice(5, 7)}-${month.slice(0, 4)}`;
