/**
 * The monthly coverage report of an area: covered against target and workforce, per child area
 * (with the schematic map in the PDF), by occupation, desil, sex and age band, the trend by month,
 * budget per funder, claims and the waitlist. Every number is the dashboard's for the month's
 * last day (today while the month runs), so the report and the screen never disagree.
 */
import type { Lang } from "../../common/lang.ts";
import type { Db } from "../../core/db.ts";
import { dashboard } from "../dashboard/dashboard.service.ts";
import type { Breakdown, Dashboard } from "../dashboard/dashboard.types.ts";
import type { User } from "../users/users.repository.ts";
import { formatCount, formatDay, formatMonth, formatRate } from "./format.ts";
import { reportMonth } from "./params.ts";
import { type Cell, col, type Report, ratio, type Say, sayer, sum, type Table } from "./report.ts";
import { coverageMap } from "./report-map.ts";

export async function coverageReport({
  db,
  user,
  month,
  area,
  regencyCode,
  lang,
  today,
  now,
  withMap,
}: {
  db: Db;
  user?: User;
  month?: string;
  /** The regency, a kecamatan or a desa; by default the caller's area. */
  area?: string;
  regencyCode: string;
  lang: Lang;
  today: string;
  now: Date;
  /** Draw the map (for the PDF; a spreadsheet has none). */
  withMap: boolean;
}): Promise<Report> {
  const t = sayer(lang);
  const asked = reportMonth(month, today);
  const d = await dashboard({ db, user, regencyCode, area, on: asked.dataDate, today });
  const where = areaLabel(d.area, t);
  const childLabel = t(d.area.level === 2 ? "reports_col_kecamatan" : "reports_col_desa");
  const childRows: Cell[][] = d.areas.map((a) => [
    a.name,
    a.code,
    a.covered,
    a.target,
    a.targetProgress,
    a.workforce,
    a.coverageRate,
  ]);
  if (d.area.level < 4)
    childRows.push([t("reports_coverage_unplaced"), null, d.unplaced, null, null, null, null]);
  const map = withMap ? await coverageMap(d, t("reports_coverage_map_title", { area: where }), lang) : null;

  return {
    kind: "coverage",
    lang,
    title: t("reports_coverage_title"),
    subtitle: `${where} · ${formatMonth(asked.month, lang)}`,
    dataDate: d.on,
    madeAt: now,
    params: [
      [t("reports_param_month"), asked.month],
      [t("reports_param_area"), `${d.area.code} ${d.area.name}`],
    ],
    fileStem: `${t("reports_file_coverage")}-${d.area.code}-${asked.month}`,
    sections: [
      {
        heading: t("reports_coverage_heading_areas"),
        text: [summary(d, where, t)],
        svg: map ?? undefined,
        tables:
          d.area.level < 4
            ? [
                {
                  sheet: t("reports_sheet_areas"),
                  title: t("reports_coverage_areas_title", { area: where }),
                  columns: [
                    col(childLabel),
                    col(t("reports_col_code")),
                    col(t("reports_col_covered"), "count"),
                    col(t("reports_col_target"), "count"),
                    col(t("reports_col_progress"), "rate"),
                    col(t("reports_col_workforce"), "count"),
                    col(t("reports_col_rate"), "rate"),
                  ],
                  rows: childRows,
                  total: [
                    where,
                    d.area.code,
                    d.area.covered,
                    d.area.target,
                    d.area.targetProgress,
                    d.area.workforce,
                    d.area.coverageRate,
                  ],
                  note: t("reports_coverage_areas_note"),
                },
              ]
            : [],
      },
      {
        heading: t("reports_coverage_heading_traits"),
        tables: [
          traitTable(t, "occupation", d.byOccupation, d.area.covered, (v) => v ?? t("reports_unknown")),
          traitTable(t, "desil", d.byDesil, d.area.covered, (v) =>
            v === null ? t("reports_unknown") : `${t("reports_desil")} ${v}`,
          ),
          traitTable(t, "sex", d.bySex, d.area.covered, (v) =>
            t(v === null ? "reports_unknown" : `reports_sex_${v}`),
          ),
          traitTable(t, "age", d.byAgeBand, d.area.covered, (v) => v ?? t("reports_unknown")),
        ],
      },
      {
        heading: t("reports_coverage_heading_trend"),
        tables: [
          {
            sheet: t("reports_sheet_trend"),
            title: t("reports_coverage_trend_title"),
            columns: [
              col(t("reports_col_month"), "month"),
              col(t("reports_col_covered"), "count"),
              col(t("reports_col_change"), "count"),
            ],
            rows: d.trend.map((m, i) => [
              m.month,
              m.covered,
              i === 0 ? null : m.covered - d.trend[i - 1].covered,
            ]),
            note: t("reports_coverage_trend_note", { day: formatDay(d.on) }),
          },
        ],
      },
      {
        heading: t("reports_coverage_heading_money"),
        tables: [budgetTable(d, t), claimsTable(d, t), waitlistTable(d, t)],
      },
    ],
  };
}

