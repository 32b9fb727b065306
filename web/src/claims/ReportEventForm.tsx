import { Checkbox, Group, Radio, Select, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { reportEvent, reporters } from "./claims.ts";

type Kind = "death" | "accident";

const blank = {
  nik: "",
  kind: "death" as Kind,
  date: "",
  workRelated: false,
  cause: "",
  place: "",
  injury: "",
  daysUnable: "",
  reportedBy: "village" as (typeof reporters)[number],
  reporter: "",
  note: "",
};

/**
 * "Report an event" (operators and regency admins): a member's death or work accident, named by
 * NIK. The server opens the claim with what the rules pay; the new claim's page opens.
 */
export function ReportEventButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState(blank);
  const created = useRef<number | null>(null);
  const set = (change: Partial<typeof blank>) => setForm((prev) => ({ ...prev, ...change }));
  const day = parseDay(form.date);
  const nikValid = /^\d{16}$/.test(form.nik.trim());
  const days = form.daysUnable.trim() === "" ? undefined : Number(form.daysUnable);
  const daysValid = days === undefined || (Number.isInteger(days) && days >= 0 && days <= 3650);
  const accident = form.kind === "accident";
  const text = (value: string) => value.trim() || undefined;
  return (
    <FormModal
      label={t("report.open")}
      title={t("report.title")}
      text={t("report.text")}
      submit={t("report.submit")}
      cancel={t("report.cancel")}
      ready={nikValid && day !== null && daysValid}
      onOpen={() => {
        setForm(blank);
        created.current = null;
      }}
      save={async () => {
        const result = await reportEvent({
          nik: form.nik.trim(),
          kind: form.kind,
          date: day as string,
          // Accidents reported here are work accidents (JKK); a death may or may not be.
          workRelated: accident || form.workRelated,
          cause: text(form.cause),
          place: text(form.place),
          injury: accident ? text(form.injury) : undefined,
          daysUnable: accident ? days : undefined,
          reportedBy: form.reportedBy,
          reporter: text(form.reporter),
          note: text(form.note),
        });
        created.current = result.claimId;
      }}
      after={async () => {
        await client.invalidateQueries({ queryKey: ["claims"] });
        if (created.current !== null)
          await navigate({ to: "/claims/$id", params: { id: String(created.current) } });
      }}
    >
      <TextInput
        label={t("report.nik")}
        description={t("report.nikHint")}
        value={form.nik}
        onChange={(e) => set({ nik: e.currentTarget.value })}
        error={form.nik.trim() && !nikValid ? t("report.nikInvalid") : undefined}
        inputMode="numeric"
        maxLength={16}
        required
        data-autofocus
      />
      <Radio.Group
        label={t("report.kind")}
        value={form.kind}
        onChange={(value) => set({ kind: value as Kind })}
        required
      >
        <Group mt={4}>
          <Radio value="death" label={t("claims.kind.death")} />
          <Radio value="accident" label={t("claims.kind.accident")} />
        </Group>
      </Radio.Group>
      <TextInput
        label={t("report.date")}
        description={t("report.dateHint")}
        placeholder="02-11-2026"
        value={form.date}
        onChange={(e) => set({ date: e.currentTarget.value })}
        error={form.date && !day ? t("report.dateInvalid") : undefined}
        required
      />
      {accident ? (
        <Checkbox label={t("report.workRelatedAccident")} checked disabled />
      ) : (
        <Checkbox
          label={t("report.workRelated")}
          description={t("report.workRelatedHint")}
          checked={form.workRelated}
          onChange={(e) => set({ workRelated: e.currentTarget.checked })}
        />
      )}
      <TextInput
        label={t("report.cause")}
        value={form.cause}
        onChange={(e) => set({ cause: e.currentTarget.value })}
        maxLength={400}
      />
      <TextInput
        label={t("report.place")}
        value={form.place}
        onChange={(e) => set({ place: e.currentTarget.value })}
        maxLength={400}
      />
      {accident && (
        <>
          <TextInput
            label={t("report.injury")}
            value={form.injury}
            onChange={(e) => set({ injury: e.currentTarget.value })}
            maxLength={400}
          />
          <TextInput
            label={t("report.daysUnable")}
            description={t("report.daysUnableHint")}
            value={form.daysUnable}
            onChange={(e) => set({ daysUnable: e.currentTarget.value })}
            error={daysValid ? undefined : t("report.daysUnableInvalid")}
            inputMode="numeric"
          />
        </>
      )}
      <Select
        label={t("report.reportedBy")}
        data={reporters.map((r) => ({ value: r, label: t(`report.reporterOf.${r}`) }))}
        value={form.reportedBy}
        onChange={(value) => value && set({ reportedBy: value as (typeof reporters)[number] })}
        allowDeselect={false}
      />
      <TextInput
        label={t("report.reporter")}
        description={t("report.reporterHint")}
        value={form.reporter}
        onChange={(e) => set({ reporter: e.currentTarget.value })}
        maxLength={200}
      />
      <Textarea
        label={t("report.note")}
        value={form.note}
        onChange={(e) => set({ note: e.currentTarget.value })}
        maxLength={2000}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
