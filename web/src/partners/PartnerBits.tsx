import { Anchor, Badge, Group, Text, TextInput } from "@mantine/core";
import { Link, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatDate } from "../common/format.ts";
import { parseDay } from "../enrolment/enrolment.ts";
import type { Answer, Recipient } from "./partners.ts";

/** The two partners pages, side by side under their title. */
export function PartnersTabs() {
  const { t } = useTranslation();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const links = [
    {
      to: "/partners",
      label: t("partners.tabs.companies"),
      current: !path.startsWith("/partners/circulars"),
    },
    {
      to: "/partners/circulars",
      label: t("partners.tabs.circulars"),
      current: path.startsWith("/partners/circulars"),
    },
  ] as const;
  return (
    <Group gap="md" component="nav" aria-label={t("partners.tabs.label")}>
      {links.map((l) => (
        <Anchor
          key={l.to}
          component={Link}
          to={l.to}
          fw={l.current ? 700 : 400}
          underline={l.current ? "always" : "hover"}
          aria-current={l.current ? "page" : undefined}
        >
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}

// Dark shades: white text on them keeps a WCAG AA contrast.
const answerColor: Record<Answer, string> = { willing: "teal.9", declined: "red.9", considering: "violet.9" };
const whole = { minWidth: "max-content" } as const;

/** A company's answer to a circular, or that it has not answered. */
export function AnswerBadge({ answer }: { answer: Answer | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={answer ? answerColor[answer] : "gray.7"} variant="filled" tt="none" style={whole}>
      {t(`partners.answer.${answer ?? "none"}`)}
    </Badge>
  );
}

/** The day a company is to be contacted next: red and marked when it has passed, bold when today. */
export function NextContact({
  row,
}: {
  row: Pick<Recipient, "nextContact" | "status" | "daysLate" | "nextReason">;
}) {
  const { t } = useTranslation();
  if (!row.nextContact) return <Text size="sm">–</Text>;
  return (
    <div>
      <Text
        size="sm"
        c={row.status === "overdue" ? "red.9" : undefined}
        fw={row.status === "upcoming" ? 400 : 700}
        style={{ whiteSpace: "nowrap" }}
      >
        {formatDate(row.nextContact)}
        {row.status === "overdue" && ` · ${t("partners.followUps.late", { count: row.daysLate })}`}
        {row.status === "due" && ` · ${t("partners.followUps.today")}`}
      </Text>
      {row.nextReason && (
        <Text size="xs" c="dimmed">
          {t(`partners.followUps.reason.${row.nextReason}`)}
        </Text>
      )}
    </div>
  );
}

/** A day that may stay empty (dd-mm-yyyy or yyyy-mm-dd). */
export function OptionalDayField({
  label,
  value,
  onChange,
  description,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={description ?? t("payments.dayHint")}
      placeholder="20-03-2026"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={value.trim() && !parseDay(value) ? t("payments.dayInvalid") : undefined}
    />
  );
}

/** An optional day as the API wants it: null when empty, undefined when unreadable. */
export function optionalDay(text: string): string | null | undefined {
  if (!text.trim()) return null;
  return parseDay(text) ?? undefined;
}