/** "Kabupaten Tangerang" or "Mauk (36.03.08)". */
export function areaLabel(area: { code: string; name: string; level: number }, t: Say): string {
  if (area.level === 2) return area.name;
  return t(area.level === 3 ? "reports_area_kecamatan" : "reports_area_desa", {
    name: area.name,
    code: area.code,
  });
}

function summary(d: Dashboard, where: string, t: Say): string {
  const parts = [
    t("reports_coverage_summary", {
      day: formatDay(d.on),
      covered: formatCount(d.area.covered),
      area: where,
    }),
  ];
  if (d.area.coverageRate !== null && d.area.workforce !== null)
    parts.push(
      t("reports_coverage_summary_rate", {
        rate: formatRate(d.area.coverageRate),
        workforce: formatCount(d.area.workforce),
      }),
    );
  else parts.push(t("reports_coverage_summary_no_workforce"));
  if (d.area.target !== null && d.area.targetProgress !== null)
    parts.push(
      t("reports_coverage_summary_target", {
        progress: formatRate(d.area.targetProgress),
        target: formatCount(d.area.target),
      }),
    );
  return parts.join(" ");
}

function traitTable<V>(
  t: Say,
  trait: "occupation" | "desil" | "sex" | "age",
  values: Breakdown<V>[],
  total: number,
  label: (value: V) => string,
): Table {
  const rows: Cell[][] = values.map((b) => [label(b.value), b.covered, ratio(b.covered, total)]);
  return {
    sheet: t(`reports_sheet_${trait}`),
    title: t(`reports_coverage_by_${trait}`),
    columns: [
      col(t(`reports_col_${trait}`)),
      col(t("reports_col_covered"), "count"),
      col(t("reports_col_share"), "rate"),
    ],
    rows,
    total: [t("reports_total"), sum(rows, 1), ratio(sum(rows, 1), total)],
  };
}

function budgetTable(d: Dashboard, t: Say): Table {
  const rows: Cell[][] = d.budget.map((b) => [
    b.funder.code,
    b.funder.name,
    t(`funder_type_${b.funder.type}`),
    b.planned,
    b.invoiced,
    b.paid,
    b.planned - b.paid,
    ratio(b.paid, b.planned),
  ]);
  const planned = sum(rows, 3);
  return {
    sheet: t("reports_sheet_budget"),
    title: t("reports_coverage_budget_title"),
    columns: [
      col(t("reports_col_funder")),
      col(t("reports_col_name")),
      col(t("reports_col_funder_type")),
      col(t("reports_col_budget"), "rupiah"),
      col(t("reports_col_invoiced"), "rupiah"),
      col(t("reports_col_paid"), "rupiah"),
      col(t("reports_col_remaining"), "rupiah"),
      col(t("reports_col_used"), "rate"),
    ],
    rows,
    total: [
      t("reports_total"),
      null,
      null,
      planned,
      sum(rows, 4),
      sum(rows, 5),
      sum(rows, 6),
      ratio(sum(rows, 5), planned),
    ],
    note: t("reports_coverage_budget_note"),
  };
}

function claimsTable(d: Dashboard, t: Say): Table {
  const rows: Cell[][] = d.claims.byType.map((c) => [
    t(`claim_type_${c.type}`),
    c.claims,
    c.paid,
    c.paidAmount,
  ]);
  return {
    sheet: t("reports_sheet_claims"),
    title: t("reports_coverage_claims_title"),
    columns: [
      col(t("reports_col_type")),
      col(t("reports_col_claims"), "count"),
      col(t("reports_col_claims_paid"), "count"),
      col(t("reports_col_paid"), "rupiah"),
    ],
    rows,
    total: [t("reports_total"), sum(rows, 1), sum(rows, 2), sum(rows, 3)],
    note: t("reports_coverage_claims_note", {
      open: formatCount(d.claims.open),
      overdue: formatCount(d.claims.overdue),
    }),
  };
}

function waitlistTable(d: Dashboard, t: Say): Table {
  return {
    sheet: t("reports_sheet_waitlist"),
    title: t("reports_coverage_waitlist_title"),
    columns: [
      col(t("reports_col_plan"), "count"),
      col(t("reports_col_persons"), "count"),
      col(t("reports_col_cost"), "rupiah"),
    ],
    rows: d.waitlist.planId === null ? [] : [[d.waitlist.planId, d.waitlist.persons, d.waitlist.cost]],
    note: t("reports_coverage_waitlist_note"),
  };
}
