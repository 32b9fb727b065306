import { Alert, Anchor, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatRupiah } from "../common/format.ts";
import { SectionCard } from "../common/SectionCard.tsx";
import { Failed, Loading } from "../common/States.tsx";
import { PersonLink } from "../ranking/PersonLink.tsx";
import { BenefitCard } from "./BenefitCard.tsx";
import { ClaimActions } from "./ClaimActions.tsx";
import { ClaimStatusBadge, DaysInStep } from "./ClaimBadges.tsx";
import { type ClaimDetail, claimRights, deathTypes, useClaim } from "./claims.ts";
import { DocumentsCard } from "./DocumentsCard.tsx";
import { EducationCard } from "./EducationCard.tsx";
import { FamilyCard } from "./FamilyCard.tsx";
import { HeirsCard } from "./HeirsCard.tsx";
import { StepsCard } from "./StepsCard.tsx";
import { TrainingCard } from "./TrainingCard.tsx";

/**
 * One claim: who and what happened, what it pays line by line, its steps, the family and heirs,
 * the documents, the education benefit and training after a death; the next steps the role may take.
 */
export function ClaimPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/claims/$id" });
  const detail = useClaim(id);
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return (
      <Stack>
        <BackLink />
        <Failed error={detail.error} retry={() => detail.refetch()} />
      </Stack>
    );
  const d = detail.data;
  const c = d.claim;
  const rights = claimRights(user);
  const open = c.status === "draft" || c.status === "documents_complete";
  const death = deathTypes.includes(c.type);
  return (
    <Stack>
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t("claim.title", { id: c.id, name: c.name })}
            </Title>
            <ClaimStatusBadge status={c.status} />
            <DaysInStep days={c.days_in_step} overdue={c.overdue} status={c.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t(`claims.type.${c.type}`)}
            {c.school_year !== null &&
              ` · ${t("claims.schoolYear", { year: c.school_year, next: c.school_year + 1 })}`}
            {c.step_limit_days !== null &&
              ` · ${t("claim.stepLimit", { status: t(`claims.status.${c.status}`), n: c.step_limit_days })}`}
          </Text>
        </div>
        <ClaimActions detail={d} user={user} />
      </Group>
      {c.status === "rejected" && c.rejection_reason && (
        <Alert color="red" data-testid="claim-rejected">
          <Text size="sm" fw={600}>
            {t("claim.rejectedTitle")}
          </Text>
          <Text size="sm">{c.rejection_reason}</Text>
        </Alert>
      )}
      {c.status === "paid" && c.paid_amount !== null && (
        <Alert color="teal" data-testid="claim-paid">
          <Text size="sm" fw={600}>
            {t("claim.paidTitle")}
          </Text>
          <Text size="sm">
            {t("claim.paidText", { amount: formatRupiah(c.paid_amount), on: formatDate(c.paid_on) })}
          </Text>
        </Alert>
      )}
      {d.handover && (
        <Text size="sm">
          {t("claim.handover")}{" "}
          <Anchor
            renderRoot={(props) => <Link {...props} to="/handovers" search={{ handover: d.handover?.id }} />}
          >
            {d.handover.title}, {formatDate(d.handover.held_on)}
          </Anchor>
        </Text>
      )}
      <OtherClaims ids={c.other_claims} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: "start" }}>
        <EventCard detail={d} />
        <BenefitCard claim={c} />
      </SimpleGrid>
      {death ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: "start" }}>
          <FamilyCard detail={d} editable={rights.handle && open} />
          <HeirsCard detail={d} editable={rights.handle && open} />
        </SimpleGrid>
      ) : (
        <FamilyCard detail={d} editable={rights.handle && open} />
      )}
      <DocumentsCard detail={d} user={user} />
      <StepsCard steps={d.steps} />
      {death && rights.handle && <EducationCard detail={d} />}
      <TrainingCard detail={d} editable={rights.handle} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/claims" size="sm">
      ← {t("claims.title")}
    </Anchor>
  );
}

/** Who the claim is for and what happened, as reported. */
function EventCard({ detail: d }: { detail: ClaimDetail }) {
  const { t } = useTranslation();
  const c = d.claim;
  const e = d.event;
  const rows: [string, ReactNode][] = [
    [t("claim.member"), <PersonLink key="name" id={c.person_id} name={c.name} />],
    [
      t("persons.nik"),
      <Text key="nik" span ff="monospace" size="sm">
        {c.nik ?? "–"}
      </Text>,
    ],
    [t("claims.desa"), [c.desa, c.kecamatan].filter(Boolean).join(", ") || "–"],
    [t("claim.kpj"), d.membership?.kpj ?? "–"],
    [t("claim.funder"), d.membership ? `${d.membership.funder} · ${d.membership.package}` : "–"],
    [t("claims.event"), `${t(`claims.kind.${e.kind}`)}, ${formatDate(e.event_date)}`],
    [t("claim.workRelated"), t(e.work_related ? "claim.yes" : "claim.no")],
  ];
  if (e.cause) rows.push([t("report.cause"), e.cause]);
  if (e.place) rows.push([t("report.place"), e.place]);
  if (e.injury) rows.push([t("report.injury"), e.injury]);
  if (e.days_unable !== null) rows.push([t("report.daysUnable"), String(e.days_unable)]);
  rows.push([
    t("claim.reportedBy"),
    [t(`report.reporterOf.${e.reported_by}`), e.reporter].filter(Boolean).join(": "),
  ]);
  if (e.note) rows.push([t("report.note"), e.note]);
  if (c.bpjs_reference)
    rows.push([
      t("claim.bpjsReference"),
      `${c.bpjs_reference}${c.submitted_on ? ` · ${formatDate(c.submitted_on)}` : ""}`,
    ]);
  return (
    <SectionCard id="event-title" title={t("claim.eventTitle")} hint={t("claim.eventHint")}>
      <Table variant="vertical" withTableBorder data-testid="claim-event">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

/** The other claims of the same event: the education years opened from a death, or that death. */
function OtherClaims({ ids }: { ids: number[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Group gap="xs">
      <Text size="sm">{t("claim.otherClaims")}</Text>
      {ids.map((other) => (
        <Anchor
          key={other}
          size="sm"
          renderRoot={(props) => <Link {...props} to="/claims/$id" params={{ id: String(other) }} />}
        >
          {t("claim.claimN", { id: other })}
        </Anchor>
      ))}
    </Group>
  );
}
