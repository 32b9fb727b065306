import { Group, Select, Stack, Table, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { Empty } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { today } from "../invoices/invoices.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import { TrainingCells } from "./ClaimBadges.tsx";
import { type ClaimDetail, referToTraining } from "./claims.ts";
import { TrainingStepButton } from "./TrainingStepButton.tsx";

/** The family members of this claim referred to job training (Disnaker), and new referrals. */
export function TrainingCard({ detail, editable }: { detail: ClaimDetail; editable: boolean }) {
  const { t } = useTranslation();
  const referrals = detail.training;
  return (
    <SectionCard id="training-title" title={t("claim.training.title")} hint={t("claim.training.hint")}>
      <Stack gap="sm">
        {referrals.length === 0 ? (
          <Empty title={t("claim.training.empty")} />
        ) : (
          <ScrollTable minWidth={720} label={t("claim.training.title")}>
            <Table striped aria-label={t("claim.training.title")} data-testid="claim-training">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("training.name")}</Table.Th>
                  <Table.Th>{t("training.program")}</Table.Th>
                  <Table.Th>{t("training.statusLabel")}</Table.Th>
                  <Table.Th>{t("training.since")}</Table.Th>
                  {editable && <Table.Th>{t("training.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {referrals.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <TrainingCells referral={r} />
                    {editable && (
                      <Table.Td>
                        <TrainingStepButton referral={r} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {editable && (
          <Group>
            <ReferButton detail={detail} />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

function ReferButton({ detail }: { detail: ClaimDetail }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const living = detail.family.filter((m) => !m.deceased);
  const [member, setMember] = useState<string | null>(null);
  const [program, setProgram] = useState("");
  const [provider, setProvider] = useState("");
  const [on, setOn] = useState("");
  const day = parseDay(on);
  if (living.length === 0) return null;
  return (
    <FormModal
      label={t("claim.training.refer")}
      buttonProps={{ variant: "outline" }}
      title={t("claim.training.referTitle")}
      text={t("claim.training.referText")}
      submit={t("claim.training.referSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={member !== null && program.trim().length >= 3 && day !== null}
      onOpen={() => {
        setMember(String(living[0].id));
        setProgram("");
        setProvider("");
        setOn(formatDate(today()));
      }}
      save={() =>
        referToTraining({
          claimId: detail.claim.id,
          familyMemberId: Number(member),
          program: program.trim(),
          provider: provider.trim() || undefined,
          on: day as string,
        })
      }
      after={refresh}
    >
      <Select
        label={t("training.name")}
        data={living.map((m) => ({
          value: String(m.id),
          label: `${m.name} (${t(`claim.relation.${m.relation}`)})`,
        }))}
        value={member}
        onChange={setMember}
        allowDeselect={false}
      />
      <TextInput
        label={t("training.program")}
        description={t("claim.training.programHint")}
        value={program}
        onChange={(e) => setProgram(e.currentTarget.value)}
        maxLength={200}
        required
        data-autofocus
      />
      <TextInput
        label={t("training.provider")}
        value={provider}
        onChange={(e) => setProvider(e.currentTarget.value)}
        maxLength={200}
      />
      <DayField label={t("training.referredOn")} value={on} onChange={setOn} placeholder="01-12-2026" />
    </FormModal>
  );
}
