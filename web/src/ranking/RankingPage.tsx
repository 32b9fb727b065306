import { Card, Group, List, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate, formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { Pager } from "./Pager.tsx";
import { AreaCell, RankedPersonCells } from "./RankedCells.tsx";
import {
  type EligibilitySummary,
  programYears,
  type RankedPerson,
  reasonCodes,
  useAreaNames,
  useEligibility,
} from "./ranking.ts";
import { Desil } from "./TierBadge.tsx";

export interface RankingSearch {
  year?: number;
}

const pageSize = 50;

/** The eligible of the user's area in priority order for a program year, and why the others are not. */
export function RankingPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/ranking" });
  const navigate = useNavigate({ from: "/ranking" });
  const year = search.year ?? new Date().getFullYear();
  const [page, setPage] = useState(1);
  const summary = useEligibility(year);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t("ranking.title")}
        </Title>
        <Select
          label={t("ranking.year")}
          data={[...new Set([...programYears(), year])].sort().map(String)}
          value={String(year)}
          onChange={(value) => {
            setPage(1);
            void navigate({ search: { year: value ? Number(value) : undefined } });
          }}
          allowDeselect={false}
          w={130}
        />
      </Group>
      <Text c="dimmed" size="sm">
        {t("ranking.intro")}
      </Text>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <Failed error={summary.error} retry={() => summary.refetch()} />
      ) : (
        <>
          <EligibilityBox summary={summary.data} />
          <RankedList user={user} year={year} eligible={summary.data.eligible} page={page} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}

/** The area's eligible count, and how many are left out for each reason. */
function EligibilityBox({ summary }: { summary: EligibilitySummary }) {
  const { t } = useTranslation();
  const reasons = reasonCodes.filter((code) => (summary.excluded[code] ?? 0) > 0);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Card withBorder data-testid="ranking-eligible">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t("ranking.eligible")}
        </Text>
        <Text size="xl" fw={700}>
          {formatNumber(summary.eligible)}
        </Text>
        <Text size="xs" c="dimmed">
          {t("ranking.rulesOf", { year: summary.rulesYear })}
        </Text>
      </Card>
      <Card withBorder style={{ gridColumn: "span 2" }} data-testid="ranking-excluded">
        <Title order={2} size="h5" mb={4}>
          {t("ranking.excluded")}
        </Title>
        {reasons.length === 0 ? (
          <Text size="sm">{t("ranking.noneExcluded")}</Text>
        ) : (
          <List spacing={2} size="sm">
            {reasons.map((code) => (
              <List.Item key={code}>
                <b>{formatNumber(summary.excluded[code])}</b> · {t(`reason.${code}`, { year: summary.year })}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t("ranking.excludedNote")}
        </Text>
      </Card>
    </SimpleGrid>
  );
}

function RankedList({
  user,
  year,
  eligible,
  page,
  onPage,
}: {
  user: User;
  year: number;
  eligible: number;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const offset = (page - 1) * pageSize;
  const ranking = useQuery({
    queryKey: ["ranking", year, offset],
    queryFn: () =>
      api<{ year: number; persons: RankedPerson[] }>(
        `/ranking?year=${year}&offset=${offset}&limit=${pageSize}`,
      ),
    placeholderData: keepPreviousData,
  });
  const persons = ranking.data?.persons ?? [];
  const areaName = useAreaNames(
    user,
    persons.map((p) => p.kecamatan_code),
  );
  if (ranking.isPending) return <Loading />;
  if (ranking.isError) return <Failed error={ranking.error} retry={() => ranking.refetch()} />;
  if (persons.length === 0) return <Empty title={t("ranking.empty")} hint={t("ranking.emptyHint")} />;
  return (
    <>
      <ScrollTable minWidth={820} label={t("ranking.title")}>
        <Table striped highlightOnHover stickyHeader captionSide="top" data-testid="ranking">
          <Table.Caption ta="left" fw={600} c="dark" px="sm">
            {t("ranking.caption", { year, n: formatNumber(eligible) })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right">{t("ranking.rank")}</Table.Th>
              <Table.Th>{t("persons.name")}</Table.Th>
              <Table.Th>{t("persons.nik")}</Table.Th>
              <Table.Th>{t("persons.birthDate")}</Table.Th>
              <Table.Th>{t("ranking.tier")}</Table.Th>
              <Table.Th>{t("persons.desil")}</Table.Th>
              <Table.Th>{t("persons.desa")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {persons.map((p) => (
              <Table.Tr key={p.id}>
                <RankedPersonCells person={p} />
                <Table.Td>
                  <Desil desil={p.desil} stale={p.desil_stale} />
                  {p.desil_date && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      ({formatDate(p.desil_date)})
                    </Text>
                  )}
                </Table.Td>
                <AreaCell desa={areaName(p.desa_code)} kecamatan={areaName(p.kecamatan_code)} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Pager page={page} pages={Math.ceil(eligible / pageSize)} onPage={onPage} />
    </>
  );
}
