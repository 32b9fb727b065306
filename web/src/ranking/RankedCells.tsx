import { Table, Text } from "@mantine/core";
import { formatDate, formatNumber } from "../common/format.ts";
import { PersonLink } from "./PersonLink.tsx";
import { TierBadge } from "./TierBadge.tsx";

const nowrap = { whiteSpace: "nowrap" } as const;

/** The cells every ranked list starts with (the ranking, a plan's lists): rank, name, NIK, birth date, tier. */
export function RankedPersonCells({
  person,
}: {
  person: {
    rank: number;
    id: number;
    name: string;
    nik: string | null;
    birth_date: string | null;
    tier: number;
  };
}) {
  return (
    <>
      <Table.Td ta="right">{formatNumber(person.rank)}</Table.Td>
      <Table.Td>
        <PersonLink id={person.id} name={person.name} />
      </Table.Td>
      <Table.Td ff="monospace">{person.nik ?? "–"}</Table.Td>
      <Table.Td style={nowrap}>{formatDate(person.birth_date)}</Table.Td>
      <Table.Td style={nowrap}>
        <TierBadge tier={person.tier} />
      </Table.Td>
    </>
  );
}

/** Where a person lives: the village, then its kecamatan. */
export function AreaCell({ desa, kecamatan }: { desa: string; kecamatan: string }) {
  return (
    <Table.Td>
      {desa}
      <Text span size="xs" c="dimmed">
        {" "}
        · {kecamatan}
      </Text>
    </Table.Td>
  );
}
