import { Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import { today } from "../invoices/invoices.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import { stepTraining, type TrainingReferral, type TrainingStatus, trainingStatuses } from "./claims.ts";
import { ReasonField } from "./ReasonField.tsx";

/**
 * How far a referral got: the next status or a later one (someone may find work straight after the
 * training), its day and a note.
 */
export function TrainingStepButton({ referral }: { referral: TrainingReferral }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const later = trainingStatuses.slice(trainingStatuses.indexOf(referral.status) + 1);
  const [status, setStatus] = useState<TrainingStatus | null>(null);
  const [on, setOn] = useState("");
  const [note, setNote] = useState("");
  const day = parseDay(on);
  if (later.length === 0) return null;
  return (
    <FormModal
      label={t("training.step")}
      buttonProps={{
        size: "xs",
        variant: "outline",
        "aria-label": t("training.stepOf", { name: referral.name, program: referral.program }),
      }}
      title={t("training.stepOf", { name: referral.name, program: referral.program })}
      text={t("training.stepText", { status: t(`training.status.${referral.status}`) })}
      submit={t("training.stepSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={status !== null && day !== null}
      onOpen={() => {
        setStatus(later[0]);
        setOn(formatDate(today()));
        setNote("");
      }}
      save={() =>
        stepTraining(referral.id, {
          status: status as TrainingStatus,
          on: day as string,
          note: note.trim() || undefined,
        })
      }
      after={refresh}
    >
      <Select
        label={t("training.newStatus")}
        data={later.map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
        value={status}
        onChange={(value) => value && setStatus(value as TrainingStatus)}
        allowDeselect={false}
        data-autofocus
      />
      <DayField label={t("training.on")} value={on} onChange={setOn} placeholder="01-12-2026" />
      <ReasonField label={t("training.note")} value={note} onChange={setNote} required={false} />
    </FormModal>
  );
}
