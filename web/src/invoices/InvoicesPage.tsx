import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { FormModal } from "../common/FormModal.tsx";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { formatMonth, parseMonth } from "../plans/plans.ts";
import { generateInvoices, type MonthInvoices, thisMonth, useInvoices } from "./invoices.ts";
import { LatenessCard } from "./LatenessCard.tsx";
import { PaymentButton, PaymentsList } from "./PaymentForm.tsx";
import { ReconcileCard } from "./ReconcileCard.tsx";

export interface InvoicesSearch {
  /** yyyy-mm */
  month?: string;
}

/**
 * A month's invoices per funder, with totals, what is owed and the payments; the funders late as of
 * the month. Regency admins generate the month, record payments and reconcile BPJS's bill.
 */
export function InvoicesPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/invoices" });
  const navigate = useNavigate({ from: "/invoices" });
  const month = search.month ?? thisMonth();
  const [typed, setTyped] = useState(formatMonth(month));
  const invoices = useInvoices(month);
  const admin = user.role === "regency_admin";
  const chosen = parseMonth(typed);
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen) void navigate({ search: { month: chosen } });
  };
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t("invoices.title")}
        </Title>
        <Anchor renderRoot={(props) => <Link {...props} to="/refunds" />}>{t("invoices.refundsLink")}</Anchor>
      </Group>
      <Text c="dimmed" size="sm">
        {t("invoices.intro")}
      </Text>
      <Group align="flex-end" justify="space-between">
        <form onSubmit={show}>
          <Group align="flex-end">
            <TextInput
              label={t("invoices.month")}
              placeholder="03-2026"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={typed && !chosen ? t("plans.monthInvalid") : undefined}
              w={140}
            />
            <Button type="submit" variant="default" disabled={!chosen}>
              {t("invoices.show")}
            </Button>
          </Group>
        </form>
        {admin && <GenerateButton month={month} />}
      </Group>
      {invoices.isPending ? (
        <Loading />
      ) : invoices.isError ? (
        <Failed error={invoices.error} retry={() => invoices.refetch()} />
      ) : invoices.data.invoices.length === 0 ? (
        <Empty
          title={t("invoices.empty", { month: formatMonth(month) })}
          hint={t(admin ? "invoices.emptyHintAdmin" : "invoices.emptyHint")}
        />
      ) : (
        <InvoicesTable data={invoices.data} admin={admin} />
      )}
      <PaymentsList month={month} />
      <LatenessCard key={`lateness-${month}`} month={month} admin={admin} />
      {admin && <ReconcileCard key={`reconcile-${month}`} month={month} />}
    </Stack>
  );
}

function InvoicesTable({ data, admin }: { data: MonthInvoices; admin: boolean }) {
  const { t } = useTranslation();
  const caption = t("invoices.caption", { month: formatMonth(data.month) });
  const paid = data.invoices.reduce((sum, i) => sum + i.paid, 0);
  return (
    <ScrollTable minWidth={admin ? 960 : 800} label={caption}>
      <Table striped highlightOnHover captionSide="top" data-testid="invoices">
        <Table.Caption ta="left" fw={600} c="dark" px="sm">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("invoices.funder")}</Table.Th>
            <Table.Th>{t("invoices.bpjsCode")}</Table.Th>
            <Table.Th ta="right">{t("invoices.members")}</Table.Th>
            <Table.Th ta="right">{t("invoices.amount")}</Table.Th>
            <Table.Th ta="right">{t("invoices.paid")}</Table.Th>
            <Table.Th ta="right">{t("invoices.owed")}</Table.Th>
            {admin && <Table.Th>{t("invoices.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.invoices.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                {i.name}
                <Text span size="xs" c="dimmed">
                  {" "}
                  · {i.funder}
                </Text>
              </Table.Td>
              <Table.Td>{i.bpjsCode}</Table.Td>
              <Table.Td ta="right">{formatNumber(i.members)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(i.amount)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(i.paid)}</Table.Td>
              <Table.Td ta="right" data-testid={`owed-${i.funder}`}>
                {formatRupiah(i.amount - i.paid)}
              </Table.Td>
              {admin && (
                <Table.Td>
                  <PaymentButton invoice={i} month={data.month} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="invoices-total" fw={700}>
            <Table.Th>{t("invoices.total")}</Table.Th>
            <Table.Td />
            <Table.Td ta="right">{formatNumber(data.members)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(data.amount)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(paid)}</Table.Td>
            <Table.Td ta="right">{formatRupiah(data.amount - paid)}</Table.Td>
            {admin && <Table.Td />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}

/** Generating a month, after a confirmation that says what happens to its invoices. */
function GenerateButton({ month }: { month: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const label = formatMonth(month);
  return (
    <FormModal
      label={t("invoices.generate", { month: label })}
      title={t("invoices.confirmTitle", { month: label })}
      text={t("invoices.confirmText")}
      submit={t("invoices.confirm")}
      cancel={t("invoices.cancel")}
      save={async () => client.setQueryData(["invoices", month], await generateInvoices(month))}
      after={() => client.invalidateQueries({ queryKey: ["lateness"] })}
    />
  );
}
