import os from "node:os";
import type { Command } from "commander";
import {
  listProposalQueue,
  type ProposalStatus,
  rejectProposal,
  verifyProposals,
} from "../modules/proposals/proposals.service.ts";
import { formatNumber, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({ actor: `cli:${os.userInfo().username}`, via: `payung ${command}` });

export function proposalsCommands(program: Command): void {
  const proposals = program
    .command("proposals")
    .description("Self-proposals from the public page and operators: the verification queue");
  proposals
    .command("list")
    .description("Proposals, oldest first (full NIKs: this is the command line)")
    .option("--status <status>", "pending, verified, rejected or all", "pending")
    .option("--desa <code>", "one desa/kelurahan's")
    .option("--offset <n>", "skip this many", "0")
    .option("--limit <n>", "at most this many", "50")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { status: string; desa?: string; offset: string; limit: string }) => {
      const found = await withApp(({ db }) =>
        listProposalQueue({
          db,
          status: o.status === "all" ? undefined : (o.status as ProposalStatus),
          desa: o.desa,
          offset: Number(o.offset),
          limit: Number(o.limit),
          audit: audit("proposals list"),
        }),
      );
      report(o, found, () =>
        [
          table(
            ["id", "name", "nik", "born", "desa", "occupation", "phone", "n", "status", "by", "note"],
            found.proposals.map((p) => [
              p.id,
              p.name,
              p.nik,
              p.birth_date,
              `${p.desa_name} (${p.kecamatan_name})`,
              p.occupation,
              p.phone,
              p.submissions,
              p.status,
              p.decided_by ?? p.submitted_by,
              p.rejection_reason ?? (p.batch_id ? `${p.batch_id}:${p.row_number}` : ""),
            ]),
          ),
          langOf(o) === "id"
            ? `${formatNumber(found.total, "id")} usulan`
            : `${formatNumber(found.total, "en")} proposals`,
        ].join("\n"),
      );
    });
  proposals
    .command("verify <ids...>")
    .description(
      "Verify pending proposals: they become source records of the list usulan-mandiri (one batch)",
    )
    .option("--json", "print JSON")
    .action(async (ids: string[], o: ReportOptions) => {
      const done = await withApp(({ db }) =>
        verifyProposals({ db, ids: ids.map(Number), audit: audit("proposals verify") }),
      );
      report(o, done, () =>
        langOf(o) === "id"
          ? `${done.verified.length} usulan diverifikasi → batch ${done.batch} (sumber usulan-mandiri); jalankan payung match`
          : `${done.verified.length} proposals verified → batch ${done.batch} (source usulan-mandiri); run payung match`,
      );
    });
  proposals
    .command("reject <id>")
    .description("Reject a pending proposal")
    .requiredOption("--reason <text>", "why: the proposer may ask at the desa")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { reason: string }) => {
      const rejected = await withApp(({ db }) =>
        rejectProposal({ db, id: Number(id), reason: o.reason, audit: audit("proposals reject") }),
      );
      report(o, rejected, () => `${rejected.id}: ${rejected.status} (${rejected.reason})`);
    });
}
