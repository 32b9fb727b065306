import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../common/format.ts";

/** Previous and next for a list read a page at a time, with where the reader is. */
export function Pager({
  page,
  pages,
  onPage,
}: {
  /** From 1. */
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Button variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("persons.previous")}
      </Button>
      <Text size="sm">
        {t("pager.page", { page: formatNumber(page), pages: formatNumber(Math.max(pages, 1)) })}
      </Text>
      <Button variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("persons.next")}
      </Button>
    </Group>
  );
}
