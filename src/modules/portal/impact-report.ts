/**
 * The impact report a CSR partner puts in its own CSR report: the portal's figures as an A4 PDF,
 * in Bahasa Indonesia or English. Aggregates only, suppressed as in the portal ("< 5"): it names
 * no one, so it may be handed to the company and printed in its annual report.
 */
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { formatRupiah } from "../../common/rupiah.ts";
import type { Db } from "../../core/db.ts";
import { type Content, renderPdf, type TableCell } from "../../core/pdf.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { regionName } from "./portal.repository.ts";
import type { Portal } from "./portal.service.ts";
import type { Cell, Money } from "./suppression.ts";

export async function impactReportPdf({
  db,
  portal,
  regencyCode,
  lang,
  audit,
  now = new Date(),
}: {
  db: Db;
  portal: Portal;
  regencyCode: string;
  lang: Lang;
  audit: AuditContext;
  now?: Date;
}): Promise<Buffer> {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const regency = (await regionName(db, regencyCode)) ?? regencyCode;
  const on = longDate(portal.on, lang);
  const number = (n: number) => n.toLocaleString(lang === "id" ? "id-ID" : "en-US");
  const count = (c: Cell) => (c.suppressed || c.count === null ? "< 5" : number(c.count));
  const rupiah = (m: Money) => (m.suppressed || m.amount === null ? "< 5" : formatRupiah(m.amount));
  const right = (text: string): TableCell => ({ text, alignment: "right" });
  const head = (texts: string[]): TableCell[] =>
    texts.map((text, i) => ({ text, bold: true, alignment: i === 0 ? "left" : "right" }));
  const heading = (text: string): Content => ({ text, fontSize: 12, bold: true, margin: [0, 14, 0, 6] });
  const pdf = await renderPdf({
    info: { title: `${t("portal_report_title")} — ${portal.company.name}`, creator: "Payung" },
    content: [
      { text: regency, fontSize: 9, color: "#555555" },
      { text: t("portal_report_title"), fontSize: 16, bold: true },
      { text: t("portal_report_subtitle"), margin: [0, 2, 0, 12] },
      {
        table: {
          widths: [110, "*"],
          body: [
            [t("portal_report_company"), { text: portal.company.name, bold: true }],
            ...(portal.company.sector ? [[t("portal_report_sector"), portal.company.sector]] : []),
            [t("portal_report_on"), on],
            [t("portal_report_made"), longDate(isoDay(now), lang)],
          ],
        },
        layout: "noBorders",
      },
      heading(t("portal_report_commitments")),
      portal.commitments.length === 0
        ? { text: t("portal_report_none"), italics: true }
        : {
            table: {
              headerRows: 1,
              widths: ["*", 110, 80, 60, 60],
              body: [
                [
                  { text: t("portal_report_mou"), bold: true },
                  { text: t("portal_report_period"), bold: true },
                  ...head([
                    "",
                    t("portal_report_budget"),
                    t("portal_report_workers"),
                    t("portal_report_covered"),
                  ]).slice(1),
                ],
                ...portal.commitments.map((c): TableCell[] => [
                  {
                    stack: [
                      c.mou ?? "–",
                      ...(c.accepted
                        ? []
                        : [{ text: t("portal_report_pending"), italics: true, fontSize: 8 }]),
                      ...(c.kecamatan.length + c.occupations.length > 0
                        ? [
                            {
                              text: `${t("portal_report_limits")}: ${[...c.kecamatan, ...c.occupations].join(", ")}`,
                              fontSize: 8,
                            },
                          ]
                        : []),
                    ],
                  },
                  `${longDate(c.periodFrom, lang)} – ${longDate(c.periodTo, lang)}`,
                  right(formatRupiah(c.budget)),
                  right(number(c.workers)),
                  right(count(c.covered)),
                ]),
              ],
            },
            layout: "lightHorizontalLines",
            fontSize: 9,
          },
      heading(t("portal_report_people")),
      {
        table: {
          widths: ["*", 80],
          body: [
            [t("portal_report_people_now", { on }), right(count(portal.people.now))],
            [t("portal_report_people_ever", { on }), right(count(portal.people.ever))],
          ],
        },
        layout: "lightHorizontalLines",
      },
      heading(t("portal_report_by_kecamatan")),
      breakdownTable(
        head([t("portal_report_kecamatan"), t("portal_report_covered")]),
        portal.byKecamatan.map((k) => [k.name ?? t("portal_report_unknown"), right(count(k.covered))]),
        t("portal_report_nobody"),
      ),
      heading(t("portal_report_by_occupation")),
      breakdownTable(
        head([t("portal_report_occupation"), t("portal_report_covered")]),
        portal.byOccupation.map((o) => [o.occupation ?? t("portal_report_unknown"), right(count(o.covered))]),
        t("portal_report_nobody"),
      ),
      heading(t("portal_report_memberships")),
      breakdownTable(
        head([t("portal_report_status"), t("portal_report_count")]),
        portal.memberships.map((m) => [t(`portal_status_${m.status}`), right(count(m.count))]),
        "",
      ),
      heading(t("portal_report_claims")),
      {
        table: {
          widths: ["*", 120],
          body: [
            [t("portal_report_claims_count"), right(count(portal.claimsPaid.claims))],
            [t("portal_report_claims_amount"), right(rupiah(portal.claimsPaid.amount))],
          ],
        },
        layout: "lightHorizontalLines",
      },
      heading(t("portal_report_money")),
      {
        table: {
          widths: ["*", 120],
          body: [
            [t("portal_report_budget"), right(formatRupiah(portal.money.budget))],
            [t("portal_report_invoiced"), right(rupiah(portal.money.invoiced))],
            [t("portal_report_paid"), right(rupiah(portal.money.paid))],
            [t("portal_report_refunded"), right(rupiah(portal.money.refunded))],
            [
              t("portal_report_used"),
              right(portal.money.usedShare === null ? "–" : percent(portal.money.usedShare, lang)),
            ],
          ],
        },
        layout: "lightHorizontalLines",
      },
      { text: t("portal_report_suppressed_note"), fontSize: 8, italics: true, margin: [0, 16, 0, 0] },
    ],
    footer: (page: number, pages: number) => ({
      text: t("portal_report_footer", { company: portal.company.name, on, page, pages }),
      fontSize: 8,
      margin: [48, 16, 48, 0],
    }),
  });
  await recordAudit(db, audit, "portal_report", null, { company: portal.company.code, on: portal.on, lang });
  return pdf;
}

function breakdownTable(head: TableCell[], rows: TableCell[][], empty: string): Content {
  if (rows.length === 0) return { text: empty, italics: true };
  return {
    table: { headerRows: 1, widths: ["*", 80], body: [head, ...rows] },
    layout: "lightHorizontalLines",
    fontSize: 9,
  };
}

/** 2026-12-31 → "31 Desember 2026" / "31 December 2026". */
function longDate(iso: string, lang: Lang): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function isoDay(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

function percent(share: number, lang: Lang): string {
  return `${(share * 100).toLocaleString(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 1 })}%`;
}
