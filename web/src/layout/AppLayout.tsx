import { AppShell, Burger, Group, Menu, NavLink, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can, type User, useLogout } from "../auth/session.ts";
import { claimRights } from "../claims/claims.ts";
import { partnerRights } from "../partners/partners.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/** The frame of every page after login: header with the user, navigation, the page. */
export function AppLayout({ user }: { user: User }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const links = [
    { to: "/", label: t("nav.home"), show: true },
    { to: "/dashboard", label: t("nav.dashboard"), show: true },
    { to: "/persons", label: t("nav.persons"), show: can(user).seePersons },
    { to: "/review", label: t("nav.review"), show: can(user).seePersons },
    { to: "/imports", label: t("nav.imports"), show: can(user).importLists },
    { to: "/ranking", label: t("nav.ranking"), show: can(user).seePersons },
    { to: "/plans", label: t("nav.plans"), show: user.role !== "csr_partner" },
    { to: "/proposals", label: t("nav.proposals"), show: can(user).importLists || user.role === "auditor" },
    { to: "/memberships", label: t("nav.memberships"), show: user.role !== "csr_partner" },
    { to: "/invoices", label: t("nav.invoices"), show: user.role !== "csr_partner" },
    { to: "/refunds", label: t("nav.refunds"), show: user.role !== "csr_partner" },
    { to: "/claims", label: t("nav.claims"), show: claimRights(user).read },
    { to: "/handovers", label: t("nav.handovers"), show: claimRights(user).read },
    { to: "/training", label: t("nav.training"), show: claimRights(user).read },
    { to: "/partners", label: t("nav.partners"), show: partnerRights(user).read },
    { to: "/reports", label: t("nav.reports"), show: true },
    { to: "/admin/users", label: t("nav.users"), show: user.role === "regency_admin" },
    { to: "/admin/regions", label: t("nav.regions"), show: true },
  ].filter((l) => l.show && user.role !== "csr_partner");
  // A CSR partner's whole app is its portal.
  if (user.role === "csr_partner") links.push({ to: "/portal", label: t("portal.nav"), show: true });
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700} size="lg" c="blue.9">
              {t("app.name")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton>
                  <Text size="sm" fw={500} lh={1.2}>
                    {user.fullName}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.2} visibleFrom="xs">
                    {t(`role.${user.role}`)} · {user.areaCode}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void logout()}>{t("nav.logout")}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav">
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            active={link.to === "/" ? path === "/" : path.startsWith(link.to)}
            variant="filled"
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
