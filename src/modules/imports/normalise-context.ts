import type { Region } from "../regions/regions.repository.ts";
import type { DateFormat } from "./date-reader.ts";
import type { ColumnMap } from "./header-mapping.ts";
import { RegionResolver } from "./region-resolver.ts";
import type { NormaliseContext } from "./row-normaliser.ts";

/** What normalising a file needs, as plain data that can be sent to a worker thread. */
export interface ContextInput {
  columns: ColumnMap;
  headerCount: number;
  regencyCode: string;
  birthDateFormat: DateFormat;
  desilDateFormat: DateFormat;
  memberSinceFormat: DateFormat;
  /** The regency's kecamatan and desa. */
  regencyTree: Region[];
  /** Codes of every province, regency and kecamatan, to check the region part of NIKs. */
  nikRegionCodes: string[];
  /** ISO date of "today" (birth dates after it are impossible). */
  today: string;
}

export function buildContext(input: ContextInput): NormaliseContext {
  const nikRegions = new Set(input.nikRegionCodes);
  const regionExists = (code: string) => nikRegions.has(code);
  const today = new Date(input.today);
  return {
    columns: input.columns,
    headerCount: input.headerCount,
    regencyCode: input.regencyCode,
    birthDateFormat: input.birthDateFormat,
    desilDateFormat: input.desilDateFormat,
    memberSinceFormat: input.memberSinceFormat,
    resolver: new RegionResolver(input.regencyTree),
    regionExists,
    today,
    birthDates: new Map(),
    desilDates: new Map(),
    memberSinceDates: new Map(),
    nikOptions: { regionExists, today },
  };
}
