/**
 * The schematic map of Kab. Tangerang as built and committed: every kecamatan and desa of Payung's
 * regions is on it under its own code, the file stays small; the service answers one level or one
 * kecamatan's desa and tells the IT team how to build a missing map; the server-side SVG has a
 * shape per kecamatan and the words "Peta skematik", and pdfmake puts it in a PDF whose text can
 * be read back.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../test/pdf-text.ts";
import { UserError } from "../../common/errors.ts";
import { renderPdf } from "../../core/pdf.ts";
import { areaMap, regencyMap, shapesDir } from "./map.service.ts";
import { renderCoverageMapSvg } from "./map-svg.ts";

const regencyCode = "36.03";
const mauk = "36.03.08";

/** Payung's own kecamatan and desa of the regency (idn-area-data), code → parent. */
function regions(file: string, parents: Set<string>): Map<string, string> {
  const text = fs.readFileSync(path.resolve("node_modules/idn-area-data/data", file), "utf8");
  const rows = text.split("\n").map((line) => line.split(","));
  return new Map(rows.filter((r) => parents.has(r[1])).map((r) => [r[0], r[1]]));
}
const kecamatan = regions("districts.csv", new Set([regencyCode]));
const desa = regions("villages.csv", new Set(kecamatan.keys()));

function thrown(f: () => unknown): UserError {
  try {
    f();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("nothing thrown");
}

describe("the schematic map of Kab. Tangerang", () => {
  it("holds every kecamatan and desa under Payung's codes, each desa inside its kecamatan, in a small file", () => {
    const file = path.join(shapesDir, `${regencyCode}.geojson`);
    expect(fs.statSync(file).size).toBeLessThan(150 * 1024);
    const map = regencyMap(regencyCode);
    expect(map).toMatchObject({ type: "FeatureCollection", schematic: true, missing: [] });
    expect(map.regency).toEqual({ code: regencyCode, name: "Kabupaten Tangerang" });
    const of = (level: string) => map.features.filter((f) => f.properties.level === level);
    expect(new Map(of("kecamatan").map((f) => [f.properties.code, f.properties.parent]))).toEqual(kecamatan);
    expect(new Map(of("desa").map((f) => [f.properties.code, f.properties.parent]))).toEqual(desa);
    expect(kecamatan.size).toBe(29);
    expect(desa.size).toBe(274);
    for (const f of map.features) {
      const polygons = (
        f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates
      ) as [number, number][][][];
      expect(polygons.length, f.properties.code).toBeGreaterThan(0);
      for (const ring of polygons.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        // Inside Banten's corner of Java (longitude 106.3–106.8, latitude −6.4 to −5.9).
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(106.3);
          expect(lon).toBeLessThan(106.8);
          expect(lat).toBeGreaterThan(-6.45);
          expect(lat).toBeLessThan(-5.9);
        }
      }
    }
  });

  it("answers the kecamatan, or one kecamatan's desa; an unknown kecamatan or regency says what to do", () => {
    const level = areaMap({ regencyCode, level: "kecamatan" });
    expect(level.features).toHaveLength(29);
    expect(areaMap({ regencyCode, level: "kecamatan", kecamatan: mauk }).features).toHaveLength(1);
    const maukDesa = areaMap({ regencyCode, level: "desa", kecamatan: mauk });
    const expected = [...desa].filter(([, parent]) => parent === mauk).map(([code]) => code);
    expect(maukDesa.features.map((f) => f.properties.code)).toEqual(expected);
    expect(areaMap({ regencyCode, level: "desa" }).features).toHaveLength(274);

    const unknown = thrown(() => areaMap({ regencyCode, level: "desa", kecamatan: "36.71.01" }));
    expect(unknown.code).toBe("map_kecamatan_not_found");
    const missing = thrown(() => areaMap({ regencyCode: "36.71", level: "kecamatan" }));
    expect(missing.code).toBe("map_missing");
    expect(missing.text("id")).toContain("npm run map:build -- 36.71");
    expect(missing.text("en")).toContain("docs/map.md");
    expect(thrown(() => regencyMap("../36")).code).toBe("map_missing");
  });
});

describe("the coverage map as SVG for PDF reports", () => {
  const values: Record<string, number | null> = {};
  [...kecamatan.keys()].forEach((code, i) => {
    values[code] = i % 5 === 0 ? null : i / 29;
  });
  const title = "Cakupan per kecamatan, 15-06-2026";

  it("draws a shape per kecamatan with its name, the legend and the words Peta skematik", () => {
    const svg = renderCoverageMapSvg({ level: "kecamatan", values, title });
    expect(svg.startsWith("<svg")).toBe(true);
    const shapes = svg.match(/<path[^>]*ecmeta_series_index="0"[^>]*>/g) ?? [];
    expect(shapes).toHaveLength(29);
    expect(new Set(shapes.map((p) => /ecmeta_data_index="(\d+)"/.exec(p)?.[1])).size).toBe(29);
    expect(svg).toContain(title);
    expect(svg).toContain("Peta skematik");
    expect(svg).toContain(">Mauk<");
    expect(svg).toContain(">Tanpa data<");
    expect(svg).toContain("80%–100%");
    // An area without a rate takes no band's colour: the six of them are grey.
    expect(shapes.filter((p) => p.includes('fill="#e5e7eb"'))).toHaveLength(6);
    expect(svg).not.toMatch(/<image\b/i);

    const english = renderCoverageMapSvg({ level: "kecamatan", values, title: "Coverage", lang: "en" });
    expect(english).toContain("Schematic map");
  });

  it("draws one kecamatan's desa when the rates are for its desa", () => {
    const maukDesa = [...desa].filter(([, parent]) => parent === mauk).map(([code]) => code);
    const svg = renderCoverageMapSvg({
      level: "desa",
      values: { [maukDesa[0]]: 0.5, [maukDesa[1]]: null },
      title: "Mauk",
      width: 400,
      height: 400,
    });
    expect(svg.match(/<path[^>]*ecmeta_series_index="0"/g)).toHaveLength(maukDesa.length);
    expect(svg).toContain('width="400"');
  });

  it("goes into a PDF through pdfmake, its title readable", async () => {
    const svg = renderCoverageMapSvg({ level: "kecamatan", values, title });
    const pdf = await renderPdf({ content: [{ text: "Laporan" }, { svg, width: 480 }] });
    const text = await pdfText(pdf);
    expect(text).toContain(title);
    expect(text).toContain("Peta skematik");
    expect(text).toContain("Tanpa data");
  });
});
