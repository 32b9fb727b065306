import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Failed, Loading } from "../common/States.tsx";
import { TierBadge } from "../ranking/TierBadge.tsx";
import { formatMonth, funderTypes, parseMonth, type Reach } from "./plans.ts";

interface Package {
  code: string;
  name: string;
}

const maxBudgets = 5;

/** What if: how many people budgets cover for some months, and down to which desil of the ranking. */
export function ReachCalculator() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const packages = useQuery({
    queryKey: ["tariffs"],
    queryFn: () => api<{ packages: Package[] }>("/tariffs"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  // Each budget field with a key of its own, so removing one keeps the others' fields.
  const [budgets, setBudgets] = useState<{ key: number; value: number | string }[]>([
    { key: 0, value: 1_000_000_000 },
  ]);
  const [months, setMonths] = useState<number | string>(12);
  const [pkg, setPkg] = useState<string | null>(null);
  const [from, setFrom] = useState(`01-${year}`);
  const [funderType, setFunderType] = useState<string | null>("apbd");
  const [asked, setAsked] = useState<string | null>(null);
  const chosenPackage = pkg ?? packages.data?.packages[0]?.code ?? null;
  const fromMonth = parseMonth(from);
  const amounts = [...new Set(budgets.map((b) => Number(b.value)))].filter(
    (b) => Number.isSafeInteger(b) && b > 0,
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!fromMonth || !chosenPackage || amounts.length === 0) return;
    const query = new URLSearchParams({
      budget: amounts.join(","),
      months: String(months),
      package: chosenPackage,
      from: fromMonth,
      funderType: funderType ?? "apbd",
    });
    setAsked(query.toString());
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="reach">
      <Title order={2} size="h4" id="reach">
        {t("plans.reach.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("plans.reach.hint")}
      </Text>
      <Stack gap="sm">
        <Group align="flex-end" gap="xs">
          {budgets.map((budget, i) => (
            <Group key={budget.key} gap={2} align="flex-end" wrap="nowrap">
              <NumberInput
                label={t("plans.reach.budgetN", { n: i + 1 })}
                value={budget.value}
                onChange={(value) =>
                  setBudgets(budgets.map((b) => (b.key === budget.key ? { ...b, value } : b)))
                }
                thousandSeparator="."
                decimalSeparator=","
                prefix="Rp"
                allowDecimal={false}
                allowNegative={false}
                hideControls
                w={190}
              />
              {budgets.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  aria-label={t("plans.reach.remove", { n: i + 1 })}
                  onClick={() => setBudgets(budgets.filter((b) => b.key !== budget.key))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          {budgets.length < maxBudgets && (
            <Button
              variant="default"
              onClick={() =>
                setBudgets([...budgets, { key: Math.max(...budgets.map((b) => b.key)) + 1, value: "" }])
              }
            >
              {t("plans.reach.add")}
            </Button>
          )}
        </Group>
        <Group align="flex-start">
          <NumberInput
            label={t("plans.reach.months")}
            value={months}
            onChange={setMonths}
            min={1}
            max={60}
            allowDecimal={false}
            w={110}
          />
          <TextInput
            label={t("plans.from")}
            placeholder="01-2026"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={from && !fromMonth ? t("plans.monthInvalid") : undefined}
            w={130}
          />
          <Select
            label={t("plans.reach.package")}
            data={(packages.data?.packages ?? []).map((p) => ({ value: p.code, label: p.name }))}
            value={chosenPackage}
            onChange={setPkg}
            allowDeselect={false}
            w={190}
          />
          <Select
            label={t("plans.funders.type")}
            data={funderTypes.map((type) => ({ value: type, label: t(`funderType.${type}`) }))}
            value={funderType}
            onChange={setFunderType}
            allowDeselect={false}
            w={190}
          />
        </Group>
        <Group>
          <Button type="submit" disabled={!fromMonth || !chosenPackage || amounts.length === 0}>
            {t("plans.reach.submit")}
          </Button>
        </Group>
        {asked && <ReachResult query={asked} />}
      </Stack>
    </Card>
  );
}

function ReachResult({ query }: { query: string }) {
  const { t } = useTranslation();
  const reach = useQuery({ queryKey: ["reach", query], queryFn: () => api<Reach>(`/plans/reach?${query}`) });
  if (reach.isPending) return <Loading />;
  if (reach.isError) return <Failed error={reach.error} />;
  const r = reach.data;
  return (
    <ScrollTable minWidth={760} label={t("plans.reach.title")}>
      <Table striped captionSide="top" data-testid="reach">
        <Table.Caption ta="left" fw={600} c="dark" px="sm">
          {t("plans.reach.caption", {
            perPerson: formatRupiah(r.perPerson),
            months: r.months,
            from: formatMonth(r.from),
            eligible: formatNumber(r.eligible),
          })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t("plans.funders.budget")}</Table.Th>
            <Table.Th ta="right">{t("plans.reach.people")}</Table.Th>
            <Table.Th ta="right">{t("plans.covered")}</Table.Th>
            <Table.Th ta="right">{t("plans.cost")}</Table.Th>
            <Table.Th ta="right">{t("plans.left")}</Table.Th>
            <Table.Th>{t("plans.reach.downTo")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.scenarios.map((s) => (
            <Table.Tr key={s.budget}>
              <Table.Td ta="right">{formatRupiah(s.budget)}</Table.Td>
              <Table.Td ta="right">{formatNumber(s.people)}</Table.Td>
              <Table.Td ta="right">{formatNumber(s.covered)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(s.cost)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(s.left)}</Table.Td>
              <Table.Td>
                {s.covered === 0 || s.lastTier === null ? (
                  "–"
                ) : s.covered >= r.eligible ? (
                  t("plans.reach.everyone")
                ) : (
                  <Group gap={6} wrap="nowrap">
                    <TierBadge tier={s.lastTier} />
                    {s.lastDesil !== null && (
                      <Text size="sm">{t("plans.reach.lastDesil", { desil: s.lastDesil })}</Text>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
