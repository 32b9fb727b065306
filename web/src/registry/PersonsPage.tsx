import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate, formatNumber } from "../common/format.ts";
import { Empty, Failed, Loading } from "../common/States.tsx";
import type { Person, Region } from "./persons.ts";

export interface PersonSearch {
  name?: string;
  nik?: string;
  kecamatan?: string;
  desa?: string;
}

const pageSize = 50;

/** Search and browse the persons of the user's area, a page at a time. */
export function PersonsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/persons" });
  const navigate = useNavigate({ from: "/persons" });
  // The ids each page starts after; the last one is the page shown.
  const [cursors, setCursors] = useState<number[]>([0]);
  const after = cursors[cursors.length - 1];
  const query = new URLSearchParams({ limit: String(pageSize), after: String(after) });
  for (const [key, value] of Object.entries(search)) if (value) query.set(key, value);
  const result = useQuery({
    queryKey: ["persons", search, after],
    queryFn: () => api<{ persons: Person[]; total: number; more: boolean }>(`/persons?${query}`),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "").trim() || undefined;
    setCursors([0]);
    void navigate({
      search: { ...search, name: text("name"), nik: text("nik") },
    });
  };
  const setArea = (key: "kecamatan" | "desa", value: string | null) => {
    setCursors([0]);
    void navigate({
      search: { ...search, [key]: value ?? undefined, ...(key === "kecamatan" ? { desa: undefined } : {}) },
    });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("persons.title")}
      </Title>
      <Paper withBorder p="sm" component="form" onSubmit={submit} role="search">
        <Group align="flex-end" gap="sm">
          <TextInput
            name="name"
            label={t("persons.name")}
            placeholder={t("persons.namePlaceholder")}
            defaultValue={search.name}
            w={260}
          />
          <TextInput
            name="nik"
            label={t("persons.nik")}
            placeholder={t("persons.nikPlaceholder")}
            defaultValue={search.nik}
            inputMode="numeric"
            w={190}
          />
          <AreaFilters user={user} search={search} onChange={setArea} />
          <Button type="submit">{t("persons.search")}</Button>
        </Group>
      </Paper>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <Failed error={result.error} retry={() => result.refetch()} />
      ) : result.data.persons.length === 0 ? (
        <Empty title={t("persons.empty")} hint={t("persons.emptyHint")} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t(result.data.more ? "persons.foundMore" : "persons.found", {
              n: formatNumber(result.data.total),
            })}
          </Text>
          <PersonsTable persons={result.data.persons} />
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t("persons.previous")}
            </Button>
            <Text size="sm">{t("persons.page", { page: cursors.length })}</Text>
            <Button
              variant="default"
              disabled={result.data.persons.length < pageSize}
              onClick={() => setCursors([...cursors, result.data.persons[result.data.persons.length - 1].id])}
            >
              {t("persons.next")}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function PersonsTable({ persons }: { persons: Person[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("persons.name")}</Table.Th>
            <Table.Th>{t("persons.nik")}</Table.Th>
            <Table.Th>{t("persons.sex")}</Table.Th>
            <Table.Th>{t("persons.birthDate")}</Table.Th>
            <Table.Th>{t("persons.desa")}</Table.Th>
            <Table.Th>{t("persons.occupation")}</Table.Th>
            <Table.Th ta="right">{t("persons.desil")}</Table.Th>
            <Table.Th ta="right">{t("persons.records")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => <Link {...props} to="/persons/$id" params={{ id: String(p.id) }} />}
                >
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace">{p.nik ?? "–"}</Table.Td>
              <Table.Td>{p.sex ?? "–"}</Table.Td>
              <Table.Td>{formatDate(p.birth_date)}</Table.Td>
              <Table.Td>
                {p.desa_name ?? "–"}
                {p.kecamatan_name && (
                  <Text span size="xs" c="dimmed">
                    {" "}
                    · {p.kecamatan_name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{p.occupation ?? "–"}</Table.Td>
              <Table.Td ta="right">{p.desil ?? "–"}</Table.Td>
              <Table.Td ta="right">{p.records}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Kecamatan and desa pickers, narrowed to what the user's area holds. */
function AreaFilters({
  user,
  search,
  onChange,
}: {
  user: User;
  search: PersonSearch;
  onChange: (key: "kecamatan" | "desa", value: string | null) => void;
}) {
  const { t } = useTranslation();
  const level = user.areaCode.split(".").length;
  const kecamatanParent = level === 2 ? user.areaCode : undefined;
  const desaParent = level === 3 ? user.areaCode : level === 2 ? search.kecamatan : undefined;
  const kecamatan = useRegions(kecamatanParent);
  const desa = useRegions(desaParent);
  const options = (list: Region[] | undefined) => (list ?? []).map((r) => ({ value: r.code, label: r.name }));
  return (
    <>
      {level === 2 && (
        <Select
          label={t("persons.kecamatan")}
          placeholder={t("persons.all")}
          data={options(kecamatan.data?.regions)}
          value={search.kecamatan ?? null}
          onChange={(value) => onChange("kecamatan", value)}
          searchable
          clearable
          w={200}
        />
      )}
      {level <= 3 && (
        <Select
          label={t("persons.desa")}
          placeholder={t("persons.all")}
          data={options(desa.data?.regions)}
          value={search.desa ?? null}
          onChange={(value) => onChange("desa", value)}
          disabled={!desaParent}
          searchable
          clearable
          w={200}
        />
      )}
    </>
  );
}

function useRegions(parent: string | undefined) {
  return useQuery({
    queryKey: ["regions", parent],
    queryFn: () => api<{ regions: Region[] }>(`/regions?parent=${parent}`),
    enabled: Boolean(parent),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
