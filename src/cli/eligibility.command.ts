import os from "node:os";
import type { Command } from "commander";
import { loadConfig } from "../core/config.ts";
import {
  eligibilitySummary,
  explainEligibility,
  reasonText,
} from "../modules/eligibility/eligibility.service.ts";
import { rankedList } from "../modules/ranking/ranking.service.ts";
import { formatNumber, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const thisYear = () => String(new Date().getFullYear());

export function eligibilityCommands(program: Command): void {
  const eligibility = program
    .command("eligibility")
    .description("Who may be covered in a program year, and why not");
  eligibility
    .command("explain <person>")
    .description("One person's verdict with every reason")
    .option("--year <yyyy>", "the program year (default: this year)")
    .option("--json", "print JSON")
    .action(async (person: string, options: ReportOptions & { year?: string }) => {
      const lang = langOf(options);
      const verdict = await withApp(({ db }) =>
        explainEligibility({
          db,
          personId: Number(person),
          year: Number(options.year ?? thisYear()),
          regencyCode: loadConfig().regencyCode,
          user: null,
          audit: { actor: `cli:${os.userInfo().username}`, via: "payung eligibility explain" },
        }),
      );
      const texts = verdict.reasons.map((code) => reasonText(code, verdict.rules, lang));
      const { rules: _rules, ...shown } = verdict;
      report(options, { ...shown, texts }, () =>
        [
          `${verdict.person} ${verdict.name} (${verdict.year}): ${
            verdict.eligible
              ? lang === "id"
                ? "layak"
                : "eligible"
              : lang === "id"
                ? "tidak layak"
                : "not eligible"
          }`,
          ...texts.map((t) => `  - ${t}`),
        ].join("\n"),
      );
    });
  program
    .command("ranking")
    .description("The eligible persons in priority order: desil 1, 2, 3–4, then the rest")
    .option("--year <yyyy>", "the program year (default: this year)")
    .option("--offset <n>", "skip this many", "0")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { year?: string; offset: string; limit: string }) => {
      const ranked = await withApp(({ db }) =>
        rankedList({
          db,
          year: Number(options.year ?? thisYear()),
          regencyCode: loadConfig().regencyCode,
          caller: null,
          offset: Number(options.offset),
          limit: Number(options.limit),
        }),
      );
      report(options, ranked, () =>
        table(
          ["rank", "id", "name", "desil", "desil date", "stale", "kecamatan"],
          ranked.persons.map((p) => [
            p.rank,
            p.id,
            p.name,
            p.desil,
            p.desil_date,
            p.desil_stale ? "!" : "",
            p.kecamatan_code,
          ]),
        ),
      );
    });
  eligibility
    .command("summary")
    .description("How many persons are eligible, and how many are not for each reason")
    .option("--year <yyyy>", "the program year (default: this year)")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { year?: string }) => {
      const lang = langOf(options);
      const summary = await withApp(({ db }) =>
        eligibilitySummary({
          db,
          year: Number(options.year ?? thisYear()),
          regencyCode: loadConfig().regencyCode,
          user: null,
        }),
      );
      report(options, summary, () =>
        [
          `${summary.year}: ${formatNumber(summary.eligible, lang)} ${lang === "id" ? "layak" : "eligible"}`,
          ...Object.entries(summary.excluded)
            .filter(([, n]) => n > 0)
            .map(([code, n]) => `  ${code}: ${formatNumber(n, lang)}`),
        ].join("\n"),
      );
    });
}
