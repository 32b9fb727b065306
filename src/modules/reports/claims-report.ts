/**
 * The claims report of a period: claims opened by type and status, what BPJS paid, the days each
 * step took, the claims overdue on the data date, the handovers held and the heirs' training.
 * Counts and amounts only: no member or heir is named, so it needs no per-person audit.
 */
import type { Lang } from "../../common/lang.ts";
import type { Db } from "../../core/db.ts";
import { claimStatuses, claimTypes, settingsOn } from "../claims/claim-settings.ts";
import type { Scope } from "../claims/claims-access.ts";
import { trainingStatuses } from "../claims/training.service.ts";
import * as repo from "./claims-report.repository.ts";
import { formatDay } from "./format.ts";
import { reportDays } from "./params.ts";
import { type Cell, col, type Report, sayer, sum } from "./report.ts";

const openSteps = ["draft", "documents_complete", "submitted"] as const;

export async function claimsReport({
  db,
  from,
  to,
  scope,
  areaName,
  lang,
  today,
  now,
}: {
  db: Db;
  from?: string;
  to?: string;
  /** The caller's area (claims-access.ts); everything for the command line. */
  scope: Scope;
  areaName: string;
  lang: Lang;
  today: string;
  now: Date;
}): Promise<Report> {
  const t = sayer(lang);
  const period = reportDays(from, to, today);
  const settings = await settingsOn(db, period.dataDate);
  const [opened, paid, steps, overdue, handovers, training] = await Promise.all([
    repo.openedClaims(db, period, scope),
    repo.paidClaims(db, period, scope),
    repo.stepDays(db, period, scope),
    repo.overdueClaims(db, period, settings.stepDays, scope),
    repo.handoversHeld(db, period, scope),
    repo.trainingStates(db, period, scope),
  ]);
  const days = `${formatDay(period.from)} – ${formatDay(period.to)}`;
  const typeName = (type: string) => t(`claim_type_${type}`);

  // Claims opened: a line per type, a column per status on the data date.
  const openedRows: Cell[][] = claimTypes.map((type) => {
    const counts = claimStatuses.map(
      (status) => opened.find((o) => o.type === type && o.status === status)?.claims ?? 0,
    );
    const expected = opened.filter((o) => o.type === type).reduce((s, o) => s + o.expected, 0);
    return [typeName(type), ...counts, counts.reduce((a, b) => a + b, 0), expected];
  });
  const paidRows: Cell[][] = claimTypes.map((type) => {
    const row = paid.find((p) => p.type === type);
    return [typeName(type), row?.claims ?? 0, row?.paid ?? 0, row?.expected ?? 0, row?.average_days ?? null];
  });
  const paidClaims = paid.reduce((s, p) => s + p.claims, 0);
  const overdueRows: Cell[][] = openSteps.map((status) => {
    const row = overdue.find((o) => o.status === status);
    return [
      t(`reports_claim_status_${status}`),
      settings.stepDays[status] ?? null,
      row?.claims ?? 0,
      row?.expected ?? 0,
    ];
  });
  const trainingRows: Cell[][] = trainingStatuses.map((status) => [
    t(`reports_training_status_${status}`),
    training.find((r) => r.status === status)?.referrals ?? 0,
  ]);

  return {
    kind: "claims",
    lang,
    title: t("reports_claims_title"),
    subtitle: `${areaName} · ${days}`,
    dataDate: period.dataDate,
    madeAt: now,
    params: [
      [t("reports_param_from"), period.from],
      [t("reports_param_to"), period.to],
    ],
    fileStem: `${t("reports_file_claims")}-${period.from}-${period.to}`,
    sections: [
      {
        heading: t("reports_claims_heading_opened"),
        tables: [
          {
            sheet: t("reports_sheet_opened"),
            title: t("reports_claims_opened_title", { days }),
            columns: [
              col(t("reports_col_type")),
              ...claimStatuses.map((status) => col(t(`reports_claim_status_${status}`), "count")),
              col(t("reports_col_claims"), "count"),
              col(t("reports_col_expected"), "rupiah"),
            ],
            rows: openedRows,
            total: [t("reports_total"), ...openedRows[0].slice(1).map((_, i) => sum(openedRows, i + 1))],
            note: t("reports_claims_opened_note"),
          },
        ],
      },
      {
        heading: t("reports_claims_heading_paid"),
        tables: [
          {
            sheet: t("reports_sheet_paid"),
            title: t("reports_claims_paid_title", { days }),
            columns: [
              col(t("reports_col_type")),
              col(t("reports_col_claims"), "count"),
              col(t("reports_col_paid"), "rupiah"),
              col(t("reports_col_expected"), "rupiah"),
              col(t("reports_col_days_to_pay"), "decimal"),
            ],
            rows: paidRows,
            total: [
              t("reports_total"),
              paidClaims,
              sum(paidRows, 2),
              sum(paidRows, 3),
              paidClaims === 0
                ? null
                : Math.round(
                    (paid.reduce((s, p) => s + (p.average_days ?? 0) * p.claims, 0) / paidClaims) * 10,
                  ) / 10,
            ],
          },
        ],
      },
      {
        heading: t("reports_claims_heading_steps"),
        tables: [
          {
            sheet: t("reports_sheet_steps"),
            title: t("reports_claims_steps_title", { days }),
            columns: [
              col(t("reports_col_step")),
              col(t("reports_col_limit_days"), "count"),
              col(t("reports_col_steps"), "count"),
              col(t("reports_col_average_days"), "decimal"),
              col(t("reports_col_longest_days"), "decimal"),
            ],
            rows: openSteps.map((status) => {
              const row = steps.find((s) => s.status === status);
              return [
                t(`reports_claim_status_${status}`),
                settings.stepDays[status] ?? null,
                row?.steps ?? 0,
                row?.average_days ?? null,
                row?.longest_days ?? null,
              ];
            }),
          },
          {
            sheet: t("reports_sheet_overdue"),
            title: t("reports_claims_overdue_title", { day: formatDay(period.dataDate) }),
            columns: [
              col(t("reports_col_step")),
              col(t("reports_col_limit_days"), "count"),
              col(t("reports_col_claims"), "count"),
              col(t("reports_col_expected"), "rupiah"),
            ],
            rows: overdueRows,
            total: [t("reports_total"), null, sum(overdueRows, 2), sum(overdueRows, 3)],
            note: t("reports_claims_overdue_note"),
          },
        ],
      },
      {
        heading: t("reports_claims_heading_handovers"),
        tables: [
          {
            sheet: t("reports_sheet_handovers"),
            title: t("reports_claims_handovers_title", { days }),
            columns: [
              col(t("reports_col_held_on"), "day"),
              col(t("reports_col_event")),
              col(t("reports_col_place")),
              col(t("reports_col_claims"), "count"),
              col(t("reports_col_paid"), "rupiah"),
            ],
            rows: handovers.map((h) => [h.held_on, h.title, h.place, h.claims, h.paid]),
            total: [
              t("reports_total"),
              null,
              null,
              handovers.reduce((s, h) => s + h.claims, 0),
              handovers.reduce((s, h) => s + h.paid, 0),
            ],
          },
          {
            sheet: t("reports_sheet_training"),
            title: t("reports_claims_training_title", { days, day: formatDay(period.dataDate) }),
            columns: [col(t("reports_col_state")), col(t("reports_col_referrals"), "count")],
            rows: trainingRows,
            total: [t("reports_total"), sum(trainingRows, 1)],
          },
        ],
      },
    ],
  };
}
