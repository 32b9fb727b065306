import { ActionIcon, Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import { addMou, type Mou, updateMou } from "./partners.ts";

/** Adds an MoU of a company, or changes one: number, signing day, validity, signatories in order. */
export function MouForm({ companyId, mou }: { companyId: number; mou?: Mou }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [number, setNumber] = useState("");
  const [signed, setSigned] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [signatories, setSignatories] = useState<string[]>([""]);
  const days = { signed: parseDay(signed), from: parseDay(from), to: parseDay(to) };
  const ready = number.trim().length > 0 && days.signed !== null && days.from !== null && days.to !== null;
  return (
    <FormModal
      label={t(mou ? "partners.mou.edit" : "partners.mou.add")}
      buttonProps={
        mou
          ? { size: "xs", variant: "default", "aria-label": t("partners.mou.editOf", { number: mou.number }) }
          : { size: "xs" }
      }
      title={t(mou ? "partners.mou.editTitle" : "partners.mou.addTitle")}
      text={t("partners.mou.text")}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={ready}
      onOpen={() => {
        setNumber(mou?.number ?? "");
        setSigned(mou ? formatDate(mou.signedOn) : "");
        setFrom(mou ? formatDate(mou.validFrom) : "");
        setTo(mou ? formatDate(mou.validTo) : "");
        setSignatories(mou?.signatories.length ? mou.signatories : [""]);
      }}
      save={() => {
        const input = {
          number: number.trim(),
          signedOn: days.signed as string,
          validFrom: days.from as string,
          validTo: days.to as string,
          signatories: signatories.map((s) => s.trim()).filter(Boolean),
        };
        return mou ? updateMou(mou.id, input) : addMou(companyId, input);
      }}
      after={() => client.invalidateQueries({ queryKey: ["partners"] })}
    >
      <TextInput
        label={t("partners.mou.number")}
        placeholder="415/012/MoU/2026"
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        maxLength={100}
        required
        data-autofocus
      />
      <DayField
        label={t("partners.mou.signedOn")}
        value={signed}
        onChange={setSigned}
        placeholder="20-01-2026"
      />
      <Group grow align="flex-start">
        <DayField
          label={t("partners.mou.validFrom")}
          value={from}
          onChange={setFrom}
          placeholder="01-02-2026"
        />
        <DayField label={t("partners.mou.validTo")} value={to} onChange={setTo} placeholder="31-01-2028" />
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("partners.mou.signatories")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("partners.mou.signatoriesHint")}
        </Text>
        {signatories.map((name, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: controlled inputs: an index key moves focus at most, never a value
          <Group key={i} gap={4} wrap="nowrap">
            <TextInput
              aria-label={t("partners.mou.signatoryN", { n: i + 1 })}
              value={name}
              onChange={(e) =>
                setSignatories(signatories.map((s, j) => (j === i ? e.currentTarget.value : s)))
              }
              maxLength={200}
              style={{ flex: 1 }}
            />
            {signatories.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                size="lg"
                aria-label={t("partners.mou.removeSignatory", { n: i + 1 })}
                onClick={() => setSignatories(signatories.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {signatories.length < 10 && (
          <Group>
            <Button variant="default" size="xs" onClick={() => setSignatories([...signatories, ""])}>
              {t("partners.mou.addSignatory")}
            </Button>
          </Group>
        )}
      </Stack>
    </FormModal>
  );
}
