/**
 * What a company commits to pay for: a budget, a number of workers, months, optionally kecamatan
 * and occupations. A regency admin accepts it, which adds a CSR funder through the funders module,
 * so allocation plans can spend it; the commitment then shows what its funder has used.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { addFunder, listFunders } from "../funders/funders.service.ts";
import { capacity, monthCount, monthlyPremium, monthsFrom, type Tariffs } from "../tariffs/premium.ts";
import { loadTariffs } from "../tariffs/tariffs.repository.ts";
import * as repo from "./commitments.repository.ts";
import { findCompany, findMou } from "./companies.repository.ts";
import {
  changes,
  checkBudget,
  checkMonths,
  checkWorkers,
  codePattern,
  occupationList,
  text,
} from "./partners-rules.ts";

export type { Commitment } from "./commitments.repository.ts";

/** BPJS groups a company's members under SC; another code only when BPJS assigned one. */
export const bpjsCodes = ["SC", "SA", "SB", "SG", "SD", "SL"] as const;

export interface CommitmentView extends repo.Commitment {
  months: number;
  /** What one person costs for all its months, at the tariff a company pays each month. */
  perPerson: number;
  /** How many people the budget covers for its months: floor(budget ÷ perPerson). */
  capacity: number;
  /** The budget covers fewer people than the company promised. */
  budgetShort: boolean;
  /** What its funder has used; null until accepted. */
  use: (repo.UseRow & { outstanding: number; left: number }) | null;
}

export interface CommitmentInput {
  mouId?: number | null;
  budget?: number;
  workers?: number;
  from?: string;
  to?: string;
  kecamatanCodes?: string[];
  occupations?: string[];
  package?: string;
}

export async function listCommitments({
  db,
  companyId,
  accepted,
}: {
  db: Db;
  companyId?: number;
  accepted?: boolean;
}): Promise<CommitmentView[]> {
  return views(db, await repo.listCommitments(db, { companyId, accepted }));
}

export async function showCommitment({ db, id }: { db: Db; id: number }): Promise<CommitmentView> {
  const found = await repo.findCommitment(db, id);
  if (!found) throw new UserError("commitment_not_found", { id });
  return (await views(db, [found]))[0];
}

/**
 * Capacity from the funder once accepted (the funders module's own figure), else worked out the
 * same way for a company's funder; use from the plans and invoices of the funder.
 */
async function views(db: Db, commitments: repo.Commitment[]): Promise<CommitmentView[]> {
  if (commitments.length === 0) return [];
  const funderIds = commitments.flatMap((c) => (c.funderId === null ? [] : [Number(c.funderId)]));
  const [tariffs, funders, use] = await Promise.all([
    loadTariffs(db),
    funderIds.length ? listFunders({ db }) : Promise.resolve([]),
    repo.usageOf(db, funderIds),
  ]);
  const funderOf = new Map(funders.map((f) => [Number(f.id), f]));
  return commitments.map((c) => {
    const funder = c.funderId === null ? undefined : funderOf.get(Number(c.funderId));
    let figures: { months: number; perPerson: number; capacity: number };
    if (funder) figures = funder;
    else {
      const pkg = tariffs.packages.find((p) => p.code === c.package)!;
      const months = monthsFrom(c.from, monthCount(c.from, c.to));
      const premiums = months.map(
        (month) =>
          monthlyPremium(tariffs, pkg, pkg.declaredIncome, month, { funderType: "csr", sector: "other" })
            .total,
      );
      figures = {
        months: months.length,
        perPerson: premiums.reduce((a, b) => a + b, 0),
        capacity: Number(capacity(BigInt(c.budget), premiums)),
      };
    }
    const used = c.funderId === null ? undefined : use.get(Number(c.funderId));
    return {
      ...c,
      months: figures.months,
      perPerson: figures.perPerson,
      capacity: figures.capacity,
      budgetShort: figures.capacity < c.workers,
      use: used
        ? { ...used, outstanding: used.invoiced - used.paid, left: c.budget - used.allocatedCost }
        : null,
    };
  });
}

/** The input merged over what is stored, checked against the regency, the MoU and the tariffs. */
async function commitmentFields(
  db: Db,
  tariffs: Tariffs,
  companyId: number,
  input: CommitmentInput,
  regencyCode: string,
  stored?: repo.Commitment,
): Promise<repo.CommitmentFields> {
  const f: repo.CommitmentFields = {
    mouId: input.mouId === undefined ? (stored?.mouId ?? null) : input.mouId,
    budget: input.budget ?? stored?.budget ?? Number.NaN,
    workers: input.workers ?? stored?.workers ?? Number.NaN,
    from: input.from ?? stored?.from ?? "",
    to: input.to ?? stored?.to ?? "",
    kecamatanCodes: [
      ...new Set((input.kecamatanCodes ?? stored?.kecamatan.map((k) => k.code) ?? []).map((c) => c.trim())),
    ]
      .filter(Boolean)
      .sort(),
    occupations: occupationList(input.occupations ?? stored?.occupations ?? []),
    package: text(input.package, "package", 40) ?? stored?.package ?? "jkk-jkm",
  };
  checkBudget(f.budget);
  checkWorkers(f.workers);
  checkMonths(f.from, f.to);
  const known = await repo.kecamatanOf(db, f.kecamatanCodes, regencyCode);
  const outside = f.kecamatanCodes.filter((c) => !known.includes(c));
  if (outside.length > 0)
    throw new UserError("commitment_kecamatan_outside", { codes: outside.join(", "), regency: regencyCode });
  if (f.mouId !== null) {
    const mou = await findMou(db, f.mouId);
    if (!mou || Number(mou.companyId) !== Number(companyId))
      throw new UserError("commitment_mou_unknown", { mou: f.mouId });
    // The months must lie in the MoU's validity: it is what the company signed up to.
    if (f.from < mou.validFrom.slice(0, 7) || f.to > mou.validTo.slice(0, 7))
      throw new UserError("commitment_outside_mou", {
        from: f.from,
        to: f.to,
        number: mou.number,
        validFrom: mou.validFrom,
        validTo: mou.validTo,
      });
  }
  if (!tariffs.packages.some((p) => p.code === f.package))
    throw new UserError("package_unknown", {
      package: f.package,
      packages: tariffs.packages.map((p) => p.code).join(", "),
    });
  return f;
}

