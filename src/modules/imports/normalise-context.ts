import type { Region } from "../regions/regions.repository.ts";
import { RegionResolver } from "./region-resolver.ts";
import type { FileSettings, NormaliseContext } from "./row-normaliser.ts";

/** What normalising a file needs, as plain data that can be sent to a worker thread. */
export interface ContextInput extends FileSettings {
  /** The regency's kecamatan and desa. */
  regencyTree: Region[];
  /** Codes of every province, regency and kecamatan, to check the region part of NIKs. */
  nikRegionCodes: string[];
  /** ISO date of "today" (birth dates after it are impossible). */
  today: string;
}

export function buildContext({
  regencyTree,
  nikRegionCodes,
  today: isoToday,
  ...settings
}: ContextInput): NormaliseContext {
  const nikRegions = new Set(nikRegionCodes);
  const regionExists = (code: string) => nikRegions.has(code);
  const today = new Date(isoToday);
  return {
    ...settings,
    resolver: new RegionResolver(regencyTree),
    regionExists,
    today,
    birthDates: new Map(),
    desilDates: new Map(),
    memberSinceDates: new Map(),
    nikOptions: { regionExists, today },
  };
}
