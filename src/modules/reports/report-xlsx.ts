/**
 * A report as an XLSX workbook: an information sheet (title, the data's date and when the file was
 * made, in ISO, and the parameters), then one sheet per table with a header row. Integers are
 * numbers formatted #,##0, rates numbers formatted 0.00%, days ISO text, so a spreadsheet can add
 * them up and no locale reads a date wrongly.
 *
 * The exports' adapter (exports.service.ts writeTable) streams one plain sheet of millions of
 * rows; a report is a handful of small, formatted sheets, so it uses hucre's workbook writer.
 */
import type { CellValue, ColumnDef, WriteSheet, Cell as XlsxCell } from "hucre/xlsx";
import { writeXlsx } from "hucre/xlsx";
import type { Cell, Column, Report, Say, Table } from "./report.ts";
import { sayer } from "./report.ts";

const bold = { font: { bold: true } };
const numberFormats: Partial<Record<Column["kind"], string>> = {
  count: "#,##0",
  rupiah: "#,##0",
  rate: "0.00%",
  decimal: "#,##0.0",
};

export async function reportXlsx(report: Report): Promise<Buffer> {
  const t = sayer(report.lang);
  const bytes = await writeXlsx({
    sheets: [infoSheet(report, t), ...report.sections.flatMap((s) => s.tables.map((table) => sheet(table)))],
    properties: {
      title: report.title,
      subject: report.subtitle,
      creator: "Payung",
      created: report.madeAt,
      custom: { dataDate: report.dataDate },
    },
  });
  return Buffer.from(bytes);
}

function infoSheet(report: Report, t: Say): WriteSheet {
  const rows: CellValue[][] = [
    [t("reports_info_report"), report.title],
    [t("reports_info_about"), report.subtitle],
    [t("reports_info_data_date"), report.dataDate],
    [t("reports_info_made_at"), report.madeAt.toISOString()],
    ...report.params.map(([label, value]): CellValue[] => [label, value]),
    [],
    [t("reports_info_sheets")],
    ...report.sections.flatMap((s) => s.tables.map((table): CellValue[] => [table.sheet, table.title])),
  ];
  return {
    name: t("reports_sheet_info"),
    rows,
    columns: [{ width: 28 }, { width: 60 }],
    cells: new Map(rows.map((_, i): [string, Partial<XlsxCell>] => [`${i},0`, { style: bold }])),
  };
}

function sheet(table: Table): WriteSheet {
  const rows: CellValue[][] = [table.columns.map((c) => c.label), ...table.rows.map(values)];
  const cells = new Map<string, Partial<XlsxCell>>(
    table.columns.map((_, c): [string, Partial<XlsxCell>] => [`0,${c}`, { style: bold }]),
  );
  if (table.total) {
    rows.push(values(table.total));
    table.columns.forEach((column, c) => {
      const numFmt = numberFormats[column.kind];
      cells.set(`${rows.length - 1},${c}`, { style: { ...bold, ...(numFmt ? { numFmt } : {}) } });
    });
  }
  if (table.note) rows.push([], [table.note]);
  return {
    name: table.sheet,
    rows,
    cells,
    freezePane: { rows: 1 },
    columns: table.columns.map(
      (column): ColumnDef => ({
        width: column.kind === "text" ? 32 : 16,
        ...(numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {}),
      }),
    ),
  };
}

const values = (row: Cell[]): CellValue[] => row.map((cell) => cell ?? null);
