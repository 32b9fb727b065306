import { Alert, Anchor, Badge, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { SectionCard } from "../common/SectionCard.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { formatPeriod } from "../plans/plans.ts";
import { AcceptCommitment } from "./AcceptCommitment.tsx";
import { CommitmentForm } from "./CommitmentForm.tsx";
import { CompanyForm } from "./CompanyForm.tsx";
import { MouForm } from "./MouForm.tsx";
import { AnswerBadge, NextContact } from "./PartnerBits.tsx";
import { type CompanyDetail, type Mou, partnerRights, useCompany } from "./partners.ts";

// Dark shades: white text on them keeps a WCAG AA contrast.
const mouColor = { active: "teal.9", future: "blue.9", expired: "gray.7" } as const;

/** One company: its contacts, MoUs, commitments (and what their funders used) and circular history. */
export function CompanyPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/partners/companies/$id" });
  const detail = useCompany(id);
  const change = partnerRights(user).change;
  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return (
      <Stack>
        <BackLink />
        <Failed error={detail.error} retry={() => detail.refetch()} />
      </Stack>
    );
  const d = detail.data;
  const c = d.company;
  return (
    <Stack>
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {c.name}
          </Title>
          <Text size="sm" c="dimmed">
            {[c.code, c.sector].filter(Boolean).join(" · ")}
          </Text>
        </div>
        {change && <CompanyForm company={c} />}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="company-contact">
        <Field label={t("partners.company.contactName")} value={c.contactName} />
        <Field
          label={t("partners.company.contact")}
          value={[c.contactPhone, c.contactEmail].filter(Boolean).join(" · ") || null}
        />
        <Field label={t("partners.company.address")} value={c.address} />
      </SimpleGrid>
      {d.followUps.length > 0 && (
        <Alert color="red" title={t("partners.company.followUpsDue", { count: d.followUps.length })}>
          {d.followUps.map((f) => (
            <Text size="sm" key={f.circularId}>
              {f.circularNumber}: {formatDate(f.nextContact)} (
              {t(`partners.followUps.reason.${f.nextReason}`)})
            </Text>
          ))}
        </Alert>
      )}
      <MousCard detail={d} change={change} />
      <CommitmentsCard detail={d} change={change} regency={user.areaCode} />
      <CircularHistory detail={d} />
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/partners" size="sm">
      ← {t("partners.title")}
    </Anchor>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value ?? "–"}</Text>
    </div>
  );
}

function MouStatus({ mou }: { mou: Mou }) {
  const { t } = useTranslation();
  return (
    <Badge color={mouColor[mou.status]} variant="filled" tt="none" style={{ minWidth: "max-content" }}>
      {mou.status === "active"
        ? t("partners.mou.activeLeft", { count: mou.daysLeft ?? 0 })
        : t(`partners.mou.status.${mou.status}`)}
    </Badge>
  );
}

