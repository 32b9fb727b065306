import { Checkbox, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { Empty } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { useClaimRefresh } from "./ClaimActions.tsx";
import {
  addFamilyMember,
  type ClaimDetail,
  type FamilyMember,
  type Relation,
  relations,
  removeFamilyMember,
} from "./claims.ts";

/** The member's family as on the KK: who may inherit, and the children the education benefit is for. */
export function FamilyCard({ detail, editable }: { detail: ClaimDetail; editable: boolean }) {
  const { t } = useTranslation();
  const family = detail.family;
  return (
    <SectionCard id="family-title" title={t("claim.family.title")} hint={t("claim.family.hint")}>
      <Stack gap="sm">
        {family.length === 0 ? (
          <Empty title={t("claim.family.empty")} hint={t("claim.family.emptyHint")} />
        ) : (
          <ScrollTable minWidth={480} label={t("claim.family.title")}>
            <Table striped aria-label={t("claim.family.title")} data-testid="family">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("claim.family.name")}</Table.Th>
                  <Table.Th>{t("claim.family.relation")}</Table.Th>
                  <Table.Th>{t("claim.family.birthDate")}</Table.Th>
                  <Table.Th>{t("claim.family.notes")}</Table.Th>
                  {editable && (
                    <Table.Th>
                      <VisuallyHidden>{t("claim.family.remove")}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {family.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      {m.name}
                      {m.nik && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {m.nik}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`claim.relation.${m.relation}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(m.birth_date)}</Table.Td>
                    <Table.Td>{notes(m, t) || "–"}</Table.Td>
                    {editable && (
                      <Table.Td>
                        <RemoveButton eventId={detail.event.id} member={m} />
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
            <AddFamilyButton eventId={detail.event.id} />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

function notes(m: FamilyMember, t: (key: string) => string): string {
  return [
    m.deceased && t("claim.family.deceased"),
    m.married && t("claim.family.married"),
    m.working && t("claim.family.working"),
    m.phone,
  ]
    .filter(Boolean)
    .join(", ");
}

const blank = {
  name: "",
  nik: "",
  relation: "spouse" as Relation,
  birthDate: "",
  deceased: false,
  married: false,
  working: false,
  phone: "",
};

function AddFamilyButton({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  const [form, setForm] = useState(blank);
  const set = (change: Partial<typeof blank>) => setForm((prev) => ({ ...prev, ...change }));
  const nik = form.nik.trim();
  const nikValid = nik === "" || /^\d{16}$/.test(nik);
  const birth = form.birthDate.trim() === "" ? undefined : parseDay(form.birthDate);
  return (
    <FormModal
      label={t("claim.family.add")}
      buttonProps={{ variant: "outline" }}
      title={t("claim.family.addTitle")}
      text={t("claim.family.addText")}
      submit={t("claim.family.addSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={form.name.trim().length > 0 && nikValid && birth !== null}
      onOpen={() => setForm(blank)}
      save={() =>
        addFamilyMember(eventId, {
          name: form.name.trim(),
          nik: nik || undefined,
          relation: form.relation,
          birthDate: birth ?? undefined,
          deceased: form.deceased,
          married: form.married,
          working: form.working,
          phone: form.phone.trim() || undefined,
        })
      }
      after={refresh}
    >
      <TextInput
        label={t("claim.family.name")}
        description={t("claim.family.nameHint")}
        value={form.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        maxLength={200}
        required
        data-autofocus
      />
      <Select
        label={t("claim.family.relation")}
        data={relations.map((r) => ({ value: r, label: t(`claim.relation.${r}`) }))}
        value={form.relation}
        onChange={(value) => value && set({ relation: value as Relation })}
        allowDeselect={false}
      />
      <TextInput
        label={t("claim.family.nik")}
        description={t("claim.family.nikHint")}
        value={form.nik}
        onChange={(e) => set({ nik: e.currentTarget.value })}
        error={nikValid ? undefined : t("report.nikInvalid")}
        inputMode="numeric"
        maxLength={16}
      />
      <TextInput
        label={t("claim.family.birthDate")}
        description={t("claim.family.birthDateHint")}
        placeholder="20-10-2012"
        value={form.birthDate}
        onChange={(e) => set({ birthDate: e.currentTarget.value })}
        error={birth === null ? t("report.dateInvalid") : undefined}
      />
      <Group>
        <Checkbox
          label={t("claim.family.deceased")}
          checked={form.deceased}
          onChange={(e) => set({ deceased: e.currentTarget.checked })}
        />
        <Checkbox
          label={t("claim.family.married")}
          checked={form.married}
          onChange={(e) => set({ married: e.currentTarget.checked })}
        />
        <Checkbox
          label={t("claim.family.working")}
          checked={form.working}
          onChange={(e) => set({ working: e.currentTarget.checked })}
        />
      </Group>
      <TextInput
        label={t("claim.family.phone")}
        value={form.phone}
        onChange={(e) => set({ phone: e.currentTarget.value })}
        maxLength={30}
        inputMode="tel"
      />
    </FormModal>
  );
}

/** Removes a member entered by mistake; the server refuses one who is an heir, a child claimed for or referred. */
function RemoveButton({ eventId, member }: { eventId: number; member: FamilyMember }) {
  const { t } = useTranslation();
  const refresh = useClaimRefresh();
  return (
    <FormModal
      label={t("claim.family.remove")}
      buttonProps={{
        size: "xs",
        variant: "outline",
        color: "red.9",
        "aria-label": t("claim.family.removeOf", { name: member.name }),
      }}
      title={t("claim.family.removeOf", { name: member.name })}
      text={t("claim.family.removeText")}
      submit={t("claim.family.removeSubmit")}
      cancel={t("claim.actions.cancel")}
      color="red.9"
      save={() => removeFamilyMember(eventId, member.id)}
      after={refresh}
    />
  );
}
