import { Group, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate, formatRupiah } from "../common/format.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import { parseRupiah, today } from "../invoices/invoices.ts";
import { type ClaimDetail, claimRights, moveClaim } from "./claims.ts";
import { ReasonField } from "./ReasonField.tsx";

/** Refetches a claim and the lists after a change to it. */
export function useClaimRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ["claim", "claims", "training", "handovers"].map((key) =>
        client.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

/**
 * The next steps the user's role may take: documents complete and submitted to BPJS (operators and
 * regency admins), back to draft, and BPJS's decision, paid or rejected (also BPJS officers). The
 * server refuses a step that is not ready (a document missing, say) in the user's language.
 */
export function ClaimActions({ detail, user }: { detail: ClaimDetail; user: User }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const rights = claimRights(user);
  const c = detail.claim;
  const id = c.id;
  const common = { cancel: t("claim.actions.cancel"), after: refresh };
  return (
    <Group gap="sm">
      {/* A claim the rules do not pay can only be closed as rejected (the benefit card says why). */}
      {c.status === "draft" && c.payable && rights.handle && (
        <FormModal
          {...common}
          label={t("claim.actions.complete")}
          title={t("claim.actions.completeTitle")}
          text={t("claim.actions.completeText")}
          submit={t("claim.actions.completeSubmit")}
          save={() => moveClaim(id, { to: "documents_complete" })}
        />
      )}
      {c.status === "documents_complete" && rights.handle && (
        <>
          <SubmitButton id={id} />
          <FormModal
            {...common}
            label={t("claim.actions.back")}
            buttonProps={{ variant: "default" }}
            title={t("claim.actions.backTitle")}
            text={t("claim.actions.backText")}
            submit={t("claim.actions.backSubmit")}
            save={() => moveClaim(id, { to: "draft" })}
          />
        </>
      )}
      {c.status === "submitted" && rights.decide && <PaidButton claim={c} />}
      {["draft", "documents_complete", "submitted"].includes(c.status) && rights.decide && (
        <RejectButton id={id} />
      )}
    </Group>
  );
}

function SubmitButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [reference, setReference] = useState("");
  const [on, setOn] = useState("");
  const day = parseDay(on);
  return (
    <FormModal
      label={t("claim.actions.submit")}
      title={t("claim.actions.submitTitle")}
      text={t("claim.actions.submitText")}
      submit={t("claim.actions.submitSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={reference.trim().length > 0 && day !== null}
      onOpen={() => {
        setReference("");
        setOn(formatDate(today()));
      }}
      save={() => moveClaim(id, { to: "submitted", reference: reference.trim(), on: day as string })}
      after={refresh}
    >
      <TextInput
        label={t("claim.actions.reference")}
        description={t("claim.actions.referenceHint")}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        maxLength={100}
        required
        data-autofocus
      />
      <DayField label={t("claim.actions.submittedOn")} value={on} onChange={setOn} placeholder="20-11-2026" />
    </FormModal>
  );
}

function PaidButton({ claim }: { claim: ClaimDetail["claim"] }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [amount, setAmount] = useState("");
  const [on, setOn] = useState("");
  const rupiah = parseRupiah(amount);
  const day = parseDay(on);
  return (
    <FormModal
      label={t("claim.actions.paid")}
      buttonProps={{ color: "teal.9" }}
      title={t("claim.actions.paidTitle")}
      text={t("claim.actions.paidText", { expected: formatRupiah(claim.expected) })}
      submit={t("claim.actions.paidSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={rupiah !== null && day !== null}
      onOpen={() => {
        setAmount(claim.expected.toLocaleString("id-ID"));
        setOn(formatDate(today()));
      }}
      save={() => moveClaim(claim.id, { to: "paid", amount: rupiah as number, on: day as string })}
      after={refresh}
    >
      <TextInput
        label={t("claim.actions.amount")}
        description={t("payments.amountHint")}
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
        error={amount && !rupiah ? t("payments.amountInvalid") : undefined}
        inputMode="numeric"
        required
        data-autofocus
      />
      <DayField label={t("claim.actions.paidOn")} value={on} onChange={setOn} placeholder="25-11-2026" />
    </FormModal>
  );
}

function RejectButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [reason, setReason] = useState("");
  return (
    <FormModal
      label={t("claim.actions.reject")}
      buttonProps={{ variant: "outline", color: "red.9" }}
      title={t("claim.actions.rejectTitle")}
      text={t("claim.actions.rejectText")}
      submit={t("claim.actions.rejectSubmit")}
      cancel={t("claim.actions.cancel")}
      color="red.9"
      ready={reason.trim().length >= 3}
      onOpen={() => setReason("")}
      save={() => moveClaim(id, { to: "rejected", reason: reason.trim() })}
      after={refresh}
    >
      <ReasonField
        label={t("claim.actions.reason")}
        description={t("claim.actions.reasonHint")}
        value={reason}
        onChange={setReason}
        autoFocus
      />
    </FormModal>
  );
}
