import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("nav.language")}
      value={i18n.language}
      onChange={(value) => setLanguage(value as "id" | "en")}
      data={[
        { value: "id", label: "ID" },
        { value: "en", label: "EN" },
      ]}
    />
  );
}
