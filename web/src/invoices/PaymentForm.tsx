import { Card, Table, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { formatMonth } from "../plans/plans.ts";
import { type Invoice, parseRupiah, recordPayment, today, usePayments } from "./invoices.ts";

/**
 * "Record a payment" for one invoice (regency admins): the amount starts at what it still owes,
 * the day at today; the server refuses more than is owed, in the user's language.
 */
export function PaymentButton({ invoice, month }: { invoice: Invoice; month: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const owed = invoice.amount - invoice.paid;
  const [amount, setAmount] = useState("");
  const [on, setOn] = useState("");
  const [reference, setReference] = useState("");
  const rupiah = parseRupiah(amount);
  const day = parseDay(on);
  if (owed <= 0) return null;
  return (
    <FormModal
      label={t("payments.record")}
      buttonProps={{
        size: "xs",
        variant: "outline",
        "aria-label": t("payments.recordFor", { funder: invoice.name }),
      }}
      title={t("payments.title", { funder: invoice.name, month: formatMonth(month) })}
      text={t("payments.status", {
        amount: formatRupiah(invoice.amount),
        paid: formatRupiah(invoice.paid),
        owed: formatRupiah(owed),
      })}
      submit={t("payments.save")}
      cancel={t("payments.cancel")}
      ready={Boolean(rupiah && day)}
      onOpen={() => {
        setAmount(owed.toLocaleString("id-ID"));
        setOn(formatDate(today()));
        setReference("");
      }}
      save={() =>
        recordPayment({
          funder: invoice.funder,
          month,
          amount: rupiah as number,
          paidOn: day as string,
          reference: reference.trim() || undefined,
        })
      }
      after={() =>
        Promise.all([
          client.invalidateQueries({ queryKey: ["invoices", month] }),
          client.invalidateQueries({ queryKey: ["payments", month] }),
          client.invalidateQueries({ queryKey: ["lateness"] }),
          client.invalidateQueries({ queryKey: ["refunds"] }),
        ])
      }
    >
      <TextInput
        label={t("payments.amount")}
        description={t("payments.amountHint")}
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
        error={amount && !rupiah ? t("payments.amountInvalid") : undefined}
        inputMode="numeric"
        required
        data-autofocus
      />
      <DayField label={t("payments.paidOn")} value={on} onChange={setOn} placeholder="20-03-2026" />
      <TextInput
        label={t("payments.reference")}
        description={t("payments.referenceHint")}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        maxLength={100}
      />
    </FormModal>
  );
}

/** The payments received for a month's invoices, newest first. */
export function PaymentsList({ month }: { month: string }) {
  const { t } = useTranslation();
  const payments = usePayments(month);
  const label = formatMonth(month);
  return (
    <Card withBorder component="section" aria-labelledby="payments-title">
      <Title order={2} size="h4" id="payments-title" mb="xs">
        {t("payments.listTitle", { month: label })}
      </Title>
      {payments.isPending ? (
        <Loading />
      ) : payments.isError ? (
        <Failed error={payments.error} retry={() => payments.refetch()} />
      ) : payments.data.payments.length === 0 ? (
        <Empty title={t("payments.empty", { month: label })} hint={t("payments.emptyHint")} />
      ) : (
        <ScrollTable minWidth={640} label={t("payments.caption", { month: label })}>
          <Table striped data-testid="payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("payments.paidOn")}</Table.Th>
                <Table.Th>{t("payments.funder")}</Table.Th>
                <Table.Th ta="right">{t("payments.amountCol")}</Table.Th>
                <Table.Th>{t("payments.referenceCol")}</Table.Th>
                <Table.Th>{t("payments.by")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {payments.data.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{formatDate(p.paid_on)}</Table.Td>
                  <Table.Td>{p.funder}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
                  <Table.Td>{p.reference ?? "–"}</Table.Td>
                  <Table.Td>{p.recorded_by}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
