import { Textarea } from "@mantine/core";

/** A written reason or note in a dialog: up to 1.000 characters, growing with its text. */
export function ReasonField({
  label,
  description,
  value,
  onChange,
  required = true,
  autoFocus = false,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      maxLength={1000}
      autosize
      minRows={2}
      required={required}
      data-autofocus={autoFocus || undefined}
    />
  );
}
