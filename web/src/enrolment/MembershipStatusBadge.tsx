import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Membership, MembershipStatus } from "./enrolment.ts";

// Dark shades: white text on them keeps a WCAG AA contrast.
const colors: Record<MembershipStatus, string> = {
  registered: "blue.9",
  active: "teal.9",
  rejected: "red.9",
  lapsed: "grape.9",
  ended: "gray.7",
};

export function MembershipStatusBadge({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status] ?? "gray.7"} variant="filled" tt="none">
      {t(`enrolment.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** Why a membership is rejected (BPJS's words) or ended (in the user's language). */
export function MembershipNote({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  if (membership.rejection_reason) return <>{membership.rejection_reason}</>;
  if (membership.end_reason)
    return <>{t(`enrolment.endReason.${membership.end_reason}`, { defaultValue: membership.end_reason })}</>;
  return <>–</>;
}
