import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { Empty } from "../common/States.tsx";
import { RegistersPanel } from "./RegistersPanel.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { registerRights, reportsOf } from "./reports.ts";

export interface ReportsSearch {
  /** The registers' tab, or the reports (none). */
  tab?: "registers";
}

/**
 * Reports as XLSX or PDF for the user's role (each file states the day its numbers are for), and
 * the Paritrana dossier's registers of regulations and innovations on their own tab.
 */
export function ReportsPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/reports" });
  const navigate = useNavigate({ from: "/reports" });
  const mayReport = reportsOf(user).length > 0;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t("reports.title")}
      </Title>
      <Text c="dimmed" size="sm">
        {t("reports.intro")}
      </Text>
      <Tabs
        value={search.tab ?? "reports"}
        onChange={(value) => void navigate({ search: value === "registers" ? { tab: "registers" } : {} })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="reports">{t("reports.tabReports")}</Tabs.Tab>
          {registerRights(user).read && <Tabs.Tab value="registers">{t("reports.tabRegisters")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="reports" pt="md">
          {mayReport ? <ReportForm user={user} /> : <Empty title={t("reports.none")} />}
        </Tabs.Panel>
        <Tabs.Panel value="registers" pt="md">
          <RegistersPanel user={user} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
