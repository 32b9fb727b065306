import { Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type ChartOption, EChart, echarts } from "../charts/EChart.tsx";
import { Failed, Loading } from "../common/States.tsx";
import { type AreaCoverage, formatCount, formatRate, levelOf, parentOf, useAreaMap } from "./dashboard.ts";

/**
 * The schematic map of the area: the regency's kecamatan, or a kecamatan's desa, coloured by
 * coverage rate (covered ÷ informal workers; by covered persons while no area has a workforce
 * figure). Clicking an area opens it, as the area picker does. Shapes come from desa centre
 * points, not official boundaries, and the map says so (docs/map.md).
 */
export function CoverageMap({
  area,
  areas,
  mayPick,
  onPick,
}: {
  area: AreaCoverage;
  /** The area's children with their figures; for a desa, none. */
  areas: AreaCoverage[];
  mayPick: (code: string) => boolean;
  onPick: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const level = levelOf(area.code);
  // A desa is shown among its kecamatan's desa.
  const kecamatan = level === 2 ? null : level === 3 ? area.code : parentOf(area.code);
  const map = useAreaMap(kecamatan);
  const shown = level === 4 ? [area] : areas;
  // Coloured by rate once any area has a workforce figure; until then by covered persons.
  const byRate = shown.some((a) => a.coverageRate !== null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the tooltips format numbers in the chosen language
  const option = useMemo((): ChartOption | null => {
    if (!map.data) return null;
    const name = `payung:${kecamatan ?? map.data.regency.code}`;
    if (!echarts.getMap(name)) echarts.registerMap(name, map.data as never);
    const byCode = new Map(shown.map((a) => [a.code, a]));
    const names = new Map(map.data.features.map((f) => [f.properties.code, f.properties.name]));
    const measure = (a: AreaCoverage) => (byRate ? a.coverageRate : a.covered);
    const values = shown.map(measure).filter((v): v is number => v !== null);
    // Rates of a few percent still spread over the colours: the scale ends at the largest, rounded up.
    const max = byRate
      ? Math.min(1, Math.max(0.1, Math.ceil(Math.max(0, ...values) * 10) / 10))
      : Math.max(1, ...values);
    const many = map.data.features.length > 35;
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string }) => {
          const a = byCode.get(p.name);
          const head = echarts.format.encodeHTML(names.get(p.name) ?? p.name);
          if (!a) return `${head}<br/>${t("dashboard.noFigures")}`;
          return [
            `<b>${head}</b>`,
            `${t("dashboard.covered")}: ${formatCount(a.covered)}`,
            `${t("dashboard.workforce")}: ${formatCount(a.workforce)}`,
            `${t("dashboard.coverageRate")}: ${formatRate(a.coverageRate)}`,
          ].join("<br/>");
        },
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max,
        calculable: false,
        left: 0,
        bottom: 0,
        itemHeight: 100,
        text: byRate ? [formatRate(max), "0%"] : [formatCount(max), "0"],
        inRange: { color: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8"] },
        textStyle: { fontSize: 11 },
      },
      series: [
        {
          type: "map",
          map: name,
          nameProperty: "code",
          selectedMode: false,
          top: 8,
          bottom: 8,
          left: 60,
          right: 8,
          itemStyle: { areaColor: "#e5e7eb", borderColor: "#fff", borderWidth: 0.8 },
          emphasis: { label: { show: true }, itemStyle: { areaColor: "#fcd34d" } },
          label: {
            show: !many,
            fontSize: 10,
            color: "#111827",
            formatter: (p: { name: string }) => names.get(p.name) ?? p.name,
          },
          data: map.data.features.map((f) => {
            const a = byCode.get(f.properties.code);
            const value = a ? measure(a) : null;
            const selected = f.properties.code === area.code;
            return {
              name: f.properties.code,
              value: value ?? Number.NaN,
              ...(selected ? { itemStyle: { borderColor: "#111827", borderWidth: 2 } } : {}),
            };
          }),
        },
      ],
    };
  }, [map.data, kecamatan, shown, byRate, area.code, t, i18n.language]);

  if (map.isPending) return <Loading />;
  if (map.isError) return <Failed error={map.error} />;
  return (
    <Stack gap={4}>
      <EChart
        option={option!}
        height={440}
        label={t("dashboard.mapLabel", { area: area.name })}
        testId="coverage-map"
        onClick={({ name }) => {
          if (name !== area.code && mayPick(name)) onPick(name);
        }}
      />
      <Text size="xs" c="dimmed">
        {t(byRate ? "dashboard.colourRate" : "dashboard.colourCovered")} <b>{t("dashboard.schematic")}</b>{" "}
        {t("dashboard.schematicHint")} {t("dashboard.mapSources")}
      </Text>
    </Stack>
  );
}
