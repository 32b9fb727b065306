import { Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatNumber } from "../common/format.ts";
import { SectionCard } from "../common/SectionCard.tsx";
import type { ClaimStep } from "./claims.ts";

/** The claim's steps, oldest first, each with who took it and how many days it lasted (so far). */
export function StepsCard({ steps }: { steps: ClaimStep[] }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="steps-title" title={t("claim.steps.title")} hint={t("claim.steps.hint")}>
      <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} data-testid="claim-steps">
        {steps.map((step, i) => (
          <Timeline.Item
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; the order is the history
            key={i}
            title={t(`claims.status.${step.status}`, { defaultValue: step.status })}
          >
            <Text size="sm">
              {formatDateTime(step.at)} · {step.by}
            </Text>
            {step.note && <Text size="sm">{step.note}</Text>}
            {/* A decided claim's last step has no days: it has no end. */}
            {step.days !== null && (
              <Text size="xs" c="dimmed">
                {t(i === steps.length - 1 ? "claim.steps.daysSoFar" : "claim.steps.days", {
                  n: formatNumber(step.days),
                  count: step.days,
                })}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
