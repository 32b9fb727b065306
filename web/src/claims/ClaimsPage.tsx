import { Anchor, Button, Group, Select, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { ClaimStatusBadge, DaysInStep } from "./ClaimBadges.tsx";
import {
  type ClaimStatus,
  type ClaimSummary,
  type ClaimType,
  claimRights,
  claimStatuses,
  claimTypes,
  useClaims,
} from "./claims.ts";
import { ReportEventButton } from "./ReportEventForm.tsx";

export interface ClaimsSearch {
  status?: ClaimStatus;
  type?: ClaimType;
  overdue?: boolean;
  /** From 1. */
  page?: number;
}

const pageSize = 50;
const nowrap = { whiteSpace: "nowrap" } as const;

/**
 * The claims of the user's area, overdue first, then those waiting longest: filter by status, type
 * and lateness; operators and regency admins report a death or work accident from here.
 */
export function ClaimsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/claims" });
  const navigate = useNavigate({ from: "/claims" });
  const page = search.page ?? 1;
  const claims = useClaims({
    status: search.status,
    type: search.type,
    overdue: search.overdue,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const filter = (change: Partial<ClaimsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...change, page: undefined }) });
  const filtered = Boolean(search.status || search.type || search.overdue);
  const total = claims.data?.total ?? 0;
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t("claims.title")}
        </Title>
        {claimRights(user).handle && <ReportEventButton />}
      </Group>
      <Text c="dimmed" size="sm">
        {t("claims.intro")}
      </Text>
      <Group align="flex-end">
        <Select
          label={t("claims.statusLabel")}
          placeholder={t("claims.all")}
          data={claimStatuses.map((s) => ({ value: s, label: t(`claims.status.${s}`) }))}
          value={search.status ?? null}
          onChange={(value) => filter({ status: (value as ClaimStatus | null) ?? undefined })}
          clearable
          w={220}
        />
        <Select
          label={t("claims.typeLabel")}
          placeholder={t("claims.all")}
          data={claimTypes.map((s) => ({ value: s, label: t(`claims.type.${s}`) }))}
          value={search.type ?? null}
          onChange={(value) => filter({ type: (value as ClaimType | null) ?? undefined })}
          clearable
          w={300}
        />
        <Switch
          label={t("claims.overdueOnly")}
          checked={Boolean(search.overdue)}
          onChange={(e) => filter({ overdue: e.currentTarget.checked ? true : undefined })}
          mb={8}
        />
      </Group>
      {claims.isPending ? (
        <Loading />
      ) : claims.isError ? (
        <Failed error={claims.error} retry={() => claims.refetch()} />
      ) : claims.data.claims.length === 0 ? (
        <Empty
          title={t(filtered ? "claims.emptyFiltered" : "claims.empty")}
          hint={t(filtered ? "claims.filterHint" : "claims.emptyHint")}
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("claims.shown", { n: formatNumber(total) })}
          </Text>
          <ClaimsTable claims={claims.data.claims} />
          {total > pageSize && (
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
                disabled={page * pageSize >= total}
                onClick={() => void navigate({ search: (prev) => ({ ...prev, page: page + 1 }) })}
              >
                {t("persons.next")}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function ClaimsTable({ claims }: { claims: ClaimSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={1100} label={t("claims.caption")}>
      <Table striped highlightOnHover aria-label={t("claims.caption")} data-testid="claims">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("claims.member")}</Table.Th>
            <Table.Th>{t("claims.desa")}</Table.Th>
            <Table.Th>{t("claims.event")}</Table.Th>
            <Table.Th>{t("claims.typeLabel")}</Table.Th>
            <Table.Th>{t("claims.statusLabel")}</Table.Th>
            <Table.Th>{t("claims.inStep")}</Table.Th>
            <Table.Th ta="right">{t("claims.expected")}</Table.Th>
            <Table.Th ta="right">{t("claims.paid")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claims.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => <Link {...props} to="/claims/$id" params={{ id: String(c.id) }} />}
                  aria-label={t("claims.openOf", { name: c.name, id: c.id })}
                >
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {c.nik ?? "–"}
                </Text>
              </Table.Td>
              <Table.Td>
                {c.desa ?? "–"}
                <Text size="xs" c="dimmed">
                  {c.kecamatan}
                </Text>
              </Table.Td>
              <Table.Td>
                {t(`claims.kind.${c.kind}`)}
                <Text size="xs" c="dimmed">
                  {formatDate(c.event_date)}
                </Text>
              </Table.Td>
              <Table.Td>
                {t(`claims.type.${c.type}`)}
                {c.school_year !== null && (
                  <Text size="xs" c="dimmed">
                    {t("claims.schoolYear", { year: c.school_year, next: c.school_year + 1 })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ClaimStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                {c.status === "paid" || c.status === "rejected" ? (
                  "–"
                ) : (
                  <DaysInStep days={c.days_in_step} overdue={c.overdue} status={c.status} />
                )}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {c.payable ? formatRupiah(c.expected) : t("claims.notPayable")}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {c.paid_amount === null ? "–" : formatRupiah(c.paid_amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
