import fs from "node:fs";
import os from "node:os";
import type { Command } from "commander";
import type { Lang } from "../common/lang.ts";
import { message } from "../common/messages.ts";
import { impactReportPdf } from "../modules/portal/impact-report.ts";
import {
  type Cell,
  findCompany,
  type Money,
  type Portal,
  portalDay,
  portalOf,
} from "../modules/portal/portal.service.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

type PortalOptions = ReportOptions & { company: string; on?: string };

/**
 * `payung portal …`: what a CSR partner sees in its portal, and its impact report as PDF, for
 * admins preparing a company's report. The same suppressed figures as the portal, never a name.
 */
export function portalCommands(program: Command): void {
  const portal = program
    .command("portal")
    .description("The partner portal: a CSR company's people as suppressed counts, and its impact report");
  portal
    .command("show")
    .description("What the company's partner sees in its portal (counts of 1–4 read < 5)")
    .requiredOption("--company <code>", "the company's code, e.g. pt-maju")
    .option("--on <yyyy-mm-dd>", "the data's date (default today)")
    .option("--json", "print JSON")
    .action(async (o: PortalOptions) => {
      const figures = await withApp(async ({ db }) =>
        portalOf(db, await findCompany(db, o.company), portalDay(o.on)),
      );
      report(o, figures, () => portalText(figures, langOf(o)));
    });
  portal
    .command("report")
    .description("The company's impact report as an A4 PDF, in the language of --lang")
    .requiredOption("--company <code>", "the company's code, e.g. pt-maju")
    .requiredOption("--out <file>", "where to write the PDF")
    .option("--on <yyyy-mm-dd>", "the data's date (default today)")
    .option("--json", "print JSON")
    .action(async (o: PortalOptions & { out: string }) => {
      const pdf = await withApp(async ({ db, config }) => {
        const figures = await portalOf(db, await findCompany(db, o.company), portalDay(o.on));
        return impactReportPdf({
          db,
          portal: figures,
          regencyCode: config.regencyCode,
          lang: langOf(o),
          audit: { actor: `cli:${os.userInfo().username}`, via: "payung portal report" },
        });
      });
      fs.writeFileSync(o.out, pdf);
      report(o, { company: o.company, out: o.out, bytes: pdf.length }, () => `${o.company} → ${o.out}`);
    });
}

function portalText(p: Portal, lang: Lang): string {
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const count = (c: Cell) => (c.count === null ? "< 5" : formatNumber(c.count, lang));
  const rupiah = (m: Money) => (m.amount === null ? "< 5" : formatRupiah(m.amount));
  const section = (title: string, head: string[], rows: string[][]) =>
    `\n${title}\n${rows.length === 0 ? t("portal_report_nobody") : table(head, rows)}`;
  const pairs = (title: string, rows: string[][]) =>
    `\n${title}\n${rows.map(([k, v]) => `  ${k}: ${v}`).join("\n")}`;
  return [
    `${p.company.name} (${p.company.code}) · ${t("portal_report_on")} ${p.on}`,
    section(
      t("portal_report_commitments"),
      [
        t("portal_report_mou"),
        t("portal_report_period"),
        t("portal_report_budget"),
        t("portal_report_workers"),
        t("portal_report_covered"),
      ],
      p.commitments.map((c) => [
        `${c.mou ?? "–"}${c.accepted ? "" : ` (${t("portal_report_pending")})`}`,
        `${c.periodFrom} – ${c.periodTo}`,
        formatRupiah(c.budget),
        formatNumber(c.workers, lang),
        count(c.covered),
      ]),
    ),
    pairs(t("portal_report_people"), [
      [t("portal_report_people_now", { on: p.on }), count(p.people.now)],
      [t("portal_report_people_ever", { on: p.on }), count(p.people.ever)],
    ]),
    section(
      t("portal_report_by_kecamatan"),
      [t("portal_report_kecamatan"), t("portal_report_covered")],
      p.byKecamatan.map((k) => [k.name ?? t("portal_report_unknown"), count(k.covered)]),
    ),
    section(
      t("portal_report_by_occupation"),
      [t("portal_report_occupation"), t("portal_report_covered")],
      p.byOccupation.map((o) => [o.occupation ?? t("portal_report_unknown"), count(o.covered)]),
    ),
    section(
      t("portal_report_memberships"),
      [t("portal_report_status"), t("portal_report_count")],
      p.memberships.map((m) => [t(`portal_status_${m.status}`), count(m.count)]),
    ),
    pairs(t("portal_report_claims"), [
      [t("portal_report_claims_count"), count(p.claimsPaid.claims)],
      [t("portal_report_claims_amount"), rupiah(p.claimsPaid.amount)],
    ]),
    pairs(t("portal_report_money"), [
      [t("portal_report_budget"), formatRupiah(p.money.budget)],
      [t("portal_report_invoiced"), rupiah(p.money.invoiced)],
      [t("portal_report_paid"), rupiah(p.money.paid)],
      [t("portal_report_refunded"), rupiah(p.money.refunded)],
    ]),
    `\n${t("portal_report_suppressed_note")}`,
  ].join("\n");
}
