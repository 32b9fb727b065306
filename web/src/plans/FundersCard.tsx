import { Card, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Failed, Loading } from "../common/States.tsx";
import { useAreaNames } from "../ranking/ranking.ts";
import { type Funder, formatPeriod, useFunders } from "./plans.ts";

/** Who pays: each funder's budget, months, cost per person and how many people that covers. */
export function FundersCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const funders = useFunders();
  const list = funders.data?.funders ?? [];
  const areaName = useAreaNames(
    user,
    list.flatMap((f) => (f.desaCode ? [f.desaCode.slice(0, 8)] : [])),
  );
  const limits = (f: Funder) =>
    [
      ...f.kecamatanCodes.map((c) => areaName(c)),
      ...(f.desaCode ? [areaName(f.desaCode)] : []),
      ...f.occupations.map((o) => o.toLowerCase()),
    ].join(", ") || t("plans.funders.anyone");
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb={4}>
        {t("plans.funders.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("plans.funders.hint")}
      </Text>
      {funders.isPending ? (
        <Loading />
      ) : funders.isError ? (
        <Failed error={funders.error} retry={() => funders.refetch()} />
      ) : list.length === 0 ? (
        <Text size="sm">{t("plans.funders.empty")}</Text>
      ) : (
        <ScrollTable minWidth={860} label={t("plans.funders.title")}>
          <Table striped aria-label={t("plans.funders.title")} data-testid="funders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("plans.funders.name")}</Table.Th>
                <Table.Th>{t("plans.funders.type")}</Table.Th>
                <Table.Th>{t("plans.period")}</Table.Th>
                <Table.Th ta="right">{t("plans.funders.budget")}</Table.Th>
                <Table.Th ta="right">{t("plans.perPerson")}</Table.Th>
                <Table.Th ta="right">{t("plans.capacity")}</Table.Th>
                <Table.Th>{t("plans.funders.for")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((f) => (
                <Table.Tr key={f.code}>
                  <Table.Td>
                    {f.name}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {f.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`funderType.${f.type}`)} ({f.bpjsCode})
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {formatPeriod(f.from, f.to)}
                    {f.shortSpell && (
                      <Text size="xs" c="red.9" fw={600}>
                        {t("plans.shortSpell")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatRupiah(f.budget)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(f.perPerson)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.capacity)}</Table.Td>
                  <Table.Td>{limits(f)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
