import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { can, type User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate, formatDateTime } from "../common/format.ts";
import { Empty, Failed, Loading } from "../common/States.tsx";
import type { Person } from "./persons.ts";

interface SourceRecord {
  source: string;
  batch: number;
  row: number;
  method: string;
  score: number | null;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desa_code: string | null;
  desa_name: string | null;
  issues: { code: string; message: string }[];
}

interface Provenance {
  field: string;
  value: string;
  source: string;
  batch: number;
  row: number;
  agree: number;
  rank: number;
}

/** The golden record's fields in the order a reader looks for them. */
const fieldOrder = [
  "name",
  "nik",
  "sex",
  "birth_date",
  "birth_place",
  "address",
  "area",
  "occupation",
  "desil",
  "phone",
  "kk_number",
];

interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  via: string;
}

/** One person: the golden record, the records it came from, which value came from where. */
export function PersonPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/persons/$id" });
  const detail = useQuery({
    queryKey: ["person", id],
    queryFn: () =>
      api<{ person: Person; sources: SourceRecord[]; provenance: Provenance[] }>(`/persons/${id}`),
  });
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <Failed error={detail.error} />;
  const { person, sources, provenance } = detail.data;
  const golden = provenance
    .filter((v) => v.rank === 1)
    .sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));
  const shown = (v: Provenance) =>
    v.field === "birth_date"
      ? formatDate(v.value)
      : v.field === "area"
        ? [person.desa_name, person.kecamatan_name].filter(Boolean).join(", ") || v.value
        : v.value;
  return (
    <Stack>
      <Anchor component={Link} to="/persons" size="sm">
        ← {t("person.back")}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {person.name}
          </Title>
          <Text c="dimmed" ff="monospace">
            {person.nik ?? "–"}
          </Text>
        </div>
        {can(user).revealNik && person.nik && <RevealNik id={person.id} />}
      </Group>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t("person.golden")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
          {golden.map((v) => (
            <div key={v.field}>
              <Text size="xs" c="dimmed">
                {t(`field.${v.field}`, { defaultValue: v.field })}
              </Text>
              <Text>{shown(v)}</Text>
              <Text size="xs" c="dimmed">
                {v.source} · {v.agree}×
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t("person.sources")}
        </Title>
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("person.source")}</Table.Th>
                <Table.Th>{t("person.row")}</Table.Th>
                <Table.Th>{t("field.name")}</Table.Th>
                <Table.Th>{t("field.nik")}</Table.Th>
                <Table.Th>{t("field.birth_date")}</Table.Th>
                <Table.Th>{t("persons.desa")}</Table.Th>
                <Table.Th>{t("person.method")}</Table.Th>
                <Table.Th>{t("person.issues")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.map((s) => (
                <Table.Tr key={`${s.batch}-${s.row}`}>
                  <Table.Td>{s.source}</Table.Td>
                  <Table.Td>
                    {s.batch}:{s.row}
                  </Table.Td>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td ff="monospace">{s.nik ?? "–"}</Table.Td>
                  <Table.Td>{formatDate(s.birth_date)}</Table.Td>
                  <Table.Td>{s.desa_name ?? "–"}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">
                      {t(`person.methods.${s.method}`, { defaultValue: s.method })}
                    </Badge>
                    {s.score !== null && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        {s.score.toFixed(1)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {s.issues.length === 0
                      ? "–"
                      : s.issues.map((issue) => (
                          <Text key={issue.code} size="xs" c="red.9">
                            {issue.message}
                          </Text>
                        ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {can(user).readAudit && <AuditTrail personId={person.id} />}
    </Stack>
  );
}

/** The full NIK, on request with a reason (the server records both). */
function RevealNik({ id }: { id: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [nik, setNik] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason"));
    try {
      setNik((await api<{ nik: string }>(`/persons/${id}/reveal-nik`, { json: { reason } })).nik);
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (nik) return <Alert color="yellow">{t("person.revealed", { nik })}</Alert>;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t("person.reveal")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("person.reveal")}>
        <form onSubmit={submit}>
          <Stack>
            {error && <Alert color="red">{error}</Alert>}
            <TextInput name="reason" label={t("person.revealReason")} required minLength={3} autoFocus />
            <Button type="submit">{t("person.revealSubmit")}</Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function AuditTrail({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const trail = useQuery({
    queryKey: ["audit", personId],
    queryFn: () => api<{ entries: AuditEntry[] }>(`/audit?person=${personId}&limit=50`),
  });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t("person.audit")}
      </Title>
      {trail.isPending ? (
        <Loading />
      ) : trail.isError ? (
        <Failed error={trail.error} />
      ) : trail.data.entries.length === 0 ? (
        <Empty title={t("person.auditEmpty")} />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("person.when")}</Table.Th>
              <Table.Th>{t("person.who")}</Table.Th>
              <Table.Th>{t("person.action")}</Table.Th>
              <Table.Th>{t("person.via")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trail.data.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actor}</Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>{e.via}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
