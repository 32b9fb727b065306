import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate } from "../common/format.ts";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { JobProgress } from "../imports/JobProgress.tsx";

interface ReviewRecord {
  source: string;
  batch: number;
  row: number;
  nik: string | null;
  name: string;
  sex: string | null;
  birth_date: string | null;
  birth_place: string | null;
  address: string | null;
  desa_name: string | null;
  kecamatan_name: string | null;
  kk_number: string | null;
  phone: string | null;
}

interface ReviewItem {
  id: number;
  kind: string;
  score: number;
  reasons: Record<string, { level: string; weight: number }>;
  a: ReviewRecord;
  b: ReviewRecord;
}

type Action = "accept" | "reject" | "split";

/** The fields compared side by side, with the reason key matching uses for each. */
const rows: { field: string; value: (r: ReviewRecord) => string | null; reason?: string }[] = [
  { field: "name", value: (r) => r.name, reason: "name" },
  { field: "nik", value: (r) => r.nik, reason: "nik" },
  { field: "sex", value: (r) => r.sex, reason: "sex" },
  { field: "birth_date", value: (r) => r.birth_date && formatDate(r.birth_date), reason: "birth_date" },
  { field: "birth_place", value: (r) => r.birth_place },
  { field: "address", value: (r) => r.address, reason: "address" },
  {
    field: "area",
    value: (r) => [r.desa_name, r.kecamatan_name].filter(Boolean).join(", ") || null,
    reason: "area",
  },
  { field: "kk_number", value: (r) => r.kk_number, reason: "kk_number" },
  { field: "phone", value: (r) => r.phone, reason: "phone" },
];

/**
 * The review queue: one unsure pair at a time, side by side, differences marked, the score and
 * its reasons; A same person, R different people, S split, ← → to move. Each decision moves on.
 */
export function ReviewPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const decides = ["regency_admin", "kecamatan_operator", "desa_operator"].includes(user.role);
  const queue = useQuery({
    queryKey: ["review"],
    queryFn: () => api<{ items: ReviewItem[] }>("/review?status=open&limit=200"),
  });
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const [matching, setMatching] = useState<number | null>(null);
  const runMatching = async () => {
    setError(null);
    try {
      setMatching((await api<{ id: number }>("/match", { json: {} })).id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const items = queue.data?.items ?? [];
  const item = items[Math.min(index, items.length - 1)];

  const decide = useCallback(
    async (action: Action) => {
      if (!item || busy || !decides) return;
      setBusy(true);
      setError(null);
      try {
        await api(`/review/${item.id}/${action}`, { method: "POST" });
        setDone((n) => n + 1);
        client.setQueryData(["review"], { items: items.filter((i) => i.id !== item.id) });
        void client.invalidateQueries({ queryKey: ["overview"] });
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [item, busy, decides, items, client],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "a") void decide("accept");
      else if (key === "r") void decide("reject");
      else if (key === "s") void decide("split");
      else if (key === "arrowright") setIndex((i) => Math.min(i + 1, items.length - 1));
      else if (key === "arrowleft") setIndex((i) => Math.max(i - 1, 0));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [decide, items.length]);

  if (queue.isPending) return <Loading />;
  if (queue.isError) return <Failed error={queue.error} retry={() => queue.refetch()} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t("review.title")}
        </Title>
        <Group>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("review.progress", { left: items.length, done })}
          </Text>
          {user.role === "regency_admin" && matching === null && (
            <Button variant="default" onClick={() => void runMatching()}>
              {t("review.runMatching")}
            </Button>
          )}
        </Group>
      </Group>
      {matching !== null && (
        <JobProgress
          id={matching}
          onDone={() => {
            setMatching(null);
            void client.invalidateQueries({ queryKey: ["review"] });
            void client.invalidateQueries({ queryKey: ["overview"] });
          }}
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!item ? (
        <Empty title={t("review.empty")} hint={t("review.emptyHint")} />
      ) : (
        <>
          <Paper withBorder p="sm">
            <Group justify="space-between" mb="xs">
              <Group gap="xs">
                <Badge variant="light">{t(`review.kind.${item.kind}`, { defaultValue: item.kind })}</Badge>
                <Text size="sm">
                  {t("review.score")}: <b>{item.score.toFixed(1)}</b>
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {Math.min(index, items.length - 1) + 1} / {items.length}
              </Text>
            </Group>
            <Table.ScrollContainer minWidth={560}>
              <Table withColumnBorders data-testid="review-pair">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>{t("person.field")}</Table.Th>
                    <Table.Th>
                      A · {item.a.source} {item.a.batch}:{item.a.row}
                    </Table.Th>
                    <Table.Th>
                      B · {item.b.source} {item.b.batch}:{item.b.row}
                    </Table.Th>
                    <Table.Th w={110}>{t("review.evidence")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const a = row.value(item.a);
                    const b = row.value(item.b);
                    const differs = a !== null && b !== null && a.toUpperCase() !== b.toUpperCase();
                    const reason = row.reason ? item.reasons[row.reason] : undefined;
                    const bg = differs ? "var(--mantine-color-orange-1)" : undefined;
                    return (
                      <Table.Tr key={row.field}>
                        <Table.Td c="dimmed">{t(`field.${row.field}`)}</Table.Td>
                        <Table.Td bg={bg}>{a ?? "–"}</Table.Td>
                        <Table.Td bg={bg}>
                          {b ?? "–"}
                          {differs && <VisuallyHidden> ({t("review.differs")})</VisuallyHidden>}
                        </Table.Td>
                        <Table.Td>
                          {reason && (
                            <Text size="xs" c={reason.weight >= 0 ? "teal.9" : "red.9"}>
                              {reason.weight >= 0 ? "+" : ""}
                              {reason.weight.toFixed(1)}{" "}
                              {t(`review.level.${reason.level}`, { defaultValue: reason.level })}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          {decides ? (
            <Group>
              <Button color="teal.9" loading={busy} onClick={() => void decide("accept")}>
                {t("review.accept")} <Kbd ml="xs">A</Kbd>
              </Button>
              <Button color="red.9" variant="outline" loading={busy} onClick={() => void decide("reject")}>
                {t("review.reject")} <Kbd ml="xs">R</Kbd>
              </Button>
              <Button variant="default" loading={busy} onClick={() => void decide("split")}>
                {t("review.split")} <Kbd ml="xs">S</Kbd>
              </Button>
              <Text size="xs" c="dimmed">
                {t("review.keys")}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("review.readOnly")}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
