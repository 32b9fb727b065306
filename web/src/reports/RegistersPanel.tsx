import { Group, Select, Stack, Table, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import {
  addInnovation,
  addRegulation,
  registerRights,
  regulationKinds,
  removeInnovation,
  removeRegulation,
  useInnovations,
  useRegulations,
} from "./reports.ts";

/** The dossier's registers: regulations and innovations; regency admins add and remove entries. */
export function RegistersPanel({ user }: { user: User }) {
  const change = registerRights(user).change;
  return (
    <Stack>
      <Regulations change={change} />
      <Innovations change={change} />
    </Stack>
  );
}

function Regulations({ change }: { change: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const regulations = useRegulations();
  const refresh = () => client.invalidateQueries({ queryKey: ["regulations"] });
  return (
    <SectionCard id="regulations" title={t("dossier.regulations")} hint={t("dossier.regulationsHint")}>
      {change && (
        <Group mb="sm">
          <NewRegulation after={refresh} />
        </Group>
      )}
      {regulations.isPending ? (
        <Loading />
      ) : regulations.isError ? (
        <Failed error={regulations.error} retry={() => regulations.refetch()} />
      ) : regulations.data.regulations.length === 0 ? (
        <Empty title={t("dossier.noRegulations")} />
      ) : (
        <ScrollTable minWidth={800} label={t("dossier.regulations")}>
          <Table striped aria-label={t("dossier.regulations")} data-testid="regulations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dossier.kind")}</Table.Th>
                <Table.Th>{t("dossier.number")}</Table.Th>
                <Table.Th>{t("dossier.regulationTitle")}</Table.Th>
                <Table.Th>{t("dossier.issuedOn")}</Table.Th>
                <Table.Th>{t("dossier.notes")}</Table.Th>
                {change && <Table.Th>{t("dossier.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regulations.data.regulations.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{t(`dossier.regulationKind.${r.kind}`)}</Table.Td>
                  <Table.Td>{r.number}</Table.Td>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(r.issued_on)}</Table.Td>
                  <Table.Td>{r.notes ?? "–"}</Table.Td>
                  {change && (
                    <Table.Td>
                      <RemoveButton
                        what={`${t(`dossier.regulationKind.${r.kind}`)} ${r.number}`}
                        remove={() => removeRegulation(r.id)}
                        after={refresh}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </SectionCard>
  );
}

function Innovations({ change }: { change: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const innovations = useInnovations();
  const refresh = () => client.invalidateQueries({ queryKey: ["innovations"] });
  return (
    <SectionCard id="innovations" title={t("dossier.innovations")} hint={t("dossier.innovationsHint")}>
      {change && (
        <Group mb="sm">
          <NewInnovation after={refresh} />
        </Group>
      )}
      {innovations.isPending ? (
        <Loading />
      ) : innovations.isError ? (
        <Failed error={innovations.error} retry={() => innovations.refetch()} />
      ) : innovations.data.innovations.length === 0 ? (
        <Empty title={t("dossier.noInnovations")} />
      ) : (
        <ScrollTable minWidth={700} label={t("dossier.innovations")}>
          <Table striped aria-label={t("dossier.innovations")} data-testid="innovations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dossier.name")}</Table.Th>
                <Table.Th>{t("dossier.startedOn")}</Table.Th>
                <Table.Th>{t("dossier.description")}</Table.Th>
                {change && <Table.Th>{t("dossier.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {innovations.data.innovations.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(i.started_on)}</Table.Td>
                  <Table.Td>{i.description}</Table.Td>
                  {change && (
                    <Table.Td>
                      <RemoveButton what={i.name} remove={() => removeInnovation(i.id)} after={refresh} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </SectionCard>
  );
}

function NewRegulation({ after }: { after: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>("perbup");
  const [number, setNumber] = useState("");
  const [title, setTitle] = useState("");
  const [issued, setIssued] = useState("");
  const [notes, setNotes] = useState("");
  const day = parseDay(issued);
  return (
    <FormModal
      label={t("dossier.addRegulation")}
      title={t("dossier.addRegulation")}
      text={t("dossier.addRegulationText")}
      submit={t("dossier.save")}
      cancel={t("dossier.cancel")}
      ready={kind !== null && number.trim().length > 0 && title.trim().length >= 3 && day !== null}
      onOpen={() => {
        setKind("perbup");
        setNumber("");
        setTitle("");
        setIssued("");
        setNotes("");
      }}
      save={() =>
        addRegulation({
          kind: kind as string,
          number: number.trim(),
          title: title.trim(),
          issuedOn: day as string,
          notes: notes.trim() || undefined,
        })
      }
      after={after}
    >
      <Select
        label={t("dossier.kind")}
        data={regulationKinds.map((k) => ({ value: k, label: t(`dossier.regulationKind.${k}`) }))}
        value={kind}
        onChange={setKind}
        allowDeselect={false}
        required
      />
      <TextInput
        label={t("dossier.number")}
        placeholder="12 Tahun 2024"
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        required
        data-autofocus
      />
      <TextInput
        label={t("dossier.regulationTitle")}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        required
      />
      <DayField label={t("dossier.issuedOn")} value={issued} onChange={setIssued} placeholder="01-03-2024" />
      <Textarea
        label={t("dossier.notes")}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        autosize
      />
    </FormModal>
  );
}

function NewInnovation({ after }: { after: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [started, setStarted] = useState("");
  const [description, setDescription] = useState("");
  const day = parseDay(started);
  return (
    <FormModal
      label={t("dossier.addInnovation")}
      title={t("dossier.addInnovation")}
      text={t("dossier.addInnovationText")}
      submit={t("dossier.save")}
      cancel={t("dossier.cancel")}
      ready={name.trim().length >= 3 && description.trim().length >= 3 && day !== null}
      onOpen={() => {
        setName("");
        setStarted("");
        setDescription("");
      }}
      save={() =>
        addInnovation({ name: name.trim(), startedOn: day as string, description: description.trim() })
      }
      after={after}
    >
      <TextInput
        label={t("dossier.name")}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        data-autofocus
      />
      <DayField
        label={t("dossier.startedOn")}
        value={started}
        onChange={setStarted}
        placeholder="01-06-2025"
      />
      <Textarea
        label={t("dossier.description")}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={3}
        required
      />
    </FormModal>
  );
}

/** Removes an entry recorded by mistake, after asking. */
function RemoveButton({
  what,
  remove,
  after,
}: {
  what: string;
  remove: () => Promise<unknown>;
  after: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      label={t("dossier.remove")}
      buttonProps={{
        size: "xs",
        variant: "default",
        color: "red",
        "aria-label": t("dossier.removeOf", { what }),
      }}
      title={t("dossier.removeTitle")}
      text={t("dossier.removeText", { what })}
      submit={t("dossier.remove")}
      cancel={t("dossier.cancel")}
      color="red"
      save={remove}
      after={after}
    />
  );
}
