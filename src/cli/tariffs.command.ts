import os from "node:os";
import type { Command } from "commander";
import { addTariffRule, listTariffs, planCost, premiumFor } from "../modules/tariffs/tariffs.service.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

interface PremiumOptions extends ReportOptions {
  package: string;
  income?: string;
  funderType?: string;
  sector?: string;
}

export function tariffsCommands(program: Command): void {
  const tariffs = program.command("tariffs").description("Programs, packages and discounts as dated rules");
  tariffs
    .command("list")
    .description("The rates of JKK, JKM and JHT with the months they apply from, discounts and packages")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions) => {
      const all = await withApp(({ db }) => listTariffs({ db }));
      report(options, all, () =>
        [
          table(
            ["program", "from", "rate", "minimum", "source"],
            all.rules.map((r) => [
              r.program,
              r.validFrom,
              r.basisPoints === null ? formatRupiah(r.flat ?? 0) : `${r.basisPoints / 100}%`,
              r.minimum ? formatRupiah(r.minimum) : "",
              r.source,
            ]),
          ),
          "",
          table(
            ["discount", "programs", "from", "to", "sector", "not for", "source"],
            all.discounts.map((d) => [
              `${d.percent}%`,
              d.programs.join("+"),
              d.validFrom,
              d.validTo,
              d.sector,
              d.excludedFunderTypes.join(", "),
              d.source,
            ]),
          ),
          "",
          table(
            ["package", "programs", "declared income"],
            all.packages.map((p) => [p.code, p.programs.join("+"), formatRupiah(p.declaredIncome)]),
          ),
        ].join("\n"),
      );
    });
  tariffs
    .command("add")
    .description("A new rate for a program from a month on (earlier months keep theirs)")
    .requiredOption("--program <JKK|JKM|JHT>", "the program")
    .option("--percent <n>", "percent of declared income")
    .option("--flat <rupiah>", "a flat amount a month")
    .option("--minimum <rupiah>", "the least a percent rate charges")
    .requiredOption("--from <yyyy-mm>", "the first month it applies to")
    .requiredOption("--source <text>", "the regulation it comes from")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & Record<string, string | undefined>) => {
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const added = await withApp(({ db }) =>
        addTariffRule({
          db,
          rule: {
            program: String(options.program).toUpperCase(),
            percent: num(options.percent),
            flat: num(options.flat),
            minimum: num(options.minimum),
            from: String(options.from),
            source: String(options.source),
          },
          by: `cli:${os.userInfo().username}`,
        }),
      );
      report(options, added, () => `${added.program} from ${added.validFrom}: ${added.source}`);
    });
  tariffs
    .command("premium")
    .description("One person's premium for one month, line by line")
    .requiredOption("--package <code>", "e.g. jkk-jkm")
    .requiredOption("--month <yyyy-mm>", "the month")
    .option("--income <rupiah>", "declared monthly income (default: the package's)")
    .option("--funder-type <type>", "apbd, apbn, dana_desa, csr … (default apbd)")
    .option("--sector <sector>", "transport or other (default other)")
    .option("--json", "print JSON")
    .action(async (options: PremiumOptions & { month: string }) => {
      const premium = await withApp(({ db }) =>
        premiumFor({
          db,
          query: { ...options, income: options.income === undefined ? undefined : Number(options.income) },
        }),
      );
      report(options, premium, () =>
        [
          ...premium.lines.map(
            (l) =>
              `${l.program}  ${formatRupiah(l.amount)}${l.discountPercent ? ` (${formatRupiah(l.base)} − ${l.discountPercent}%)` : ""}  ${l.rule}`,
          ),
          `${premium.month} ${premium.package}: ${formatRupiah(premium.total)}`,
        ].join("\n"),
      );
    });
}

/** `payung plan cost`: what covering a number of people costs (the plan group is plans.command.ts). */
export function planCostCommand(plan: Command): void {
  plan
    .command("cost")
    .description("What covering a number of people costs for some months")
    .requiredOption("--people <n>", "how many people")
    .requiredOption("--months <n>", "how many months")
    .requiredOption("--package <code>", "e.g. jkk-jkm")
    .option("--from <yyyy-mm>", "the first month (default: January of this year)")
    .option("--unit-rate <rupiah>", "a funder's rounded rate a person a month (e.g. 17000)")
    .option("--income <rupiah>", "declared monthly income (default: the package's)")
    .option("--funder-type <type>", "apbd, apbn, dana_desa, csr … (default apbd)")
    .option("--sector <sector>", "transport or other (default other)")
    .option("--json", "print JSON")
    .action(
      async (
        options: PremiumOptions & { people: string; months: string; from?: string; unitRate?: string },
      ) => {
        const lang = langOf(options);
        const result = await withApp(({ db }) =>
          planCost({
            db,
            people: Number(options.people),
            months: Number(options.months),
            from: options.from ?? `${new Date().getFullYear()}-01`,
            unitRate: options.unitRate === undefined ? undefined : Number(options.unitRate),
            query: { ...options, income: options.income === undefined ? undefined : Number(options.income) },
          }),
        );
        report(options, result, () =>
          lang === "id"
            ? `${formatNumber(result.people, lang)} orang × ${result.months} bulan (${result.package}): ${formatRupiah(result.total)}`
            : `${formatNumber(result.people, lang)} people × ${result.months} months (${result.package}): ${formatRupiah(result.total)}`,
        );
      },
    );
}
