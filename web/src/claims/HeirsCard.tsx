import { Alert, Button, Checkbox, Group, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { useAction } from "../common/useAction.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import { type ClaimDetail, chooseHeirs, type FamilyMember } from "./claims.ts";
import { ReasonField } from "./ReasonField.tsx";

/** An override must say why in at least this many characters (as the server requires). */
const minReason = 10;

/**
 * The heirs of a death claim: Payung's proposal by the legal order with the rule that chose it (the
 * server's words), accepted as it is, or other family members chosen with a written reason.
 */
export function HeirsCard({ detail, editable }: { detail: ClaimDetail; editable: boolean }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const accept = useAction();
  const c = detail.claim;
  const byId = new Map(detail.family.map((m) => [m.id, m]));
  const proposal = detail.heir_proposal;
  const proposed = proposal.heir_ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const chosen = c.heir_ids.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const asProposed =
    c.heir_group !== null &&
    c.heir_group !== "override" &&
    c.heir_ids.length === proposal.heir_ids.length &&
    c.heir_ids.every((id) => proposal.heir_ids.includes(id));
  return (
    <SectionCard id="heirs-title" title={t("claim.heirs.title")} hint={t("claim.heirs.hint")}>
      <Stack gap="sm">
        <div data-testid="heirs-chosen">
          <Title order={3} size="h6">
            {t("claim.heirs.chosen")}
          </Title>
          {c.heir_group === null ? (
            <Text size="sm">{t("claim.heirs.none")}</Text>
          ) : (
            <>
              <Names members={chosen} bhp={c.heir_group === "bhp"} />
              <Text size="sm" c="dimmed">
                {c.heir_group === "override"
                  ? t("claim.heirs.override", { reason: c.heir_reason ?? "" })
                  : t("claim.heirs.fromProposal")}
              </Text>
            </>
          )}
        </div>
        <div data-testid="heirs-proposal">
          <Title order={3} size="h6">
            {t("claim.heirs.proposal")}
          </Title>
          <Text size="sm">{proposal.reason}</Text>
          <Names members={proposed} bhp={proposal.group === "bhp"} />
        </div>
        {accept.error && (
          <Alert color="red" role="alert">
            {accept.error}
          </Alert>
        )}
        {editable && (
          <Group>
            {!asProposed && (
              <Button
                loading={accept.busy}
                onClick={() =>
                  void accept.run(async () => {
                    await chooseHeirs(c.id, {});
                    await refresh();
                  })
                }
              >
                {t("claim.heirs.accept")}
              </Button>
            )}
            <ChooseHeirsButton detail={detail} />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

function Names({ members, bhp }: { members: FamilyMember[]; bhp: boolean }) {
  const { t } = useTranslation();
  if (bhp) return <Text size="sm">{t("claim.heirs.bhp")}</Text>;
  if (members.length === 0) return <Text size="sm">–</Text>;
  return (
    <List size="sm">
      {members.map((m) => (
        <List.Item key={m.id}>
          {m.name} ({t(`claim.relation.${m.relation}`)})
        </List.Item>
      ))}
    </List>
  );
}

/** Other heirs than the proposal (a court decision, say): the reason is required and audited. */
function ChooseHeirsButton({ detail }: { detail: ClaimDetail }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [ids, setIds] = useState<number[]>([]);
  const [reason, setReason] = useState("");
  const living = detail.family.filter((m) => !m.deceased);
  if (living.length === 0) return null;
  return (
    <FormModal
      label={t("claim.heirs.choose")}
      buttonProps={{ variant: "default" }}
      title={t("claim.heirs.chooseTitle")}
      text={t("claim.heirs.chooseText")}
      submit={t("claim.heirs.chooseSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={ids.length > 0 && reason.trim().length >= minReason}
      onOpen={() => {
        setIds(detail.claim.heir_ids);
        setReason("");
      }}
      save={() => chooseHeirs(detail.claim.id, { familyMemberIds: ids, reason: reason.trim() })}
      after={refresh}
    >
      <Checkbox.Group
        label={t("claim.heirs.who")}
        value={ids.map(String)}
        onChange={(v) => setIds(v.map(Number))}
      >
        <Stack gap={4} mt={4}>
          {living.map((m) => (
            <Checkbox
              key={m.id}
              value={String(m.id)}
              label={`${m.name} (${t(`claim.relation.${m.relation}`)})`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <ReasonField
        label={t("claim.heirs.reason")}
        description={t("claim.heirs.reasonHint", { n: minReason })}
        value={reason}
        onChange={setReason}
      />
    </FormModal>
  );
}
