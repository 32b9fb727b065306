import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { DayField } from "../common/DayField.tsx";
import { formatDate } from "../common/format.ts";
import { useRegions } from "../common/regions.ts";
import { useAction } from "../common/useAction.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import { useFunders } from "../plans/plans.ts";
import {
  downloadReport,
  monthName,
  type ReportFormat,
  type ReportKind,
  recentMonths,
  reportsOf,
} from "./reports.ts";

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
const today = () => formatDate(new Date().toLocaleDateString("sv-SE"));

/** Pick a report the role may make, its parameters, and download it as XLSX or PDF. */
export function ReportForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const kinds = reportsOf(user);
  const [kind, setKind] = useState<ReportKind>(kinds[0]);
  const [month, setMonth] = useState(recentMonths()[0]);
  const [area, setArea] = useState(user.areaCode);
  const [funder, setFunder] = useState<string | null>(null);
  const [period, setPeriod] = useState("funder");
  const [from, setFrom] = useState(formatDate(`${thisYear}-01-01`));
  const [to, setTo] = useState(today());
  const [year, setYear] = useState(String(thisYear));
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const params: Record<ReportKind, Record<string, string | undefined>> = {
    coverage: { month, area },
    funder: { funder: funder ?? undefined, year: period === "funder" ? undefined : period },
    claims: { from: parseDay(from) ?? from, to: parseDay(to) ?? to },
    paritrana: { year },
  };
  const ready =
    (kind !== "funder" || funder !== null) &&
    (kind !== "claims" || (parseDay(from) !== null && parseDay(to) !== null));
  const download = (format: ReportFormat) => {
    setSaved(null);
    void action.run(async () => setSaved(await downloadReport(kind, format, params[kind])));
  };
  return (
    <Stack>
      <Radio.Group
        label={t("reports.pick")}
        value={kind}
        onChange={(value) => {
          setKind(value as ReportKind);
          setSaved(null);
          action.setError(null);
        }}
      >
        <Stack gap="xs" mt="xs">
          {kinds.map((k) => (
            <Radio key={k} value={k} label={t(`reports.kind.${k}`)} description={t(`reports.about.${k}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
        {kind === "coverage" && (
          <>
            <Select
              label={t("reports.month")}
              data={recentMonths().map((m) => ({ value: m, label: monthName(m) }))}
              value={month}
              onChange={(value) => value && setMonth(value)}
              allowDeselect={false}
            />
            <AreaSelect user={user} value={area} onChange={setArea} />
          </>
        )}
        {kind === "funder" && (
          <FunderFields funder={funder} setFunder={setFunder} period={period} setPeriod={setPeriod} />
        )}
        {kind === "claims" && (
          <>
            <DayField label={t("reports.from")} value={from} onChange={setFrom} placeholder="01-01-2026" />
            <DayField label={t("reports.to")} value={to} onChange={setTo} placeholder="31-03-2026" />
          </>
        )}
        {kind === "paritrana" && (
          <Select
            label={t("reports.year")}
            data={years}
            value={year}
            onChange={(value) => value && setYear(value)}
            allowDeselect={false}
          />
        )}
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t("reports.dated")}
      </Text>
      {action.error && (
        <Alert color="red" role="alert">
          {action.error}
        </Alert>
      )}
      {saved && (
        <Alert color="green" role="status">
          {t("reports.saved", { file: saved })}
        </Alert>
      )}
      <Group>
        <Button onClick={() => download("xlsx")} loading={action.busy} disabled={!ready}>
          {t("reports.downloadXlsx")}
        </Button>
        <Button onClick={() => download("pdf")} loading={action.busy} disabled={!ready} variant="default">
          {t("reports.downloadPdf")}
        </Button>
      </Group>
    </Stack>
  );
}

/** The user's own area and the areas inside it (a desa operator: only their desa). */
function AreaSelect({
  user,
  value,
  onChange,
}: {
  user: User;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const regions = useRegions(user.areaCode);
  const own = regions.data?.parent;
  const data = [
    { value: user.areaCode, label: own ? `${own.name} (${own.code})` : user.areaCode },
    ...(regions.data?.regions ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` })),
  ];
  return (
    <Select
      label={t("reports.area")}
      data={data}
      value={value}
      onChange={(code) => code && onChange(code)}
      searchable
      allowDeselect={false}
    />
  );
}

function FunderFields({
  funder,
  setFunder,
  period,
  setPeriod,
}: {
  funder: string | null;
  setFunder: (code: string | null) => void;
  period: string;
  setPeriod: (period: string) => void;
}) {
  const { t } = useTranslation();
  const funders = useFunders();
  return (
    <>
      <Select
        label={t("reports.funder")}
        placeholder={t("reports.funderPick")}
        data={(funders.data?.funders ?? []).map((f) => ({ value: f.code, label: `${f.name} (${f.code})` }))}
        value={funder}
        onChange={setFunder}
        searchable
        required
      />
      <Select
        label={t("reports.period")}
        data={[
          { value: "funder", label: t("reports.funderPeriod") },
          ...years.map((y) => ({ value: y, label: y })),
        ]}
        value={period}
        onChange={(value) => value && setPeriod(value)}
        allowDeselect={false}
      />
    </>
  );
}
