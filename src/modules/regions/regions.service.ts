import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { findRegion, listChildren, type Region } from "./regions.repository.ts";

export const levelNames = {
  1: "provinsi",
  2: "kabupaten/kota",
  3: "kecamatan",
  4: "desa/kelurahan",
} as const;

/** The regions directly under `parentCode` (all provinces when it is absent). */
export async function listRegions({ db, parentCode }: { db: Db; parentCode?: string }): Promise<{
  parent: Region | null;
  regions: Region[];
}> {
  const code = parentCode?.trim();
  if (!code) return { parent: null, regions: await listChildren(db, null) };
  const parent = await findRegion(db, code);
  if (!parent) throw new UserError("region_not_found", { code });
  return { parent, regions: await listChildren(db, code) };
}
