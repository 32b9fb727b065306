/**
 * Monthly invoices: per funder, every member whose cover includes the month is billed at the tariff
 * in force that month for the funder's type and the member's sector (a funder's rounded unit rate
 * wins). Billing starts with the month of the start BPJS agreed and stops after the month a
 * membership ended (a death: billing stops from the next month). Generating a month again replaces
 * its invoices, until one of them has a payment.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { listFunders } from "../funders/funders.repository.ts";
import { monthlyPremium } from "../tariffs/premium.ts";
import { loadTariffs } from "../tariffs/tariffs.repository.ts";
import { checkMonth } from "../tariffs/tariffs.service.ts";
import * as repo from "./invoices.repository.ts";

export interface MonthInvoices {
  month: string;
  invoices: repo.InvoiceRow[];
  members: number;
  amount: number;
}

export async function generateInvoices({
  db,
  month,
  audit,
}: {
  db: Db;
  month: string;
  audit: AuditContext;
}): Promise<MonthInvoices> {
  checkMonth(month);
  const [tariffs, funders, sectors] = await Promise.all([loadTariffs(db), listFunders(db), repo.sectors(db)]);
  // Each funder's premium a member for this month: for "other", then for each sector.
  const rates = funders.map((f) => {
    const pkg = tariffs.packages.find((p) => p.code === f.package)!;
    return {
      funderId: f.id,
      amounts: ["other", ...sectors.map((s) => s.sector)].map(
        (sector) =>
          f.unitRate ??
          monthlyPremium(tariffs, pkg, pkg.declaredIncome, month, { funderType: f.type, sector }).total,
      ),
    };
  });
  return db.transaction(async (tx) => {
    // A million lines: no JIT compile for the planner's guess, sorting and hashing in memory.
    await tx.exec("SET LOCAL jit = off; SET LOCAL work_mem = '256MB'");
    const paid = await repo.paidInvoices(tx, month);
    if (paid.length > 0) throw new UserError("invoice_paid", { month, funders: paid.join(", ") });
    await repo.clearMonth(tx, month);
    await repo.billMonth(tx, month, rates, sectors, audit.actor);
    const invoices = await repo.monthInvoices(tx, month);
    const total = {
      members: invoices.reduce((sum, i) => sum + i.members, 0),
      amount: invoices.reduce((sum, i) => sum + i.amount, 0),
    };
    await recordAudit(tx, audit, "invoices_generate", null, { month, invoices: invoices.length, ...total });
    return { month, invoices, ...total };
  });
}

export async function listInvoices({ db, month }: { db: Db; month: string }): Promise<MonthInvoices> {
  checkMonth(month);
  const invoices = await repo.monthInvoices(db, month);
  return {
    month,
    invoices,
    members: invoices.reduce((sum, i) => sum + i.members, 0),
    amount: invoices.reduce((sum, i) => sum + i.amount, 0),
  };
}
