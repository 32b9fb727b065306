/**
 * A report as an A4 landscape PDF through core/pdf.ts (pdfmake, nothing fetched): the title, the data's date
 * and when the file was made on the first page and in every page's footer, then each section's
 * text, drawing and tables. Numbers and days are written as format.ts says.
 */
import { type Content, renderPdf, type TableCell } from "../../core/pdf.ts";
import { formatCell, formatDay, formatMoment } from "./format.ts";
import { type Cell, type Report, type Section, sayer, type Table } from "./report.ts";

export async function reportPdf(report: Report): Promise<Buffer> {
  const t = sayer(report.lang);
  const dated = t("reports_dated", { day: formatDay(report.dataDate), made: formatMoment(report.madeAt) });
  return renderPdf({
    info: { title: report.title, subject: report.subtitle, creator: "Payung" },
    // Landscape: the widest tables have nine columns of money and counts.
    pageOrientation: "landscape",
    defaultStyle: { fontSize: 9 },
    content: [
      { text: report.title, fontSize: 16, bold: true },
      { text: report.subtitle, fontSize: 11, margin: [0, 2, 0, 4] },
      { text: dated, bold: true },
      {
        text: report.params.map(([label, value]) => `${label}: ${value}`).join(" · "),
        fontSize: 8,
        color: "#444444",
        margin: [0, 2, 0, 8],
      },
      ...report.sections.map((section) => sectionContent(report, section)),
    ],
    footer: (page: number, pages: number) => ({
      text: `${report.title} · ${dated} · ${t("reports_page", { page, pages })}`,
      fontSize: 7,
      color: "#444444",
      margin: [48, 20, 48, 0],
    }),
  });
}

/** Tables of this many rows or fewer are kept on one page, with their title (and a section's heading). */
const keepTogether = 25;

function sectionContent(report: Report, section: Section): Content {
  const [first, ...rest] = section.tables.map((table) => tableContent(report, table));
  const opening: Content[] = [
    { text: section.heading, fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
    ...(section.text ?? []).map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 4] }) as Content),
    ...(section.svg
      ? [{ svg: section.svg.markup, width: section.svg.width, margin: [0, 4, 0, 8] } as Content]
      : []),
    ...(first ? [first] : []),
  ];
  // A heading never ends a page alone: it goes with the section's first table when that is short.
  const short = !section.svg && (section.tables[0]?.rows.length ?? 0) <= keepTogether;
  return [{ stack: opening, unbreakable: short }, ...rest];
}

function tableContent(report: Report, table: Table): Content {
  const align = (i: number) => (["text", "day", "month"].includes(table.columns[i].kind) ? "left" : "right");
  const line = (cells: Cell[], bold = false) =>
    cells.map(
      (value, i): TableCell => ({
        // A totals line leaves blank what does not add up.
        text: bold && value === null ? "" : formatCell(value, table.columns[i].kind, report.lang),
        alignment: align(i),
        bold,
      }),
    );
  const body: TableCell[][] = [
    table.columns.map((c, i): TableCell => ({ text: c.label, bold: true, alignment: align(i) })),
    ...table.rows.map((row) => line(row)),
    ...(table.total ? [line(table.total, true)] : []),
  ];
  const empty = table.rows.length === 0;
  return {
    stack: [
      { text: table.title, bold: true, margin: [0, 6, 0, 2] },
      empty
        ? { text: sayer(report.lang)("reports_table_empty"), italics: true }
        : {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: widths(table),
              body,
            },
            layout: "lightHorizontalLines",
            fontSize: 8,
          },
      ...(table.note
        ? [{ text: table.note, fontSize: 7, italics: true, margin: [0, 2, 0, 0] } as Content]
        : []),
    ],
    unbreakable: table.rows.length <= keepTogether,
    margin: [0, 0, 0, 6],
  };
}

/**
 * A short table (a summary, a breakdown) stays narrow; in a wide one the text columns with long
 * values (names, titles) share what the others leave, and short ones (codes) take their width.
 */
function widths(table: Table): ("*" | "auto")[] {
  return table.columns.map((c, i) => {
    if (c.kind !== "text" || table.columns.length <= 3) return "auto";
    const longest = Math.max(0, ...table.rows.map((row) => String(row[i] ?? "").length));
    return longest > 16 ? "*" : "auto";
  });
}
