import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanStatus } from "./plans.ts";

// Dark shades: white text on them keeps a WCAG AA contrast.
const colors: Record<PlanStatus, string> = { draft: "blue.9", approved: "teal.9", superseded: "gray.7" };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="filled" tt="none">
      {t(`plans.status.${status}`)}
    </Badge>
  );
}
