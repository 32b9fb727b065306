/**
 * The schematic coverage map of the configured regency (docs/map.md): kecamatan and desa shapes
 * drawn once from desa centre points by scripts/build-map.ts and kept in shapes/<regency>.geojson.
 * Shapes only, no one's data.
 */
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../../common/errors.ts";

export type MapLevel = "kecamatan" | "desa";

export interface MapFeature {
  type: "Feature";
  properties: { code: string; name: string; level: MapLevel; parent: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown[] };
}

export interface AreaMap {
  type: "FeatureCollection";
  regency: { code: string; name: string };
  schematic: true;
  note: string;
  sources: string;
  /** Areas the build found no centre point for: not on the map. */
  missing: { code: string; name: string; parent: string }[];
  features: MapFeature[];
}

export const shapesDir = path.resolve(import.meta.dirname, "shapes");

const loaded = new Map<string, AreaMap>();

/** The regency's whole map, read once; `map_missing` when nobody has built it yet. */
export function regencyMap(regencyCode: string): AreaMap {
  let map = loaded.get(regencyCode);
  if (!map) {
    const file = path.join(shapesDir, `${regencyCode}.geojson`);
    if (!/^\d{2}\.\d{2}$/.test(regencyCode) || !fs.existsSync(file)) {
      throw new UserError("map_missing", { regency: regencyCode });
    }
    map = JSON.parse(fs.readFileSync(file, "utf8")) as AreaMap;
    loaded.set(regencyCode, map);
  }
  return map;
}

/** The kecamatan of the regency, or the desa (of one kecamatan, or all). */
export function areaMap({
  regencyCode,
  level,
  kecamatan,
}: {
  regencyCode: string;
  level: MapLevel;
  kecamatan?: string;
}): AreaMap {
  const map = regencyMap(regencyCode);
  if (kecamatan !== undefined) {
    const known = map.features.some(
      (f) => f.properties.level === "kecamatan" && f.properties.code === kecamatan,
    );
    const missing = map.missing.some((m) => m.code === kecamatan);
    if (!known && !missing) {
      throw new UserError("map_kecamatan_not_found", { code: kecamatan, regency: regencyCode });
    }
  }
  // A kecamatan code has three parts, a desa code four.
  const wanted = ({ code, parent }: { code: string; parent: string }) =>
    level === "kecamatan"
      ? code.split(".").length === 3 && (kecamatan === undefined || code === kecamatan)
      : code.split(".").length === 4 && (kecamatan === undefined || parent === kecamatan);
  return {
    ...map,
    missing: map.missing.filter(wanted),
    features: map.features.filter((f) => wanted(f.properties)),
  };
}
