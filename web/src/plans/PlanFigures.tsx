import { Alert, Card, List, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { TierBadge } from "../ranking/TierBadge.tsx";
import { formatPeriod, type PlanArea, type PlanDetail, type PlanFunder, type TierFigures } from "./plans.ts";

/** Per funder: what it can pay for, what the plan gives it, and the budget left (marked when it is spare). */
export function FundersTable({ funders }: { funders: PlanFunder[] }) {
  const { t } = useTranslation();
  if (funders.length === 0) {
    return (
      <Alert color="red" title={t("plans.noFunders")} role="note">
        {t("plans.noFundersHint")}
      </Alert>
    );
  }
  const total = (key: "allocated" | "cost" | "left") => funders.reduce((sum, f) => sum + f[key], 0);
  return (
    <Card withBorder p={0}>
      <ScrollTable minWidth={900} label={t("plans.byFunder")}>
        <Table striped captionSide="top" data-testid="plan-funders">
          <Table.Caption ta="left" fw={600} c="dark" px="sm">
            {t("plans.byFunder")}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("plans.funder")}</Table.Th>
              <Table.Th>{t("plans.period")}</Table.Th>
              <Table.Th ta="right">{t("plans.perPerson")}</Table.Th>
              <Table.Th ta="right">{t("plans.capacity")}</Table.Th>
              <Table.Th ta="right">{t("plans.allocated")}</Table.Th>
              <Table.Th ta="right">{t("plans.cost")}</Table.Th>
              <Table.Th ta="right">{t("plans.left")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funders.map((f) => {
              const spare = f.perPerson > 0 ? Math.floor(f.left / f.perPerson) : 0;
              return (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    {f.name}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {f.id} · {f.bpjsCode}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatPeriod(f.from, f.to)}
                    <Text size="xs" c="dimmed">
                      {t("plans.monthsN", { n: f.months })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatRupiah(f.perPerson)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.capacity)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.allocated)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(f.cost)}</Table.Td>
                  <Table.Td
                    ta="right"
                    bg={spare > 0 ? "yellow.1" : undefined}
                    fw={spare > 0 ? 700 : undefined}
                  >
                    {formatRupiah(f.left)}
                    {spare > 0 && (
                      <Text size="xs" fw={600} c="dark">
                        {t("plans.spare", { n: formatNumber(spare) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th colSpan={4}>{t("plans.total")}</Table.Th>
              <Table.Td ta="right">{formatNumber(total("allocated"))}</Table.Td>
              <Table.Td ta="right">{formatRupiah(total("cost"))}</Table.Td>
              <Table.Td ta="right">{formatRupiah(total("left"))}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </Card>
  );
}

/** Per priority tier: how many are eligible and how many the plan covers. */
export function TiersTable({ tiers }: { tiers: TierFigures[] }) {
  const { t } = useTranslation();
  const shown = tiers.filter((tier) => tier.eligible > 0);
  return (
    <Card withBorder p={0}>
      <Table striped captionSide="top" data-testid="plan-tiers">
        <Table.Caption ta="left" fw={600} c="dark" px="sm">
          {t("plans.byTier")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ranking.tier")}</Table.Th>
            <Table.Th ta="right">{t("plans.eligible")}</Table.Th>
            <Table.Th ta="right">{t("plans.covered")}</Table.Th>
            <Table.Th ta="right">%</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((tier) => (
            <Table.Tr key={tier.tier}>
              <Table.Td>
                <TierBadge tier={tier.tier} />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(tier.eligible)}</Table.Td>
              <Table.Td ta="right">{formatNumber(tier.covered)}</Table.Td>
              <Table.Td ta="right">
                {formatNumber(Math.round((tier.covered / tier.eligible) * 100))}%
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Per kecamatan of the user's area: covered, waiting, and what their cover costs. */
export function AreasTable({ areas }: { areas: PlanArea[] }) {
  const { t } = useTranslation();
  const total = (key: "covered" | "waitlist" | "cost") => areas.reduce((sum, a) => sum + a[key], 0);
  return (
    <Card withBorder p={0}>
      <ScrollTable minWidth={420} label={t("plans.byKecamatan")}>
        <Table striped stickyHeader captionSide="top" data-testid="plan-areas">
          <Table.Caption ta="left" fw={600} c="dark" px="sm">
            {t("plans.byKecamatan")}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("persons.kecamatan")}</Table.Th>
              <Table.Th ta="right">{t("plans.covered")}</Table.Th>
              <Table.Th ta="right">{t("plans.waitlist")}</Table.Th>
              <Table.Th ta="right">{t("plans.cost")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {areas.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>{t("plans.noAreas")}</Table.Td>
              </Table.Tr>
            )}
            {areas.map((a) => (
              <Table.Tr key={a.kecamatan ?? "-"}>
                <Table.Td>{a.name ?? a.kecamatan ?? t("plans.noKecamatan")}</Table.Td>
                <Table.Td ta="right">{formatNumber(a.covered)}</Table.Td>
                <Table.Td ta="right">{formatNumber(a.waitlist)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(a.cost)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {areas.length > 1 && (
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Th>{t("plans.total")}</Table.Th>
                <Table.Td ta="right">{formatNumber(total("covered"))}</Table.Td>
                <Table.Td ta="right">{formatNumber(total("waitlist"))}</Table.Td>
                <Table.Td ta="right">{formatRupiah(total("cost"))}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </ScrollTable>
    </Card>
  );
}

/** What to watch: short spells, gaps between covered months, funders left out of the period. */
export function PlanFlags({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const lines = [
    ...(plan.shortSpells > 0 ? [t("plans.flags.shortSpells", { n: formatNumber(plan.shortSpells) })] : []),
    ...(plan.gaps > 0 ? [t("plans.flags.gaps", { n: formatNumber(plan.gaps) })] : []),
    ...plan.skipped.map((s) =>
      t("plans.flags.skipped", { funder: s.id, period: formatPeriod(s.from, s.to) }),
    ),
  ];
  if (lines.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title={t("plans.flags.title")}
      styles={{ title: { color: "var(--mantine-color-black)" } }}
      data-testid="plan-flags"
    >
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
