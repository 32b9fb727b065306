import os from "node:os";
import type { Command } from "commander";
import { generateInvoices, listInvoices, type MonthInvoices } from "../modules/invoices/invoices.service.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

function invoicesText(m: MonthInvoices, o: ReportOptions): string {
  const n = (v: number) => formatNumber(v, langOf(o));
  return [
    table(
      ["funder", "bpjs", "members", "amount", "paid"],
      m.invoices.map((i) => [
        i.funder,
        i.bpjsCode,
        n(i.members),
        formatRupiah(i.amount),
        formatRupiah(i.paid),
      ]),
    ),
    `${m.month}: ${n(m.members)} · ${formatRupiah(m.amount)}`,
  ].join("\n");
}

export function invoicesCommands(program: Command): void {
  const invoices = program.command("invoices").description("Monthly invoices per funder");
  invoices
    .command("generate")
    .description("Bill a month: per funder, its members at the tariffs in force (again: replaced until paid)")
    .requiredOption("--month <yyyy-mm>", "the month billed")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { month: string }) => {
      const made = await withApp(({ db }) =>
        generateInvoices({
          db,
          month: o.month,
          audit: { actor: `cli:${os.userInfo().username}`, via: "payung invoices generate" },
        }),
      );
      report(o, made, () => invoicesText(made, o));
    });
  invoices
    .command("list")
    .description("A month's invoices")
    .requiredOption("--month <yyyy-mm>", "the month")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { month: string }) => {
      const found = await withApp(({ db }) => listInvoices({ db, month: o.month }));
      report(o, found, () => invoicesText(found, o));
    });
}
