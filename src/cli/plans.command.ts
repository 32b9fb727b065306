import os from "node:os";
import type { Command } from "commander";
import type { Lang } from "../common/lang.ts";
import { comparePlans, planAreas, planPersons, planReach } from "../modules/plans/plans.reports.ts";
import {
  approvePlan,
  createPlan,
  deletePlan,
  listPlans,
  type PlanSummary,
  showPlan,
} from "../modules/plans/plans.service.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";
import { planCostCommand } from "./tariffs.command.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung plan ${command}`,
});
const tierNames = ["renewal", "desil 1", "desil 2", "desil 3–4", "rest"];

function summaryText(p: PlanSummary, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const head =
    lang === "id"
      ? `Rencana ${p.plan} (${p.status}) ${p.from} – ${p.to}: ${n(p.covered)} tercakup, ${n(p.waitlist)} menunggu, biaya ${formatRupiah(p.cost)}`
      : `Plan ${p.plan} (${p.status}) ${p.from} – ${p.to}: ${n(p.covered)} covered, ${n(p.waitlist)} waiting, cost ${formatRupiah(p.cost)}`;
  const funders = table(
    ["funder", "type", "months", "capacity", "allocated", "cost", "left"],
    p.funders.map((f) => [
      f.id,
      `${f.type} (${f.bpjsCode})`,
      `${f.from} – ${f.to}`,
      n(f.capacity),
      n(f.allocated),
      formatRupiah(f.cost),
      formatRupiah(f.left),
    ]),
  );
  const tiers = table(
    ["tier", "eligible", "covered"],
    p.byTier.map((t) => [tierNames[t.tier], n(t.eligible), n(t.covered)]),
  );
  const excluded = Object.entries(p.excluded)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${reason} ${n(count)}`)
    .join(", ");
  const flags = [
    p.shortSpells ? `${n(p.shortSpells)} < 6 ${lang === "id" ? "bulan" : "months"}` : "",
    p.gaps ? `${n(p.gaps)} ${lang === "id" ? "berjeda" : "with a gap"}` : "",
    ...p.skipped.map((f) =>
      lang === "id"
        ? `${f.id} (${f.from} – ${f.to}) di luar periode, tidak ikut`
        : `${f.id} (${f.from} – ${f.to}) outside the period, left out`,
    ),
  ].filter(Boolean);
  return [
    head,
    "",
    funders,
    "",
    tiers,
    "",
    `excluded: ${excluded || "–"}`,
    ...flags.map((f) => `! ${f}`),
  ].join("\n");
}

export function plansCommands(program: Command): void {
  const plan = program
    .command("plan")
    .description("Allocation plans: who is covered first, by which funder, at what cost");
  plan
    .command("create")
    .description("Make a draft plan for a period from the ranking, the funders and the tariffs")
    .requiredOption("--from <yyyy-mm>", "the first month")
    .requiredOption("--to <yyyy-mm>", "the last month")
    .option("--revises <plan>", "an approved plan this one revises (same period)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { from: string; to: string; revises?: string }) => {
      const made = await withApp(({ db, config }) =>
        createPlan({
          db,
          from: o.from,
          to: o.to,
          revises: o.revises === undefined ? null : Number(o.revises),
          regencyCode: config.regencyCode,
          audit: audit("create"),
          log: o.json ? undefined : (step) => process.stderr.write(`… ${step}\n`),
        }),
      );
      report(o, made, () => summaryText(made, langOf(o)));
    });
  plan
    .command("list")
    .description("Every plan, the newest first")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const all = await withApp(({ db }) => listPlans({ db }));
      const n = (v: number) => formatNumber(v, langOf(o));
      report(o, all, () =>
        table(
          ["plan", "status", "period", "covered", "waiting", "cost", "by"],
          all.map((p) => [
            p.plan,
            p.status,
            `${p.from} – ${p.to}`,
            n(p.covered),
            n(p.waitlist),
            formatRupiah(p.cost),
            p.approvedBy ?? p.createdBy,
          ]),
        ),
      );
    });
  plan
    .command("show <plan>")
    .description("A plan's figures per funder, per tier and per kecamatan")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const [summary, areas] = await withApp(({ db }) =>
        Promise.all([showPlan({ db, id: Number(id) }), planAreas({ db, id: Number(id), user: null })]),
      );
      const n = (v: number) => formatNumber(v, langOf(o));
      report(o, { ...summary, areas }, () =>
        [
          summaryText(summary, langOf(o)),
          "",
          table(
            ["kecamatan", "covered", "waiting", "cost"],
            areas.map((a) => [
              a.name ?? a.kecamatan ?? "–",
              n(a.covered),
              n(a.waitlist),
              formatRupiah(a.cost),
            ]),
          ),
        ].join("\n"),
      );
    });
  plan
    .command("persons <plan>")
    .description("The covered persons of a plan in rank order (--waiting: its waitlist)")
    .option("--waiting", "the waitlist instead")
    .option("--funder <code>", "only those this funder pays for")
    .option("--kecamatan <code>", "only this kecamatan")
    .option("--offset <n>", "skip this many", "0")
    .option("--limit <n>", "at most this many", "50")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & {
          waiting?: boolean;
          funder?: string;
          kecamatan?: string;
          offset: string;
          limit: string;
        },
      ) => {
        const page = await withApp(({ db }) =>
          planPersons({
            db,
            id: Number(id),
            caller: null,
            waiting: o.waiting ?? false,
            funder: o.funder,
            kecamatan: o.kecamatan,
            offset: Number(o.offset),
            limit: Number(o.limit),
          }),
        );
        report(o, page, () =>
          [
            table(
              ["rank", "tier", "name", "nik", "desa", "months", "funders"],
              page.persons.map((p) => [
                p.rank,
                tierNames[p.tier],
                p.name,
                p.nik,
                p.desa_code,
                `${p.months}${p.short_spell ? " !" : ""}${p.gap ? " gap" : ""}`,
                p.funders.join(" → "),
              ]),
            ),
            `${page.persons.length} / ${formatNumber(page.total, langOf(o))}`,
          ].join("\n"),
        );
      },
    );
  plan
    .command("approve <plan>")
    .description("Approve a draft: frozen from then on, the input of enrolment")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const approved = await withApp(({ db }) =>
        approvePlan({ db, id: Number(id), audit: audit("approve") }),
      );
      report(o, approved, () => summaryText(approved, langOf(o)));
    });
  plan
    .command("delete <plan>")
    .description("Delete a draft plan (approved plans stay)")
    .action(async (id: string) => {
      await withApp(({ db }) => deletePlan({ db, id: Number(id), audit: audit("delete") }));
    });
  plan
    .command("compare <a> <b>")
    .description("Who plan b covers that plan a does not, who it drops, whose funders change")
    .option("--json", "print JSON")
    .action(async (a: string, b: string, o: ReportOptions) => {
      const diff = await withApp(({ db }) => comparePlans({ db, a: Number(a), b: Number(b) }));
      const n = (v: number) => formatNumber(v, langOf(o));
      report(o, diff, () =>
        [
          table(
            ["plan", "status", "covered", "waiting", "cost"],
            [diff.a, diff.b].map((p) => [
              p.plan,
              p.status,
              n(p.covered),
              n(p.waitlist),
              formatRupiah(p.cost),
            ]),
          ),
          `+${n(diff.added)}  −${n(diff.removed)}  ~${n(diff.changed)}`,
        ].join("\n"),
      );
    });
  plan
    .command("reach")
    .description("How many people budgets cover, and down to which desil of the ranking")
    .requiredOption("--budget <rupiah>", "one budget, or several to compare (comma-separated)")
    .requiredOption("--months <n>", "how many months")
    .requiredOption("--package <code>", "e.g. jkk-jkm")
    .option("--from <yyyy-mm>", "the first month (default: January of this year)")
    .option("--unit-rate <rupiah>", "a rounded rate a person a month")
    .option("--funder-type <type>", "who pays (default apbd): some discounts exclude government funders")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & {
          budget: string;
          months: string;
          package: string;
          from?: string;
          unitRate?: string;
          funderType?: string;
        },
      ) => {
        const reach = await withApp(({ db, config }) =>
          planReach({
            db,
            budgets: o.budget.split(",").map((b) => Number(b.trim())),
            months: Number(o.months),
            from: o.from ?? `${new Date().getFullYear()}-01`,
            pkg: o.package,
            funderType: o.funderType,
            unitRate: o.unitRate === undefined ? undefined : Number(o.unitRate),
            regencyCode: config.regencyCode,
          }),
        );
        const n = (v: number) => formatNumber(v, langOf(o));
        report(o, reach, () =>
          table(
            ["budget", "people", "covered", "down to", "left"],
            reach.scenarios.map((s) => [
              formatRupiah(s.budget),
              n(s.people),
              `${n(s.covered)} / ${n(reach.eligible)}`,
              s.lastTier === null
                ? "–"
                : `${tierNames[s.lastTier]}${s.lastDesil ? ` (desil ${s.lastDesil})` : ""}`,
              formatRupiah(s.left),
            ]),
          ),
        );
      },
    );
  planCostCommand(plan);
}
