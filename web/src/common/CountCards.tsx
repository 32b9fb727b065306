import { Card, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "./format.ts";

/**
 * Counts side by side, each a label over its number; `prefix` names both the labels' keys
 * (answer → answer.accepted) and the cards' test ids (answer-accepted).
 */
export function CountCards({
  prefix,
  counts,
  cols,
}: {
  prefix: string;
  counts: { key: string; value: number }[];
  cols: number;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: cols }}>
      {counts.map((c) => (
        <Card key={c.key} withBorder padding="xs" data-testid={`${prefix}-${c.key}`}>
          <Text size="xs" c="dimmed" fw={600}>
            {t(`${prefix}.${c.key}`)}
          </Text>
          <Text fw={700}>{formatNumber(c.value)}</Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
