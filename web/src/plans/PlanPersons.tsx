import { Group, Select, Stack, Table, Tabs, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { Pager } from "../ranking/Pager.tsx";
import { AreaCell, RankedPersonCells } from "../ranking/RankedCells.tsx";
import { useAreaNames } from "../ranking/ranking.ts";
import { Desil } from "../ranking/TierBadge.tsx";
import type { PlanDetail, PlanPerson } from "./plans.ts";

export type PlanList = "covered" | "waitlist";

export interface PlanSearch {
  list?: PlanList;
}

const pageSize = 50;
const nowrap = { whiteSpace: "nowrap" } as const;

/** The plan's covered persons and its waitlist in the user's area, in rank order, a page at a time. */
export function PlanPersons({ user, plan }: { user: User; plan: PlanDetail }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/plans/$plan" });
  const navigate = useNavigate({ from: "/plans/$plan" });
  const list = search.list ?? "covered";
  // Counts of the user's area (the headline's are the regency's).
  const count = (key: PlanList) => plan.areas.reduce((sum, a) => sum + a[key], 0);
  return (
    <Tabs
      value={list}
      onChange={(value) => void navigate({ search: { list: value === "waitlist" ? "waitlist" : undefined } })}
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="covered">{t("plans.tabCovered", { n: formatNumber(count("covered")) })}</Tabs.Tab>
        <Tabs.Tab value="waitlist">{t("plans.tabWaitlist", { n: formatNumber(count("waitlist")) })}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="covered" pt="sm">
        <PersonsList user={user} plan={plan} waiting={false} />
      </Tabs.Panel>
      <Tabs.Panel value="waitlist" pt="sm">
        <PersonsList user={user} plan={plan} waiting />
      </Tabs.Panel>
    </Tabs>
  );
}

function PersonsList({ user, plan, waiting }: { user: User; plan: PlanDetail; waiting: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [kecamatan, setKecamatan] = useState<string | null>(null);
  const [funder, setFunder] = useState<string | null>(null);
  const query = new URLSearchParams({
    waiting: String(waiting),
    offset: String((page - 1) * pageSize),
    limit: String(pageSize),
  });
  if (kecamatan) query.set("kecamatan", kecamatan);
  if (funder && !waiting) query.set("funder", funder);
  const persons = useQuery({
    queryKey: ["planPersons", plan.plan, query.toString()],
    queryFn: () => api<{ total: number; persons: PlanPerson[] }>(`/plans/${plan.plan}/persons?${query}`),
    placeholderData: keepPreviousData,
  });
  const rows = persons.data?.persons ?? [];
  const areaName = useAreaNames(
    user,
    rows.map((p) => p.kecamatan_code),
  );
  const funderName = new Map(plan.funders.map((f) => [f.id, f.name]));
  const filter = (set: (value: string | null) => void) => (value: string | null) => {
    setPage(1);
    set(value);
  };
  return (
    <Stack>
      <Group align="flex-end">
        {plan.areas.length > 1 && (
          <Select
            label={t("persons.kecamatan")}
            placeholder={t("persons.all")}
            data={plan.areas
              .filter((a) => a.kecamatan)
              .map((a) => ({ value: a.kecamatan!, label: a.name ?? a.kecamatan! }))}
            value={kecamatan}
            onChange={filter(setKecamatan)}
            searchable
            clearable
            w={220}
          />
        )}
        {!waiting && plan.funders.length > 1 && (
          <Select
            label={t("plans.funder")}
            placeholder={t("persons.all")}
            data={plan.funders.map((f) => ({ value: f.id, label: f.name }))}
            value={funder}
            onChange={filter(setFunder)}
            clearable
            w={260}
          />
        )}
      </Group>
      {persons.isPending ? (
        <Loading />
      ) : persons.isError ? (
        <Failed error={persons.error} retry={() => persons.refetch()} />
      ) : rows.length === 0 ? (
        <Empty
          title={t(waiting ? "plans.waitlistEmpty" : "plans.coveredEmpty")}
          hint={kecamatan || funder ? t("plans.filterHint") : undefined}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t(waiting ? "plans.waitingFound" : "plans.coveredFound", {
              n: formatNumber(persons.data.total),
            })}
          </Text>
          <ScrollTable
            minWidth={waiting ? 820 : 1000}
            label={t(waiting ? "plans.waitlist" : "plans.covered")}
          >
            <Table
              striped
              highlightOnHover
              stickyHeader
              aria-label={t(waiting ? "plans.waitlist" : "plans.covered")}
              data-testid={waiting ? "plan-waiting-persons" : "plan-covered-persons"}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">{t("ranking.rank")}</Table.Th>
                  <Table.Th>{t("persons.name")}</Table.Th>
                  <Table.Th>{t("persons.nik")}</Table.Th>
                  <Table.Th>{t("persons.birthDate")}</Table.Th>
                  <Table.Th>{t("ranking.tier")}</Table.Th>
                  <Table.Th>{t("persons.desil")}</Table.Th>
                  <Table.Th>{t("persons.desa")}</Table.Th>
                  {!waiting && <Table.Th ta="right">{t("plans.months")}</Table.Th>}
                  {!waiting && <Table.Th>{t("plans.paidBy")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <RankedPersonCells person={p} />
                    <Table.Td>
                      <Desil desil={p.desil} />
                    </Table.Td>
                    <AreaCell desa={areaName(p.desa_code)} kecamatan={areaName(p.kecamatan_code)} />
                    {!waiting && (
                      <Table.Td ta="right">
                        {p.months}
                        {p.short_spell && (
                          <Text span size="xs" c="red.9" fw={600} ml={6}>
                            {t("plans.shortSpell")}
                          </Text>
                        )}
                        {p.gap && (
                          <Text span size="xs" c="red.9" fw={600} ml={6}>
                            {t("plans.gap")}
                          </Text>
                        )}
                      </Table.Td>
                    )}
                    {!waiting && (
                      <Table.Td
                        style={nowrap}
                        title={p.funders.map((f) => funderName.get(f) ?? f).join(" → ")}
                      >
                        {p.funders.join(" → ")}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pager page={page} pages={Math.ceil(persons.data.total / pageSize)} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
