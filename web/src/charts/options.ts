/** Plain bar and line charts as ECharts options, numbers in the reader's format. */
import { type ChartOption, echarts } from "./EChart.tsx";

/** Names in tooltips are HTML: a funder's name is typed by a user. */
const html = (text: string) => echarts.format.encodeHTML(text);

export interface Series {
  name: string;
  values: (number | null)[];
  /** Drawn against the second (right) axis, e.g. rupiah beside counts. */
  right?: boolean;
}

const palette = ["#1c7ed6", "#f59f00", "#2f9e44", "#ae3ec9", "#e8590c"];

function axis(format: (n: number) => string) {
  // Counts and rupiah are whole: no 0,5 between ticks.
  return { type: "value" as const, minInterval: 1, axisLabel: { formatter: (n: number) => format(n) } };
}

export function barOption({
  categories,
  series,
  format,
  formatRight,
  axisFormat = format,
  axisFormatRight = formatRight,
  horizontal = false,
}: {
  categories: string[];
  series: Series[];
  /** Numbers in the tooltip (and on the axis unless axisFormat says otherwise). */
  format: (n: number) => string;
  /** The right axis's series (`right`), e.g. rupiah beside counts. */
  formatRight?: (n: number) => string;
  axisFormat?: (n: number) => string;
  axisFormatRight?: (n: number) => string;
  horizontal?: boolean;
}): ChartOption {
  const category = {
    type: "category" as const,
    data: categories,
    inverse: horizontal,
    axisLabel: horizontal ? { width: 120, overflow: "truncate" } : { interval: 0, hideOverlap: true },
  };
  const values = axisFormatRight ? [axis(axisFormat), axis(axisFormatRight)] : axis(axisFormat);
  const formatOf = (s: Series) => (s.right && formatRight ? formatRight : format);
  return {
    animation: false,
    color: palette,
    legend: { show: series.length > 1, top: 0 },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      formatter: (items: { seriesIndex: number; name: string; value: number | null; marker: string }[]) =>
        [
          html(items[0]?.name ?? ""),
          ...items.map(
            (i) =>
              `${i.marker}${html(series[i.seriesIndex].name)}: ${i.value === null || i.value === undefined ? "–" : formatOf(series[i.seriesIndex])(i.value)}`,
          ),
        ].join("<br/>"),
    },
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: horizontal ? values : category,
    yAxis: horizontal ? category : values,
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      data: s.values,
      ...(s.right ? (horizontal ? { xAxisIndex: 1 } : { yAxisIndex: 1 }) : {}),
    })),
  };
}

export function lineOption({
  categories,
  series,
  format,
}: {
  categories: string[];
  series: Series[];
  format: (n: number) => string;
}): ChartOption {
  return {
    animation: false,
    color: palette,
    legend: { show: series.length > 1, top: 0 },
    tooltip: {
      trigger: "axis",
      formatter: (items: { seriesIndex: number; name: string; value: number | null; marker: string }[]) =>
        [
          html(items[0]?.name ?? ""),
          ...items.map(
            (i) =>
              `${i.marker}${html(series[i.seriesIndex].name)}: ${i.value === null ? "–" : format(i.value)}`,
          ),
        ].join("<br/>"),
    },
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: categories, boundaryGap: false },
    yAxis: axis(format),
    // Long series (years of months) stay light: ECharts' LTTB sampling keeps the shape.
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: s.values,
      sampling: "lttb",
      showSymbol: categories.length < 40,
    })),
  };
}
