import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** What a page shows while its data loads, when loading failed, and when there is nothing. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Center p="xl" aria-busy="true">
      <Loader size="sm" aria-label={t("state.loading")} />
    </Center>
  );
}

export function Failed({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t("state.error")} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {retry && (
          <Button size="xs" variant="outline" color="red.9" onClick={retry}>
            {t("state.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <Stack gap={4} align="center" p="xl">
      <Text fw={500}>{title}</Text>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
