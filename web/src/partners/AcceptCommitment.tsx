import { Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { formatNumber, formatRupiah } from "../common/format.ts";
import { formatPeriod } from "../plans/plans.ts";
import { acceptCommitment, type Commitment } from "./partners.ts";

/** Accepts a commitment: a CSR funder is added with its budget, months and limits, once. */
export function AcceptCommitment({ commitment: c }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [code, setCode] = useState("");
  const codeOk = code.trim() === "" || /^[a-z0-9][a-z0-9._-]{0,39}$/.test(code.trim());
  return (
    <FormModal
      label={t("partners.commitment.accept")}
      buttonProps={{ size: "xs", "aria-label": t("partners.commitment.acceptOf", { id: c.id }) }}
      title={t("partners.commitment.acceptTitle")}
      text={t("partners.commitment.acceptText", {
        budget: formatRupiah(c.budget),
        period: formatPeriod(c.from, c.to),
        capacity: formatNumber(c.capacity),
      })}
      submit={t("partners.commitment.acceptSubmit")}
      cancel={t("partners.cancel")}
      ready={codeOk}
      onOpen={() => setCode("")}
      save={() => acceptCommitment(c.id, { code: code.trim() || null })}
      after={() =>
        Promise.all([
          client.invalidateQueries({ queryKey: ["partners"] }),
          client.invalidateQueries({ queryKey: ["funders"] }),
        ])
      }
    >
      {c.budgetShort && (
        <Text size="sm" c="red.9" role="status">
          {t("partners.commitment.short", {
            capacity: formatNumber(c.capacity),
            workers: formatNumber(c.workers),
          })}
        </Text>
      )}
      <TextInput
        label={t("partners.commitment.funderCode")}
        description={t("partners.commitment.funderCodeHint", { code: `csr-${c.companyCode}-${c.id}` })}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
        error={codeOk ? undefined : t("partners.company.codeInvalid")}
        maxLength={40}
      />
    </FormModal>
  );
}
