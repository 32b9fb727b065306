import {
  createRootRoute,
  createRoute,
  createRouter,
  Navigate,
  Outlet,
  useRouterState,
} from "@tanstack/react-router";
import { lazy, Suspense } from "react";
import { RegionsPage } from "./admin/RegionsPage.tsx";
import { UsersPage } from "./admin/UsersPage.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { can, type User, useSession } from "./auth/session.ts";
import { ClaimPage } from "./claims/ClaimPage.tsx";
import { ClaimsPage, type ClaimsSearch } from "./claims/ClaimsPage.tsx";
import { claimStatuses, claimTypes } from "./claims/claims.ts";
import { HandoversPage, type HandoversSearch } from "./claims/HandoversPage.tsx";
import { TrainingPage } from "./claims/TrainingPage.tsx";
import { Empty, Failed, Loading } from "./common/States.tsx";
import type { DashboardSearch } from "./dashboard/DashboardPage.tsx";
import { membershipStatuses } from "./enrolment/enrolment.ts";
import { type MembershipSearch, MembershipsPage } from "./enrolment/MembershipsPage.tsx";
import { HomePage } from "./home/HomePage.tsx";
import i18n from "./i18n.ts";
import { BatchPage } from "./imports/BatchPage.tsx";
import { ImportPage } from "./imports/ImportPage.tsx";
import { InvoicesPage, type InvoicesSearch } from "./invoices/InvoicesPage.tsx";
import { RefundsPage, type RefundsSearch } from "./invoices/RefundsPage.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { CircularsPage, type CircularsSearch } from "./partners/CircularsPage.tsx";
import { CompanyPage } from "./partners/CompanyPage.tsx";
import { PartnersPage } from "./partners/PartnersPage.tsx";
import { PlanPage } from "./plans/PlanPage.tsx";
import type { PlanSearch } from "./plans/PlanPersons.tsx";
import { PlansPage } from "./plans/PlansPage.tsx";
import { PortalPage, type PortalSearch } from "./portal/PortalPage.tsx";
import { ProposalsPage } from "./proposals/ProposalsPage.tsx";
import { PublicCheckPage } from "./public-check/PublicCheckPage.tsx";
import { RankingPage, type RankingSearch } from "./ranking/RankingPage.tsx";
import { PersonPage } from "./registry/PersonPage.tsx";
import { type PersonSearch, PersonsPage } from "./registry/PersonsPage.tsx";
import { ReportsPage, type ReportsSearch } from "./reports/ReportsPage.tsx";
import { ReviewPage } from "./review/ReviewPage.tsx";

/** Every page needs a login: without one, the login page stands in for it. */
function Root() {
  const session = useSession();
  // The public status check needs no login: it stands on its own, logged in or not.
  const path = useRouterState({ select: (s) => s.location.pathname });
  if (path === "/cek") return <Outlet />;
  if (session.isPending) return <Loading />;
  if (session.isError) return <Failed error={session.error} retry={() => session.refetch()} />;
  if (!session.data) return <LoginPage />;
  // A CSR partner has its portal and nothing else: every other page leads there.
  if (session.data.user.role === "csr_partner" && path !== "/portal")
    return <Navigate to="/portal" replace />;
  return <AppLayout user={session.data.user} />;
}

/** The logged-in user, for pages (Root renders them only after login). */
function useUser(): User {
  return useSession().data!.user;
}

const root = createRootRoute({
  component: Root,
  notFoundComponent: () => <Empty title={i18n.t("state.notFound")} />,
});
const home = createRoute({
  getParentRoute: () => root,
  path: "/",
  component: () => <HomePage user={useUser()} />,
});
const persons = createRoute({
  getParentRoute: () => root,
  path: "/persons",
  validateSearch: (search: Record<string, unknown>): PersonSearch => ({
    name: typeof search.name === "string" ? search.name : undefined,
    nik: typeof search.nik === "string" ? search.nik : undefined,
    kecamatan: typeof search.kecamatan === "string" ? search.kecamatan : undefined,
    desa: typeof search.desa === "string" ? search.desa : undefined,
    occupation: typeof search.occupation === "string" ? search.occupation : undefined,
    desil: search.desil === undefined ? undefined : String(search.desil),
    flag: typeof search.flag === "string" ? search.flag : undefined,
    sort: typeof search.sort === "string" ? search.sort : undefined,
  }),
  component: () => <PersonsPage user={useUser()} />,
});
const review = createRoute({
  getParentRoute: () => root,
  path: "/review",
  component: () => <ReviewPage user={useUser()} />,
});
const imports = createRoute({
  getParentRoute: () => root,
  path: "/imports",
  component: ImportPage,
});
const batch = createRoute({
  getParentRoute: () => root,
  path: "/imports/$batch",
  component: () => <BatchPage mayFix={can(useUser()).fixQuarantine} />,
});
const users = createRoute({
  getParentRoute: () => root,
  path: "/admin/users",
  component: UsersPage,
});
const regions = createRoute({
  getParentRoute: () => root,
  path: "/admin/regions",
  component: () => <RegionsPage user={useUser()} />,
});
const person = createRoute({
  getParentRoute: () => root,
  path: "/persons/$id",
  component: () => <PersonPage user={useUser()} />,
});

