import { Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { CountCards } from "../common/CountCards.tsx";
import { formatDate, formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { AnswerForm, FollowUpForm, NewCircularForm, SendCircularForm } from "./CircularForms.tsx";
import { AnswerBadge, NextContact, PartnersTabs } from "./PartnerBits.tsx";
import {
  type Circular,
  partnerRights,
  type Recipient,
  useCircular,
  useCirculars,
  useFollowUps,
} from "./partners.ts";

export interface CircularsSearch {
  /** The circular whose answers are open. */
  circular?: number;
}

/**
 * The circular letter campaign (surat edaran): whom to contact today or earlier (overdue in red),
 * every circular with its figures, and one circular's answers, with the forms to record them.
 */
export function CircularsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/partners/circulars" });
  const navigate = useNavigate({ from: "/partners/circulars" });
  const circulars = useCirculars();
  const change = partnerRights(user).change;
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t("partners.circulars.title")}
        </Title>
        {change && <NewCircularForm />}
      </Group>
      <PartnersTabs />
      <Text c="dimmed" size="sm">
        {t("partners.circulars.intro")}
      </Text>
      <FollowUpsCard change={change} />
      {circulars.isPending ? (
        <Loading />
      ) : circulars.isError ? (
        <Failed error={circulars.error} retry={() => circulars.refetch()} />
      ) : circulars.data.circulars.length === 0 ? (
        <Empty
          title={t("partners.circulars.empty")}
          hint={change ? t("partners.circulars.emptyHint") : undefined}
        />
      ) : (
        <CircularsTable
          circulars={circulars.data.circulars}
          open={(id) => void navigate({ search: { circular: id } })}
          current={search.circular}
        />
      )}
      {search.circular !== undefined && <CircularAnswers id={search.circular} change={change} />}
    </Stack>
  );
}

