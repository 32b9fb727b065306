import type { Command } from "commander";
import { dashboard } from "../modules/dashboard/dashboard.service.ts";
import type { Breakdown, Dashboard } from "../modules/dashboard/dashboard.types.ts";
import {
  formatNumber,
  formatPercent,
  formatRupiah,
  langOf,
  type ReportOptions,
  report,
  table,
  withApp,
} from "./output.ts";

/** `payung dashboard`: the dashboard's numbers on the command line, for the regency or one area. */
export function dashboardCommands(program: Command): void {
  program
    .command("dashboard")
    .description(
      "Covered workers against target and workforce, by area and trait, over time, with budget and claims",
    )
    .option("--area <code>", "the regency (default), a kecamatan or a desa")
    .option("--on <yyyy-mm-dd>", "count on this day (default: today)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { area?: string; on?: string }) => {
      const shown = await withApp(({ db, config }) =>
        dashboard({ db, regencyCode: config.regencyCode, area: o.area, on: o.on }),
      );
      report(o, shown, () => dashboardText(shown, o));
    });
}

function dashboardText(d: Dashboard, o: ReportOptions): string {
  const id = langOf(o) === "id";
  const t = (indonesian: string, english: string) => (id ? indonesian : english);
  const n = (x: number | null) => (x === null ? "–" : formatNumber(x, langOf(o)));
  const day = d.on.split("-").reverse().join("-");
  const traits = (title: string, rows: Breakdown<string | number | null>[]) =>
    `${title}: ${rows.map((r) => `${r.value ?? t("tidak diketahui", "unknown")} ${n(r.covered)}`).join(", ")}`;
  return [
    `${d.area.name} (${d.area.code}) — ${t("data per", "data as of")} ${day}`,
    `${t("Terlindungi", "Covered")} ${n(d.area.covered)} / ${t("target", "target")} ${n(d.area.target)} (${formatPercent(d.area.targetProgress)}); ${t("pekerja informal", "informal workers")} ${n(d.area.workforce)} (${formatPercent(d.area.coverageRate)})`,
    d.areas.length > 0
      ? table(
          [
            t("kode", "code"),
            t("wilayah", "area"),
            t("terlindungi", "covered"),
            "target",
            t("pekerja", "workforce"),
            "%",
          ],
          d.areas.map((a) => [
            a.code,
            a.name,
            n(a.covered),
            n(a.target),
            n(a.workforce),
            formatPercent(a.coverageRate),
          ]),
        )
      : "",
    traits(t("Pekerjaan", "Occupation"), d.byOccupation),
    traits("Desil", d.byDesil),
    traits(t("Jenis kelamin", "Sex"), d.bySex),
    traits(t("Umur", "Age"), d.byAgeBand),
    `${t("Per tahun", "By year")}: ${d.years.map((y) => `${y.year} ${n(y.covered)}`).join(", ")}`,
    table(
      [t("pendana", "funder"), t("anggaran", "budget"), t("ditagih", "invoiced"), t("dibayar", "paid")],
      d.budget.map((b) => [
        b.funder.name,
        formatRupiah(b.planned),
        formatRupiah(b.invoiced),
        formatRupiah(b.paid),
      ]),
    ),
    `${t("Klaim", "Claims")}: ${d.claims.byType.map((c) => `${c.type} ${n(c.claims)} (${t("dibayar", "paid")} ${n(c.paid)}, ${formatRupiah(c.paidAmount)})`).join(", ") || "–"}; ${t("terbuka", "open")} ${n(d.claims.open)}, ${t("terlambat", "overdue")} ${n(d.claims.overdue)}`,
    `${t("Daftar tunggu", "Waitlist")}: ${n(d.waitlist.persons)} ${t("orang", "persons")}, ${formatRupiah(d.waitlist.cost)}`,
  ]
    .filter(Boolean)
    .join("\n");
}
