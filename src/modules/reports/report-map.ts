/**
 * The schematic map in the coverage report's PDF: the regency's kecamatan (or a kecamatan's desa)
 * shaded by coverage rate, drawn by the map module. The one place the report draws a map.
 */
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import type { Dashboard } from "../dashboard/dashboard.types.ts";

/** Width of the map in the PDF, in points: it fits under the first page's title (landscape A4). */
const width = 330;

/** The map as SVG markup and its width in the PDF, or null when there is none to draw. */
export async function coverageMap(
  d: Dashboard,
  title: string,
  lang: Lang,
): Promise<{ markup: string; width: number } | null> {
  // A desa has no areas under it; a regency without a map file has no map.
  if (d.area.level > 3 || d.areas.length === 0) return null;
  // ECharts loads on the first map only, as pdfmake does, so other commands don't pay for it.
  const { renderCoverageMapSvg } = await import("../map/map-svg.ts");
  try {
    const markup = renderCoverageMapSvg({
      level: d.area.level === 2 ? "kecamatan" : "desa",
      values: Object.fromEntries(d.areas.map((a) => [a.code, a.coverageRate])),
      title,
      regencyCode: d.area.code.slice(0, 5),
      kecamatan: d.area.level === 3 ? d.area.code : undefined,
      lang,
    });
    return { markup, width };
  } catch (error) {
    if (error instanceof UserError && error.code.startsWith("map_")) return null;
    throw error;
  }
}
