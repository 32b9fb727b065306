import {
  Alert,
  Anchor,
  Button,
  Card,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatDateTime } from "../common/format.ts";
import { Failed, Loading } from "../common/States.tsx";
import { useAction } from "../common/useAction.ts";
import { formatPeriod } from "../plans/plans.ts";
import { PersonLink } from "../ranking/PersonLink.tsx";
import {
  endMembership,
  endReasons,
  type MembershipDetail,
  type MembershipEvent,
  parseDay,
  useMembership,
} from "./enrolment.ts";
import { MembershipNote, MembershipStatusBadge } from "./MembershipStatusBadge.tsx";

/**
 * The reasons a user may end a membership for: regency admins any; kecamatan and desa operators
 * report a death in their area (the village learns of it first); nobody else.
 */
function endableReasons(user: User): readonly string[] {
  if (user.role === "regency_admin") return endReasons;
  if (["kecamatan_operator", "desa_operator"].includes(user.role)) return ["death"];
  return [];
}

/** One membership's details and history, beside the list; admins and operators can end it. */
export function MembershipDrawer({
  user,
  id,
  onClose,
}: {
  user: User;
  id: number | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const membership = useMembership(id);
  return (
    <Drawer
      opened={id !== undefined}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={700}>{t("enrolment.detail.title", { id })}</Text>}
      closeButtonProps={{ "aria-label": t("enrolment.detail.close") }}
    >
      {membership.isPending ? (
        <Loading />
      ) : membership.isError ? (
        <Failed error={membership.error} retry={() => membership.refetch()} />
      ) : (
        <MembershipDetails membership={membership.data} reasons={endableReasons(user)} />
      )}
    </Drawer>
  );
}

function MembershipDetails({
  membership: m,
  reasons,
}: {
  membership: MembershipDetail;
  reasons: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const fields: [string, React.ReactNode][] = [
    [t("enrolment.detail.person"), <PersonLink key="name" id={m.person_id} name={m.name} />],
    [
      t("persons.nik"),
      <Text key="nik" ff="monospace" size="sm">
        {m.nik}
      </Text>,
    ],
    [t("enrolment.statusLabel"), <MembershipStatusBadge key="status" status={m.status} />],
    [t("enrolment.funder"), m.funder],
    [t("enrolment.detail.package"), m.package],
    [t("enrolment.kpj"), m.kpj ?? "–"],
    [t("enrolment.months"), formatPeriod(m.start_month, m.end_month)],
    [t("enrolment.detail.activeFrom"), formatDate(m.active_from)],
  ];
  if (m.rejection_reason)
    fields.push([t("enrolment.detail.rejection"), <MembershipNote key="note" membership={m} />]);
  if (m.end_reason)
    fields.push([t("enrolment.detail.endReason"), <MembershipNote key="note" membership={m} />]);
  return (
    <Stack>
      <Table variant="vertical" withTableBorder data-testid="membership">
        <Table.Tbody>
          {fields.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {["active", "lapsed", "ended"].includes(m.status) && (
        <Anchor
          href={`/api/v1/memberships/${m.id}/card?lang=${i18n.language}`}
          target="_blank"
          rel="noopener"
        >
          {t("enrolment.detail.card")}
        </Anchor>
      )}
      <Title order={2} size="h4">
        {t("enrolment.detail.history")}
      </Title>
      <Table striped data-testid="membership-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("enrolment.detail.at")}</Table.Th>
            <Table.Th>{t("enrolment.detail.event")}</Table.Th>
            <Table.Th>{t("enrolment.detail.by")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.events.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; the order is the history
            <Table.Tr key={i}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>
                <EventText event={e} />
              </Table.Td>
              <Table.Td>{e.by}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {m.status === "active" && reasons.length > 0 && <EndForm membership={m} reasons={reasons} />}
    </Stack>
  );
}

/** An event in words, with what it carries (an end's reason and day). */
function EventText({ event }: { event: MembershipEvent }) {
  const { t } = useTranslation();
  const { reason, on } = event.details as { reason?: string; on?: string };
  return (
    <>
      {t(`enrolment.event.${event.event}`, { defaultValue: event.event })}
      {reason && `: ${t(`enrolment.endReason.${reason}`, { defaultValue: reason })}`}
      {on && `, ${formatDate(on)}`}
    </>
  );
}

function EndForm({ membership, reasons }: { membership: MembershipDetail; reasons: readonly string[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState<string>(reasons[0]);
  const [on, setOn] = useState("");
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const day = parseDay(on);
  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (day) setAsking(true);
  };
  const confirm = () => {
    if (!day) return;
    void action.run(async () => {
      await endMembership(membership.id, { reason, on: day });
      setAsking(false);
      await client.invalidateQueries({ queryKey: ["membership", membership.id] });
      await client.invalidateQueries({ queryKey: ["memberships"] });
    });
  };
  const admin = reasons.length > 1;
  return (
    <Card withBorder component="form" onSubmit={ask} aria-labelledby="end-membership">
      <Title order={2} size="h4" id="end-membership">
        {t("enrolment.end.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("enrolment.end.hint")} {!admin && t("enrolment.end.hintOperator")}
      </Text>
      <Stack gap="sm">
        {action.error && (
          <Alert color="red" role="alert">
            {action.error}
          </Alert>
        )}
        <Group align="flex-start">
          <Select
            label={t("enrolment.end.reason")}
            data={reasons.map((r) => ({ value: r, label: t(`enrolment.endReason.${r}`) }))}
            value={reason}
            onChange={(value) => value && setReason(value)}
            allowDeselect={false}
            disabled={asking}
            w={260}
          />
          <TextInput
            label={t("enrolment.end.on")}
            description={t("enrolment.end.onHint")}
            placeholder="10-03-2026"
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            error={on && !day ? t("enrolment.end.dateInvalid") : undefined}
            disabled={asking}
            required
            w={200}
          />
        </Group>
        {asking && day ? (
          <Stack gap="xs">
            <Text size="sm" role="alert">
              {t("enrolment.end.confirm", {
                date: formatDate(day),
                reason: t(`enrolment.endReason.${reason}`),
              })}
            </Text>
            <Group>
              <Button color="red.9" loading={action.busy} onClick={confirm}>
                {t("enrolment.end.yes")}
              </Button>
              <Button variant="default" onClick={() => setAsking(false)}>
                {t("enrolment.end.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button type="submit" variant="outline" color="red.9" disabled={!day}>
              {t("enrolment.end.submit")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
