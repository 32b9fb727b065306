import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../layout/LanguageSwitch.tsx";
import { useLogin } from "./session.ts";

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await login(String(form.get("username")), String(form.get("password")));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380} maw="100%">
        <form onSubmit={submit}>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t("login.title")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("app.tagline")}
              </Text>
            </div>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              name="username"
              label={t("login.username")}
              autoComplete="username"
              required
              autoFocus
            />
            <PasswordInput
              name="password"
              label={t("login.password")}
              autoComplete="current-password"
              required
            />
            <Button type="submit" loading={busy}>
              {t("login.submit")}
            </Button>
            <Text size="xs" c="dimmed">
              {t("login.help")}
            </Text>
            <Anchor component={Link} to="/cek" size="sm">
              {t("login.publicCheck")}
            </Anchor>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
