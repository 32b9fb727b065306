import { Group, MultiSelect, NumberInput, Select, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../common/api.ts";
import { FormModal } from "../common/FormModal.tsx";
import { useRegions } from "../common/regions.ts";
import { formatMonth, parseMonth } from "../plans/plans.ts";
import { addCommitment, type Commitment, type Mou, updateCommitment } from "./partners.ts";

const whole = (v: number | string) => (typeof v === "number" && Number.isInteger(v) && v > 0 ? v : null);

/**
 * Records what a company commits to pay for, or changes a commitment not yet accepted: the budget,
 * the workers, the months, optionally an MoU, kecamatan and occupations, and the package.
 */
export function CommitmentForm({
  companyId,
  mous,
  regency,
  commitment,
}: {
  companyId: number;
  mous: Mou[];
  /** The regency's code: its kecamatan are the choices. */
  regency: string;
  commitment?: Commitment;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [asked, setAsked] = useState(false);
  const kecamatan = useRegions(asked ? regency : undefined);
  const packages = useQuery({
    queryKey: ["tariffs"],
    queryFn: () => api<{ packages: { code: string; name: string }[] }>("/tariffs"),
    staleTime: Number.POSITIVE_INFINITY,
    enabled: asked,
  });
  const [mou, setMou] = useState<string | null>(null);
  const [budget, setBudget] = useState<number | string>("");
  const [workers, setWorkers] = useState<number | string>("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [areas, setAreas] = useState<string[]>([]);
  const [occupations, setOccupations] = useState("");
  const [pkg, setPkg] = useState<string | null>("jkk-jkm");
  const months = { from: parseMonth(from), to: parseMonth(to) };
  const ready =
    whole(budget) !== null &&
    whole(workers) !== null &&
    months.from !== null &&
    months.to !== null &&
    pkg !== null;
  return (
    <FormModal
      label={t(commitment ? "partners.commitment.edit" : "partners.commitment.add")}
      buttonProps={
        commitment
          ? {
              size: "xs",
              variant: "default",
              "aria-label": t("partners.commitment.editOf", { id: commitment.id }),
            }
          : { size: "xs" }
      }
      title={t(commitment ? "partners.commitment.editTitle" : "partners.commitment.addTitle")}
      text={t("partners.commitment.text")}
      submit={t("partners.save")}
      cancel={t("partners.cancel")}
      ready={ready}
      onOpen={() => {
        setAsked(true);
        setMou(commitment?.mouId ? String(commitment.mouId) : null);
        setBudget(commitment?.budget ?? "");
        setWorkers(commitment?.workers ?? "");
        setFrom(commitment ? formatMonth(commitment.from) : "");
        setTo(commitment ? formatMonth(commitment.to) : "");
        setAreas(commitment?.kecamatan.map((k) => k.code) ?? []);
        setOccupations(commitment?.occupations.join(", ").toLowerCase() ?? "");
        setPkg(commitment?.package ?? "jkk-jkm");
      }}
      save={() => {
        const input = {
          mouId: mou ? Number(mou) : null,
          budget: whole(budget) as number,
          workers: whole(workers) as number,
          from: months.from as string,
          to: months.to as string,
          kecamatanCodes: areas,
          occupations: occupations
            .split(",")
            .map((o) => o.trim())
            .filter(Boolean),
          package: pkg as string,
        };
        return commitment ? updateCommitment(commitment.id, input) : addCommitment(companyId, input);
      }}
      after={() => client.invalidateQueries({ queryKey: ["partners"] })}
    >
      <Group grow align="flex-start">
        <NumberInput
          label={t("partners.commitment.budget")}
          value={budget}
          onChange={setBudget}
          thousandSeparator="."
          decimalSeparator=","
          prefix="Rp"
          allowDecimal={false}
          allowNegative={false}
          hideControls
          required
          data-autofocus
        />
        <NumberInput
          label={t("partners.commitment.workers")}
          value={workers}
          onChange={setWorkers}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          allowNegative={false}
          hideControls
          required
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t("partners.commitment.from")}
          description={t("partners.commitment.monthHint")}
          placeholder="04-2026"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          error={from && !months.from ? t("plans.monthInvalid") : undefined}
          required
        />
        <TextInput
          label={t("partners.commitment.to")}
          description={t("partners.commitment.monthHint")}
          placeholder="12-2026"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={to && !months.to ? t("plans.monthInvalid") : undefined}
          required
        />
      </Group>
      <Select
        label={t("partners.commitment.mou")}
        description={t("partners.commitment.mouHint")}
        placeholder={t("partners.commitment.noMou")}
        data={mous.map((m) => ({ value: String(m.id), label: m.number }))}
        value={mou}
        onChange={setMou}
        clearable
      />
      <MultiSelect
        label={t("partners.commitment.kecamatan")}
        description={t("partners.commitment.kecamatanHint")}
        data={(kecamatan.data?.regions ?? []).map((r) => ({ value: r.code, label: r.name }))}
        value={areas}
        onChange={setAreas}
        searchable
        clearable
      />
      <TextInput
        label={t("partners.commitment.occupations")}
        description={t("partners.commitment.occupationsHint")}
        placeholder="nelayan, petani"
        value={occupations}
        onChange={(e) => setOccupations(e.currentTarget.value)}
      />
      <Select
        label={t("partners.commitment.package")}
        data={(packages.data?.packages ?? [{ code: "jkk-jkm", name: "JKK + JKM" }]).map((p) => ({
          value: p.code,
          label: p.name,
        }))}
        value={pkg}
        onChange={setPkg}
        allowDeselect={false}
      />
    </FormModal>
  );
}
