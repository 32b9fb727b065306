import { Alert, Anchor, Button, Card, Container, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../common/format.ts";
import { LanguageSwitch } from "../layout/LanguageSwitch.tsx";
import { ProposalForm } from "./ProposalForm.tsx";
import { checkStatus, parseDate, type StatusAnswer } from "./publicCheck.ts";

/**
 * The public page (no login): a worker or an heir checks the cover with NIK and birth date, and a
 * worker who is not covered can propose themselves for their village's verification queue.
 */
export function PublicCheckPage() {
  const { t } = useTranslation();
  const [birth, setBirth] = useState("");
  const [answer, setAnswer] = useState<StatusAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const birthDate = parseDate(birth);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nik = String(new FormData(event.currentTarget).get("nik"));
    if (!birthDate) return;
    setBusy(true);
    setError(null);
    setAnswer(null);
    try {
      setAnswer(await checkStatus(nik, birthDate));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Container component="main" size="sm" py="lg">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={700} size="lg" c="blue.9">
              {t("app.name")}
            </Text>
            <Title order={1} size="h2">
              {t("publicCheck.title")}
            </Title>
          </div>
          <LanguageSwitch />
        </Group>
        <Text>{t("publicCheck.intro")}</Text>
        <Card withBorder component="section" aria-labelledby="check-title">
          <Title order={2} size="h4" id="check-title" mb="sm">
            {t("publicCheck.checkTitle")}
          </Title>
          <form onSubmit={submit}>
            <Stack gap="sm">
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
              </Group>
              <Group>
                <Button type="submit" loading={busy}>
                  {t("publicCheck.checkSubmit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {answer && <Answer answer={answer} />}
        <Card withBorder component="section" aria-labelledby="propose-title">
          <Title order={2} size="h4" id="propose-title">
            {t("publicCheck.proposeTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("publicCheck.proposeIntro")}
          </Text>
          <ProposalForm />
        </Card>
        <Text size="xs" c="dimmed">
          {t("publicCheck.privacy")}
        </Text>
        <Anchor component={Link} to="/" size="sm">
          {t("publicCheck.staffLogin")}
        </Anchor>
      </Stack>
    </Container>
  );
}

/** What the check answered: the cover and what to do, or that there is none on record. */
function Answer({ answer }: { answer: StatusAnswer }) {
  const { t } = useTranslation();
  if (answer.result !== "covered") {
    return (
      <Alert
        color="yellow"
        title={t("publicCheck.result.not_covered")}
        role="status"
        data-testid="status-answer"
      >
        <Text size="sm">{answer.message}</Text>
      </Alert>
    );
  }
  return (
    <Card withBorder component="section" aria-labelledby="answer-title" data-testid="status-answer">
      <Stack gap="sm">
        <Title order={2} size="h4" id="answer-title">
          {t("publicCheck.result.covered")}
        </Title>
        <Text role="status">{answer.message}</Text>
        <Group gap="xl">
          <Fact label={t("publicCheck.since")} value={formatDate(answer.since)} />
          <Fact label={t("publicCheck.funder")} value={answer.funder} />
          <Fact label={t("publicCheck.kpj")} value={answer.kpj ?? "–"} />
        </Group>
        <Title order={3} size="h5">
          {t("publicCheck.accident")}
        </Title>
        <Text size="sm">{answer.guidance.accident}</Text>
        <Title order={3} size="h5">
          {t("publicCheck.death")}
        </Title>
        <Text size="sm">{answer.guidance.death}</Text>
      </Stack>
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}
