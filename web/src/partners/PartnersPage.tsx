import { Anchor, Card, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import { CompanyForm } from "./CompanyForm.tsx";
import { AnswerBadge, PartnersTabs } from "./PartnerBits.tsx";
import {
  type CompanyFilter,
  type CompanyRow,
  partnerRights,
  useCompanies,
  useExpiringMous,
} from "./partners.ts";

type Choice = "all" | "yes" | "no";
const asFlag = (c: Choice) => (c === "all" ? undefined : c === "yes");

/**
 * The companies that may pay for workers' cover from CSR funds: their MoU in force, commitments and
 * answer to the latest circular, filtered; MoUs ending soon. Regency admins add companies.
 */
export function PartnersPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [search] = useDebouncedValue(q.trim(), 300);
  const [answered, setAnswered] = useState<Choice>("all");
  const [activeMou, setActiveMou] = useState<Choice>("all");
  const [commitments, setCommitments] = useState<Choice>("all");
  const filter: CompanyFilter = {
    q: search || undefined,
    answered: asFlag(answered),
    activeMou: asFlag(activeMou),
    commitments: asFlag(commitments),
  };
  const companies = useCompanies(filter);
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const choice = (label: string, value: Choice, onChange: (c: Choice) => void, yes: string, no: string) => (
    <Select
      label={label}
      data={[
        { value: "all", label: t("partners.filter.all") },
        { value: "yes", label: yes },
        { value: "no", label: no },
      ]}
      value={value}
      onChange={(v) => onChange((v ?? "all") as Choice)}
      allowDeselect={false}
      w={200}
    />
  );
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t("partners.title")}
        </Title>
        {partnerRights(user).change && <CompanyForm />}
      </Group>
      <PartnersTabs />
      <Text c="dimmed" size="sm">
        {t("partners.intro")}
      </Text>
      <Group align="flex-end">
        <TextInput
          label={t("partners.filter.q")}
          placeholder={t("partners.filter.qPlaceholder")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={220}
        />
        {choice(
          t("partners.filter.answered"),
          answered,
          setAnswered,
          t("partners.filter.answeredYes"),
          t("partners.filter.answeredNo"),
        )}
        {choice(
          t("partners.filter.activeMou"),
          activeMou,
          setActiveMou,
          t("partners.filter.activeMouYes"),
          t("partners.filter.activeMouNo"),
        )}
        {choice(
          t("partners.filter.commitments"),
          commitments,
          setCommitments,
          t("partners.filter.commitmentsYes"),
          t("partners.filter.commitmentsNo"),
        )}
      </Group>
      {companies.isPending ? (
        <Loading />
      ) : companies.isError ? (
        <Failed error={companies.error} retry={() => companies.refetch()} />
      ) : companies.data.companies.length === 0 ? (
        <Empty
          title={t(filtered ? "partners.emptyFiltered" : "partners.empty")}
          hint={
            filtered
              ? undefined
              : t(partnerRights(user).change ? "partners.emptyHintAdmin" : "partners.emptyHint")
          }
        />
      ) : (
        <CompaniesTable companies={companies.data.companies} />
      )}
      <ExpiringCard />
    </Stack>
  );
}

function CompaniesTable({ companies }: { companies: CompanyRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={1000} label={t("partners.list.caption")}>
      <Table striped highlightOnHover aria-label={t("partners.list.caption")} data-testid="companies">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("partners.company.name")}</Table.Th>
            <Table.Th>{t("partners.company.contact")}</Table.Th>
            <Table.Th>{t("partners.list.mou")}</Table.Th>
            <Table.Th ta="right">{t("partners.list.commitments")}</Table.Th>
            <Table.Th>{t("partners.list.circular")}</Table.Th>
            <Table.Th>{t("partners.list.nextContact")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {companies.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/partners/companies/$id" params={{ id: String(c.id) }} />
                  )}
                >
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[c.code, c.sector].filter(Boolean).join(" · ")}
                </Text>
              </Table.Td>
              <Table.Td>
                {c.contactName ?? "–"}
                {c.contactPhone && (
                  <Text size="xs" c="dimmed">
                    {c.contactPhone}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {c.activeMouUntil
                  ? t("partners.list.mouUntil", { day: formatDate(c.activeMouUntil) })
                  : t("partners.list.noMou")}
              </Table.Td>
              <Table.Td ta="right">
                {formatNumber(c.commitments)}
                {c.commitments > 0 && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {formatRupiah(c.committedBudget)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.lastCircular ? (
                  <Group gap={6} wrap="nowrap">
                    <AnswerBadge answer={c.lastCircular.answer} />
                    <Text size="xs" c="dimmed">
                      {c.lastCircular.number}
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm">{t("partners.list.noCircular")}</Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(c.nextFollowUp)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** MoUs in force that end within 90 days: time to talk about a new one. */
function ExpiringCard() {
  const { t } = useTranslation();
  const expiring = useExpiringMous(90);
  return (
    <Card withBorder component="section" aria-labelledby="expiring-title">
      <Title order={2} size="h4" id="expiring-title">
        {t("partners.expiring.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("partners.expiring.hint")}
      </Text>
      {expiring.isPending ? (
        <Loading />
      ) : expiring.isError ? (
        <Failed error={expiring.error} retry={() => expiring.refetch()} />
      ) : expiring.data.mous.length === 0 ? (
        <Text size="sm">{t("partners.expiring.none")}</Text>
      ) : (
        <Table aria-label={t("partners.expiring.title")} data-testid="expiring">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("partners.mou.number")}</Table.Th>
              <Table.Th>{t("partners.company.name")}</Table.Th>
              <Table.Th>{t("partners.mou.validTo")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {expiring.data.mous.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.number}</Table.Td>
                <Table.Td>
                  <Anchor
                    renderRoot={(props) => (
                      <Link {...props} to="/partners/companies/$id" params={{ id: String(m.companyId) }} />
                    )}
                  >
                    {m.companyName}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {formatDate(m.validTo)} · {t("partners.mou.daysLeft", { count: m.daysLeft ?? 0 })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
