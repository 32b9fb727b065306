import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "../common/format.ts";
import {
  type ChecklistItem,
  type ClaimStatus,
  type TrainingReferral,
  type TrainingStatus,
  trainingDay,
} from "./claims.ts";

// Dark shades: white text on them keeps a WCAG AA contrast.
// A badge hides what does not fit; in a narrow table column it must keep its whole word instead.
const whole = { minWidth: "max-content" } as const;
const statusColors: Record<ClaimStatus, string> = {
  draft: "blue.9",
  documents_complete: "indigo.9",
  submitted: "violet.9",
  paid: "teal.9",
  rejected: "red.9",
};

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status] ?? "gray.7"} variant="filled" tt="none" style={whole}>
      {t(`claims.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** Days in the current step; a red "overdue" badge once past the settings' limit. */
export function DaysInStep({
  days,
  overdue,
  status,
}: {
  days: number;
  overdue: boolean;
  status: ClaimStatus;
}) {
  const { t } = useTranslation();
  if (status === "paid" || status === "rejected") return null;
  return (
    <Group gap={6}>
      <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
        {t("claims.days", { n: formatNumber(days), count: days })}
      </Text>
      {overdue && (
        <Badge color="red.9" variant="filled" tt="none" style={whole}>
          {t("claims.overdue")}
        </Badge>
      )}
    </Group>
  );
}

const documentColors = { missing: "gray.7", uploaded: "blue.9", accepted: "teal.9", rejected: "red.9" };

export function DocumentBadge({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const state = item.document?.status ?? "missing";
  return (
    <Badge color={documentColors[state]} variant="filled" tt="none" style={whole}>
      {t(`claim.documents.state.${state}`)}
    </Badge>
  );
}

const trainingColors: Record<TrainingStatus, string> = {
  referred: "blue.9",
  enrolled: "indigo.9",
  completed: "teal.9",
  employed: "green.9",
};

export function TrainingBadge({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={trainingColors[status]} variant="filled" tt="none" style={whole}>
      {t(`training.status.${status}`)}
    </Badge>
  );
}

/** A referral's programme (and who runs it), its status and the day it got there: three cells. */
export function TrainingCells({ referral }: { referral: TrainingReferral }) {
  return (
    <>
      <Table.Td>
        {referral.program}
        {referral.provider && (
          <Text size="xs" c="dimmed">
            {referral.provider}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TrainingBadge status={referral.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(trainingDay(referral))}</Table.Td>
    </>
  );
}
