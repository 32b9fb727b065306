import fs from "node:fs";
import os from "node:os";
import { type Command, Option } from "commander";
import { type HandoverPaper, handoverPapers, handoverPdf } from "../modules/claims/handover-letters.ts";
import { createHandover, listHandovers } from "../modules/claims/handovers.service.ts";
import { idList, idOf } from "./arguments.ts";
import { formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung handovers ${command}`,
});

export function handoversCommands(program: Command): void {
  const handovers = program
    .command("handovers")
    .description("Handover ceremonies of paid claims (penyerahan santunan): letters, receipts, the list");
  handovers
    .command("create")
    .description("An event handing over paid claims; each claim is handed over once")
    .requiredOption("--title <text>", "the event's name")
    .requiredOption("--date <yyyy-mm-dd>", "the day it is held")
    .requiredOption("--place <text>", "where")
    .requiredOption("--claims <ids>", "paid claims, e.g. 1,2", idList)
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { title: string; date: string; place: string; claims: number[] }) => {
      const made = await withApp(({ db }) =>
        createHandover({
          db,
          input: { title: o.title, heldOn: o.date, place: o.place, claimIds: o.claims },
          audit: audit("create"),
        }),
      );
      report(o, made, () =>
        langOf(o) === "id"
          ? `${made.id}: ${o.title}, ${made.claims} klaim; cetak: payung handovers papers ${made.id} --paper letters --out surat.pdf`
          : `${made.id}: ${o.title}, ${made.claims} claims; print: payung handovers papers ${made.id} --paper letters --out letters.pdf`,
      );
    });
  handovers
    .command("list")
    .description("Handover events, latest first, with their claims and what those paid")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const found = await withApp(({ db }) => listHandovers({ db }));
      report(o, found, () =>
        table(
          ["id", "date", "title", "place", "claims", "total", "by"],
          found.map((h) => [
            h.id,
            h.held_on,
            h.title,
            h.place,
            h.claims,
            formatRupiah(h.total),
            h.created_by,
          ]),
        ),
      );
    });
  handovers
    .command("papers <id>")
    .description(
      "A handover's papers as PDF, in the language of --lang: a letter per recipient, a receipt per claim, or the list",
    )
    .addOption(new Option("--paper <paper>", "which papers").choices(handoverPapers).makeOptionMandatory())
    .requiredOption("--out <file>", "where to write the PDF")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { paper: HandoverPaper; out: string }) => {
      const handoverId = idOf(id, "handover_not_found");
      const pdf = await withApp(({ db }) =>
        handoverPdf({ db, id: handoverId, paper: o.paper, lang: langOf(o), audit: audit("papers") }),
      );
      fs.writeFileSync(o.out, pdf);
      report(
        o,
        { handover: handoverId, paper: o.paper, out: o.out, bytes: pdf.length },
        () => `${id} → ${o.out}`,
      );
    });
}
