import { TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { parseDay } from "../enrolment/enrolment.ts";

/** A day typed as 20-03-2026 (or 2026-03-20), with the hint and the error every form gives. */
export function DayField({
  label,
  value,
  onChange,
  placeholder,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={label}
      description={t("payments.dayHint")}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={value && !parseDay(value) ? t("payments.dayInvalid") : undefined}
      required
      data-autofocus={autoFocus || undefined}
    />
  );
}
