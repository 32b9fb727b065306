import { Card, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../common/format.ts";
import { type Dashboard, formatCount, formatRate } from "./dashboard.ts";

/** The area's numbers at a glance: covered against target and workforce, on the data's day. */
export function Headline({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { area } = dashboard;
  const cards = [
    { key: "covered", value: formatCount(area.covered) },
    { key: "target", value: formatCount(area.target) },
    { key: "progress", value: formatRate(area.targetProgress) },
    { key: "workforce", value: formatCount(area.workforce) },
    { key: "coverageRate", value: formatRate(area.coverageRate) },
    { key: "on", value: formatDate(dashboard.on) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
      {cards.map((c) => (
        <Card key={c.key} withBorder padding="sm" data-testid={`dashboard-${c.key}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`dashboard.${c.key}`)}
          </Text>
          <Text size="xl" fw={700}>
            {c.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
