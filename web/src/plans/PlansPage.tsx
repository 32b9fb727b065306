import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDateTime, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { FundersCard } from "./FundersCard.tsx";
import { NewPlanForm } from "./NewPlanForm.tsx";
import { PlanStatusBadge } from "./PlanStatusBadge.tsx";
import { formatPeriod, type PlanSummary, usePlans } from "./plans.ts";
import { ReachCalculator } from "./ReachCalculator.tsx";

/** The allocation plans, a new draft (regency admins), the funders, and how far a budget reaches. */
export function PlansPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const admin = user.role === "regency_admin";
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("plans.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("plans.intro")}
      </Text>
      {plans.isPending ? (
        <Loading />
      ) : plans.isError ? (
        <Failed error={plans.error} retry={() => plans.refetch()} />
      ) : plans.data.plans.length === 0 ? (
        <Empty title={t("plans.empty")} hint={t(admin ? "plans.emptyHintAdmin" : "plans.emptyHint")} />
      ) : (
        <PlansTable plans={plans.data.plans} />
      )}
      {admin && plans.data && <NewPlanForm plans={plans.data.plans} />}
      <FundersCard user={user} />
      <ReachCalculator />
    </Stack>
  );
}

function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={860} label={t("plans.listCaption")}>
      <Table striped highlightOnHover captionSide="top" data-testid="plans">
        <Table.Caption ta="left" fw={600} c="dark" px="sm">
          {t("plans.listCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("plans.plan")}</Table.Th>
            <Table.Th>{t("plans.statusLabel")}</Table.Th>
            <Table.Th>{t("plans.period")}</Table.Th>
            <Table.Th ta="right">{t("plans.covered")}</Table.Th>
            <Table.Th ta="right">{t("plans.waitlist")}</Table.Th>
            <Table.Th ta="right">{t("plans.cost")}</Table.Th>
            <Table.Th>{t("plans.made")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.plan}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/plans/$plan" params={{ plan: String(p.plan) }} />
                  )}
                >
                  {t("plans.planN", { id: p.plan })}
                </Anchor>
                {p.revises !== null && (
                  <Text span size="xs" c="dimmed">
                    {" "}
                    · {t("plans.revisesN", { id: p.revises })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <PlanStatusBadge status={p.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatPeriod(p.from, p.to)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.covered)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.waitlist)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(p.cost)}</Table.Td>
              <Table.Td>
                {formatDateTime(p.createdAt)}
                <Text span size="xs" c="dimmed">
                  {" "}
                  · {p.createdBy}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
