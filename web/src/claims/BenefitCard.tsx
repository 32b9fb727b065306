import { Alert, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../common/format.ts";
import { SectionCard } from "../common/SectionCard.tsx";
import type { ClaimDetail } from "./claims.ts";

/**
 * What the claim pays, each line with the rule that produced it (the server's words, in the user's
 * language), and the total; or why the rules pay nothing.
 */
export function BenefitCard({ claim }: { claim: ClaimDetail["claim"] }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      id="benefit-title"
      title={t("claim.benefit.title")}
      hint={t("claim.benefit.hint", { source: claim.rules_source })}
    >
      {!claim.payable ? (
        <Alert color="orange" role="status" data-testid="claim-refusal">
          <Text size="sm" fw={600}>
            {t("claim.benefit.notPayable")}
          </Text>
          <Text size="sm">{claim.refusal_text ?? claim.refusal}</Text>
        </Alert>
      ) : (
        <Table data-testid="benefit-lines" aria-label={t("claim.benefit.title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("claim.benefit.rule")}</Table.Th>
              <Table.Th ta="right">{t("claim.benefit.amount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {claim.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines have no id; their order is the rules'
              <Table.Tr key={i}>
                <Table.Td>{line.text}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {formatRupiah(line.amount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th>{t("claim.benefit.total")}</Table.Th>
              <Table.Td ta="right" data-testid="benefit-total">
                {formatRupiah(claim.expected)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </SectionCard>
  );
}
