/**
 * The funder statement: one funder's budget, what approved plans allocated to it, its invoices per
 * month with what was paid and given back, and the balance of its budget. Amounts and counts only.
 */

import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import type { Db } from "../../core/db.ts";
import { findFunder } from "../funders/funders.repository.ts";
import { formatMonth } from "./format.ts";
import * as repo from "./funder.repository.ts";
import { reportMonths } from "./params.ts";
import { col, type Report, sayer, sum } from "./report.ts";

export async function funderStatement({
  db,
  funder: code,
  year,
  from,
  to,
  lang,
  today,
  now,
}: {
  db: Db;
  funder?: string;
  year?: string;
  from?: string;
  to?: string;
  lang: Lang;
  today: string;
  now: Date;
}): Promise<Report> {
  const t = sayer(lang);
  if (!code) throw new UserError("reports_funder_missing");
  const funder = await findFunder(db, code);
  if (!funder) throw new UserError("funder_not_found", { code });
  const period = reportMonths({ year, from, to }, { from: funder.from, to: funder.to }, today);
  const [plans, invoices, payments, refunds, spent] = await Promise.all([
    repo.planShares(db, funder.id, period),
    repo.invoiceMonths(db, funder.id, period),
    repo.paymentLines(db, funder.id, period),
    repo.refundLines(db, funder.id, period),
    repo.spentUpTo(db, funder.id, period.to),
  ]);
  const months = `${formatMonth(period.from, lang)} – ${formatMonth(period.to, lang)}`;
  const invoiced = invoices.reduce((s, i) => s + i.amount, 0);
  const paid = invoices.reduce((s, i) => s + i.paid, 0);
  const refunded = invoices.reduce((s, i) => s + i.refunded, 0);
  const refundDue = invoices.reduce((s, i) => s + i.refund_due, 0);
  const allocated = plans.reduce((s, p) => s + p.cost, 0);
  const limits = [
    funder.desaCode && t("reports_funder_limit_desa", { code: funder.desaCode }),
    funder.kecamatanCodes.length > 0 &&
      t("reports_funder_limit_kecamatan", { codes: funder.kecamatanCodes.join(", ") }),
    funder.occupations.length > 0 &&
      t("reports_funder_limit_occupations", { list: funder.occupations.join(", ") }),
  ].filter(Boolean) as string[];

  const invoiceRows = invoices.map((i) => [
    i.month,
    i.members,
    i.amount,
    i.paid,
    i.amount - i.paid,
    i.last_paid_on,
    i.refunded,
    i.refund_due,
  ]);
  return {
    kind: "funder",
    lang,
    title: t("reports_funder_title"),
    subtitle: `${funder.name} (${funder.code}) · ${months}`,
    dataDate: period.dataDate,
    madeAt: now,
    params: [
      [t("reports_param_funder"), funder.code],
      [t("reports_param_period"), `${period.from} – ${period.to}`],
    ],
    fileStem: `${t("reports_file_funder")}-${funder.code}-${period.from}-${period.to}`,
    sections: [
      {
        heading: t("reports_funder_heading_summary"),
        text: [
          t("reports_funder_about", {
            name: funder.name,
            type: t(`funder_type_${funder.type}`),
            bpjs: funder.bpjsCode,
            package: funder.package,
            from: formatMonth(funder.from, lang),
            to: formatMonth(funder.to, lang),
          }),
          ...limits,
        ],
        tables: [
          {
            sheet: t("reports_sheet_summary"),
            title: t("reports_funder_summary_title", { months }),
            columns: [col(t("reports_col_item")), col(t("reports_col_amount"), "rupiah")],
            rows: [
              [t("reports_funder_budget"), funder.budget],
              [t("reports_funder_allocated"), allocated],
              [t("reports_funder_invoiced"), invoiced],
              [t("reports_funder_paid"), paid],
              [t("reports_funder_owed"), invoiced - paid],
              [t("reports_funder_refunded"), refunded],
              [t("reports_funder_refund_due"), refundDue],
              [t("reports_funder_spent", { to: formatMonth(period.to, lang) }), spent.paid - spent.refunded],
              [t("reports_funder_balance"), funder.budget - (spent.paid - spent.refunded)],
            ],
            note: t("reports_funder_balance_note"),
          },
        ],
      },
      {
        heading: t("reports_funder_heading_plans"),
        tables: [
          {
            sheet: t("reports_sheet_plans"),
            title: t("reports_funder_plans_title"),
            columns: [
              col(t("reports_col_plan"), "count"),
              col(t("reports_col_from"), "month"),
              col(t("reports_col_to"), "month"),
              col(t("reports_col_approved_on"), "day"),
              col(t("reports_col_per_person"), "rupiah"),
              col(t("reports_col_capacity"), "count"),
              col(t("reports_col_allocated"), "count"),
              col(t("reports_col_cost"), "rupiah"),
            ],
            rows: plans.map((p) => [
              p.plan,
              p.from,
              p.to,
              p.approved_on,
              p.per_person,
              p.capacity,
              p.allocated,
              p.cost,
            ]),
            total: [
              t("reports_total"),
              null,
              null,
              null,
              null,
              null,
              sum(
                plans.map((p) => [p.allocated]),
                0,
              ),
              allocated,
            ],
            note: plans.length === 0 ? t("reports_funder_no_plan") : undefined,
          },
        ],
      },
      {
        heading: t("reports_funder_heading_invoices"),
        tables: [
          {
            sheet: t("reports_sheet_invoices"),
            title: t("reports_funder_invoices_title"),
            columns: [
              col(t("reports_col_month"), "month"),
              col(t("reports_col_members"), "count"),
              col(t("reports_col_invoiced"), "rupiah"),
              col(t("reports_col_paid"), "rupiah"),
              col(t("reports_col_owed"), "rupiah"),
              col(t("reports_col_last_paid_on"), "day"),
              col(t("reports_col_refunded"), "rupiah"),
              col(t("reports_col_refund_due"), "rupiah"),
            ],
            rows: invoiceRows,
            total: [t("reports_total"), null, invoiced, paid, invoiced - paid, null, refunded, refundDue],
          },
          {
            sheet: t("reports_sheet_payments"),
            title: t("reports_funder_payments_title"),
            columns: [
              col(t("reports_col_paid_on"), "day"),
              col(t("reports_col_invoice_month"), "month"),
              col(t("reports_col_amount"), "rupiah"),
              col(t("reports_col_reference")),
            ],
            rows: payments.map((p) => [p.paid_on, p.month, p.amount, p.reference]),
            total: [t("reports_total"), null, paid, null],
          },
          {
            sheet: t("reports_sheet_refunds"),
            title: t("reports_funder_refunds_title"),
            columns: [
              col(t("reports_col_refunded_on"), "day"),
              col(t("reports_col_invoice_month"), "month"),
              col(t("reports_col_memberships"), "count"),
              col(t("reports_col_amount"), "rupiah"),
              col(t("reports_col_reference")),
            ],
            rows: refunds.map((r) => [r.refunded_on, r.month, r.memberships, r.amount, r.reference]),
            total: [
              t("reports_total"),
              null,
              sum(
                refunds.map((r) => [r.memberships]),
                0,
              ),
              refunded,
              null,
            ],
          },
        ],
      },
    ],
  };
}