const ranking = createRoute({
  getParentRoute: () => root,
  path: "/ranking",
  validateSearch: (search: Record<string, unknown>): RankingSearch => ({
    year: /^\d{4}$/.test(String(search.year)) ? Number(search.year) : undefined,
  }),
  component: () => <RankingPage user={useUser()} />,
});
const plans = createRoute({
  getParentRoute: () => root,
  path: "/plans",
  component: () => <PlansPage user={useUser()} />,
});
const plan = createRoute({
  getParentRoute: () => root,
  path: "/plans/$plan",
  validateSearch: (search: Record<string, unknown>): PlanSearch => ({
    list: search.list === "waitlist" ? "waitlist" : undefined,
  }),
  component: () => <PlanPage user={useUser()} />,
});
const positive = (value: unknown) => (/^[1-9]\d{0,9}$/.test(String(value)) ? Number(value) : undefined);
const memberships = createRoute({
  getParentRoute: () => root,
  path: "/memberships",
  validateSearch: (search: Record<string, unknown>): MembershipSearch => ({
    status: membershipStatuses.find((s) => s === search.status),
    funder: typeof search.funder === "string" ? search.funder : undefined,
    plan: positive(search.plan),
    page: positive(search.page),
    membership: positive(search.membership),
  }),
  component: () => <MembershipsPage user={useUser()} />,
});
const invoices = createRoute({
  getParentRoute: () => root,
  path: "/invoices",
  validateSearch: (search: Record<string, unknown>): InvoicesSearch => ({
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(String(search.month)) ? String(search.month) : undefined,
  }),
  component: () => <InvoicesPage user={useUser()} />,
});
const refunds = createRoute({
  getParentRoute: () => root,
  path: "/refunds",
  validateSearch: (search: Record<string, unknown>): RefundsSearch => ({
    all: search.all === true || search.all === "true" ? true : undefined,
    funder: typeof search.funder === "string" ? search.funder : undefined,
  }),
  component: () => <RefundsPage user={useUser()} />,
});
const claims = createRoute({
  getParentRoute: () => root,
  path: "/claims",
  validateSearch: (search: Record<string, unknown>): ClaimsSearch => ({
    status: claimStatuses.find((s) => s === search.status),
    type: claimTypes.find((s) => s === search.type),
    overdue: search.overdue === true || search.overdue === "true" ? true : undefined,
    page: positive(search.page),
  }),
  component: () => <ClaimsPage user={useUser()} />,
});
const claim = createRoute({
  getParentRoute: () => root,
  path: "/claims/$id",
  component: () => <ClaimPage user={useUser()} />,
});
const handovers = createRoute({
  getParentRoute: () => root,
  path: "/handovers",
  validateSearch: (search: Record<string, unknown>): HandoversSearch => ({
    handover: positive(search.handover),
  }),
  component: () => <HandoversPage user={useUser()} />,
});
const training = createRoute({
  getParentRoute: () => root,
  path: "/training",
  component: () => <TrainingPage user={useUser()} />,
});

// ECharts is loaded with the dashboard only, not with every page.
const DashboardPage = lazy(() =>
  import("./dashboard/DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })),
);
const dashboard = createRoute({
  getParentRoute: () => root,
  path: "/dashboard",
  validateSearch: (search: Record<string, unknown>): DashboardSearch => ({
    area: /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(String(search.area)) ? String(search.area) : undefined,
  }),
  component: () => (
    <Suspense fallback={<Loading />}>
      <DashboardPage user={useUser()} />
    </Suspense>
  ),
});

const publicCheck = createRoute({
  getParentRoute: () => root,
  path: "/cek",
  component: PublicCheckPage,
});
const portal = createRoute({
  getParentRoute: () => root,
  path: "/portal",
  validateSearch: (search: Record<string, unknown>): PortalSearch => ({
    company: typeof search.company === "string" ? search.company : undefined,
  }),
  component: PortalPage,
});
const reports = createRoute({
  getParentRoute: () => root,
  path: "/reports",
  validateSearch: (search: Record<string, unknown>): ReportsSearch => ({
    tab: search.tab === "registers" ? "registers" : undefined,
  }),
  component: () => <ReportsPage user={useUser()} />,
});
const partners = createRoute({
  getParentRoute: () => root,
  path: "/partners",
  component: () => <PartnersPage user={useUser()} />,
});
const company = createRoute({
  getParentRoute: () => root,
  path: "/partners/companies/$id",
  component: () => <CompanyPage user={useUser()} />,
});
const circulars = createRoute({
  getParentRoute: () => root,
  path: "/partners/circulars",
  validateSearch: (search: Record<string, unknown>): CircularsSearch => ({
    circular: positive(search.circular),
  }),
  component: () => <CircularsPage user={useUser()} />,
});
const proposals = createRoute({
  getParentRoute: () => root,
  path: "/proposals",
  component: () => <ProposalsPage user={useUser()} />,
});

export const router = createRouter({
  routeTree: root.addChildren([
    home,
    dashboard,
    persons,
    person,
    review,
    imports,
    batch,
    ranking,
    plans,
    plan,
    publicCheck,
    proposals,
    memberships,
    invoices,
    refunds,
    claims,
    claim,
    handovers,
    training,
    partners,
    company,
    circulars,
    portal,
    reports,
    users,
    regions,
  ]),
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
