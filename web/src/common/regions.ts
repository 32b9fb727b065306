import { useQuery } from "@tanstack/react-query";
import { api } from "./api.ts";

export interface Region {
  code: string;
  name: string;
  level: number;
}

/** The regions under a parent code (kept: the tree does not change while the app runs). */
export function useRegions(parent: string | undefined) {
  return useQuery({
    queryKey: ["regions", parent],
    queryFn: () => api<{ parent: Region | null; regions: Region[] }>(`/regions?parent=${parent}`),
    enabled: Boolean(parent),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
