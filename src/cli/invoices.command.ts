import os from "node:os";
import type { Command } from "commander";
import { generateInvoices, listInvoices, type MonthInvoices } from "../modules/invoices/invoices.service.ts";
import { checkLateness } from "../modules/invoices/lateness.service.ts";
import { recordPayment } from "../modules/invoices/payments.service.ts";
import { reconcileBill } from "../modules/invoices/reconcile.service.ts";
import { listRefunds, recordRefund } from "../modules/invoices/refunds.service.ts";
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

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung invoices ${command}`,
});

/** This month, yyyy-mm. */
const thisMonth = () => new Date().toISOString().slice(0, 7);

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
          audit: audit("generate"),
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
  invoices
    .command("pay")
    .description("Record money received for a funder's invoice of a month")
    .requiredOption("--funder <code>", "the funder")
    .requiredOption("--month <yyyy-mm>", "the month of the invoice")
    .requiredOption("--amount <rupiah>", "the amount received, whole rupiah")
    .requiredOption("--on <yyyy-mm-dd>", "the day it was received")
    .option("--reference <text>", "the transfer's reference (SP2D, bank)")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & { funder: string; month: string; amount: string; on: string; reference?: string },
      ) => {
        const paid = await withApp(({ db }) =>
          recordPayment({
            db,
            funderCode: o.funder,
            month: o.month,
            amount: Number(o.amount.replace(/[.,\s]/g, "")),
            paidOn: o.on,
            reference: o.reference,
            audit: audit("pay"),
          }),
        );
        report(o, paid, () =>
          langOf(o) === "id"
            ? `${paid.funder} ${paid.month}: dibayar ${formatRupiah(paid.paid)} dari ${formatRupiah(paid.amount)}, sisa ${formatRupiah(paid.owed)}`
            : `${paid.funder} ${paid.month}: paid ${formatRupiah(paid.paid)} of ${formatRupiah(paid.amount)}, ${formatRupiah(paid.owed)} owed`,
        );
      },
    );
  invoices
    .command("late")
    .description(
      "Funders with unpaid months: late, warned (one more month ends memberships), lapsing; --apply lapses them",
    )
    .option("--month <yyyy-mm>", "the month now (earlier invoices are due)", thisMonth())
    .option("--apply", "end the memberships over the limit (status lapsed)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { month: string; apply?: boolean }) => {
      const found = await withApp(({ db }) =>
        checkLateness({ db, month: o.month, apply: o.apply === true, audit: audit("late") }),
      );
      const n = (v: number) => formatNumber(v, langOf(o));
      report(o, found, () =>
        [
          table(
            ["funder", "unpaid", "since", "owed", "warned", "lapsing", "state"],
            found.funders.map((f) => [
              f.funder,
              n(f.unpaidMonths),
              f.since,
              formatRupiah(f.owed),
              n(f.warned),
              n(f.lapsing),
              f.state,
            ]),
          ),
          langOf(o) === "id"
            ? `batas ${found.lateMonths} bulan; ${n(found.lapsed)} kepesertaan berakhir (tunggakan)`
            : `limit ${found.lateMonths} months; ${n(found.lapsed)} memberships lapsed (unpaid)`,
        ].join("\n"),
      );
    });
  invoices
    .command("refunds")
    .description("Premiums paid for months after a membership ended, to be given back")
    .option("--funder <code>", "one funder")
    .option("--due", "only those not yet refunded")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { funder?: string; due?: boolean }) => {
      const found = await withApp(({ db }) => listRefunds(db, { funder: o.funder, due: o.due === true }));
      report(o, found, () =>
        [
          table(
            ["membership", "name", "funder", "month", "amount", "ended", "reason", "refunded"],
            found.refunds.map((r) => [
              r.membership,
              r.name,
              r.funder,
              r.month,
              formatRupiah(r.amount),
              r.ended_on,
              r.end_reason,
              r.refunded_on ?? "",
            ]),
          ),
          `${langOf(o) === "id" ? "belum dikembalikan" : "due"}: ${formatRupiah(found.due)}`,
        ].join("\n"),
      );
    });
  invoices
    .command("refund <membership>")
    .description("Record that a membership's premiums paid after it ended were given back")
    .requiredOption("--on <yyyy-mm-dd>", "the day of the refund")
    .option("--reference <text>", "the transfer's reference")
    .option("--json", "print JSON")
    .action(async (membership: string, o: ReportOptions & { on: string; reference?: string }) => {
      const made = await withApp(({ db }) =>
        recordRefund({
          db,
          membershipId: Number(membership),
          refundedOn: o.on,
          reference: o.reference,
          audit: audit("refund"),
        }),
      );
      report(o, made, () => `${made.membership}: ${made.months} × → ${formatRupiah(made.amount)}`);
    });
  invoices
    .command("reconcile <file>")
    .description("BPJS's bill (CSV/XLSX: NIK or KPJ, amount) against the invoice of a funder and month")
    .requiredOption("--funder <code>", "the funder")
    .requiredOption("--month <yyyy-mm>", "the month billed")
    .option("--json", "print JSON")
    .action(async (file: string, o: ReportOptions & { funder: string; month: string }) => {
      const r = await withApp(({ db }) =>
        reconcileBill({ db, file, funderCode: o.funder, month: o.month, audit: audit("reconcile") }),
      );
      const n = (v: number) => formatNumber(v, langOf(o));
      const id = langOf(o) === "id";
      report(o, r, () =>
        [
          id
            ? `tagihan BPJS: ${n(r.billed.rows)} baris; tagihan Payung: ${n(r.invoice.members)} peserta, ${formatRupiah(r.invoice.amount)}; cocok ${n(r.matched)}`
            : `BPJS's bill: ${n(r.billed.rows)} rows; Payung's invoice: ${n(r.invoice.members)} members, ${formatRupiah(r.invoice.amount)}; matched ${n(r.matched)}`,
          `${id ? "ditagih BPJS, bukan peserta Payung bulan itu" : "billed by BPJS, not Payung's member that month"}: ${n(r.notOurs.count)}`,
          ...r.notOurs.rows.map((x) => `  ${x.row}: ${x.nik} ${x.kpj ?? ""} ${x.status ?? ""}`),
          `${id ? "peserta Payung, tidak ditagih BPJS" : "Payung's members BPJS did not bill"}: ${n(r.notBilled.count)}`,
          ...r.notBilled.members.map((x) => `  ${x.membership}: ${x.name} ${x.nik} ${x.kpj ?? ""}`),
          `${id ? "iuran berbeda" : "amounts differ"}: ${n(r.amountDiffers.count)}`,
          ...r.amountDiffers.rows.map(
            (x) => `  ${x.row}: ${x.nik} ${formatRupiah(x.ours)} ≠ ${formatRupiah(x.theirs)}`,
          ),
        ].join("\n"),
      );
    });
}
