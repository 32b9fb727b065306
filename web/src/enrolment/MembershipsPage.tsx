import { Alert, Button, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { formatPeriod, useFunders, usePlans } from "../plans/plans.ts";
import { PersonLink } from "../ranking/PersonLink.tsx";
import { type Membership, type MembershipStatus, membershipStatuses } from "./enrolment.ts";
import { MembershipDrawer } from "./MembershipDrawer.tsx";
import { MembershipNote, MembershipStatusBadge } from "./MembershipStatusBadge.tsx";

export interface MembershipSearch {
  status?: MembershipStatus;
  funder?: string;
  plan?: number;
  /** From 1. */
  page?: number;
  /** The membership whose details are open. */
  membership?: number;
}

const pageSize = 50;
const nowrap = { whiteSpace: "nowrap" } as const;

/** The memberships of the user's area: filter by status, funder and plan; the details of one. */
export function MembershipsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/memberships" });
  const navigate = useNavigate({ from: "/memberships" });
  const page = search.page ?? 1;
  const funders = useFunders();
  const plans = usePlans();
  const query = new URLSearchParams({
    offset: String((page - 1) * pageSize),
    // One more than a page: whether there is a next page.
    limit: String(pageSize + 1),
  });
  if (search.status) query.set("status", search.status);
  if (search.funder) query.set("funder", search.funder);
  if (search.plan) query.set("plan", String(search.plan));
  const memberships = useQuery({
    queryKey: ["memberships", query.toString()],
    queryFn: () => api<{ memberships: Membership[] }>(`/memberships?${query}`),
    placeholderData: keepPreviousData,
  });
  const filter = (change: Partial<MembershipSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...change, page: undefined, membership: undefined }) });
  const rows = memberships.data?.memberships.slice(0, pageSize) ?? [];
  const more = (memberships.data?.memberships.length ?? 0) > pageSize;
  const filtered = Boolean(search.status || search.funder || search.plan);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("enrolment.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("enrolment.intro")}
      </Text>
      <Group align="flex-end">
        <Select
          label={t("enrolment.statusLabel")}
          placeholder={t("enrolment.all")}
          data={membershipStatuses.map((s) => ({
            value: s,
            label: s === "rejected" ? t("enrolment.queue") : t(`enrolment.status.${s}`),
          }))}
          value={search.status ?? null}
          onChange={(value) => filter({ status: (value as MembershipStatus | null) ?? undefined })}
          clearable
          w={240}
        />
        <Select
          label={t("enrolment.funder")}
          placeholder={t("enrolment.all")}
          data={(funders.data?.funders ?? []).map((f) => ({ value: f.code, label: f.name }))}
          value={search.funder ?? null}
          onChange={(value) => filter({ funder: value ?? undefined })}
          searchable
          clearable
          w={260}
        />
        <Select
          label={t("enrolment.plan")}
          placeholder={t("enrolment.all")}
          data={(plans.data?.plans ?? [])
            .filter((p) => p.status !== "draft")
            .map((p) => ({
              value: String(p.plan),
              label: `${t("plans.planN", { id: p.plan })} · ${formatPeriod(p.from, p.to)}`,
            }))}
          value={search.plan ? String(search.plan) : null}
          onChange={(value) => filter({ plan: value ? Number(value) : undefined })}
          clearable
          w={260}
        />
      </Group>
      {search.status === "rejected" && (
        <Alert color="gray" variant="light">
          {t("enrolment.queueHint")}
        </Alert>
      )}
      {memberships.isPending ? (
        <Loading />
      ) : memberships.isError ? (
        <Failed error={memberships.error} retry={() => memberships.refetch()} />
      ) : rows.length === 0 ? (
        <Empty
          title={t(filtered ? "enrolment.emptyFiltered" : "enrolment.empty")}
          hint={t(filtered ? "enrolment.filterHint" : "enrolment.emptyHint")}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("enrolment.shown", { n: formatNumber(rows.length) })}
          </Text>
          <MembershipsTable
            rows={rows}
            open={(id) => void navigate({ search: (prev) => ({ ...prev, membership: id }) })}
          />
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={page <= 1}
              onClick={() => void navigate({ search: (prev) => ({ ...prev, page: page - 1 }) })}
            >
              {t("persons.previous")}
            </Button>
            <Text size="sm">{t("persons.page", { page: formatNumber(page) })}</Text>
            <Button
              variant="default"
              disabled={!more}
              onClick={() => void navigate({ search: (prev) => ({ ...prev, page: page + 1 }) })}
            >
              {t("persons.next")}
            </Button>
          </Group>
        </>
      )}
      <MembershipDrawer
        user={user}
        id={search.membership}
        onClose={() => void navigate({ search: (prev) => ({ ...prev, membership: undefined }) })}
      />
    </Stack>
  );
}

function MembershipsTable({ rows, open }: { rows: Membership[]; open: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={1000} label={t("enrolment.caption")}>
      <Table
        striped
        highlightOnHover
        stickyHeader
        aria-label={t("enrolment.caption")}
        data-testid="memberships"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("persons.name")}</Table.Th>
            <Table.Th>{t("persons.nik")}</Table.Th>
            <Table.Th>{t("enrolment.funder")}</Table.Th>
            <Table.Th>{t("enrolment.kpj")}</Table.Th>
            <Table.Th>{t("enrolment.months")}</Table.Th>
            <Table.Th>{t("enrolment.statusLabel")}</Table.Th>
            <Table.Th>{t("enrolment.note")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("enrolment.open")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <PersonLink id={m.person_id} name={m.name} />
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {m.nik}
              </Table.Td>
              <Table.Td style={nowrap}>{m.funder}</Table.Td>
              <Table.Td ff="monospace">{m.kpj ?? "–"}</Table.Td>
              <Table.Td style={nowrap}>{formatPeriod(m.start_month, m.end_month)}</Table.Td>
              <Table.Td>
                <MembershipStatusBadge status={m.status} />
              </Table.Td>
              <Table.Td>
                <MembershipNote membership={m} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => open(m.id)}
                  aria-label={t("enrolment.openOf", { name: m.name })}
                >
                  {t("enrolment.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
