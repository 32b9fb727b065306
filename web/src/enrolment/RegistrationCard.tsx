import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CountCards } from "../common/CountCards.tsx";
import { formatDateTime, formatNumber } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { useUpload } from "../common/useUpload.ts";
import type { Job } from "../imports/imports.ts";
import { JobProgress } from "../imports/JobProgress.tsx";
import type { PlanDetail } from "../plans/plans.ts";
import {
  type AnswerSummary,
  applyAnswer,
  type RegistrationSummary,
  registrationFile,
  startRegistration,
  useRegistrations,
} from "./enrolment.ts";

/**
 * An approved plan's exchange of files with BPJS (regency admins): per funder, the registration
 * file made as a job and downloaded; BPJS's answer uploaded and applied at once.
 */
export function RegistrationCard({ plan }: { plan: PlanDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: "start" }}>
      <RegistrationFiles plan={plan} />
      <AnswerUpload plan={plan.plan} />
    </SimpleGrid>
  );
}

type Made = { funder: string; job: number; summary: RegistrationSummary | null };

function RegistrationFiles({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const registrations = useRegistrations(plan.plan);
  const [format, setFormat] = useState<"csv" | "xlsx">("csv");
  const [newOnly, setNewOnly] = useState(false);
  const [running, setRunning] = useState<{ funder: string; job: number } | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const funderName = new Map(plan.funders.map((f) => [f.id, f.name]));
  const make = async (funder: string) => {
    setError(null);
    setMade(null);
    try {
      const job = await startRegistration({ plan: plan.plan, funder, format, newOnly });
      setRunning({ funder, job: job.id });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const done = (job: Job) => {
    const funder = running?.funder ?? "";
    setRunning(null);
    void client.invalidateQueries({ queryKey: ["registrations", plan.plan] });
    void client.invalidateQueries({ queryKey: ["memberships"] });
    if (job.status !== "done") {
      setError(job.error?.message ?? t(`job.${job.status}`));
      return;
    }
    setMade({ funder, job: job.id, summary: job.result as unknown as RegistrationSummary });
  };
  const file = made?.summary ? registrationFile(made.job, made.summary) : null;
  return (
    <SectionCard id="registration-title" title={t("registration.title")} hint={t("registration.hint")}>
      <Stack gap="sm">
        <Group>
          <SegmentedControl
            aria-label={t("registration.format")}
            value={format}
            onChange={(value) => setFormat(value as "csv" | "xlsx")}
            data={[
              { value: "csv", label: "CSV" },
              { value: "xlsx", label: "XLSX" },
            ]}
            disabled={running !== null}
          />
          <Checkbox
            label={t("registration.newOnly")}
            checked={newOnly}
            onChange={(e) => setNewOnly(e.currentTarget.checked)}
            disabled={running !== null}
          />
        </Group>
        <ScrollTable minWidth={480} label={t("registration.funders")}>
          <Table aria-label={t("registration.funders")} data-testid="registration-funders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("plans.funder")}</Table.Th>
                <Table.Th>{t("invoices.bpjsCode")}</Table.Th>
                <Table.Th ta="right">{t("registration.covered")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("registration.make")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.funders.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{f.name}</Table.Td>
                  <Table.Td>{f.bpjsCode}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.allocated)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      onClick={() => void make(f.id)}
                      disabled={running !== null || f.allocated === 0}
                      aria-label={t("registration.makeFor", { funder: f.name })}
                    >
                      {t("registration.make")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {running && <JobProgress id={running.job} onDone={done} />}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {made?.summary && file && (
          <Card withBorder padding="sm" data-testid="registration-made" aria-live="polite">
            <Stack gap={4}>
              <Text size="sm">
                {t("registration.made", {
                  funder: funderName.get(made.funder) ?? made.funder,
                  rows: formatNumber(made.summary.rows),
                  registered: formatNumber(made.summary.registered),
                  refused: formatNumber(made.summary.refused),
                })}
              </Text>
              <Anchor href={file.href} download={file.name} fw={600}>
                {t("registration.download", { file: file.name })}
              </Anchor>
            </Stack>
          </Card>
        )}
        {(registrations.data?.registrations.length ?? 0) > 0 && (
          <ScrollTable minWidth={560} label={t("registration.earlier")}>
            <Table striped captionSide="top" data-testid="registrations">
              <Table.Caption ta="left" fw={600} c="dark" px="sm">
                {t("registration.earlier")}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("registration.madeAt")}</Table.Th>
                  <Table.Th>{t("plans.funder")}</Table.Th>
                  <Table.Th ta="right">{t("registration.rows")}</Table.Th>
                  <Table.Th ta="right">{t("registration.refused")}</Table.Th>
                  <Table.Th>{t("registration.format")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {registrations.data?.registrations.map((r) => {
                  const earlier = r.job === null ? null : registrationFile(r.job, r);
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {formatDateTime(r.createdAt)} · {r.createdBy}
                      </Table.Td>
                      <Table.Td>{r.funderName}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.rows)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(r.refused)}</Table.Td>
                      <Table.Td>
                        {earlier ? (
                          <Anchor href={earlier.href} download={earlier.name}>
                            {r.format.toUpperCase()}
                          </Anchor>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {r.format.toUpperCase()} ({t("registration.noFile")})
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </SectionCard>
  );
}

function AnswerUpload({ plan }: { plan: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useUpload<AnswerSummary>();
  const summary = answer.result;
  const send = () =>
    answer.send(applyAnswer, async () => {
      answer.setFile(null);
      await client.invalidateQueries({ queryKey: ["memberships"] });
    });
  return (
    <SectionCard id="answer-title" title={t("answer.title")} hint={t("answer.hint")}>
      <Stack gap="sm">
        <FileInput
          label={t("answer.file")}
          description={t("answer.filePlaceholder")}
          accept=".csv,.txt,.xlsx"
          value={answer.file}
          onChange={answer.setFile}
          clearable
          maw={420}
        />
        <Group>
          <Button onClick={send} loading={answer.busy} disabled={!answer.file}>
            {t("answer.submit")}
          </Button>
        </Group>
        {answer.error && (
          <Alert color="red" role="alert" style={{ whiteSpace: "pre-wrap" }}>
            {answer.error}
          </Alert>
        )}
        {summary && (
          <Stack gap="xs" data-testid="answer-summary" aria-live="polite">
            <Text fw={600}>
              {t("answer.summary", { file: summary.file, rows: formatNumber(summary.rows) })}
            </Text>
            <CountCards
              prefix="answer"
              counts={(["accepted", "rejected", "unchanged", "nikUnverified", "replaced"] as const).map(
                (key) => ({
                  key,
                  value: summary[key] ?? 0,
                }),
              )}
              cols={3}
            />
            {summary.problems.length > 0 && (
              <Table striped captionSide="top" data-testid="answer-problems">
                <Table.Caption ta="left" fw={600} c="dark">
                  {t("answer.problems")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th ta="right">{t("answer.row")}</Table.Th>
                    <Table.Th>{t("persons.nik")}</Table.Th>
                    <Table.Th>{t("answer.problem")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.problems.map((p) => (
                    <Table.Tr key={p.row}>
                      <Table.Td ta="right">{formatNumber(p.row)}</Table.Td>
                      <Table.Td ff="monospace">{p.nik}</Table.Td>
                      <Table.Td>{t(`answer.problemOf.${p.problem}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group>
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/memberships" search={{ plan, status: "active" }} />
                )}
              >
                {t("answer.seeActive")}
              </Anchor>
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/memberships" search={{ plan, status: "rejected" }} />
                )}
              >
                {t("answer.seeQueue")}
              </Anchor>
            </Group>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
