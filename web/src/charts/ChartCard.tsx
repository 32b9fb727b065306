import { Button, Card, Group, Table, Text, Title } from "@mantine/core";
import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ScrollTable } from "../common/ScrollTable.tsx";

export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  /** Cells already formatted for reading (1.234, 43,2%, Rp1.234.567). */
  rows: { key: string; cells: ReactNode[] }[];
}

/**
 * A chart under its heading, with a button that shows its numbers as a table instead: the same
 * numbers for screen readers, keyboards, and for copying. Without rows it says there is no data.
 */
export function ChartCard({
  title,
  hint,
  table,
  testId,
  children,
}: {
  title: string;
  hint?: string;
  table: ChartTable;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const empty = table.rows.length === 0;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Title order={2} size="h5" id={id}>
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {!empty && (
          <Button
            size="compact-xs"
            variant="default"
            style={{ flexShrink: 0 }}
            aria-pressed={asTable}
            onClick={() => setAsTable(!asTable)}
          >
            {asTable ? t("chart.showChart") : t("chart.showTable")}
          </Button>
        )}
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed" py="md" ta="center">
          {t("chart.noData")}
        </Text>
      ) : asTable ? (
        <ScrollTable minWidth={320} label={title}>
          <Table striped fz="sm" data-testid={`${testId}-table`}>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c) => (
                  <Table.Th key={c.label} ta={c.numeric ? "right" : undefined}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, i) => (
                    <Table.Td
                      key={table.columns[i].label}
                      ta={table.columns[i].numeric ? "right" : undefined}
                    >
                      {cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : (
        children
      )}
    </Card>
  );
}
