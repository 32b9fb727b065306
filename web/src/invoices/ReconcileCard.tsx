import { Alert, Button, FileInput, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { CountCards } from "../common/CountCards.tsx";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { useUpload } from "../common/useUpload.ts";
import { formatMonth, parseMonth, useFunders } from "../plans/plans.ts";
import { type Reconciliation, reconcileBill } from "./invoices.ts";

/**
 * BPJS's bill for a funder and month against Payung's invoice (regency admins): how many rows
 * match, and the three lists to take up with BPJS — not ours, not billed, amounts that differ.
 */
export function ReconcileCard({ month }: { month: string }) {
  const { t } = useTranslation();
  const funders = useFunders();
  const [funder, setFunder] = useState<string | null>(null);
  const [typed, setTyped] = useState(formatMonth(month));
  const bill = useUpload<Reconciliation>();
  const chosen = parseMonth(typed);
  const send = () => {
    if (funder && chosen) bill.send((upload) => reconcileBill({ upload, funder, month: chosen }));
  };
  return (
    <SectionCard id="reconcile-title" title={t("reconcile.title")} hint={t("reconcile.hint")}>
      <Stack gap="sm">
        <Group align="flex-start">
          <Select
            label={t("reconcile.funder")}
            data={(funders.data?.funders ?? []).map((f) => ({ value: f.code, label: f.name }))}
            value={funder}
            onChange={setFunder}
            error={funders.isError ? funders.error.message : undefined}
            searchable
            required
            w={260}
          />
          <TextInput
            label={t("reconcile.month")}
            placeholder="03-2026"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={typed && !chosen ? t("plans.monthInvalid") : undefined}
            required
            w={140}
          />
          <FileInput
            label={t("reconcile.file")}
            description={t("reconcile.filePlaceholder")}
            accept=".csv,.txt,.xlsx"
            value={bill.file}
            onChange={bill.setFile}
            clearable
            clearButtonProps={{ "aria-label": t("reconcile.clearFile") }}
            required
            w={300}
          />
        </Group>
        <Group>
          <Button onClick={send} loading={bill.busy} disabled={!bill.file || !funder || !chosen}>
            {t("reconcile.submit")}
          </Button>
        </Group>
        {bill.error && (
          <Alert color="red" role="alert" style={{ whiteSpace: "pre-wrap" }}>
            {bill.error}
          </Alert>
        )}
        {bill.result && <ReconcileResult result={bill.result} />}
      </Stack>
    </SectionCard>
  );
}

function ReconcileResult({ result: r }: { result: Reconciliation }) {
  const { t } = useTranslation();
  const counts = [
    { key: "matched", value: r.matched },
    { key: "notOurs", value: r.notOurs.count },
    { key: "notBilled", value: r.notBilled.count },
    { key: "amountDiffers", value: r.amountDiffers.count },
  ];
  const rupiah = (n: number) => formatRupiah(n);
  return (
    <Stack gap="sm" data-testid="reconcile-result" aria-live="polite">
      <Text fw={600}>
        {t("reconcile.summary", {
          file: r.file,
          rows: formatNumber(r.billed.rows),
          billed: r.billed.amount === null ? "–" : rupiah(r.billed.amount),
          funder: r.funder,
          month: formatMonth(r.month),
          members: formatNumber(r.invoice.members),
          amount: rupiah(r.invoice.amount),
        })}
      </Text>
      <CountCards prefix="reconcile" counts={counts} cols={4} />
      {r.notOurs.count > 0 && (
        <ResultTable
          id="notOurs"
          count={r.notOurs.count}
          shown={r.notOurs.rows.length}
          head={[t("reconcile.row"), t("persons.nik"), t("reconcile.kpj"), t("reconcile.status")]}
          rows={r.notOurs.rows.map((x) => ({
            key: x.row,
            cells: [
              formatNumber(x.row),
              <Nik key="nik" nik={x.nik} />,
              x.kpj ?? "–",
              x.status
                ? t(`enrolment.status.${x.status}`, { defaultValue: x.status })
                : t("reconcile.unknown"),
            ],
          }))}
        />
      )}
      {r.notBilled.count > 0 && (
        <ResultTable
          id="notBilled"
          count={r.notBilled.count}
          shown={r.notBilled.members.length}
          head={[t("reconcile.name"), t("persons.nik"), t("reconcile.kpj")]}
          rows={r.notBilled.members.map((x) => ({
            key: x.membership,
            cells: [x.name, <Nik key="nik" nik={x.nik} />, x.kpj ?? "–"],
          }))}
        />
      )}
      {r.amountDiffers.count > 0 && (
        <ResultTable
          id="amountDiffers"
          count={r.amountDiffers.count}
          shown={r.amountDiffers.rows.length}
          head={[
            t("reconcile.row"),
            t("persons.nik"),
            t("reconcile.kpj"),
            t("reconcile.ours"),
            t("reconcile.theirs"),
          ]}
          rows={r.amountDiffers.rows.map((x) => ({
            key: x.row,
            cells: [
              formatNumber(x.row),
              <Nik key="nik" nik={x.nik} />,
              x.kpj ?? "–",
              rupiah(x.ours),
              rupiah(x.theirs),
            ],
          }))}
        />
      )}
    </Stack>
  );
}

function Nik({ nik }: { nik: string }) {
  return (
    <Text span ff="monospace" size="sm">
      {nik || "–"}
    </Text>
  );
}

/** One of the three lists, its count in the caption (the server sends the first 100). */
function ResultTable({
  id,
  count,
  shown,
  head,
  rows,
}: {
  id: string;
  count: number;
  shown: number;
  head: string[];
  rows: { key: number; cells: ReactNode[] }[];
}) {
  const { t } = useTranslation();
  const caption = `${t(`reconcile.${id}`)} (${formatNumber(count)}${
    shown < count
      ? ` · ${t("reconcile.firstOf", { shown: formatNumber(shown), count: formatNumber(count) })}`
      : ""
  })`;
  return (
    <ScrollTable minWidth={560} label={caption}>
      <Table striped captionSide="top" data-testid={`reconcile-${id}-list`}>
        <Table.Caption ta="left" fw={600} c="dark">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are in column order
                <Table.Td key={i}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
