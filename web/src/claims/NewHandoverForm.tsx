import { Checkbox, Stack, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { DayField } from "../common/DayField.tsx";
import { FormModal } from "../common/FormModal.tsx";
import { formatDate, formatRupiah } from "../common/format.ts";
import { Loading } from "../common/States.tsx";
import { parseDay } from "../enrolment/enrolment.ts";
import { type ClaimSummary, createHandover } from "./claims.ts";

/**
 * Plans a handover ceremony: its name, day and place, and the paid claims of the user's area that
 * no ceremony holds yet (a claim is handed over once).
 */
export function NewHandoverButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [asked, setAsked] = useState(false);
  const [title, setTitle] = useState("");
  const [on, setOn] = useState("");
  const [place, setPlace] = useState("");
  const [ids, setIds] = useState<string[]>([]);
  const day = parseDay(on);
  const paid = useQuery({
    queryKey: ["claims", "paid-for-handover"],
    queryFn: () =>
      api<{ claims: ClaimSummary[]; total: number }>("/claims?status=paid&handedOver=false&limit=200"),
    enabled: asked,
  });
  const loading = paid.isPending;
  const free = paid.data?.claims ?? [];
  return (
    <FormModal
      label={t("handovers.new")}
      title={t("handovers.newTitle")}
      text={t("handovers.newText")}
      submit={t("handovers.newSubmit")}
      cancel={t("claim.actions.cancel")}
      ready={title.trim().length > 0 && place.trim().length > 0 && day !== null && ids.length > 0}
      onOpen={() => {
        setAsked(true);
        setTitle("");
        setOn("");
        setPlace("");
        setIds([]);
        void client.invalidateQueries({ queryKey: ["claims", "paid-for-handover"] });
      }}
      save={() =>
        createHandover({
          title: title.trim(),
          heldOn: day as string,
          place: place.trim(),
          claimIds: ids.map(Number),
        })
      }
      after={() =>
        Promise.all(
          ["handovers", "handover", "claim", "claims"].map((key) =>
            client.invalidateQueries({ queryKey: [key] }),
          ),
        )
      }
    >
      <TextInput
        label={t("handovers.name")}
        description={t("handovers.nameHint")}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={200}
        required
        data-autofocus
      />
      <DayField label={t("handovers.heldOn")} value={on} onChange={setOn} placeholder="03-12-2026" />
      <TextInput
        label={t("handovers.place")}
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
        maxLength={200}
        required
      />
      {loading ? (
        <Loading />
      ) : free.length === 0 ? (
        <Text size="sm" role="status">
          {t("handovers.noPaid")}
        </Text>
      ) : (
        <Checkbox.Group label={t("handovers.choose")} value={ids} onChange={setIds} required>
          <Stack gap={6} mt={4} data-testid="handover-candidates">
            {free.map((c) => (
              <Checkbox
                key={c.id}
                value={String(c.id)}
                label={`${c.name} · ${t(`claims.type.${c.type}`)} · ${formatRupiah(c.paid_amount ?? 0)}`}
                description={t("handovers.paidOn", { on: formatDate(c.paid_on), desa: c.desa ?? "–" })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormModal>
  );
}
