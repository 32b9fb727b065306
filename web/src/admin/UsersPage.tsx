import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatDate } from "../common/format.ts";
import { Failed, Loading } from "../common/States.tsx";

interface Account extends User {
  active: boolean;
  createdAt: string;
  companyCode: string | null;
}

const roles = [
  "regency_admin",
  "kecamatan_operator",
  "desa_operator",
  "bpjs_officer",
  "csr_partner",
  "auditor",
];

/** Accounts of the regency: who may do what where; add one, end or restore one's access. */
export function UsersPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: () => api<{ users: Account[] }>("/users") });
  const [error, setError] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>("kecamatan_operator");
  const refresh = () => client.invalidateQueries({ queryKey: ["users"] });
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      await api("/users", {
        json: {
          username: String(data.get("username")),
          fullName: String(data.get("fullName")),
          role,
          areaCode: String(data.get("areaCode")),
          password: String(data.get("password")),
          // A CSR partner's account belongs to its company (the partner portal shows that company).
          ...(role === "csr_partner" ? { companyCode: String(data.get("companyCode")) } : {}),
        },
      });
      form.reset();
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const setActive = async (username: string, active: boolean) => {
    setError(null);
    try {
      await api(`/users/${username}/${active ? "activate" : "deactivate"}`, { method: "POST" });
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("users.title")}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Card withBorder component="form" onSubmit={add}>
        <Title order={2} size="h4" mb="sm">
          {t("users.add")}
        </Title>
        <Group align="flex-end">
          <TextInput name="username" label={t("users.username")} required w={170} />
          <TextInput name="fullName" label={t("users.fullName")} required w={200} />
          <Select
            label={t("users.role")}
            data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={setRole}
            w={190}
          />
          <TextInput
            name="areaCode"
            label={t("users.area")}
            description={t("users.areaHint")}
            required
            w={150}
          />
          {role === "csr_partner" && (
            <TextInput
              name="companyCode"
              label={t("portal.company")}
              description={t("portal.companyHint")}
              required
              w={170}
            />
          )}
          <PasswordInput name="password" label={t("users.password")} required minLength={10} w={180} />
          <Button type="submit">{t("users.addSubmit")}</Button>
        </Group>
      </Card>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <Failed error={users.error} />
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("users.username")}</Table.Th>
                <Table.Th>{t("users.fullName")}</Table.Th>
                <Table.Th>{t("users.role")}</Table.Th>
                <Table.Th>{t("users.area")}</Table.Th>
                <Table.Th>{t("users.since")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.users.map((u) => (
                <Table.Tr key={u.username}>
                  <Table.Td>{u.username}</Table.Td>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                  <Table.Td>
                    {u.areaCode}
                    {u.companyCode && ` · ${u.companyCode}`}
                  </Table.Td>
                  <Table.Td>{formatDate(u.createdAt)}</Table.Td>
                  <Table.Td>
                    {u.active ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void setActive(u.username, false)}
                      >
                        {t("users.deactivate")}
                      </Button>
                    ) : (
                      <Group gap="xs">
                        <Badge color="gray">{t("users.inactive")}</Badge>
                        <Button size="xs" variant="subtle" onClick={() => void setActive(u.username, true)}>
                          {t("users.activate")}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t("users.note")}
      </Text>
    </Stack>
  );
}
