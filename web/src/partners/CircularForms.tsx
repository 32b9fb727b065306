import { MultiSelect, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import { OptionalDayField, optionalDay } from "./PartnerBits.tsx";
import {
  type Answer,
  addCircular,
  answers,
  type Recipient,
  recordAnswer,
  sendCircular,
  setFollowUp,
  useCompanies,
} from "./partners.ts";

const refresh = (client: ReturnType<typeof useQueryClient>) => () =>
  client.invalidateQueries({ queryKey: ["partners"] });

/** Companies to pick from, by name. */
function CompanyPicker({
  value,
  onChange,
  except = [],
  label,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  except?: number[];
  label: string;
}) {
  const { t } = useTranslation();
  const companies = useCompanies({});
  return (
    <MultiSelect
      label={label}
      description={t("partners.circular.companiesHint")}
      data={(companies.data?.companies ?? [])
        .filter((c) => !except.includes(c.id))
        .map((c) => ({ value: String(c.id), label: c.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t("partners.circular.noCompanies")}
    />
  );
}

/** A new circular: its number, subject, day sent, the day answers are asked for, and who got it. */
export function NewCircularForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate({ from: "/partners/circulars" });
  const [number, setNumber] = useState("");
  const [title, setTitle] = useState("");
  const [sent, setSent] = useState("");
  const [answerBy, setAnswerBy] = useState("");
  const [ids, setIds] = useState<string[]>([]);
  const by = optionalDay(answerBy);
  return (
    <FormModal
      label={t("partners.circular.add")}
      title={t("partners.circular.addTitle")}
      text={t("partners.circular.addText")}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={
        number.trim().length > 0 && title.trim().length > 0 && parseDay(sent) !== null && by !== undefined
      }
      onOpen={() => {
        setNumber("");
        setTitle("");
        setSent("");
        setAnswerBy("");
        setIds([]);
      }}
      save={async () => {
        const added = await addCircular({
          number: number.trim(),
          title: title.trim(),
          sentOn: parseDay(sent) as string,
          answerBy: by ?? null,
          companyIds: ids.map(Number),
        });
        void navigate({ search: { circular: added.circular.id } });
      }}
      after={refresh(client)}
    >
      <TextInput
        label={t("partners.circular.number")}
        placeholder="560/117/Disnaker/2026"
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        maxLength={100}
        required
        data-autofocus
      />
      <TextInput
        label={t("partners.circular.title")}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={300}
        required
      />
      <DayField
        label={t("partners.circular.sentOn")}
        value={sent}
        onChange={setSent}
        placeholder="01-04-2026"
      />
      <OptionalDayField label={t("partners.circular.answerBy")} value={answerBy} onChange={setAnswerBy} />
      <CompanyPicker label={t("partners.circular.companies")} value={ids} onChange={setIds} />
    </FormModal>
  );
}

/** Sends a circular to more companies. */
export function SendCircularForm({ circular, sentTo }: { circular: number; sentTo: number[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [ids, setIds] = useState<string[]>([]);
  return (
    <FormModal
      label={t("partners.circular.send")}
      buttonProps={{ variant: "default" }}
      title={t("partners.circular.sendTitle")}
      text={t("partners.circular.sendText")}
      submit={t("partners.circular.sendSubmit")}
      cancel={t("partners.cancel")}
      ready={ids.length > 0}
      onOpen={() => setIds([])}
      save={() => sendCircular(circular, ids.map(Number))}
      after={refresh(client)}
    >
      <CompanyPicker label={t("partners.circular.companies")} value={ids} onChange={setIds} except={sentTo} />
    </FormModal>
  );
}

/** Records (or corrects) a company's answer, the day it came and, optionally, the next contact. */
export function AnswerForm({ row }: { row: Recipient }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [on, setOn] = useState("");
  const [follow, setFollow] = useState("");
  const [notes, setNotes] = useState("");
  const followDay = optionalDay(follow);
  return (
    <FormModal
      label={t("partners.circular.recordAnswer")}
      buttonProps={{
        size: "xs",
        "aria-label": t("partners.circular.recordAnswerOf", {
          company: row.companyName,
          number: row.circularNumber,
        }),
      }}
      title={t("partners.circular.answerTitle", { company: row.companyName })}
      text={t("partners.circular.answerText", { number: row.circularNumber, sent: formatDate(row.sentOn) })}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={answer !== null && parseDay(on) !== null && followDay !== undefined}
      onOpen={() => {
        setAnswer(row.answer);
        setOn(row.answeredOn ? formatDate(row.answeredOn) : "");
        setFollow(row.followUpOn ? formatDate(row.followUpOn) : "");
        setNotes(row.notes ?? "");
      }}
      save={() =>
        recordAnswer(row.circularId, row.companyId, {
          answer: answer as Answer,
          on: parseDay(on) as string,
          followUpOn: followDay ?? null,
          notes: notes.trim() || null,
        })
      }
      after={refresh(client)}
    >
      <Radio.Group
        label={t("partners.circular.answer")}
        value={answer}
        onChange={(v) => setAnswer(v as Answer)}
        required
      >
        <Stack gap={6} mt={4}>
          {answers.map((a) => (
            <Radio key={a} value={a} label={t(`partners.answer.${a}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <DayField
        label={t("partners.circular.answeredOn")}
        value={on}
        onChange={setOn}
        placeholder="20-04-2026"
      />
      <OptionalDayField
        label={t("partners.circular.followUpOn")}
        description={t("partners.circular.followUpHint")}
        value={follow}
        onChange={setFollow}
      />
      <Textarea
        label={t("partners.circular.notes")}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}

/** Sets (or clears) the day a company is to be contacted next. */
export function FollowUpForm({ row }: { row: Recipient }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [on, setOn] = useState("");
  const [notes, setNotes] = useState("");
  const day = optionalDay(on);
  return (
    <FormModal
      label={t("partners.circular.followUp")}
      buttonProps={{
        size: "xs",
        variant: "default",
        "aria-label": t("partners.circular.followUpOf", {
          company: row.companyName,
          number: row.circularNumber,
        }),
      }}
      title={t("partners.circular.followUpTitle", { company: row.companyName })}
      text={t("partners.circular.followUpText")}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={day !== undefined}
      onOpen={() => {
        setOn(row.followUpOn ? formatDate(row.followUpOn) : "");
        setNotes(row.notes ?? "");
      }}
      save={() =>
        setFollowUp(row.circularId, row.companyId, { on: day ?? null, notes: notes.trim() || null })
      }
      after={refresh(client)}
    >
      <OptionalDayField label={t("partners.circular.followUpOn")} value={on} onChange={setOn} />
      <Textarea
        label={t("partners.circular.notes")}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