function MousCard({ detail: d, change }: { detail: CompanyDetail; change: boolean }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="mous-title" title={t("partners.mou.title")} hint={t("partners.mou.hint")}>
      <Stack gap="sm">
        {d.mous.length === 0 ? (
          <Empty title={t("partners.mou.empty")} />
        ) : (
          <ScrollTable minWidth={760} label={t("partners.mou.title")}>
            <Table striped aria-label={t("partners.mou.title")} data-testid="mous">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("partners.mou.number")}</Table.Th>
                  <Table.Th>{t("partners.mou.signedOn")}</Table.Th>
                  <Table.Th>{t("partners.mou.validity")}</Table.Th>
                  <Table.Th>{t("partners.mou.signatories")}</Table.Th>
                  <Table.Th>{t("partners.mou.statusLabel")}</Table.Th>
                  {change && <Table.Th>{t("partners.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.mous.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.number}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(m.signedOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {formatDate(m.validFrom)} – {formatDate(m.validTo)}
                    </Table.Td>
                    <Table.Td>
                      {m.signatories.length ? (
                        <ol style={{ margin: 0, paddingLeft: "1.2em" }}>
                          {m.signatories.map((s) => (
                            <li key={s}>{s}</li>
                          ))}
                        </ol>
                      ) : (
                        "–"
                      )}
                    </Table.Td>
                    <Table.Td>
                      <MouStatus mou={m} />
                    </Table.Td>
                    {change && (
                      <Table.Td>
                        <MouForm companyId={d.company.id} mou={m} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {change && (
          <Group>
            <MouForm companyId={d.company.id} />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

function CommitmentsCard({
  detail: d,
  change,
  regency,
}: {
  detail: CompanyDetail;
  change: boolean;
  regency: string;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard
      id="commitments-title"
      title={t("partners.commitment.title")}
      hint={t("partners.commitment.hint")}
    >
      <Stack gap="sm">
        {d.commitments.length === 0 ? (
          <Empty title={t("partners.commitment.empty")} />
        ) : (
          <ScrollTable minWidth={1100} label={t("partners.commitment.title")}>
            <Table striped aria-label={t("partners.commitment.title")} data-testid="commitments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("partners.commitment.period")}</Table.Th>
                  <Table.Th ta="right">{t("partners.commitment.budget")}</Table.Th>
                  <Table.Th ta="right">{t("partners.commitment.workers")}</Table.Th>
                  <Table.Th>{t("partners.commitment.for")}</Table.Th>
                  <Table.Th>{t("partners.commitment.funder")}</Table.Th>
                  <Table.Th ta="right">{t("partners.commitment.allocated")}</Table.Th>
                  <Table.Th ta="right">{t("partners.commitment.invoiced")}</Table.Th>
                  <Table.Th ta="right">{t("partners.commitment.paid")}</Table.Th>
                  {change && <Table.Th>{t("partners.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.commitments.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {formatPeriod(c.from, c.to)}
                      <Text size="xs" c="dimmed">
                        {c.mouNumber
                          ? t("partners.commitment.underMou", { number: c.mouNumber })
                          : t("partners.commitment.noMou")}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {formatRupiah(c.budget)}
                      <Text size="xs" c="dimmed">
                        {t("partners.commitment.perPerson", { amount: formatRupiah(c.perPerson) })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatNumber(c.workers)}
                      <Text size="xs" c={c.budgetShort ? "red.9" : "dimmed"} fw={c.budgetShort ? 700 : 400}>
                        {t(
                          c.budgetShort
                            ? "partners.commitment.capacityShort"
                            : "partners.commitment.capacity",
                          {
                            count: c.capacity,
                            n: formatNumber(c.capacity),
                          },
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {[...c.kecamatan.map((k) => k.name), ...c.occupations.map((o) => o.toLowerCase())].join(
                        ", ",
                      ) || t("partners.commitment.anyone")}
                    </Table.Td>
                    <Table.Td>
                      {c.funderCode ? (
                        <>
                          <Text size="sm" ff="monospace">
                            {c.funderCode}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t("partners.commitment.acceptedOn", { on: formatDate(c.acceptedAt) })}
                          </Text>
                        </>
                      ) : (
                        <Badge
                          color="indigo.9"
                          variant="filled"
                          tt="none"
                          style={{ minWidth: "max-content" }}
                        >
                          {t("partners.commitment.notAccepted")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {c.use ? (
                        <>
                          {formatNumber(c.use.allocated)}
                          <Text size="xs" c="dimmed">
                            {c.use.plan === null
                              ? t("partners.commitment.noPlan")
                              : t("partners.commitment.inPlan", {
                                  plan: c.use.plan,
                                  cost: formatRupiah(c.use.allocatedCost),
                                })}
                          </Text>
                        </>
                      ) : (
                        "–"
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {c.use ? formatRupiah(c.use.invoiced) : "–"}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {c.use ? formatRupiah(c.use.paid) : "–"}
                    </Table.Td>
                    {change && (
                      <Table.Td>
                        {c.funderId === null && (
                          <Group gap={4} wrap="nowrap">
                            <CommitmentForm
                              companyId={d.company.id}
                              mous={d.mous}
                              regency={regency}
                              commitment={c}
                            />
                            <AcceptCommitment commitment={c} />
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {change && (
          <Group>
            <CommitmentForm companyId={d.company.id} mous={d.mous} regency={regency} />
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}

function CircularHistory({ detail: d }: { detail: CompanyDetail }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="history-title" title={t("partners.history.title")} hint={t("partners.history.hint")}>
      {d.circulars.length === 0 ? (
        <Empty title={t("partners.history.empty")} />
      ) : (
        <ScrollTable minWidth={800} label={t("partners.history.title")}>
          <Table striped aria-label={t("partners.history.title")} data-testid="circular-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("partners.circular.letter")}</Table.Th>
                <Table.Th>{t("partners.circular.sentOn")}</Table.Th>
                <Table.Th>{t("partners.circular.answer")}</Table.Th>
                <Table.Th>{t("partners.circular.nextContact")}</Table.Th>
                <Table.Th>{t("partners.circular.notes")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.circulars.map((r) => (
                <Table.Tr key={r.circularId}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/partners/circulars" search={{ circular: r.circularId }} />
                      )}
                    >
                      {r.circularNumber}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.circularTitle}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(r.sentOn)}</Table.Td>
                  <Table.Td>
                    <AnswerBadge answer={r.answer} />
                    {r.answeredOn && (
                      <Text size="xs" c="dimmed">
                        {formatDate(r.answeredOn)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NextContact row={r} />
                  </Table.Td>
                  <Table.Td>{r.notes ?? "–"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </SectionCard>
  );
}
