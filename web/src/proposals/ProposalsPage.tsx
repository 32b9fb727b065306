import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate, formatDateTime, formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { ProposalForm } from "../public-check/ProposalForm.tsx";

interface Proposal {
  id: number;
  nik: string;
  name: string;
  birth_date: string;
  occupation: string;
  phone: string | null;
  desa_name: string;
  kecamatan_name: string | null;
  status: "pending" | "verified" | "rejected";
  submissions: number;
  submitted_by: string;
  last_submitted_at: string;
  decided_by: string | null;
  rejection_reason: string | null;
  batch_id: number | null;
}

const statuses = ["pending", "verified", "rejected", "all"] as const;

/**
 * The verification queue of the user's area: workers proposed on the public page or by an
 * operator. Operators verify (the worker becomes a row of the list "usulan-mandiri", matched like
 * any list) or reject with a reason; auditors read.
 */
export function ProposalsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [status, setStatus] = useState<(typeof statuses)[number]>("pending");
  const [rejecting, setRejecting] = useState<Proposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const decides = can(user).importLists;
  const queue = useQuery({
    queryKey: ["proposals", status],
    queryFn: () => api<{ proposals: Proposal[]; total: number }>(`/proposals?status=${status}&limit=200`),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["proposals"] });
  const verify = async (p: Proposal) => {
    setError(null);
    setDone(null);
    try {
      const result = await api<{ batch: number }>(`/proposals/${p.id}/verify`, { method: "POST" });
      setDone(t("proposals.verified", { name: p.name, batch: result.batch }));
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const reject = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!rejecting) return;
    const reason = String(new FormData(event.currentTarget).get("reason"));
    setError(null);
    setDone(null);
    try {
      await api(`/proposals/${rejecting.id}/reject`, { json: { reason } });
      setDone(t("proposals.rejected", { name: rejecting.name }));
      setRejecting(null);
      await refresh();
    } catch (e) {
      setRejecting(null);
      setError((e as Error).message);
    }
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("proposals.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("proposals.intro")}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <SegmentedControl
        aria-label={t("proposals.statusLabel")}
        value={status}
        onChange={(value) => setStatus(value as (typeof statuses)[number])}
        data={statuses.map((s) => ({ value: s, label: t(`proposals.status.${s}`) }))}
        w="fit-content"
      />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <Failed error={queue.error} retry={() => queue.refetch()} />
      ) : queue.data.proposals.length === 0 ? (
        <Empty title={t("proposals.empty")} hint={t("proposals.emptyHint")} />
      ) : (
        <ScrollTable minWidth={1000} label={t("proposals.caption")}>
          <Table striped data-testid="proposals">
            <Table.Caption>{t("proposals.shown", { n: formatNumber(queue.data.total) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("field.name")}</Table.Th>
                <Table.Th>{t("field.nik")}</Table.Th>
                <Table.Th>{t("field.birth_date")}</Table.Th>
                <Table.Th>{t("proposals.village")}</Table.Th>
                <Table.Th>{t("field.occupation")}</Table.Th>
                <Table.Th>{t("field.phone")}</Table.Th>
                <Table.Th>{t("proposals.submitted")}</Table.Th>
                <Table.Th>{t("proposals.statusLabel")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.proposals.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.nik}</Table.Td>
                  <Table.Td>{formatDate(p.birth_date)}</Table.Td>
                  <Table.Td>
                    {p.desa_name}
                    <Text size="xs" c="dimmed">
                      {p.kecamatan_name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{p.occupation}</Table.Td>
                  <Table.Td>{p.phone ?? "–"}</Table.Td>
                  <Table.Td>
                    {formatDateTime(p.last_submitted_at)}
                    <Text size="xs" c="dimmed">
                      {p.submitted_by === "public" ? t("proposals.byPublic") : p.submitted_by}
                      {p.submissions > 1 ? ` · ${t("proposals.times", { n: p.submissions })}` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.status === "pending" && decides ? (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          onClick={() => void verify(p)}
                          aria-label={t("proposals.verifyOf", { name: p.name })}
                        >
                          {t("proposals.verify")}
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => setRejecting(p)}
                          aria-label={t("proposals.rejectOf", { name: p.name })}
                        >
                          {t("proposals.reject")}
                        </Button>
                      </Group>
                    ) : (
                      <Stack gap={0}>
                        <Badge
                          color={
                            p.status === "verified" ? "green.9" : p.status === "rejected" ? "red.9" : "gray.7"
                          }
                        >
                          {t(`proposals.status.${p.status}`)}
                        </Badge>
                        {p.rejection_reason && <Text size="xs">{p.rejection_reason}</Text>}
                        {p.decided_by && (
                          <Text size="xs" c="dimmed">
                            {p.decided_by}
                          </Text>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {decides && (
        <Card withBorder component="section" aria-labelledby="on-behalf">
          <Title order={2} size="h4" id="on-behalf">
            {t("proposals.onBehalf")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("proposals.onBehalfHint")}
          </Text>
          <ProposalForm onBehalf area={user.areaCode} onSent={() => void refresh()} />
        </Card>
      )}
      <Modal
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        title={t("proposals.rejectOf", { name: rejecting?.name ?? "" })}
      >
        <form onSubmit={reject}>
          <Stack>
            <TextInput
              name="reason"
              label={t("proposals.reason")}
              description={t("proposals.reasonHint")}
              required
              minLength={3}
              maxLength={300}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(null)}>
                {t("proposals.cancel")}
              </Button>
              <Button type="submit" color="red.9">
                {t("proposals.reject")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
