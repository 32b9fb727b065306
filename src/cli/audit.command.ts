import type { Command } from "commander";
import { auditOfPerson, verifyAudit } from "../modules/audit/audit.service.ts";
import { langOf, type ReportOptions, report, table, withApp } from "./output.ts";

export function auditCommands(program: Command): void {
  const audit = program.command("audit").description("The audit log: who read or changed whose data");
  audit
    .command("verify")
    .description("Recompute the hash chain; exit 1 if an entry was changed or removed")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions) => {
      const result = await withApp(({ db }) => verifyAudit({ db }));
      const id = langOf(options) === "id";
      report(options, result, () =>
        result.ok
          ? id
            ? `Rantai audit utuh: ${result.entries} entri.`
            : `Audit chain intact: ${result.entries} entries.`
          : id
            ? `Rantai audit RUSAK pada entri ${result.broken?.id} (${result.broken?.reason}): entri diubah atau dihapus.`
            : `Audit chain BROKEN at entry ${result.broken?.id} (${result.broken?.reason}): an entry was changed or removed.`,
      );
      if (!result.ok) process.exitCode = 1;
    });
  audit
    .command("show")
    .description("Everyone who read or changed one person's data")
    .requiredOption("--person <id>", "person id")
    .option("--json", "print JSON")
    .action(async (options: ReportOptions & { person: string }) => {
      const entries = await withApp(({ db }) => auditOfPerson({ db, personId: Number(options.person) }));
      report(options, entries, () =>
        entries.length === 0
          ? langOf(options) === "id"
            ? "Belum ada yang membaca atau mengubah data orang ini."
            : "Nobody has read or changed this person's data yet."
          : table(
              ["id", "at", "actor", "action", "via", "source"],
              entries.map((e) => [e.id, e.at, e.actor, e.action, e.via, e.source]),
            ),
      );
    });
}
