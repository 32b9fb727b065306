import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import { Failed, Loading } from "../common/States.tsx";
import { type Batch, type QuarantineRow, startImport, toCsv, upload } from "./imports.ts";
import { JobProgress } from "./JobProgress.tsx";

interface BatchDetail extends Batch {
  issueList: { code: string; count: number; message: string }[];
}

/** An import's result: counts, flags explained, and the rows set aside, to fix here and send again. */
export function BatchPage({ mayFix }: { mayFix: boolean }) {
  const { t } = useTranslation();
  const { batch } = useParams({ from: "/imports/$batch" });
  const detail = useQuery({
    queryKey: ["batch", batch],
    queryFn: () => api<BatchDetail>(`/imports/${batch}`),
  });
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <Failed error={detail.error} />;
  const b = detail.data;
  const cards = [
    { key: "rows", value: b.rows },
    { key: "accepted", value: b.accepted },
    { key: "quarantined", value: b.quarantined },
    { key: "skipped", value: b.skipped },
  ];
  return (
    <Stack>
      <Anchor component={Link} to="/imports" size="sm">
        ← {t("imports.title")}
      </Anchor>
      <Title order={1} size="h2">
        {t("imports.result", { batch: b.batch, file: b.file })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {cards.map((c) => (
          <Card key={c.key} withBorder data-testid={`batch-${c.key}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`imports.${c.key}`)}
            </Text>
            <Text size="xl" fw={700}>
              {formatNumber(c.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {b.issueList.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t("imports.flags")}
          </Title>
          <List spacing={4}>
            {b.issueList.map((issue) => (
              <List.Item key={issue.code}>
                <b>{formatNumber(issue.count)}</b> · {issue.message}{" "}
                <Text span size="xs" c="dimmed">
                  ({issue.code})
                </Text>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {b.quarantined > 0 && mayFix && <Quarantine batch={b} />}
    </Stack>
  );
}

/** The quarantined rows as an editable table; the fixed rows go back through the same import. */
function Quarantine({ batch }: { batch: BatchDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const rows = useQuery({
    queryKey: ["quarantine", batch.batch],
    queryFn: () =>
      api<{ headers: string[]; rows: QuarantineRow[] }>(`/imports/${batch.batch}/quarantine?format=json`),
  });
  const [edits, setEdits] = useState<Record<number, string[]>>({});
  const [job, setJob] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (rows.isPending) return <Loading />;
  if (rows.isError) return <Failed error={rows.error} />;
  const { headers } = rows.data;
  const cellsOf = (r: QuarantineRow) => edits[r.row] ?? r.cells;
  const resubmit = async () => {
    setError(null);
    try {
      const fixed = rows.data.rows.filter((r) => edits[r.row]).map(cellsOf);
      const file = new File([toCsv(headers, fixed)], `perbaikan-${batch.batch}.csv`, { type: "text/csv" });
      const started = await startImport(await upload(file), { source: batch.source });
      setJob(started.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("imports.quarantineTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("imports.quarantineHint")}
      </Text>
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={700}>
        <Table withColumnBorders data-testid="quarantine">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("imports.row")}</Table.Th>
              <Table.Th>{t("imports.reasons")}</Table.Th>
              {headers.map((h, i) => (
                <Table.Th key={h || i}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.data.rows.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>
                  {r.reasons.map((reason) => (
                    <Text key={reason.code} size="xs" c="red.9">
                      {reason.message}
                    </Text>
                  ))}
                </Table.Td>
                {headers.map((h, c) => (
                  <Table.Td key={h || c} p={2} miw={130}>
                    <TextInput
                      size="xs"
                      aria-label={t("imports.cell", { row: r.row, header: h })}
                      value={cellsOf(r)[c] ?? ""}
                      onChange={(e) => {
                        const next = [...cellsOf(r)];
                        next[c] = e.currentTarget.value;
                        setEdits({ ...edits, [r.row]: next });
                      }}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group mt="sm">
        {job === null ? (
          <Button onClick={() => void resubmit()} disabled={Object.keys(edits).length === 0}>
            {t("imports.resubmit", { n: Object.keys(edits).length })}
          </Button>
        ) : (
          <JobProgress
            id={job}
            onDone={(done) => {
              if (done.status !== "done") return;
              void client.invalidateQueries({ queryKey: ["imports"] });
              void navigate({ to: "/imports/$batch", params: { batch: String(done.result?.batch) } });
            }}
          />
        )}
      </Group>
    </Card>
  );
}
