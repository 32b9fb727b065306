/**
 * The Paritrana Award dossier of a year: coverage of the informal workforce year by year since the
 * first cover and per kecamatan, against targets; budget per funder and year; the regency's
 * regulations and innovations (the registers); and its CSR partners with their MoUs and
 * commitments. Regency-wide, counts and amounts only.
 */
import type { Lang } from "../../common/lang.ts";
import type { Db } from "../../core/db.ts";
import { dashboard } from "../dashboard/dashboard.service.ts";
import { listCoverage } from "../targets/targets.service.ts";
import type { User } from "../users/users.repository.ts";
import { areaLabel } from "./coverage-report.ts";
import { listInnovations, listPartners, listRegulations } from "./dossier.repository.ts";
import { formatCount, formatDay, formatRate } from "./format.ts";
import { reportYear } from "./params.ts";
import { funderBudgets, invoicedByYear } from "./paritrana.repository.ts";
import { type Cell, col, type Report, ratio, sayer, sum } from "./report.ts";

export async function paritranaDossier({
  db,
  user,
  year: asked,
  regencyCode,
  lang,
  today,
  now,
}: {
  db: Db;
  user?: User;
  year?: string;
  regencyCode: string;
  lang: Lang;
  today: string;
  now: Date;
}): Promise<Report> {
  const t = sayer(lang);
  const { year, dataDate } = reportYear(asked, today);
  const d = await dashboard({ db, user, regencyCode, area: regencyCode, on: dataDate, today });
  const [funders, money, regulations, innovations, partners] = await Promise.all([
    funderBudgets(db, dataDate),
    invoicedByYear(db, dataDate),
    listRegulations(db, dataDate),
    listInnovations(db, dataDate),
    listPartners(db, dataDate),
  ]);
  const where = areaLabel(d.area, t);

  // The years since the first cover (or the first budget), each counted on its last day.
  const first = Math.min(year, ...d.years.map((y) => y.year), ...funders.map((f) => f.year));
  const years: number[] = [];
  for (let y = first; y <= year; y++) years.push(y);
  const workforce = await Promise.all(
    years.map(async (y) =>
      (await listCoverage({ db, year: y, regencyCode, today })).areas.find((a) => a.level === 2),
    ),
  );
  const yearRows: Cell[][] = years.map((y, i) => {
    const counted = d.years.find((c) => c.year === y);
    const covered = counted?.covered ?? 0;
    const target = counted?.target ?? workforce[i]?.target ?? null;
    const figure = workforce[i]?.workforce ?? null;
    return [String(y), covered, target, ratio(covered, target), figure, ratio(covered, figure)];
  });
  const budgetRows: Cell[][] = years.map((y) => {
    const spent = money.find((m) => m.year === y);
    const budget = funders.filter((f) => f.year === y).reduce((s, f) => s + f.budget, 0);
    return [String(y), budget, spent?.invoiced ?? 0, spent?.paid ?? 0, ratio(spent?.paid ?? 0, budget)];
  });
  const funderRows: Cell[][] = funders.map((f) => [
    String(f.year),
    f.code,
    f.name,
    t(`funder_type_${f.type}`),
    f.from,
    f.to,
    f.budget,
    f.invoiced,
    f.paid,
  ]);
  const partnerRows: Cell[][] = partners.map((p) => [
    p.company,
    p.sector,
    p.mou_number,
    p.signed_on,
    p.valid_to,
    p.commitments,
    p.budget,
    p.workers,
    p.funded,
  ]);
  const self = yearRows[yearRows.length - 1];

  return {
    kind: "paritrana",
    lang,
    title: t("reports_paritrana_title", { year }),
    subtitle: `${where} · ${year}`,
    dataDate: d.on,
    madeAt: now,
    params: [[t("reports_param_year"), String(year)]],
    fileStem: `${t("reports_file_paritrana")}-${year}`,
    sections: [
      {
        heading: t("reports_paritrana_heading_coverage"),
        text: [
          t("reports_paritrana_summary", {
            day: formatDay(d.on),
            covered: formatCount(d.area.covered),
            area: where,
            rate: d.area.coverageRate === null ? "–" : formatRate(d.area.coverageRate),
            workforce: d.area.workforce === null ? "–" : formatCount(d.area.workforce),
            target: d.area.target === null ? "–" : formatCount(d.area.target),
          }),
        ],
        tables: [
          {
            sheet: t("reports_sheet_years"),
            title: t("reports_paritrana_years_title"),
            columns: [
              col(t("reports_col_year")),
              col(t("reports_col_covered"), "count"),
              col(t("reports_col_target"), "count"),
              col(t("reports_col_progress"), "rate"),
              col(t("reports_col_workforce"), "count"),
              col(t("reports_col_rate"), "rate"),
            ],
            rows: yearRows,
            note: t("reports_paritrana_years_note"),
          },
          {
            sheet: t("reports_sheet_areas"),
            title: t("reports_paritrana_areas_title", { year }),
            columns: [
              col(t("reports_col_kecamatan")),
              col(t("reports_col_code")),
              col(t("reports_col_covered"), "count"),
              col(t("reports_col_target"), "count"),
              col(t("reports_col_progress"), "rate"),
              col(t("reports_col_workforce"), "count"),
              col(t("reports_col_rate"), "rate"),
            ],
            rows: d.areas.map((a) => [
              a.name,
              a.code,
              a.covered,
              a.target,
              a.targetProgress,
              a.workforce,
              a.coverageRate,
            ]),
            total: [
              where,
              d.area.code,
              self[1],
              d.area.target,
              d.area.targetProgress,
              d.area.workforce,
              d.area.coverageRate,
            ],
            note: t("reports_coverage_areas_note"),
          },
        ],
      },
      {
        heading: t("reports_paritrana_heading_budget"),
        tables: [
          {
            sheet: t("reports_sheet_budget_years"),
            title: t("reports_paritrana_budget_years_title"),
            columns: [
              col(t("reports_col_year")),
              col(t("reports_col_budget"), "rupiah"),
              col(t("reports_col_invoiced"), "rupiah"),
              col(t("reports_col_paid"), "rupiah"),
              col(t("reports_col_used"), "rate"),
            ],
            rows: budgetRows,
            total: [
              t("reports_total"),
              sum(budgetRows, 1),
              sum(budgetRows, 2),
              sum(budgetRows, 3),
              ratio(sum(budgetRows, 3), sum(budgetRows, 1)),
            ],
            note: t("reports_paritrana_budget_note"),
          },
          {
            sheet: t("reports_sheet_budget"),
            title: t("reports_paritrana_funders_title"),
            columns: [
              col(t("reports_col_year")),
              col(t("reports_col_funder")),
              col(t("reports_col_name")),
              col(t("reports_col_funder_type")),
              col(t("reports_col_from"), "month"),
              col(t("reports_col_to"), "month"),
              col(t("reports_col_budget"), "rupiah"),
              col(t("reports_col_invoiced"), "rupiah"),
              col(t("reports_col_paid"), "rupiah"),
            ],
            rows: funderRows,
            total: [
              t("reports_total"),
              null,
              null,
              null,
              null,
              null,
              sum(funderRows, 6),
              sum(funderRows, 7),
              sum(funderRows, 8),
            ],
          },
        ],
      },
      {
        heading: t("reports_paritrana_heading_regulations"),
        tables: [
          {
            sheet: t("reports_sheet_regulations"),
            title: t("reports_paritrana_regulations_title"),
            columns: [
              col(t("reports_col_kind")),
              col(t("reports_col_number")),
              col(t("reports_col_title")),
              col(t("reports_col_issued_on"), "day"),
              col(t("reports_col_notes")),
            ],
            rows: regulations.map((r) => [
              t(`regulation_kind_${r.kind}`),
              r.number,
              r.title,
              r.issued_on,
              r.notes,
            ]),
            note: t("reports_paritrana_register_note", { command: "payung regulations add" }),
          },
        ],
      },
      {
        heading: t("reports_paritrana_heading_innovations"),
        tables: [
          {
            sheet: t("reports_sheet_innovations"),
            title: t("reports_paritrana_innovations_title"),
            columns: [
              col(t("reports_col_name")),
              col(t("reports_col_started_on"), "day"),
              col(t("reports_col_description")),
            ],
            rows: innovations.map((i) => [i.name, i.started_on, i.description]),
            note: t("reports_paritrana_register_note", { command: "payung innovations add" }),
          },
        ],
      },
      {
        heading: t("reports_paritrana_heading_partners"),
        tables: [
          {
            sheet: t("reports_sheet_partners"),
            title: t("reports_paritrana_partners_title"),
            columns: [
              col(t("reports_col_company")),
              col(t("reports_col_sector")),
              col(t("reports_col_mou")),
              col(t("reports_col_signed_on"), "day"),
              col(t("reports_col_valid_to"), "day"),
              col(t("reports_col_commitments"), "count"),
              col(t("reports_col_committed"), "rupiah"),
              col(t("reports_col_workers"), "count"),
              col(t("reports_col_funded"), "count"),
            ],
            rows: partnerRows,
            total: [
              t("reports_total"),
              null,
              null,
              null,
              null,
              sum(partnerRows, 5),
              sum(partnerRows, 6),
              sum(partnerRows, 7),
              sum(partnerRows, 8),
            ],
          },
        ],
      },
    ],
  };
}
