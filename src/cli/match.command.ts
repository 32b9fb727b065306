import os from "node:os";
import type { Command } from "commander";
import { runMatching } from "../modules/matching/matching.service.ts";
import { formatNumber, langOf, type ReportOptions, report, withApp } from "./output.ts";

export function matchCommands(program: Command): void {
  program
    .command("match")
    .description("Link unlinked source records to persons (golden records); only new records are compared")
    .option("--refresh-all", "also rebuild every golden record (after changing a source's trust)")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { refreshAll?: boolean }) => {
      const lang = langOf(options);
      const summary = await withApp(({ db }) =>
        runMatching({ db, runBy: `cli:${os.userInfo().username}`, refreshAll: options.refreshAll }),
      );
      const n = (x: number) => formatNumber(x, lang);
      report(options, summary, () =>
        lang === "id"
          ? `${n(summary.records)} data sumber → ${n(summary.persons)} orang. Ditautkan kali ini: ${n(summary.linked_exact)} (NIK sama), ${n(summary.linked_fuzzy)} (kemiripan); ${n(summary.review)} menunggu tinjauan; ${n(summary.unlinked)} belum tertaut (tanpa NIK sah); ${n(summary.covered)} sudah peserta BPJS. ${summary.seconds} detik.`
          : `${n(summary.records)} source records → ${n(summary.persons)} persons. Linked now: ${n(summary.linked_exact)} (same NIK), ${n(summary.linked_fuzzy)} (similarity); ${n(summary.review)} awaiting review; ${n(summary.unlinked)} not linked yet (no valid NIK); ${n(summary.covered)} already BPJS members. ${summary.seconds} s.`,
      );
    });
}
