import { SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChartCard } from "../charts/ChartCard.tsx";
import { EChart } from "../charts/EChart.tsx";
import { barOption } from "../charts/options.ts";
import { type Dashboard, formatCount } from "./dashboard.ts";

/** Who the covered are: by occupation, desil, sex and age band; unknown values counted too. */
export function BreakdownCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const unknown = t("dashboard.unknown");
  const parts = [
    {
      key: "occupation",
      rows: dashboard.byOccupation.map((b) => ({ label: b.value ?? unknown, covered: b.covered })),
    },
    {
      key: "desil",
      rows: dashboard.byDesil.map((b) => ({
        label: b.value === null ? unknown : t("dashboard.desilN", { n: b.value }),
        covered: b.covered,
      })),
    },
    {
      key: "sex",
      rows: dashboard.bySex.map((b) => ({
        label: b.value === null ? unknown : t(`dashboard.sexOf.${b.value}`),
        covered: b.covered,
      })),
    },
    {
      key: "age",
      rows: dashboard.byAgeBand.map((b) => ({ label: b.value ?? unknown, covered: b.covered })),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {parts.map((part) => {
        const title = t(`dashboard.by.${part.key}`);
        return (
          <ChartCard
            key={part.key}
            title={title}
            testId={`chart-${part.key}`}
            table={{
              columns: [
                { label: t(`dashboard.byColumn.${part.key}`) },
                { label: t("dashboard.covered"), numeric: true },
              ],
              rows: part.rows.map((r) => ({ key: r.label, cells: [r.label, formatCount(r.covered)] })),
            }}
          >
            <EChart
              label={title}
              height={Math.max(200, part.rows.length * 26 + 40)}
              option={barOption({
                categories: part.rows.map((r) => r.label),
                series: [{ name: t("dashboard.covered"), values: part.rows.map((r) => r.covered) }],
                format: formatCount,
                horizontal: true,
              })}
            />
          </ChartCard>
        );
      })}
    </SimpleGrid>
  );
}