export async function addCommitment({
  db,
  companyId,
  input,
  regencyCode,
  audit,
}: {
  db: Db;
  companyId: number;
  input: CommitmentInput;
  regencyCode: string;
  audit: AuditContext;
}): Promise<CommitmentView> {
  // Loaded before the transaction: one connection runs one query at a time.
  const tariffs = await loadTariffs(db);
  const id = await db.transaction(async (tx) => {
    const company = await findCompany(tx, companyId, true);
    if (!company) throw new UserError("company_not_found", { id: companyId });
    const fields = await commitmentFields(tx, tariffs, companyId, input, regencyCode);
    const added = await repo.insertCommitment(tx, companyId, fields, audit.actor);
    await recordAudit(tx, audit, "partner_commitment_add", null, {
      commitment: added,
      company: companyId,
      code: company.code,
      ...fields,
    });
    return added;
  });
  return showCommitment({ db, id });
}

/** Changes a commitment not yet accepted: an accepted one's terms are its funder's. */
export async function updateCommitment({
  db,
  id,
  input,
  regencyCode,
  audit,
}: {
  db: Db;
  id: number;
  input: CommitmentInput;
  regencyCode: string;
  audit: AuditContext;
}): Promise<{ commitment: CommitmentView; changed: boolean }> {
  const tariffs = await loadTariffs(db);
  const changed = await db.transaction(async (tx) => {
    const stored = await repo.findCommitment(tx, id, true);
    if (!stored) throw new UserError("commitment_not_found", { id });
    if (stored.funderId !== null)
      throw new UserError("commitment_accepted", { id, funder: stored.funderCode ?? "" });
    const fields = await commitmentFields(tx, tariffs, stored.companyId, input, regencyCode, stored);
    const before: repo.CommitmentFields = {
      mouId: stored.mouId,
      budget: stored.budget,
      workers: stored.workers,
      from: stored.from,
      to: stored.to,
      kecamatanCodes: stored.kecamatan.map((k) => k.code),
      occupations: stored.occupations,
      package: stored.package,
    };
    const diff = changes(before, fields);
    if (Object.keys(diff.after).length === 0) return false;
    await repo.updateCommitment(tx, id, fields);
    await recordAudit(tx, audit, "partner_commitment_update", null, {
      commitment: id,
      company: stored.companyId,
      code: stored.companyCode,
      ...diff,
    });
    return true;
  });
  return { commitment: await showCommitment({ db, id }), changed };
}

export interface AcceptOptions {
  /** The funder's code; default csr-<company code>-<commitment id>. */
  code?: string | null;
  /** The funder's name; default "<company name> (CSR <from>–<to>)". */
  name?: string | null;
  /** Default SC: a company's funder code at BPJS. */
  bpjsCode?: (typeof bpjsCodes)[number] | null;
}

/**
 * Accepts a commitment: adds its funder (type csr, the commitment's budget, months, package,
 * kecamatan and occupations) through the funders module and links it. Once only.
 */
export async function acceptCommitment({
  db,
  id,
  options = {},
  audit,
}: {
  db: Db;
  id: number;
  options?: AcceptOptions;
  audit: AuditContext;
}): Promise<CommitmentView> {
  await db.transaction(async (tx) => {
    const c = await repo.findCommitment(tx, id, true);
    if (!c) throw new UserError("commitment_not_found", { id });
    if (c.funderId !== null) throw new UserError("commitment_accepted", { id, funder: c.funderCode ?? "" });
    const code = (
      options.code?.trim() || `csr-${c.companyCode.slice(0, 24).replace(/[._-]+$/, "")}-${id}`
    ).toLowerCase();
    if (!codePattern.test(code)) throw new UserError("commitment_funder_code_invalid", { code });
    const name = text(options.name, "name") ?? `${c.companyName} (CSR ${c.from}–${c.to})`;
    const funder = await addFunder({
      db: oneAtATime(tx),
      funder: {
        code,
        name,
        type: "csr",
        bpjsCode: options.bpjsCode ?? undefined,
        budget: c.budget,
        from: c.from,
        to: c.to,
        package: c.package,
        kecamatanCodes: c.kecamatan.map((k) => k.code),
        occupations: c.occupations,
      },
      by: audit.actor,
    });
    await repo.setAccepted(tx, id, funder.id, audit.actor);
    await recordAudit(tx, audit, "partner_commitment_accept", null, {
      commitment: id,
      company: c.companyId,
      code: c.companyCode,
      funder: funder.code,
      before: { funder: null },
    });
  });
  return showCommitment({ db, id });
}

/**
 * The transaction's connection asked one query at a time: the funders module loads tariffs with
 * parallel queries, which one PostgreSQL connection would only queue (and pg 9 will refuse).
 */
function oneAtATime(tx: Db): Db {
  let last: Promise<unknown> = Promise.resolve();
  const serial: Db = Object.create(tx);
  serial.query = <T>(sql: string, params?: unknown[]) => {
    const next = last.then(() => tx.query<T>(sql, params));
    last = next.catch(() => {});
    return next;
  };
  return serial;
}
