import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDateTime, formatNumber, formatRupiah } from "../common/format.ts";
import { Failed, Loading } from "../common/States.tsx";
import { RegistrationCard } from "../enrolment/RegistrationCard.tsx";
import { PlanActions } from "./PlanActions.tsx";
import { AreasTable, FundersTable, PlanFlags, TiersTable } from "./PlanFigures.tsx";
import { PlanPersons } from "./PlanPersons.tsx";
import { PlanStatusBadge } from "./PlanStatusBadge.tsx";
import { formatPeriod, type PlanDetail, usePlan } from "./plans.ts";

/** One plan: its figures per funder, tier and kecamatan, what to watch, and who is covered or waits. */
export function PlanPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const { plan: id } = useParams({ from: "/plans/$plan" });
  const plan = usePlan(id);
  if (plan.isPending) return <Loading />;
  if (plan.isError)
    return (
      <Stack>
        <BackLink />
        <Failed error={plan.error} retry={() => plan.refetch()} />
      </Stack>
    );
  const p = plan.data;
  // Persons lists are for the regency's own staff: BPJS officers and CSR partners see enrolment.
  const seesPersons = !["bpjs_officer", "csr_partner"].includes(user.role);
  return (
    <Stack>
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t("plans.planN", { id: p.plan })}
            </Title>
            <PlanStatusBadge status={p.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {formatPeriod(p.from, p.to)} ·{" "}
            {t("plans.madeBy", { by: p.createdBy, at: formatDateTime(p.createdAt) })}
            {p.approvedBy &&
              p.approvedAt &&
              ` · ${t("plans.approvedBy", { by: p.approvedBy, at: formatDateTime(p.approvedAt) })}`}
            {p.revises !== null && ` · ${t("plans.revisesN", { id: p.revises })}`}
          </Text>
        </div>
        {user.role === "regency_admin" && p.status === "draft" && <PlanActions plan={p.plan} />}
      </Group>
      <Headline plan={p} />
      <PlanFlags plan={p} />
      <FundersTable funders={p.funders} />
      {user.role === "regency_admin" && p.status === "approved" && <RegistrationCard plan={p} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} style={{ alignItems: "start" }}>
        <TiersTable tiers={p.byTier} />
        <AreasTable areas={p.areas} />
      </SimpleGrid>
      {seesPersons && <PlanPersons user={user} plan={p} />}
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/plans" size="sm">
      ← {t("plans.title")}
    </Anchor>
  );
}

/** The plan's totals, for the whole regency. */
function Headline({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const cards = [
    { key: "eligible", value: formatNumber(plan.eligible) },
    { key: "covered", value: formatNumber(plan.covered) },
    { key: "waitlist", value: formatNumber(plan.waitlist) },
    { key: "cost", value: formatRupiah(plan.cost) },
  ];
  return (
    <div>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {cards.map((c) => (
          <Card key={c.key} withBorder data-testid={`plan-${c.key}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`plans.${c.key}`)}
            </Text>
            <Text fz={{ base: "lg", sm: "xl" }} fw={700}>
              {c.value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        {t("plans.headlineNote")}
      </Text>
    </div>
  );
}
