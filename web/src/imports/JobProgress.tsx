import { Alert, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import type { Job } from "./imports.ts";

/** Follows a job until it ends: a live bar while it runs, a cancel button, then `onDone`. */
export function JobProgress({ id, onDone }: { id: number; onDone: (job: Job) => void }) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: ["job", id],
    queryFn: () => api<Job>(`/jobs/${id}`),
    refetchInterval: (query) =>
      ["queued", "running"].includes(query.state.data?.status ?? "queued") ? 500 : false,
  });
  const status = job.data?.status;
  useEffect(() => {
    if (job.data && (status === "done" || status === "failed" || status === "cancelled")) onDone(job.data);
  }, [job.data, status, onDone]);
  const p = job.data?.progress;
  const percent = p?.bytes ? Math.round(((p.bytesRead ?? 0) / p.bytes) * 100) : undefined;
  if (status === "failed" || status === "cancelled") {
    return (
      <Alert color="red" role="alert" title={t(`job.${status}`)}>
        {job.data?.error?.message}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">
          {status === "queued" ? t("job.queued") : t("job.running")}
          {p?.rows ? ` · ${t("job.rows", { n: formatNumber(p.rows) })}` : ""}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => void api(`/jobs/${id}/cancel`, { method: "POST" }).then(() => job.refetch())}
        >
          {t("job.cancel")}
        </Button>
      </Group>
      <Progress value={percent ?? 100} animated={percent === undefined} aria-label={t("job.running")} />
    </Stack>
  );
}
