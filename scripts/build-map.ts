/**
 * Builds the schematic coverage map of one regency (docs/map.md), once, by a developer:
 *
 *   npm run map:build -- 36.03
 *
 * No package ships kecamatan boundaries, so the map is drawn from desa centre points (geografis):
 * each desa gets the Voronoi cell around its point, clipped to the regency's outline (the hull of
 * its points, buffered), and a kecamatan is the union of its desa's cells. Neighbouring regencies'
 * desa points take part in the Voronoi diagram, so a border lies halfway between desa on either
 * side instead of running out to the hull. Codes and names are Payung's (idn-area-data).
 * Writes src/modules/map/shapes/<regency>.geojson.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Delaunay } from "d3-delaunay";
import { type Geom, intersection, union } from "polyclip-ts";
import { CsvParser } from "../src/core/csv.ts";

type Point = [number, number];
type MultiPoly = Point[][][];

/** How far the outline reaches past the outermost desa points (the coast, the regency's edge). */
const bufferKm = 1.5;
/** Neighbours' desa points this far (degrees) around the regency take part in the diagram. */
const neighbourMargin = 0.15;
/** 4 decimals of a degree ≈ 11 m: plenty for a schematic map, and a small file. */
const decimals = 4;

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

interface Area {
  code: string;
  parent: string;
  name: string;
}

interface GeoVillage {
  code: string;
  district: string;
  village: string;
  latitude: number | null;
  longitude: number | null;
}

function readCsv(file: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser(",");
  const onRecord = ({ cells }: { cells: string[] }) => {
    if (cells.length >= 2) rows.push(cells);
  };
  parser.push(fs.readFileSync(file, "utf8"), onRecord);
  parser.end(onRecord);
  return rows.slice(1);
}

/** Payung's regions (idn-area-data): the regency, its kecamatan and desa. */
function payungRegions(regency: string) {
  const dir = path.join(packageDir("idn-area-data"), "data");
  const regencyRow = readCsv(path.join(dir, "regencies.csv")).find((r) => r[0] === regency);
  if (!regencyRow)
    throw new Error(
      `${regency} is not a regency in idn-area-data (see: payung regions list --parent ${regency.slice(0, 2)}).`,
    );
  const area = (r: string[]): Area => ({ code: r[0], parent: r[1], name: r[r.length - 1] });
  const kecamatan = readCsv(path.join(dir, "districts.csv"))
    .filter((r) => r[1] === regency)
    .map(area);
  const inRegency = new Set(kecamatan.map((k) => k.code));
  const desa = readCsv(path.join(dir, "villages.csv"))
    .filter((r) => inRegency.has(r[1]))
    .map(area);
  return { name: regencyRow[regencyRow.length - 1], kecamatan, desa };
}

const plain = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * Each desa's centre point from geografis: by code, else by its name and its kecamatan's name
 * (codes renumbered between Kepmendagri editions, or a new province): in the same regency first,
 * else the one place anywhere with both names.
 */
function locateDesa(desa: Area[], kecamatan: Area[], villages: GeoVillage[]) {
  const located = (v: GeoVillage) => Number.isFinite(v.latitude) && Number.isFinite(v.longitude);
  const byCode = new Map(villages.filter(located).map((v) => [v.code, v]));
  const byNames = new Map<string, GeoVillage[]>();
  for (const v of villages.filter(located)) {
    const key = `${plain(v.district)}|${plain(v.village)}`;
    byNames.set(key, [...(byNames.get(key) ?? []), v]);
  }
  const kecamatanName = new Map(kecamatan.map((k) => [k.code, plain(k.name)]));
  const points = new Map<string, Point>();
  const used = new Set<string>();
  const byName: { code: string; name: string; geografis: string }[] = [];
  const missing: Area[] = [];
  for (const d of desa) {
    let v = byCode.get(d.code);
    if (!v) {
      const same = byNames.get(`${kecamatanName.get(d.parent)}|${plain(d.name)}`) ?? [];
      const inRegency = same.filter((g) => g.code.startsWith(d.code.slice(0, 5)));
      v = inRegency.length === 1 ? inRegency[0] : same.length === 1 ? same[0] : undefined;
      if (v) byName.push({ code: d.code, name: d.name, geografis: v.code });
    }
    if (v) {
      points.set(d.code, [v.longitude!, v.latitude!]);
      used.add(v.code);
    } else missing.push(d);
  }
  return { points, used, byName, missing };
}

/** The convex hull of `points` grown by `distance`: the hull of small circles around its corners. */
function bufferedHull(points: Point[], distance: number): Point[] {
  const corners = [...Delaunay.from(points).hullPolygon()];
  const grown: Point[] = corners.flatMap(([x, y]) =>
    Array.from({ length: 24 }, (_, i): Point => {
      const a = (i / 24) * 2 * Math.PI;
      return [x + distance * Math.cos(a), y + distance * Math.sin(a)];
    }),
  );
  return Delaunay.from(grown).hullPolygon() as Point[];
}

function roundRing(ring: Point[], toLonLat: (p: Point) => Point): Point[] {
  const factor = 10 ** decimals;
  const out: Point[] = [];
  for (const p of ring) {
    const [lon, lat] = toLonLat(p).map((c) => Math.round(c * factor) / factor) as Point;
    const last = out[out.length - 1];
    if (!last || last[0] !== lon || last[1] !== lat) out.push([lon, lat]);
  }
  // Drop points on a straight line between their neighbours (rounding makes some).
  const kept = out.filter((p, i) => {
    if (i === 0 || i === out.length - 1) return true;
    const [a, b] = [out[i - 1], out[i + 1]];
    return (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]) !== 0;
  });
  const [first, last] = [kept[0], kept[kept.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) kept.push(first);
  return kept;
}

