import { Anchor, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { ChartCard } from "../charts/ChartCard.tsx";
import { formatDate } from "../common/format.ts";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { AreaPicker } from "./AreaPicker.tsx";
import { BreakdownCharts } from "./BreakdownCharts.tsx";
import { AreasChart, TrendChart, YearsChart } from "./CoverageCharts.tsx";
import { CoverageMap } from "./CoverageMap.tsx";
import { formatCount, formatRate, levelOf, mayOpen, parentOf, useDashboard } from "./dashboard.ts";
import { Headline } from "./Headline.tsx";
import { BudgetChart, ClaimsChart, WaitlistCard } from "./MoneyCharts.tsx";

export interface DashboardSearch {
  area?: string;
}

/**
 * The dashboard (docs/dashboard.md): how many are covered in an area against target and
 * workforce, where (map and areas), who, over time, and at what cost. The user's own area by
 * default; the picker and the map open an area inside it.
 */
export function DashboardPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/dashboard" });
  const navigate = useNavigate({ from: "/dashboard" });
  const area = search.area && mayOpen(user, search.area) ? search.area : user.areaCode;
  const dashboard = useDashboard(area);
  const open = (code: string) =>
    void navigate({ search: { area: code === user.areaCode ? undefined : code } });

  const d = dashboard.data;
  const level = levelOf(area);
  const up = level > levelOf(user.areaCode) ? parentOf(area) : null;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("dashboard.title")}
          </Title>
          <Text c="dimmed" data-testid="dashboard-area">
            {d ? t("dashboard.areaOn", { area: d.area.name, on: formatDate(d.on) }) : "\u00a0"}
          </Text>
          {up && (
            <Anchor component="button" type="button" size="sm" onClick={() => open(up)}>
              {t("dashboard.up")}
            </Anchor>
          )}
        </div>
        <AreaPicker user={user} area={area} onPick={open} />
      </Group>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <Failed error={dashboard.error} retry={() => dashboard.refetch()} />
      ) : (
        <>
          <Headline dashboard={dashboard.data} />
          {dashboard.data.area.covered === 0 && dashboard.data.trend.length === 0 && (
            <Empty title={t("dashboard.emptyTitle")} hint={t("dashboard.emptyHint")} />
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartCard
              title={t("dashboard.mapTitle")}
              hint={t("dashboard.mapHint")}
              testId="chart-map"
              table={{
                columns: [
                  { label: t("dashboard.area") },
                  { label: t("dashboard.covered"), numeric: true },
                  { label: t("dashboard.workforce"), numeric: true },
                  { label: t("dashboard.coverageRate"), numeric: true },
                ],
                rows: (level === 4 ? [dashboard.data.area] : dashboard.data.areas).map((a) => ({
                  key: a.code,
                  cells: [
                    a.name,
                    formatCount(a.covered),
                    formatCount(a.workforce),
                    formatRate(a.coverageRate),
                  ],
                })),
              }}
            >
              <CoverageMap
                area={dashboard.data.area}
                areas={dashboard.data.areas}
                mayPick={(code) => mayOpen(user, code)}
                onPick={open}
              />
            </ChartCard>
            {level < 4 ? (
              <AreasChart areas={dashboard.data.areas} childLevel={level === 2 ? "kecamatan" : "desa"} />
            ) : (
              <TrendChart trend={dashboard.data.trend} />
            )}
          </SimpleGrid>
          {dashboard.data.unplaced > 0 && (
            <Text size="sm" c="dimmed">
              {t("dashboard.unplaced", {
                count: dashboard.data.unplaced,
                n: formatCount(dashboard.data.unplaced),
              })}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {level < 4 && <TrendChart trend={dashboard.data.trend} />}
            <YearsChart years={dashboard.data.years} />
          </SimpleGrid>
          <BreakdownCharts dashboard={dashboard.data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <BudgetChart budget={dashboard.data.budget} />
            <ClaimsChart claims={dashboard.data.claims} />
          </SimpleGrid>
          <WaitlistCard waitlist={dashboard.data.waitlist} />
        </>
      )}
    </Stack>
  );
}
