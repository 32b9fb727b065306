import { Alert, Badge, Card, Group, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { formatMonth } from "../plans/plans.ts";
import { type LateState, lapseLate, useLateness } from "./invoices.ts";

// Light shades with dark text (autoContrast) for late and warning, a dark red for a lapse: all keep
// a WCAG AA contrast.
const colors: Record<LateState, string> = { late: "yellow.3", warning: "orange.4", lapse: "red.9" };

export function LateBadge({ state }: { state: LateState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} autoContrast variant="filled" tt="none">
      {t(`lateness.stateOf.${state}`)}
    </Badge>
  );
}

/**
 * Funders late with their invoices as of a month: how many unpaid months in a row, since when, what
 * they owe, the members warned (the next unpaid month ends them) and those over the limit, whom a
 * regency admin lapses after a confirmation.
 */
export function LatenessCard({ month, admin }: { month: string; admin: boolean }) {
  const { t } = useTranslation();
  const lateness = useLateness(month);
  const label = formatMonth(month);
  const lapsing = lateness.data?.funders.reduce((sum, f) => sum + f.lapsing, 0) ?? 0;
  // How many memberships the admin's last run ended (the card is keyed by month).
  const [done, setDone] = useState<number | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="lateness-title" data-testid="lateness-card">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h4" id="lateness-title">
            {t("lateness.title")}
          </Title>
          {lateness.data && (
            <Text size="sm" c="dimmed">
              {t("lateness.hint", { month: label, n: lateness.data.lateMonths })}
            </Text>
          )}
        </div>
        {admin && lateness.data && lapsing > 0 && (
          <LapseButton
            month={month}
            lapsing={lapsing}
            lateMonths={lateness.data.lateMonths}
            onDone={setDone}
          />
        )}
      </Group>
      {done !== null && (
        <Alert color="gray" role="status" mb="xs" data-testid="lateness-lapsed">
          {t("lateness.lapsed", { n: formatNumber(done) })}
        </Alert>
      )}
      {lateness.isPending ? (
        <Loading />
      ) : lateness.isError ? (
        <Failed error={lateness.error} retry={() => lateness.refetch()} />
      ) : lateness.data.funders.length === 0 ? (
        <Empty title={t("lateness.empty")} hint={t("lateness.emptyHint", { month: label })} />
      ) : (
        <ScrollTable minWidth={860} label={t("lateness.caption", { month: label })}>
          <Table striped data-testid="lateness">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("lateness.funder")}</Table.Th>
                <Table.Th>{t("lateness.state")}</Table.Th>
                <Table.Th ta="right">{t("lateness.unpaidMonths")}</Table.Th>
                <Table.Th>{t("lateness.since")}</Table.Th>
                <Table.Th ta="right">{t("lateness.owed")}</Table.Th>
                <Table.Th ta="right">{t("lateness.warned")}</Table.Th>
                <Table.Th ta="right">{t("lateness.lapsing")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lateness.data.funders.map((f) => (
                <Table.Tr key={f.funder}>
                  <Table.Td>
                    {f.name}
                    <Text span size="xs" c="dimmed">
                      {" "}
                      · {f.funder}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <LateBadge state={f.state} />
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(f.unpaidMonths)}</Table.Td>
                  <Table.Td>{formatMonth(f.since)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(f.owed)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.warned)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.lapsing)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}

/** Ends the memberships over the limit, after a confirmation that says how many. */
function LapseButton({
  month,
  lapsing,
  lateMonths,
  onDone,
}: {
  month: string;
  lapsing: number;
  lateMonths: number;
  onDone: (lapsed: number) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  return (
    <FormModal
      label={t("lateness.lapse")}
      buttonProps={{ color: "red.9", variant: "outline" }}
      title={t("lateness.confirmTitle")}
      text={t("lateness.confirmText", { n: formatNumber(lapsing), months: formatNumber(lateMonths) })}
      submit={t("lateness.confirm", { n: formatNumber(lapsing) })}
      cancel={t("lateness.cancel")}
      color="red.9"
      save={async () => onDone((await lapseLate(month)).lapsed)}
      after={() =>
        Promise.all(
          ["lateness", "invoices", "memberships", "membership", "refunds"].map((key) =>
            client.invalidateQueries({ queryKey: [key] }),
          ),
        )
      }
    />
  );
}
