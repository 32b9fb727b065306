import { Anchor, Select, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { TrainingCells } from "./ClaimBadges.tsx";
import { claimRights, type TrainingStatus, trainingStatuses, useTraining } from "./claims.ts";
import { TrainingStepButton } from "./TrainingStepButton.tsx";

/**
 * Heirs referred to job training at Disnaker in the user's area, open ones first: what became of
 * each (enrolled, completed, employed); operators and regency admins record the next step.
 */
export function TrainingPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TrainingStatus | undefined>(undefined);
  const training = useTraining(status);
  const editable = claimRights(user).handle;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("training.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("training.intro")}
      </Text>
      <Select
        label={t("training.statusLabel")}
        placeholder={t("claims.all")}
        data={trainingStatuses.map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
        value={status ?? null}
        onChange={(value) => setStatus((value as TrainingStatus | null) ?? undefined)}
        clearable
        w={240}
      />
      {training.isPending ? (
        <Loading />
      ) : training.isError ? (
        <Failed error={training.error} retry={() => training.refetch()} />
      ) : training.data.referrals.length === 0 ? (
        <Empty title={t("training.empty")} hint={t("training.emptyHint")} />
      ) : (
        <ScrollTable minWidth={1000} label={t("training.caption")}>
          <Table striped highlightOnHover aria-label={t("training.caption")} data-testid="training">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("training.name")}</Table.Th>
                <Table.Th>{t("training.member")}</Table.Th>
                <Table.Th>{t("training.program")}</Table.Th>
                <Table.Th>{t("training.statusLabel")}</Table.Th>
                <Table.Th>{t("training.since")}</Table.Th>
                <Table.Th>{t("training.note")}</Table.Th>
                {editable && <Table.Th>{t("training.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {training.data.referrals.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.name}
                    <Text size="xs" c="dimmed">
                      {t(`claim.relation.${r.relation}`, { defaultValue: r.relation })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/claims/$id" params={{ id: String(r.claim_id) }} />
                      )}
                    >
                      {r.member}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t("claim.claimN", { id: r.claim_id })}
                    </Text>
                  </Table.Td>
                  <TrainingCells referral={r} />
                  <Table.Td>{r.note ?? "–"}</Table.Td>
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
    </Stack>
  );
}
