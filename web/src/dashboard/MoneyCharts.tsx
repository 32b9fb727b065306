import { Anchor, Card, Group, SimpleGrid, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ChartCard } from "../charts/ChartCard.tsx";
import { EChart } from "../charts/EChart.tsx";
import { barOption } from "../charts/options.ts";
import { formatRupiah } from "../common/format.ts";
import { type Dashboard, formatCompact, formatCount } from "./dashboard.ts";

const rupiahAxis = (n: number) => `Rp${formatCompact(n)}`;

/** Each funder's budget beside what was invoiced to it and what it paid. */
export function BudgetChart({ budget }: { budget: Dashboard["budget"] }) {
  const { t } = useTranslation();
  const title = t("dashboard.budgetTitle");
  return (
    <ChartCard
      title={title}
      hint={t("dashboard.budgetHint")}
      testId="chart-budget"
      table={{
        columns: [
          { label: t("dashboard.funder") },
          { label: t("dashboard.planned"), numeric: true },
          { label: t("dashboard.invoiced"), numeric: true },
          { label: t("dashboard.paid"), numeric: true },
        ],
        rows: budget.map((b) => ({
          key: String(b.funder.id),
          cells: [b.funder.name, formatRupiah(b.planned), formatRupiah(b.invoiced), formatRupiah(b.paid)],
        })),
      }}
    >
      <EChart
        label={title}
        height={Math.max(220, budget.length * 60 + 60)}
        option={barOption({
          categories: budget.map((b) => b.funder.name),
          series: [
            { name: t("dashboard.planned"), values: budget.map((b) => b.planned) },
            { name: t("dashboard.invoiced"), values: budget.map((b) => b.invoiced) },
            { name: t("dashboard.paid"), values: budget.map((b) => b.paid) },
          ],
          format: formatRupiah,
          axisFormat: rupiahAxis,
          horizontal: true,
        })}
      />
    </ChartCard>
  );
}

/** Claims per type: how many, how many paid, and the rupiah paid. */
export function ClaimsChart({ claims }: { claims: Dashboard["claims"] }) {
  const { t } = useTranslation();
  const title = t("dashboard.claimsTitle");
  const label = (type: string) => t(`claims.type.${type}`, { defaultValue: type });
  return (
    <ChartCard
      title={title}
      hint={t("dashboard.claimsHint", {
        open: formatCount(claims.open),
        overdue: formatCount(claims.overdue),
      })}
      testId="chart-claims"
      table={{
        columns: [
          { label: t("dashboard.claimType") },
          { label: t("dashboard.claims"), numeric: true },
          { label: t("dashboard.claimsPaid"), numeric: true },
          { label: t("dashboard.paidAmount"), numeric: true },
        ],
        rows: claims.byType.map((c) => ({
          key: c.type,
          cells: [label(c.type), formatCount(c.claims), formatCount(c.paid), formatRupiah(c.paidAmount)],
        })),
      }}
    >
      <EChart
        label={title}
        height={260}
        option={barOption({
          categories: claims.byType.map((c) => label(c.type)),
          series: [
            { name: t("dashboard.claims"), values: claims.byType.map((c) => c.claims) },
            { name: t("dashboard.claimsPaid"), values: claims.byType.map((c) => c.paid) },
            { name: t("dashboard.paidAmount"), values: claims.byType.map((c) => c.paidAmount), right: true },
          ],
          format: formatCount,
          formatRight: formatRupiah,
          axisFormatRight: rupiahAxis,
        })}
      />
    </ChartCard>
  );
}

/** Persons the latest approved plan could not cover, and what covering them would cost. */
export function WaitlistCard({ waitlist }: { waitlist: Dashboard["waitlist"] }) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="dashboard-waitlist"
      data-testid="dashboard-waitlist"
    >
      <Title order={2} size="h5" id="dashboard-waitlist">
        {t("dashboard.waitlistTitle")}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t("dashboard.waitlistHint")}
      </Text>
      <SimpleGrid cols={2}>
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t("dashboard.waitlistPersons")}
          </Text>
          <Text fw={700} size="lg">
            {formatCount(waitlist.persons)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" fw={600}>
            {t("dashboard.waitlistCost")}
          </Text>
          <Text fw={700} size="lg">
            {formatRupiah(waitlist.cost)}
          </Text>
        </div>
      </SimpleGrid>
      {waitlist.planId !== null && (
        <Group mt="sm">
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link
                {...props}
                to="/plans/$plan"
                params={{ plan: String(waitlist.planId) }}
                search={{ list: "waitlist" }}
              />
            )}
          >
            {t("dashboard.waitlistOpen")}
          </Anchor>
        </Group>
      )}
    </Card>
  );
}
