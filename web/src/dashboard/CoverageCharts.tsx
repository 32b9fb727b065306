import { useTranslation } from "react-i18next";
import { ChartCard } from "../charts/ChartCard.tsx";
import { EChart } from "../charts/EChart.tsx";
import { barOption, lineOption } from "../charts/options.ts";
import { type AreaCoverage, type Dashboard, formatCount, formatMonth, formatRate } from "./dashboard.ts";

/** Covered beside target for each kecamatan (of the regency) or desa (of a kecamatan). */
export function AreasChart({
  areas,
  childLevel,
}: {
  areas: AreaCoverage[];
  childLevel: "kecamatan" | "desa";
}) {
  const { t } = useTranslation();
  const title = t(`dashboard.areasTitle.${childLevel}`);
  return (
    <ChartCard
      title={title}
      hint={t("dashboard.areasHint")}
      testId="chart-areas"
      table={{
        columns: [
          { label: t(`dashboard.${childLevel}`) },
          { label: t("dashboard.covered"), numeric: true },
          { label: t("dashboard.target"), numeric: true },
          { label: t("dashboard.progress"), numeric: true },
          { label: t("dashboard.workforce"), numeric: true },
          { label: t("dashboard.coverageRate"), numeric: true },
        ],
        rows: areas.map((a) => ({
          key: a.code,
          cells: [
            a.name,
            formatCount(a.covered),
            formatCount(a.target),
            formatRate(a.targetProgress),
            formatCount(a.workforce),
            formatRate(a.coverageRate),
          ],
        })),
      }}
    >
      <EChart
        label={title}
        height={Math.max(240, areas.length * 26 + 60)}
        option={barOption({
          categories: areas.map((a) => a.name),
          series: [
            { name: t("dashboard.covered"), values: areas.map((a) => a.covered) },
            { name: t("dashboard.target"), values: areas.map((a) => a.target) },
          ],
          format: formatCount,
          horizontal: true,
        })}
      />
    </ChartCard>
  );
}

/** Covered on the last day of each month. */
export function TrendChart({ trend }: { trend: Dashboard["trend"] }) {
  const { t } = useTranslation();
  const title = t("dashboard.trendTitle");
  return (
    <ChartCard
      title={title}
      hint={t("dashboard.trendHint")}
      testId="chart-trend"
      table={{
        columns: [{ label: t("dashboard.month") }, { label: t("dashboard.covered"), numeric: true }],
        rows: trend.map((m) => ({ key: m.month, cells: [formatMonth(m.month), formatCount(m.covered)] })),
      }}
    >
      <EChart
        label={title}
        height={260}
        option={lineOption({
          categories: trend.map((m) => formatMonth(m.month)),
          series: [{ name: t("dashboard.covered"), values: trend.map((m) => m.covered) }],
          format: formatCount,
        })}
      />
    </ChartCard>
  );
}

/** Covered at the end of each year beside the year's target. */
export function YearsChart({ years }: { years: Dashboard["years"] }) {
  const { t } = useTranslation();
  const title = t("dashboard.yearsTitle");
  return (
    <ChartCard
      title={title}
      hint={t("dashboard.yearsHint")}
      testId="chart-years"
      table={{
        columns: [
          { label: t("dashboard.year") },
          { label: t("dashboard.covered"), numeric: true },
          { label: t("dashboard.target"), numeric: true },
        ],
        rows: years.map((y) => ({
          key: String(y.year),
          cells: [String(y.year), formatCount(y.covered), formatCount(y.target)],
        })),
      }}
    >
      <EChart
        label={title}
        height={260}
        option={barOption({
          categories: years.map((y) => String(y.year)),
          series: [
            { name: t("dashboard.covered"), values: years.map((y) => y.covered) },
            { name: t("dashboard.target"), values: years.map((y) => y.target) },
          ],
          format: formatCount,
        })}
      />
    </ChartCard>
  );
}
