import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { type Cell, type Money, type Portal, reportHref, usePortal } from "./portal.ts";

export interface PortalSearch {
  /** Regency admins and auditors: the company whose portal to see, as its partner sees it. */
  company?: string;
}

/**
 * The CSR partner's portal: the people its money covers as counts and sums, never a name; counts
 * of 1–4 read "< 5" (and one more where a table would give them away), with the impact report to
 * download for the company's own CSR report.
 */
export function PortalPage() {
  const { t, i18n } = useTranslation();
  const { company } = useSearch({ from: "/portal" });
  const portal = usePortal(company);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("portal.title")}
          </Title>
          {portal.data && (
            <Text c="dimmed">
              {[portal.data.company.name, portal.data.company.sector].filter(Boolean).join(" · ")} ·{" "}
              {t("portal.on", { date: formatDate(portal.data.on) })}
            </Text>
          )}
        </div>
        {portal.data && portal.data.commitments.length > 0 && (
          <Button component="a" href={reportHref(company, portal.data.on, i18n.language)} download>
            {t("portal.download")}
          </Button>
        )}
      </Group>
      {portal.isPending ? (
        <Loading />
      ) : portal.isError ? (
        <Failed error={portal.error} retry={() => portal.refetch()} />
      ) : portal.data.commitments.length === 0 ? (
        <Empty title={t("portal.empty")} hint={t("portal.emptyHint")} />
      ) : (
        <Figures portal={portal.data} />
      )}
    </Stack>
  );
}

function Figures({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const date = formatDate(portal.on);
  const cards = [
    { key: "now", label: t("portal.coveredNow", { date }), value: <Count cell={portal.people.now} /> },
    { key: "ever", label: t("portal.coveredEver"), value: <Count cell={portal.people.ever} /> },
    { key: "claims", label: t("portal.claims"), value: <Count cell={portal.claimsPaid.claims} /> },
    { key: "benefits", label: t("portal.benefits"), value: <Rupiah money={portal.claimsPaid.amount} /> },
  ];
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {cards.map((card) => (
          <Card key={card.key} withBorder padding="md" data-testid={`portal-${card.key}`}>
            <Text size="xs" c="dimmed" fw={600}>
              {card.label}
            </Text>
            <Text size="xl" fw={700}>
              {card.value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Commitments portal={portal} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Breakdown
          id="portal-kecamatan"
          title={t("portal.byKecamatan")}
          hint={t("portal.byKecamatanHint", { date })}
          head={t("portal.kecamatan")}
          rows={portal.byKecamatan.map((k) => ({
            key: k.code ?? "-",
            label: k.name ?? t("portal.unknown"),
            cell: k.covered,
          }))}
        />
        <Breakdown
          id="portal-occupation"
          title={t("portal.byOccupation")}
          hint={t("portal.byOccupationHint", { date })}
          head={t("portal.occupation")}
          rows={portal.byOccupation.map((o) => ({
            key: o.occupation ?? "-",
            label: o.occupation ?? t("portal.unknown"),
            cell: o.covered,
          }))}
        />
        <Breakdown
          id="portal-memberships"
          title={t("portal.memberships")}
          hint={t("portal.membershipsHint")}
          head={t("portal.status")}
          rows={portal.memberships.map((m) => ({
            key: m.status,
            label: t(`portal.membershipStatus.${m.status}`),
            cell: m.count,
          }))}
        />
        <MoneyCard portal={portal} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="portal-note">
        {t("portal.note")}
      </Text>
    </>
  );
}

/** A count, or "< 5" when it is hidden. */
function Count({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  if (cell.suppressed || cell.count === null) {
    return (
      <abbr title={t("portal.suppressed")} style={{ textDecoration: "none" }}>
        {"< 5"}
      </abbr>
    );
  }
  return <>{formatNumber(cell.count)}</>;
}

function Rupiah({ money }: { money: Money }) {
  const { t } = useTranslation();
  if (money.suppressed || money.amount === null) {
    return (
      <abbr title={t("portal.suppressedMoney")} style={{ textDecoration: "none" }}>
        {"< 5"}
      </abbr>
    );
  }
  return <>{formatRupiah(money.amount)}</>;
}

function Commitments({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="portal-commitments" title={t("portal.commitments")} hint={t("portal.commitmentsHint")}>
      <ScrollTable minWidth={720} label={t("portal.commitments")}>
        <Table striped aria-labelledby="portal-commitments" data-testid="portal-commitments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("portal.mou")}</Table.Th>
              <Table.Th>{t("portal.period")}</Table.Th>
              <Table.Th ta="right">{t("portal.budget")}</Table.Th>
              <Table.Th ta="right">{t("portal.workers")}</Table.Th>
              <Table.Th ta="right">{t("portal.covered")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {portal.commitments.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Group gap="xs">
                    {c.mou ?? "–"}
                    {!c.accepted && (
                      <Badge color="gray" variant="light">
                        {t("portal.pending")}
                      </Badge>
                    )}
                  </Group>
                  {c.kecamatan.length + c.occupations.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("portal.limits", { limits: [...c.kecamatan, ...c.occupations].join(", ") })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {formatDate(c.periodFrom)} – {formatDate(c.periodTo)}
                </Table.Td>
                <Table.Td ta="right">{formatRupiah(c.budget)}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.workers)}</Table.Td>
                <Table.Td ta="right">
                  <Count cell={c.covered} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </SectionCard>
  );
}

function Breakdown({
  id,
  title,
  hint,
  head,
  rows,
}: {
  id: string;
  title: string;
  hint: string;
  head: string;
  rows: { key: string; label: string; cell: Cell }[];
}) {
  const { t } = useTranslation();
  return (
    <SectionCard id={id} title={title} hint={hint}>
      {rows.length === 0 ? (
        <Text size="sm">{t("portal.nobody")}</Text>
      ) : (
        <Table striped aria-labelledby={id} data-testid={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{head}</Table.Th>
              <Table.Th ta="right">{t("portal.count")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right">
                  <Count cell={row.cell} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

function MoneyCard({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const { money } = portal;
  const rows = [
    { key: "budget", value: formatRupiah(money.budget) },
    { key: "invoiced", value: <Rupiah money={money.invoiced} /> },
    { key: "paid", value: <Rupiah money={money.paid} /> },
    { key: "refunded", value: <Rupiah money={money.refunded} /> },
  ];
  const used = money.usedShare === null ? null : Math.round(money.usedShare * 1000) / 10;
  return (
    <SectionCard id="portal-money" title={t("portal.money")} hint={t("portal.moneyHint")}>
      <Table aria-labelledby="portal-money" data-testid="portal-money">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {t(`portal.${row.key}`)}
              </Table.Th>
              <Table.Td ta="right">{row.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {used !== null && (
        <Stack gap={4} mt="sm">
          <Text size="sm">{t("portal.used", { percent: formatNumber(used) })}</Text>
          <Progress
            value={Math.min(used, 100)}
            aria-label={t("portal.used", { percent: formatNumber(used) })}
          />
        </Stack>
      )}
    </SectionCard>
  );
}
