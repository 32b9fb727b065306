import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Job } from "../imports/imports.ts";
import { JobProgress } from "../imports/JobProgress.tsx";
import { formatMonth, formatPeriod, type PlanSummary, parseMonth, startPlan } from "./plans.ts";

/**
 * A new draft plan for a period (regency admins), or a revision of an approved one for the same
 * period: made by a job, followed live, then opened.
 */
export function NewPlanForm({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(`01-${year}`);
  const [to, setTo] = useState(`12-${year}`);
  const [revises, setRevises] = useState<string | null>(null);
  const [job, setJob] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const approved = plans.filter((p) => p.status === "approved");
  const fromMonth = parseMonth(from);
  const toMonth = parseMonth(to);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!fromMonth || !toMonth) return;
    setError(null);
    try {
      const started = await startPlan({
        from: fromMonth,
        to: toMonth,
        revises: revises ? Number(revises) : null,
      });
      setJob(started.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const done = (finished: Job) => {
    setJob(null);
    void client.invalidateQueries({ queryKey: ["plans"] });
    if (finished.status !== "done") {
      setError(finished.error?.message ?? t(`job.${finished.status}`));
      return;
    }
    void navigate({ to: "/plans/$plan", params: { plan: String(finished.result?.plan) } });
  };
  // A revision covers the period of the plan it revises.
  const chooseRevised = (value: string | null) => {
    setRevises(value);
    const prior = approved.find((p) => String(p.plan) === value);
    if (prior) {
      setFrom(formatMonth(prior.from));
      setTo(formatMonth(prior.to));
    }
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="new-plan">
      <Title order={2} size="h4" id="new-plan">
        {t("plans.new")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("plans.newHint")}
      </Text>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group align="flex-start">
          <TextInput
            label={t("plans.from")}
            placeholder="01-2026"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={from && !fromMonth ? t("plans.monthInvalid") : undefined}
            disabled={Boolean(revises) || job !== null}
            required
            w={140}
          />
          <TextInput
            label={t("plans.to")}
            placeholder="12-2026"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={to && !toMonth ? t("plans.monthInvalid") : undefined}
            disabled={Boolean(revises) || job !== null}
            required
            w={140}
          />
          <Select
            label={t("plans.revises")}
            placeholder={approved.length ? t("plans.revisesNone") : t("plans.revisesNoApproved")}
            data={approved.map((p) => ({
              value: String(p.plan),
              label: `${t("plans.planN", { id: p.plan })} · ${formatPeriod(p.from, p.to)}`,
            }))}
            value={revises}
            onChange={chooseRevised}
            disabled={approved.length === 0 || job !== null}
            clearable
            w={280}
          />
        </Group>
        {job === null ? (
          <Group>
            <Button type="submit" disabled={!fromMonth || !toMonth}>
              {t("plans.make")}
            </Button>
          </Group>
        ) : (
          <JobProgress id={job} onDone={done} />
        )}
      </Stack>
    </Card>
  );
}
