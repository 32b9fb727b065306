import { Alert, Button, Checkbox, Group, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDate, sendProposal, useVillages } from "./publicCheck.ts";

/**
 * A worker's proposal: NIK, name, birth date, village, occupation, phone and consent. On the public
 * page the worker sends it; on the Usulan page an operator sends it for them (`onBehalf`), with the
 * villages limited to `area`. The answer never says whether the NIK was already known.
 */
export function ProposalForm({
  onBehalf = false,
  area,
  onSent,
}: {
  onBehalf?: boolean;
  /** A region code: only its villages are offered. */
  area?: string;
  onSent?: () => void;
}) {
  const { t } = useTranslation();
  const villages = useVillages();
  const [chosenKecamatan, setKecamatan] = useState<string | null>(null);
  const [chosenDesa, setDesa] = useState<string | null>(null);
  const [birth, setBirth] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const inArea = (code: string) => !area || code === area || code.startsWith(`${area}.`);
  const list = (villages.data?.villages ?? []).filter((v) => inArea(v.code));
  const kecamatanOptions = [...new Map(list.map((v) => [v.kecamatanCode, v.kecamatan])).entries()].map(
    ([value, label]) => ({ value, label }),
  );
  // An operator of one kecamatan or desa has nothing to choose there.
  const only = <T extends { value: string }>(options: T[]) =>
    options.length === 1 ? options[0].value : null;
  const kecamatan = chosenKecamatan ?? only(kecamatanOptions);
  const desaOptions = list
    .filter((v) => v.kecamatanCode === kecamatan)
    .map((v) => ({ value: v.code, label: v.name }));
  const desa = chosenDesa ?? only(desaOptions);
  const birthDate = parseDate(birth);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (!birthDate || !desa) return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const phone = String(data.get("phone") ?? "").trim();
      const answer = (await sendProposal(
        {
          nik: String(data.get("nik")),
          name: String(data.get("name")),
          birthDate,
          occupation: String(data.get("occupation")),
          phone: phone || null,
          desaCode: desa,
          consent: data.get("consent") === "on",
        },
        onBehalf,
      )) as { message?: string };
      setSent(answer.message ?? t("proposals.sent"));
      form.reset();
      setBirth("");
      onSent?.();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t("publicCheck.proposeTitle")}>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {sent && (
          <Alert color="green" role="status" data-testid="proposal-sent">
            {sent}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            name="nik"
            label={t("publicCheck.nik")}
            description={t("publicCheck.nikHint")}
            inputMode="numeric"
            autoComplete="off"
            required
            miw={200}
          />
          <TextInput name="name" label={t("publicCheck.name")} autoComplete="name" required miw={200} />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t("publicCheck.birthDate")}
            description={t("publicCheck.birthDateHint")}
            placeholder="20-10-1990"
            value={birth}
            onChange={(e) => setBirth(e.currentTarget.value)}
            error={birth && !birthDate ? t("publicCheck.birthDateInvalid") : undefined}
            required
            miw={200}
          />
          <TextInput
            name="occupation"
            label={t("publicCheck.occupation")}
            description={t("publicCheck.occupationHint")}
            required
            miw={200}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t("publicCheck.kecamatan")}
            data={kecamatanOptions}
            value={kecamatan}
            onChange={(value) => {
              setKecamatan(value);
              setDesa(null);
            }}
            searchable
            required
            disabled={villages.isPending}
            miw={200}
          />
          <Select
            label={t("publicCheck.desa")}
            data={desaOptions}
            value={desa}
            onChange={setDesa}
            searchable
            required
            disabled={!kecamatan}
            miw={200}
          />
          <TextInput
            name="phone"
            label={t("publicCheck.phone")}
            description={t("publicCheck.phoneHint")}
            type="tel"
            autoComplete="tel"
            miw={200}
          />
        </Group>
        <Checkbox
          name="consent"
          required
          label={onBehalf ? t("publicCheck.consentOnBehalf") : t("publicCheck.consent")}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={!desa}>
            {t("publicCheck.proposeSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