function CircularsTable({
  circulars,
  open,
  current,
}: {
  circulars: Circular[];
  open: (id: number) => void;
  current: number | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={960} label={t("partners.circulars.caption")}>
      <Table striped highlightOnHover aria-label={t("partners.circulars.caption")} data-testid="circulars">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("partners.circular.letter")}</Table.Th>
            <Table.Th>{t("partners.circular.sentOn")}</Table.Th>
            <Table.Th>{t("partners.circular.answerBy")}</Table.Th>
            <Table.Th ta="right">{t("partners.summary.sent")}</Table.Th>
            <Table.Th ta="right">{t("partners.summary.willing")}</Table.Th>
            <Table.Th ta="right">{t("partners.summary.declined")}</Table.Th>
            <Table.Th ta="right">{t("partners.summary.considering")}</Table.Th>
            <Table.Th ta="right">{t("partners.summary.noAnswer")}</Table.Th>
            <Table.Th>{t("partners.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {circulars.map((c) => (
            <Table.Tr key={c.id} bg={c.id === current ? "blue.0" : undefined}>
              <Table.Td>
                {c.number}
                <Text size="xs" c="dimmed">
                  {c.title}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(c.sentOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(c.answerBy)}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.summary.sent)}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.summary.willing)}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.summary.declined)}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.summary.considering)}</Table.Td>
              <Table.Td ta="right">
                {formatNumber(c.summary.noAnswer)}
                {c.summary.overdue > 0 && (
                  <Text size="xs" c="red.9" fw={700}>
                    {t("partners.summary.overdueN", { count: c.summary.overdue })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => open(c.id)}
                  aria-label={t("partners.circulars.openOf", { number: c.number })}
                >
                  {t("partners.circulars.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Companies to contact: today and overdue (overdue first, in red), or the coming week or month too. */
function FollowUpsCard({ change }: { change: boolean }) {
  const { t } = useTranslation();
  const [within, setWithin] = useState("0");
  const due = useFollowUps(Number(within));
  return (
    <Card withBorder component="section" aria-labelledby="follow-ups-title">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4" id="follow-ups-title">
            {t("partners.followUps.title")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("partners.followUps.hint")}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t("partners.followUps.within")}
          data={[
            { value: "0", label: t("partners.followUps.dueNow") },
            { value: "7", label: t("partners.followUps.week") },
            { value: "30", label: t("partners.followUps.month") },
          ]}
          value={within}
          onChange={setWithin}
        />
      </Group>
      {due.isPending ? (
        <Loading />
      ) : due.isError ? (
        <Failed error={due.error} retry={() => due.refetch()} />
      ) : due.data.followUps.length === 0 ? (
        <Text size="sm" role="status">
          {t("partners.followUps.none")}
        </Text>
      ) : (
        <RecipientsTable rows={due.data.followUps} change={change} testId="follow-ups" withCircular />
      )}
    </Card>
  );
}

/** One circular's figures and every company it was sent to. */
function CircularAnswers({ id, change }: { id: number; change: boolean }) {
  const { t } = useTranslation();
  const detail = useCircular(id);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <Failed error={detail.error} retry={() => detail.refetch()} />;
  const { circular: c, recipients } = detail.data;
  return (
    <Card withBorder component="section" aria-labelledby="circular-title">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4" id="circular-title">
            {t("partners.circular.heading", { number: c.number })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {c.title} · {t("partners.circular.sentOnDay", { day: formatDate(c.sentOn) })}
            {c.answerBy && ` · ${t("partners.circular.answerByDay", { day: formatDate(c.answerBy) })}`}
          </Text>
        </div>
        {change && <SendCircularForm circular={c.id} sentTo={recipients.map((r) => r.companyId)} />}
      </Group>
      <Stack gap="sm">
        <CountCards
          prefix="partners.summary"
          cols={6}
          counts={[
            { key: "sent", value: c.summary.sent },
            { key: "answered", value: c.summary.answered },
            { key: "willing", value: c.summary.willing },
            { key: "declined", value: c.summary.declined },
            { key: "considering", value: c.summary.considering },
            { key: "noAnswer", value: c.summary.noAnswer },
          ]}
        />
        {recipients.length === 0 ? (
          <Empty title={t("partners.circular.noRecipients")} />
        ) : (
          <RecipientsTable rows={recipients} change={change} testId="recipients" />
        )}
      </Stack>
    </Card>
  );
}

function RecipientsTable({
  rows,
  change,
  testId,
  withCircular = false,
}: {
  rows: Recipient[];
  change: boolean;
  testId: string;
  withCircular?: boolean;
}) {
  const { t } = useTranslation();
  const caption = t(withCircular ? "partners.followUps.title" : "partners.circular.recipients");
  return (
    <ScrollTable minWidth={960} label={caption}>
      <Table striped aria-label={caption} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("partners.company.name")}</Table.Th>
            {withCircular && <Table.Th>{t("partners.circular.letter")}</Table.Th>}
            <Table.Th>{t("partners.circular.sentOn")}</Table.Th>
            <Table.Th>{t("partners.circular.answer")}</Table.Th>
            <Table.Th>{t("partners.circular.nextContact")}</Table.Th>
            <Table.Th>{t("partners.circular.notes")}</Table.Th>
            {change && <Table.Th>{t("partners.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={`${r.circularId}-${r.companyId}`}
              bg={r.status === "overdue" ? "red.0" : undefined}
            >
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/partners/companies/$id" params={{ id: String(r.companyId) }} />
                  )}
                >
                  {r.companyName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[r.contactName, r.contactPhone].filter(Boolean).join(" · ")}
                </Text>
              </Table.Td>
              {withCircular && <Table.Td>{r.circularNumber}</Table.Td>}
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(r.sentOn)}</Table.Td>
              <Table.Td>
                <AnswerBadge answer={r.answer} />
                {r.answeredOn && (
                  <Text size="xs" c="dimmed">
                    {formatDate(r.answeredOn)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NextContact row={r} />
              </Table.Td>
              <Table.Td>{r.notes ?? "–"}</Table.Td>
              {change && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <AnswerForm row={r} />
                    <FollowUpForm row={r} />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