function geometry(poly: MultiPoly, toLonLat: (p: Point) => Point) {
  const polygons = poly
    .map((rings) => rings.map((r) => roundRing(r, toLonLat)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] }
    : { type: "MultiPolygon", coordinates: polygons };
}

function build(regency: string) {
  const regions = payungRegions(regency);
  const villages = require(path.join(packageDir("geografis"), "data/json/data.json")) as GeoVillage[];
  const { points, used, byName, missing } = locateDesa(regions.desa, regions.kecamatan, villages);
  if (points.size < 3) throw new Error(`geografis has too few desa points for ${regency} (${points.size}).`);

  // A plane where a degree east is as long as a degree north at the regency's latitude.
  const own = [...points.entries()];
  const lat0 = own.reduce((s, [, p]) => s + p[1], 0) / own.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const toPlane = ([lon, lat]: Point): Point => [lon * k, lat];
  const toLonLat = ([x, y]: Point): Point => [x / k, y];

  const lons = own.map(([, p]) => p[0]);
  const lats = own.map(([, p]) => p[1]);
  const [west, east] = [Math.min(...lons) - neighbourMargin, Math.max(...lons) + neighbourMargin];
  const [south, north] = [Math.min(...lats) - neighbourMargin, Math.max(...lats) + neighbourMargin];
  const neighbours = villages
    .filter((v) => !used.has(v.code) && v.longitude !== null && v.latitude !== null)
    .map((v): Point => [v.longitude!, v.latitude!])
    .filter(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north);

  // Two desa at one point would leave one without a cell: nudge repeats by a metre or so.
  const seen = new Set<string>();
  const sites = [...own.map(([, p]) => p), ...neighbours].map(toPlane).map(([x, y]): Point => {
    let p: Point = [x, y];
    while (seen.has(p.join())) p = [p[0] + 1e-5, p[1] + 1e-5];
    seen.add(p.join());
    return p;
  });
  const [x0, y0] = toPlane([west, south]);
  const [x1, y1] = toPlane([east, north]);
  const voronoi = Delaunay.from(sites).voronoi([x0, y0, x1, y1]);
  const outline = bufferedHull(sites.slice(0, own.length), bufferKm / 111.32);

  const cells = new Map<string, MultiPoly>();
  own.forEach(([code], i) => {
    const cell = voronoi.cellPolygon(i) as Point[] | null;
    if (cell) cells.set(code, intersection([cell], [outline]) as MultiPoly);
  });

  const features: object[] = [];
  const absent: Area[] = [...missing];
  for (const kec of regions.kecamatan) {
    const desa = regions.desa.filter((d) => d.parent === kec.code && cells.has(d.code));
    if (desa.length === 0) {
      absent.push(kec);
      continue;
    }
    const shapes = desa.map((d) => cells.get(d.code)!) as Geom[];
    const merged = union(shapes[0], ...shapes.slice(1)) as MultiPoly;
    features.push({
      type: "Feature",
      properties: { code: kec.code, name: kec.name, level: "kecamatan", parent: regency },
      geometry: geometry(merged, toLonLat),
    });
  }
  for (const d of regions.desa.filter((d) => cells.has(d.code))) {
    features.push({
      type: "Feature",
      properties: { code: d.code, name: d.name, level: "desa", parent: d.parent },
      geometry: geometry(cells.get(d.code)!, toLonLat),
    });
  }
  return { regions, features, byName, absent, located: cells.size };
}

function main() {
  const regency = process.argv[2];
  if (!/^\d{2}\.\d{2}$/.test(regency ?? "")) {
    console.error("Usage: npm run map:build -- <regency code>, e.g. npm run map:build -- 36.03");
    process.exit(2);
  }
  let built: ReturnType<typeof build>;
  try {
    built = build(regency);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { regions, features, byName, absent, located } = built;
  const collection = {
    type: "FeatureCollection",
    regency: { code: regency, name: regions.name },
    schematic: true,
    note:
      "Peta skematik: batas digambar dari titik pusat desa (sel Voronoi), bukan batas resmi. " +
      "Schematic map: boundaries drawn from desa centre points (Voronoi cells), not official boundaries.",
    sources:
      "Codes and names: idn-area-data (ODbL 1.0). Desa centre points: geografis (MIT; data from " +
      "cahyadsn/wilayah, Kebijakan Satu Peta, OpenStreetMap contributors (ODbL)). Built by scripts/build-map.ts.",
    missing: absent.map((a) => ({ code: a.code, name: a.name, parent: a.parent })),
    features,
  };
  // One feature a line: small, and a rebuild's diff shows which areas changed.
  const lines = JSON.stringify({ ...collection, features: [] }).replace(
    '"features":[]',
    `"features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]`,
  );
  const out = path.resolve(import.meta.dirname, `../src/modules/map/shapes/${regency}.geojson`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${lines}\n`);

  const size = fs.statSync(out).size;
  console.log(`${path.relative(process.cwd(), out)}: ${regions.name}, ${(size / 1024).toFixed(1)} KB`);
  console.log(
    `  ${regions.kecamatan.length} kecamatan, ${regions.desa.length} desa; ${located} desa drawn from their centre points`,
  );
  for (const m of byName) console.log(`  matched by name: ${m.code} ${m.name} (geografis ${m.geografis})`);
  for (const a of absent)
    console.log(
      `  no centre point: ${a.code} ${a.name} — left off the map (listed under "missing"); ` +
        "its kecamatan is drawn from its other desa",
    );
}

main();
