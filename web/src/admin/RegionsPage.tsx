import { Anchor, Breadcrumbs, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { type Region, useRegions } from "../common/regions.ts";
import { Failed, Loading } from "../common/States.tsx";

/** The region tree (Kepmendagri codes): the regency, its kecamatan, their desa. */
export function RegionsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const regency = user.areaCode.slice(0, 5);
  const [path, setPath] = useState<Region[]>([]);
  const parent = path.length ? path[path.length - 1].code : regency;
  const regions = useRegions(parent);
  const root = useRegions(regency);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("regions.title")}
      </Title>
      <Breadcrumbs>
        <Anchor component="button" onClick={() => setPath([])}>
          {root.data?.parent?.name ?? regency}
        </Anchor>
        {path.map((r, i) => (
          <Anchor key={r.code} component="button" onClick={() => setPath(path.slice(0, i + 1))}>
            {r.name}
          </Anchor>
        ))}
      </Breadcrumbs>
      {regions.isPending ? (
        <Loading />
      ) : regions.isError ? (
        <Failed error={regions.error} />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("regions.code")}</Table.Th>
              <Table.Th>{t("regions.name")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.data.regions.map((r) => (
              <Table.Tr key={r.code}>
                <Table.Td ff="monospace">{r.code}</Table.Td>
                <Table.Td>
                  {r.level < 4 ? (
                    <Anchor component="button" onClick={() => setPath([...path, r])}>
                      {r.name}
                    </Anchor>
                  ) : (
                    r.name
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        {t("regions.source")}
      </Text>
    </Stack>
  );
}
