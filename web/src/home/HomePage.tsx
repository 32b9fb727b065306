import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { api } from "../common/api.ts";
import { formatNumber } from "../common/format.ts";
import { Failed, Loading } from "../common/States.tsx";

interface Overview {
  listed: number;
  persons: number;
  covered: number;
  review: number;
  quarantined: number | null;
}

/** The numbers that matter for the user's area, and what to do next. */
export function HomePage({ user }: { user: User }) {
  const { t } = useTranslation();
  const overview = useQuery({ queryKey: ["overview"], queryFn: () => api<Overview>("/overview") });
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <Failed error={overview.error} retry={() => overview.refetch()} />;
  const o = overview.data;
  const cards = [
    { key: "listed", value: o.listed },
    { key: "persons", value: o.persons },
    { key: "covered", value: o.covered },
    { key: "review", value: o.review },
    ...(o.quarantined === null ? [] : [{ key: "quarantined", value: o.quarantined }]),
  ];
  const next: { text: string; to: "/imports" | "/review" }[] = [
    ...(o.listed === 0 ? [{ text: t("home.nextImport"), to: "/imports" as const }] : []),
    ...(o.review > 0 ? [{ text: t("home.nextReview", { count: o.review }), to: "/review" as const }] : []),
    ...(o.quarantined
      ? [{ text: t("home.nextQuarantine", { count: o.quarantined }), to: "/imports" as const }]
      : []),
  ];
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {t("home.title")}
        </Title>
        <Text c="dimmed">{t("home.area", { area: user.areaCode })}</Text>
      </div>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {cards.map((card) => (
          <Card key={card.key} withBorder padding="md" data-testid={`overview-${card.key}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`home.${card.key}`)}
            </Text>
            <Text size="xl" fw={700}>
              {formatNumber(card.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t("home.next")}
        </Title>
        <List spacing="xs">
          {next.length === 0 && <List.Item>{t("home.nextAllDone")}</List.Item>}
          {next.map((line) => (
            <List.Item key={line.text}>
              <Anchor component={Link} to={line.to}>
                {line.text}
              </Anchor>
            </List.Item>
          ))}
          <List.Item>
            <Anchor component={Link} to="/persons">
              {t("home.nextSearch")}
            </Anchor>
          </List.Item>
        </List>
      </Card>
    </Stack>
  );
}
