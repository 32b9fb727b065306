import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate, formatNumber } from "../common/format.ts";
import { type Region, useRegions } from "../common/regions.ts";
import { Empty, Failed, Loading } from "../common/States.tsx";
import type { Person } from "./persons.ts";

export interface PersonSearch {
  name?: string;
  nik?: string;
  kecamatan?: string;
  desa?: string;
  occupation?: string;
  desil?: string;
  flag?: string;
  sort?: string;
}

const flags = ["nik_invalid", "under_review", "covered"];

const pageSize = 50;

/** Search and browse the persons of the user's area, a page at a time. */
export function PersonsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/persons" });
  const navigate = useNavigate({ from: "/persons" });
  // The ids each page starts after; the last one is the page shown.
  const [cursors, setCursors] = useState<number[]>([0]);
  const after = cursors[cursors.length - 1];
  const byId = !search.sort || search.sort === "id";
  // By id a page starts after the last id seen; in another order, at an offset (at most 1.000).
  const offset = (cursors.length - 1) * pageSize;
  const query = new URLSearchParams({ limit: String(pageSize) });
  query.set(byId ? "after" : "offset", String(byId ? after : offset));
  for (const [key, value] of Object.entries(search)) if (value) query.set(key, value);
  const result = useQuery({
    queryKey: ["persons", search, after, offset],
    queryFn: () => api<{ persons: Person[]; total: number; more: boolean }>(`/persons?${query}`),
    placeholderData: keepPreviousData,
  });
  // A new search starts at its first page.
  const setSearch = (change: Partial<PersonSearch>) => {
    setCursors([0]);
    void navigate({ search: { ...search, ...change } });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "").trim() || undefined;
    setSearch({ name: text("name"), nik: text("nik"), occupation: text("occupation") });
  };
  // A new kecamatan clears the desa, which belonged to the old one.
  const setArea = (key: "kecamatan" | "desa", value: string | null) =>
    setSearch({ [key]: value ?? undefined, ...(key === "kecamatan" ? { desa: undefined } : {}) });
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
          <TextInput
            name="occupation"
            label={t("persons.occupation")}
            defaultValue={search.occupation}
            w={170}
          />
          <Select
            label={t("persons.desilUpTo")}
            placeholder={t("persons.all")}
            data={["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]}
            value={search.desil ?? null}
            onChange={(value) => setSearch({ desil: value ?? undefined })}
            clearable
            w={110}
          />
          <Select
            label={t("persons.flag")}
            placeholder={t("persons.all")}
            data={flags.map((f) => ({ value: f, label: t(`persons.flags.${f}`) }))}
            value={search.flag ?? null}
            onChange={(value) => setSearch({ flag: value ?? undefined })}
            clearable
            w={190}
          />
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
          <PersonsTable
            persons={result.data.persons}
            sort={search.sort ?? "id"}
            onSort={(sort) => setSearch({ sort: sort === "id" ? undefined : sort })}
          />
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
              disabled={result.data.persons.length < pageSize || (!byId && offset + pageSize >= 1000)}
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

function PersonsTable({
  persons,
  sort,
  onSort,
}: {
  persons: Person[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  // A column header sorts by it; again, back to the order of entry.
  const sortable = (key: string, label: string) => (
    <UnstyledButton
      onClick={() => onSort(sort === key ? "id" : key)}
      fw={700}
      fz="sm"
      aria-pressed={sort === key}
    >
      {label} {sort === key ? "▲" : ""}
    </UnstyledButton>
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{sortable("name", t("persons.name"))}</Table.Th>
            <Table.Th>{t("persons.nik")}</Table.Th>
            <Table.Th>{t("persons.sex")}</Table.Th>
            <Table.Th>{sortable("birth_date", t("persons.birthDate"))}</Table.Th>
            <Table.Th>{t("persons.desa")}</Table.Th>
            <Table.Th>{t("persons.occupation")}</Table.Th>
            <Table.Th ta="right">{sortable("desil", t("persons.desil"))}</Table.Th>
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
