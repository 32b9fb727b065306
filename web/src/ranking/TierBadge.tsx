import { Badge, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

// Dark shades: white text on them keeps a WCAG AA contrast.
const colors = ["teal.9", "red.9", "grape.9", "blue.9", "gray.7"];

/** The priority tier of a ranked person: renewal, desil 1, desil 2, desil 3–4, the rest. */
export function TierBadge({ tier }: { tier: number }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[tier] ?? "gray.7"} variant="filled" tt="none">
      {t(`tier.${tier}`)}
    </Badge>
  );
}

/** A desil with the flag that it is older than the rules allow (or undated). */
export function Desil({ desil, stale }: { desil: number | null; stale?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {desil ?? "–"}
      {stale && (
        <Text span size="xs" c="red.9" fw={600} ml={6} title={t("ranking.staleHint")}>
          {t("ranking.stale")}
        </Text>
      )}
    </>
  );
}
