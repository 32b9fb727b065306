import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { type Region, useRegions } from "../common/regions.ts";
import { levelOf } from "./dashboard.ts";

const options = (list: Region[] | undefined) => (list ?? []).map((r) => ({ value: r.code, label: r.name }));

/**
 * Which area the dashboard shows: the user's own by default; a regency's users pick a kecamatan
 * and then a desa, a kecamatan operator one of its desa. A desa operator has nothing to pick.
 */
export function AreaPicker({
  user,
  area,
  onPick,
}: {
  user: User;
  area: string;
  onPick: (code: string) => void;
}) {
  const { t } = useTranslation();
  const own = levelOf(user.areaCode);
  const level = levelOf(area);
  const kecamatan =
    own === 3 ? user.areaCode : level >= 3 ? area.split(".").slice(0, 3).join(".") : undefined;
  const kecamatanList = useRegions(own === 2 ? user.areaCode : undefined);
  const desaList = useRegions(kecamatan);
  if (own === 4) return null;
  return (
    <Group gap="sm" align="flex-end">
      {own === 2 && (
        <Select
          label={t("dashboard.kecamatan")}
          placeholder={t("dashboard.wholeRegency")}
          data={options(kecamatanList.data?.regions)}
          value={kecamatan ?? null}
          onChange={(value) => onPick(value ?? user.areaCode)}
          searchable
          clearable
          w={220}
        />
      )}
      {kecamatan && (
        <Select
          label={t("dashboard.desa")}
          placeholder={t("dashboard.wholeKecamatan")}
          data={options(desaList.data?.regions)}
          value={level === 4 ? area : null}
          onChange={(value) => onPick(value ?? kecamatan)}
          searchable
          clearable
          w={220}
        />
      )}
    </Group>
  );
}
