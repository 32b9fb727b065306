import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import { Empty } from "../common/States.tsx";
import { type Batch, type Preview, startImport, upload } from "./imports.ts";
import { JobProgress } from "./JobProgress.tsx";

type Step =
  | { name: "choose" }
  | {
      name: "map";
      token: string;
      preview: Preview;
      columns: Record<string, string | null>;
      /** Columns Payung did not recognise that the user has now given a meaning (or ignored). */
      decided: string[];
    }
  | { name: "run"; job: number };

/** Upload a list, check how its columns are read, import it with a live progress bar. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [source, setSource] = useState("");
  const [kind, setKind] = useState("people");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const batches = useQuery({
    queryKey: ["imports"],
    queryFn: () => api<{ batches: Batch[] }>("/imports?limit=20"),
  });
  const sources = [...new Set((batches.data?.batches ?? []).map((b) => b.source))];

  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const send = () =>
    guard(async () => {
      if (!file) return;
      const token = await upload(file);
      const preview = await api<Preview>(
        `/uploads/${token}/preview?source=${encodeURIComponent(source)}&kind=${kind}`,
      );
      setStep({
        name: "map",
        token,
        preview,
        columns: Object.fromEntries(preview.columns.map((c) => [c.header, c.field])),
        decided: [],
      });
    });
  const run = (map: Extract<Step, { name: "map" }>) =>
    guard(async () => {
      const undecided = map.preview.columns.filter((c) => !c.recognised && !map.decided.includes(c.header));
      if (undecided.length > 0) {
        throw new Error(t("imports.undecided", { headers: undecided.map((c) => c.header).join(", ") }));
      }
      const job = await startImport(map.token, { source, kind, mapping: { columns: map.columns } });
      setStep({ name: "run", job: job.id });
    });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t("imports.title")}
      </Title>
      {error && (
        <Alert color="red" role="alert" style={{ whiteSpace: "pre-wrap" }}>
          {error}
        </Alert>
      )}
      {step.name === "choose" && (
        <Card withBorder>
          <Stack>
            <Group align="flex-end">
              <TextInput
                label={t("imports.source")}
                description={t("imports.sourceHint")}
                value={source}
                onChange={(e) => setSource(e.currentTarget.value.trim())}
                list="known-sources"
                required
                w={260}
              />
              <datalist id="known-sources">
                {sources.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
              <SegmentedControl
                value={kind}
                onChange={setKind}
                data={[
                  { value: "people", label: t("imports.kindPeople") },
                  { value: "bpjs-members", label: t("imports.kindBpjs") },
                ]}
              />
            </Group>
            <FileInput
              label={t("imports.file")}
              placeholder={t("imports.filePlaceholder")}
              accept=".csv,.txt,.tsv,.xlsx"
              value={file}
              onChange={setFile}
              clearable
              w={420}
              maw="100%"
            />
            <Group>
              <Button
                onClick={() => void send()}
                loading={busy}
                disabled={!file || !/^[\w.-]{1,64}$/.test(source)}
              >
                {t("imports.next")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {step.name === "map" && (
        <Card withBorder>
          <Stack>
            <Text>
              {t("imports.previewOf", { file: step.preview.file, source })}{" "}
              {step.preview.remembered && (
                <Text span c="teal.9">
                  {t("imports.remembered")}
                </Text>
              )}
            </Text>
            <Table.ScrollContainer minWidth={600}>
              <Table withColumnBorders data-testid="import-preview">
                <Table.Thead>
                  <Table.Tr>
                    {step.preview.headers.map((header, i) => {
                      const column = step.preview.columns[i];
                      return (
                        <Table.Th key={header || i} miw={150} bg={column.recognised ? undefined : "yellow.1"}>
                          <Text size="xs">{header}</Text>
                          <Select
                            size="xs"
                            aria-label={t("imports.columnOf", { header })}
                            data={[
                              { value: "-", label: t("imports.ignore") },
                              ...step.preview.fields.map((f) => ({
                                value: f,
                                label: t(`importField.${f}`, { defaultValue: f }),
                              })),
                            ]}
                            value={step.columns[header] ?? (column.recognised ? "-" : null)}
                            onChange={(value) =>
                              setStep({
                                ...step,
                                columns: { ...step.columns, [header]: value && value !== "-" ? value : null },
                                decided: [...step.decided, header],
                              })
                            }
                            error={
                              column.recognised || step.decided.includes(header)
                                ? undefined
                                : t("imports.choose")
                            }
                          />
                        </Table.Th>
                      );
                    })}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {step.preview.rows.map((row, r) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no identity
                    <Table.Tr key={r}>
                      {step.preview.headers.map((header, c) => (
                        <Table.Td key={header || c}>{row[c] ?? ""}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group>
              <Button variant="default" onClick={() => setStep({ name: "choose" })}>
                {t("imports.back")}
              </Button>
              <Button onClick={() => void run(step)} loading={busy}>
                {t("imports.run")}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {step.name === "run" && (
        <Card withBorder>
          <JobProgress
            id={step.job}
            onDone={(job) => {
              if (job.status === "done")
                void navigate({ to: "/imports/$batch", params: { batch: String(job.result?.batch) } });
            }}
          />
        </Card>
      )}
      <Title order={2} size="h4">
        {t("imports.recent")}
      </Title>
      {batches.data && batches.data.batches.length === 0 ? (
        <Empty title={t("imports.none")} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("imports.batch")}</Table.Th>
                <Table.Th>{t("imports.source")}</Table.Th>
                <Table.Th>{t("imports.file")}</Table.Th>
                <Table.Th ta="right">{t("imports.rows")}</Table.Th>
                <Table.Th ta="right">{t("imports.accepted")}</Table.Th>
                <Table.Th ta="right">{t("imports.quarantined")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(batches.data?.batches ?? []).map((b) => (
                <Table.Tr key={b.batch}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/imports/$batch" params={{ batch: String(b.batch) }} />
                      )}
                    >
                      {b.batch}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{b.source}</Table.Td>
                  <Table.Td>{b.file}</Table.Td>
                  <Table.Td ta="right">{formatNumber(b.rows)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(b.accepted)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(b.quarantined)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
