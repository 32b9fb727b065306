import os from "node:os";
import type { Command } from "commander";
import { UserError } from "../common/errors.ts";
import { loadSettings, saveSettings } from "../modules/matching/matching.repository.ts";
import { type MatchProgress, runMatching } from "../modules/matching/matching.service.ts";
import { formatNumber, langOf, type ReportOptions, report, withApp } from "./output.ts";

const steps: Record<MatchProgress["step"], { id: string; en: string }> = {
  load: { id: "membaca data", en: "reading records" },
  compare: { id: "membandingkan pasangan", en: "comparing pairs" },
  decide: { id: "memutuskan", en: "deciding" },
  write: { id: "menyimpan tautan", en: "writing links" },
  golden: { id: "menyusun golden record", en: "building golden records" },
};

export function matchCommands(program: Command): void {
  const match = program
    .command("match")
    .description("Link new source records to persons (golden records): same NIK, then the fuzzy rule")
    .option("--refresh-all", "also rebuild every golden record (after changing a source's trust)")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { refreshAll?: boolean }) => {
      const lang = langOf(options);
      // A one-line status on a terminal only; piped output stays clean.
      const onProgress = process.stderr.isTTY
        ? (p: MatchProgress) =>
            process.stderr.write(
              `\r\x1b[K${steps[p.step][lang]}${p.done ? ` ${formatNumber(p.done, lang)}` : ""}…`,
            )
        : undefined;
      const summary = await withApp(({ db }) =>
        runMatching({
          db,
          runBy: `cli:${os.userInfo().username}`,
          refreshAll: options.refreshAll,
          onProgress,
        }),
      );
      if (onProgress) process.stderr.write("\r\x1b[K");
      const n = (x: number) => formatNumber(x, lang);
      report(options, summary, () =>
        lang === "id"
          ? `${n(summary.records)} data sumber → ${n(summary.persons)} orang. Ditautkan kali ini: ${n(summary.linked_exact)} (NIK sama), ${n(summary.linked_fuzzy)} (kemiripan); ${n(summary.review)} menunggu tinjauan (payung review list); ${n(summary.covered)} sudah peserta BPJS. ${summary.seconds} detik.`
          : `${n(summary.records)} source records → ${n(summary.persons)} persons. Linked now: ${n(summary.linked_exact)} (same NIK), ${n(summary.linked_fuzzy)} (similarity); ${n(summary.review)} awaiting review (payung review list); ${n(summary.covered)} already BPJS members. ${summary.seconds} s.`,
      );
    });
  match
    .command("settings")
    .description("Show or change the thresholds: link at or above --link weight, review at or above --review")
    .option("--link <weight>", "match weight from which a pair is linked (default 12)")
    .option("--review <weight>", "match weight from which a pair goes to review (default 4)")
    .option("--json", "print JSON")
    .action(async (_own: unknown, cmd: Command) => {
      // --json and --lang may land on `match` itself, which takes them too.
      const options: ReportOptions & { link?: string; review?: string } = cmd.optsWithGlobals();
      const settings = await withApp(async ({ db }) => {
        const current = await loadSettings(db);
        if (options.link === undefined && options.review === undefined) return current;
        const next = {
          linkWeight: options.link === undefined ? current.linkWeight : Number(options.link),
          reviewWeight: options.review === undefined ? current.reviewWeight : Number(options.review),
        };
        if (
          !Number.isFinite(next.linkWeight) ||
          !Number.isFinite(next.reviewWeight) ||
          next.reviewWeight > next.linkWeight
        )
          throw new UserError("match_settings_invalid", {
            link: options.link ?? current.linkWeight,
            review: options.review ?? current.reviewWeight,
          });
        await saveSettings(db, next);
        return next;
      });
      report(options, settings, () =>
        langOf(options) === "id"
          ? `Tautkan bila bobot ≥ ${settings.linkWeight}; tinjau bila ≥ ${settings.reviewWeight}. Berlaku untuk data baru pada payung match berikutnya.`
          : `Link at weight ≥ ${settings.linkWeight}; review at ≥ ${settings.reviewWeight}. Applies to new records at the next payung match.`,
      );
    });
}
