/**
 * The coverage map as an SVG for PDF reports: ECharts rendered on the server (no browser, no DOM),
 * a choropleth of the coverage rate per kecamatan or desa, with its legend and the words
 * "Peta skematik" (docs/map.md). pdfmake embeds the string with `{ svg }`.
 */
import { createRequire } from "node:module";
import type * as ECharts from "echarts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { loadConfig } from "../../core/config.ts";
import { type AreaMap, areaMap, type MapLevel } from "./map.service.ts";

export interface CoverageMapInput {
  level: MapLevel;
  /** Coverage rate per area code, a fraction 0..1; null: no denominator (drawn grey). */
  values: Record<string, number | null>;
  title: string;
  width?: number;
  height?: number;
  /** Default: the regency of the codes in `values`, else PAYUNG_REGENCY. */
  regencyCode?: string;
  /** Desa level: only this kecamatan's desa. Default: the kecamatan all codes share, else every desa. */
  kecamatan?: string;
  lang?: Lang;
}

/** Bands of the legend: a printed map is read by colour, so few and named. */
const bands = [
  { min: 0, max: 0.2, color: "#ffffcc" },
  { min: 0.2, max: 0.4, color: "#c7e9b4" },
  { min: 0.4, max: 0.6, color: "#7fcdbb" },
  { min: 0.6, max: 0.8, color: "#41b6c4" },
  { min: 0.8, max: 1.0001, color: "#2c7fb8" },
];
const noData = "#e5e7eb";
const font = "Roboto, sans-serif";

const registered = new Set<string>();
let loaded: typeof ECharts | undefined;

/**
 * ECharts, loaded on the first map (its CommonJS build: ≈0.2 s, the ES modules 0.75 s), so a server
 * or command that draws no map does not pay for it.
 */
function echartsLib(): typeof ECharts {
  loaded ??= createRequire(import.meta.url)("echarts") as typeof ECharts;
  return loaded;
}

export function renderCoverageMapSvg(input: CoverageMapInput): string {
  const { level, values, title, width = 640, height = 560, lang = "id" } = input;
  const echarts = echartsLib();
  const codes = Object.keys(values);
  const regencyCode = input.regencyCode ?? codes[0]?.slice(0, 5) ?? loadConfig().regencyCode;
  const parents = new Set(codes.map((c) => c.split(".").slice(0, 3).join(".")));
  const kecamatan = input.kecamatan ?? (level === "desa" && parents.size === 1 ? [...parents][0] : undefined);
  const map = areaMap({ regencyCode, level, kecamatan });
  const name = `payung:${regencyCode}:${level}:${kecamatan ?? "all"}`;
  if (!registered.has(name)) {
    echarts.registerMap(name, map as unknown as Parameters<typeof ECharts.registerMap>[1]);
    registered.add(name);
  }
  const names = new Map(map.features.map((f) => [f.properties.code, f.properties.name]));
  const percent = (n: number) => `${Math.round(Math.min(n, 1) * 100)}%`;

  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(coverageOption({ map, name, values, names, title, lang, percent, height }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function coverageOption({
  map,
  name,
  values,
  names,
  title,
  lang,
  percent,
  height,
}: {
  map: AreaMap;
  name: string;
  values: Record<string, number | null>;
  names: Map<string, string>;
  title: string;
  lang: Lang;
  percent: (n: number) => string;
  height: number;
}): ECharts.EChartsOption {
  const many = map.features.length > 40;
  return {
    animation: false,
    textStyle: { fontFamily: font },
    title: {
      text: title,
      subtext: message("map_schematic", {}, lang),
      left: "center",
      textStyle: { fontSize: 14, fontFamily: font },
      subtextStyle: { fontSize: 10, color: "#4b5563", fontFamily: font },
    },
    visualMap: {
      type: "piecewise",
      pieces: bands.map((b) => ({
        min: b.min,
        max: b.max,
        color: b.color,
        label: `${percent(b.min)}–${percent(Math.min(b.max, 1))}`,
      })),
      left: 8,
      bottom: 28,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 9, fontFamily: font },
    },
    // "No data" beside the legend: areas without a rate are grey, not 0%.
    graphic: [
      { type: "rect", left: 8, top: height - 22, shape: { width: 14, height: 10 }, style: { fill: noData } },
      {
        type: "text",
        left: 28,
        top: height - 22,
        style: { text: message("map_no_data", {}, lang), fontSize: 9, fontFamily: font, fill: "#333" },
      },
    ],
    series: [
      {
        type: "map",
        map: name,
        nameProperty: "code",
        top: 56,
        bottom: 8,
        left: 90,
        right: 8,
        itemStyle: { areaColor: noData, borderColor: "#ffffff", borderWidth: 0.6 },
        label: {
          show: !many,
          fontSize: 7,
          fontFamily: font,
          color: "#111827",
          formatter: (p: { name: string }) => names.get(p.name) ?? p.name,
        },
        data: Object.entries(values)
          .filter((entry): entry is [string, number] => entry[1] !== null && names.has(entry[0]))
          .map(([code, value]) => ({ name: code, value })),
      },
    ],
  };
}
