import { Anchor, Button, Drawer, Group, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { User } from "../auth/session.ts";
import { formatDate, formatNumber, formatRupiah } from "../common/format.ts";
import { ScrollTable } from "../common/ScrollTable.tsx";
import { Empty, Failed, Loading } from "../common/States.tsx";
import {
  claimRights,
  type Handover,
  handoverDetail,
  handoverPapers,
  paperHref,
  useHandovers,
} from "./claims.ts";
import { NewHandoverButton } from "./NewHandoverForm.tsx";

export interface HandoversSearch {
  /** The ceremony whose claims are open. */
  handover?: number;
}

/**
 * Handover ceremonies (penyerahan santunan) holding paid claims of the user's area: how many claims
 * and what they paid, with the papers to print (a letter per heir, a receipt per claim, the list).
 * Operators and regency admins plan a ceremony from the paid claims not yet handed over.
 */
export function HandoversPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = useSearch({ from: "/handovers" });
  const navigate = useNavigate({ from: "/handovers" });
  const handovers = useHandovers();
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">
          {t("handovers.title")}
        </Title>
        {claimRights(user).handle && handovers.data && <NewHandoverButton />}
      </Group>
      <Text c="dimmed" size="sm">
        {t("handovers.intro")}
      </Text>
      {handovers.isPending ? (
        <Loading />
      ) : handovers.isError ? (
        <Failed error={handovers.error} retry={() => handovers.refetch()} />
      ) : handovers.data.handovers.length === 0 ? (
        <Empty title={t("handovers.empty")} hint={t("handovers.emptyHint")} />
      ) : (
        <HandoversTable
          handovers={handovers.data.handovers}
          open={(id) => void navigate({ search: { handover: id } })}
        />
      )}
      <HandoverDrawer id={search.handover} onClose={() => void navigate({ search: {} })} />
    </Stack>
  );
}

function HandoversTable({ handovers, open }: { handovers: Handover[]; open: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={1000} label={t("handovers.caption")}>
      <Table striped highlightOnHover aria-label={t("handovers.caption")} data-testid="handovers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("handovers.event")}</Table.Th>
            <Table.Th>{t("handovers.heldOn")}</Table.Th>
            <Table.Th ta="right">{t("handovers.claims")}</Table.Th>
            <Table.Th ta="right">{t("handovers.total")}</Table.Th>
            <Table.Th>{t("handovers.papers")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("handovers.open")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {handovers.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                {h.title}
                <Text size="xs" c="dimmed">
                  {h.place} · {h.created_by}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDate(h.held_on)}</Table.Td>
              <Table.Td ta="right">{formatNumber(h.claims)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {formatRupiah(h.total)}
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  {handoverPapers.map((paper) => (
                    <Anchor
                      key={paper}
                      href={paperHref(h.id, paper)}
                      target="_blank"
                      rel="noopener"
                      size="sm"
                      aria-label={t("handovers.paperOf", {
                        paper: t(`handovers.paper.${paper}`),
                        title: h.title,
                      })}
                    >
                      {t(`handovers.paper.${paper}`)}
                    </Anchor>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => open(h.id)}
                  aria-label={t("handovers.openOf", { title: h.title })}
                >
                  {t("handovers.open")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** A ceremony's claims and who receives each, beside the list. */
function HandoverDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useQuery({
    queryKey: ["handover", id],
    queryFn: () => handoverDetail(id as number),
    enabled: id !== undefined,
  });
  return (
    <Drawer
      opened={id !== undefined}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={700}>{detail.data?.handover.title ?? t("handovers.title")}</Text>}
      closeButtonProps={{ "aria-label": t("enrolment.detail.close") }}
    >
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <Failed error={detail.error} retry={() => detail.refetch()} />
      ) : (
        <Stack>
          <Text size="sm">
            {formatDate(detail.data.handover.held_on)} · {detail.data.handover.place}
          </Text>
          <ScrollTable minWidth={640} label={t("handovers.claimsOf")}>
            <Table striped aria-label={t("handovers.claimsOf")} data-testid="handover-claims">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("claims.member")}</Table.Th>
                  <Table.Th>{t("claims.typeLabel")}</Table.Th>
                  <Table.Th>{t("handovers.recipients")}</Table.Th>
                  <Table.Th ta="right">{t("claims.paid")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.data.claims.map((c) => (
                  <Table.Tr key={c.claim_id}>
                    <Table.Td>
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/claims/$id" params={{ id: String(c.claim_id) }} />
                        )}
                      >
                        {c.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[c.desa, c.kecamatan].filter(Boolean).join(", ")}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`claims.type.${c.type}`)}</Table.Td>
                    <Table.Td>
                      {c.recipients
                        .map(
                          (r) =>
                            `${r.name} (${t(`claim.relation.${r.relation}`, { defaultValue: r.relation })})`,
                        )
                        .join(", ")}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {formatRupiah(c.paid_amount)}
                      <Text size="xs" c="dimmed">
                        {formatDate(c.paid_on)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      )}
    </Drawer>
  );
}
