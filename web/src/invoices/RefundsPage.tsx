import {
  Card,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { formatMonth, useFunders } from "../plans/plans.ts";
import { PersonLink } from "../ranking/PersonLink.tsx";
import { type Refund, recordRefund, today, useRefunds } from "./invoices.ts";

export interface RefundsSearch {
  /** Every refund, also those given back; else only the due ones. */
  all?: boolean;
  funder?: string;
}

const nowrap = { whiteSpace: "nowrap" } as const;

/**
 * Premiums paid for months after a membership ended, of the user's area: due ones first, with the
 * total still to give back; regency admins record a refund per membership.
 */
export function RefundsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/refunds" });
  const navigate = useNavigate({ from: "/refunds" });
  const funders = useFunders();
  const refunds = useRefunds({ due: !search.all, funder: search.funder });
  const admin = user.role === "regency_admin";
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("refunds.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("refunds.intro")}
      </Text>
      <Group align="flex-end">
        <Input.Wrapper label={t("refunds.show")} id="refunds-show" labelElement="div">
          <SegmentedControl
            aria-labelledby="refunds-show-label"
            data={[
              { value: "due", label: t("refunds.due") },
              { value: "all", label: t("refunds.all") },
            ]}
            value={search.all ? "all" : "due"}
            onChange={(value) =>
              void navigate({ search: (prev) => ({ ...prev, all: value === "all" ? true : undefined }) })
            }
            display="flex"
          />
        </Input.Wrapper>
        <Select
          label={t("refunds.funder")}
          placeholder={t("refunds.allFunders")}
          data={(funders.data?.funders ?? []).map((f) => ({ value: f.code, label: f.name }))}
          value={search.funder ?? null}
          onChange={(value) => void navigate({ search: (prev) => ({ ...prev, funder: value ?? undefined }) })}
          searchable
          clearable
          w={260}
        />
      </Group>
      {refunds.isPending ? (
        <Loading />
      ) : refunds.isError ? (
        <Failed error={refunds.error} retry={() => refunds.refetch()} />
      ) : (
        <>
          <Card withBorder padding="sm" maw={320} data-testid="refunds-due">
            <Text size="xs" c="dimmed" fw={600}>
              {t("refunds.totalDue")}
            </Text>
            <Text fw={700} size="lg">
              {formatRupiah(refunds.data.due)}
            </Text>
          </Card>
          {refunds.data.refunds.length === 0 ? (
            <Empty
              title={t(search.all ? "refunds.emptyAll" : "refunds.empty")}
              hint={t("refunds.emptyHint")}
            />
          ) : (
            <RefundsTable refunds={refunds.data.refunds} admin={admin} />
          )}
        </>
      )}
    </Stack>
  );
}

function RefundsTable({ refunds, admin }: { refunds: Refund[]; admin: boolean }) {
  const { t } = useTranslation();
  const caption = t("refunds.caption");
  // One refund per membership covers all its due months: the button is on its first due row.
  const firstDue = new Map<number, Refund[]>();
  for (const r of refunds) {
    if (r.refunded_on === null) firstDue.set(r.membership, [...(firstDue.get(r.membership) ?? []), r]);
  }
  return (
    <ScrollTable minWidth={admin ? 1080 : 940} label={caption}>
      <Table striped highlightOnHover captionSide="top" data-testid="refunds">
        <Table.Caption ta="left" fw={600} c="dark" px="sm">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("refunds.name")}</Table.Th>
            <Table.Th>{t("persons.nik")}</Table.Th>
            <Table.Th>{t("refunds.funder")}</Table.Th>
            <Table.Th>{t("refunds.month")}</Table.Th>
            <Table.Th ta="right">{t("refunds.amount")}</Table.Th>
            <Table.Th>{t("refunds.endReason")}</Table.Th>
            <Table.Th>{t("refunds.endedOn")}</Table.Th>
            <Table.Th>{t("refunds.refundedOn")}</Table.Th>
            {admin && <Table.Th>{t("refunds.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {refunds.map((r) => {
            const due = firstDue.get(r.membership);
            const first = r.refunded_on === null && due?.[0] === r;
            return (
              <Table.Tr key={`${r.membership}-${r.month}`}>
                <Table.Td>
                  <PersonLink id={r.person_id} name={r.name} />
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap}>
                  {r.nik}
                </Table.Td>
                <Table.Td>{r.funder}</Table.Td>
                <Table.Td>{formatMonth(r.month)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(r.amount)}</Table.Td>
                <Table.Td>
                  {t(`enrolment.endReason.${r.end_reason}`, { defaultValue: r.end_reason })}
                </Table.Td>
                <Table.Td style={nowrap}>{formatDate(r.ended_on)}</Table.Td>
                <Table.Td style={nowrap}>
                  {r.refunded_on ? formatDate(r.refunded_on) : t("refunds.notYet")}
                </Table.Td>
                {admin && <Table.Td>{first && due && <RefundButton due={due} />}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Records that one membership's due months were given back: the day (today to start) and a reference. */
function RefundButton({ due }: { due: Refund[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [first] = due;
  const [on, setOn] = useState("");
  const [reference, setReference] = useState("");
  const day = parseDay(on);
  return (
    <FormModal
      label={t("refunds.record")}
      buttonProps={{
        size: "xs",
        variant: "outline",
        "aria-label": t("refunds.recordFor", { name: first.name }),
      }}
      title={t("refunds.modalTitle", { name: first.name })}
      text={t("refunds.status", {
        months: due.length,
        list: due.map((r) => formatMonth(r.month)).join(", "),
        amount: formatRupiah(due.reduce((sum, r) => sum + r.amount, 0)),
        funder: first.funder,
      })}
      submit={t("refunds.save")}
      cancel={t("refunds.cancel")}
      ready={day !== null}
      onOpen={() => {
        setOn(formatDate(today()));
        setReference("");
      }}
      save={() =>
        recordRefund({
          membership: first.membership,
          refundedOn: day as string,
          reference: reference.trim() || undefined,
        })
      }
      after={() => client.invalidateQueries({ queryKey: ["refunds"] })}
    >
      <DayField label={t("refunds.on")} value={on} onChange={setOn} placeholder="30-04-2026" autoFocus />
      <TextInput
        label={t("refunds.reference")}
        description={t("refunds.referenceHint")}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        maxLength={100}
      />
    </FormModal>
  );
}
