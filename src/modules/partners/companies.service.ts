/**
 * Companies that may pay for workers' cover from their CSR funds, and their memoranda of
 * understanding (MoU, nota kesepahaman) with the regency. Company contacts are business contacts,
 * not residents: nothing here is area-scoped, and only regency admins and auditors reach it.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import * as circulars from "./circulars.repository.ts";
import { type CommitmentView, listCommitments } from "./commitments.service.ts";
import * as repo from "./companies.repository.ts";
import {
  addDays,
  changes,
  checkDay,
  checkEmail,
  checkPhone,
  checkWithin,
  codePattern,
  daysBetween,
  required,
  signatoryList,
  text,
} from "./partners-rules.ts";

export type { Company, CompanyFilter, CompanyRow, Mou } from "./companies.repository.ts";

export interface CompanyInput {
  name?: string;
  sector?: string | null;
  address?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

/** The input merged over what is stored, checked. Undefined leaves a field; null clears it. */
function companyFields(input: CompanyInput, stored?: repo.CompanyFields): repo.CompanyFields {
  const pick = <K extends keyof CompanyInput>(key: K) =>
    input[key] === undefined ? (stored?.[key] ?? null) : input[key];
  return {
    name: required(pick("name"), "name"),
    sector: text(pick("sector"), "sector", 100),
    address: text(pick("address"), "address", 300),
    contactName: text(pick("contactName"), "contactName", 100),
    contactPhone: checkPhone(text(pick("contactPhone"), "contactPhone", 30)),
    contactEmail: checkEmail(text(pick("contactEmail"), "contactEmail", 200)),
  };
}

export async function addCompany({
  db,
  code,
  input,
  audit,
}: {
  db: Db;
  /** Short, unique, lower case: pt-maju-jaya. */
  code: string;
  input: CompanyInput;
  audit: AuditContext;
}): Promise<repo.Company> {
  const c = code.trim().toLowerCase();
  if (!codePattern.test(c)) throw new UserError("company_code_invalid", { code });
  const fields = companyFields(input);
  return db.transaction(async (tx) => {
    const added = await repo.insertCompany(tx, c, fields, audit.actor);
    if (!added) throw new UserError("company_exists", { code: c });
    await recordAudit(tx, audit, "partner_company_add", null, { company: added.id, code: c, ...fields });
    return added;
  });
}

/** Changes the fields given; answers the company and whether anything changed. */
export async function updateCompany({
  db,
  id,
  input,
  audit,
}: {
  db: Db;
  id: number;
  input: CompanyInput;
  audit: AuditContext;
}): Promise<{ company: repo.Company; changed: boolean }> {
  return db.transaction(async (tx) => {
    const stored = await repo.findCompany(tx, id, true);
    if (!stored) throw new UserError("company_not_found", { id });
    const fields = companyFields(input, stored);
    const diff = changes(companyFields({}, stored), fields);
    if (Object.keys(diff.after).length === 0) return { company: stored, changed: false };
    await repo.updateCompany(tx, id, fields);
    await recordAudit(tx, audit, "partner_company_update", null, { company: id, code: stored.code, ...diff });
    return { company: (await repo.findCompany(tx, id))!, changed: true };
  });
}

export async function listCompanies({
  db,
  filter = {},
  today = localToday(),
}: {
  db: Db;
  filter?: repo.CompanyFilter;
  today?: string;
}): Promise<repo.CompanyRow[]> {
  const q = filter.q?.trim();
  return repo.listCompanies(db, { ...filter, q: q || undefined }, today);
}

/** An MoU with where it stands today. */
export interface MouView extends repo.Mou {
  /** future: not yet in force; active: in force today; expired: past its last day. */
  status: "future" | "active" | "expired";
  /** Days until its last day (0 on the day); null once expired. */
  daysLeft: number | null;
}

export function mouView(mou: repo.Mou, today: string): MouView {
  const status = mou.validTo < today ? "expired" : mou.validFrom > today ? "future" : "active";
  return { ...mou, status, daysLeft: status === "expired" ? null : daysBetween(today, mou.validTo) };
}

export interface CompanyDetail {
  company: repo.Company;
  mous: MouView[];
  commitments: CommitmentView[];
  /** Every circular it was sent, latest first, with its answer and next contact day. */
  circulars: circulars.RecipientRow[];
  /** Contacts due today or overdue (answers asked for, follow-ups set). */
  followUps: circulars.FollowUpRow[];
}

export async function showCompany({
  db,
  id,
  today = localToday(),
}: {
  db: Db;
  id: number;
  today?: string;
}): Promise<CompanyDetail> {
  const company = await repo.findCompany(db, id);
  if (!company) throw new UserError("company_not_found", { id });
  const [mous, commitments, history, followUps] = await Promise.all([
    repo.listMous(db, id),
    listCommitments({ db, companyId: id }),
    circulars.listRecipients(db, { companyId: id }, today),
    circulars.listFollowUps(db, today, today, id),
  ]);
  return { company, mous: mous.map((m) => mouView(m, today)), commitments, circulars: history, followUps };
}

export interface MouInput {
  number?: string;
  signedOn?: string;
  validFrom?: string;
  validTo?: string;
  signatories?: string[];
}

function mouFields(input: MouInput, stored?: repo.MouFields): repo.MouFields {
  const f = {
    number: required(input.number ?? stored?.number, "number", 100),
    signedOn: checkDay(required(input.signedOn ?? stored?.signedOn, "signedOn")),
    validFrom: checkDay(required(input.validFrom ?? stored?.validFrom, "validFrom")),
    validTo: checkDay(required(input.validTo ?? stored?.validTo, "validTo")),
    signatories: signatoryList(input.signatories ?? stored?.signatories ?? []),
  };
  if (f.validTo < f.validFrom)
    throw new UserError("mou_period_invalid", { from: f.validFrom, to: f.validTo });
  if (f.signedOn > f.validTo)
    throw new UserError("mou_signed_after_end", { signed: f.signedOn, to: f.validTo });
  return f;
}

export async function addMou({
  db,
  companyId,
  input,
  audit,
  today = localToday(),
}: {
  db: Db;
  companyId: number;
  input: MouInput;
  audit: AuditContext;
  today?: string;
}): Promise<MouView> {
  const fields = mouFields(input);
  return db.transaction(async (tx) => {
    const company = await repo.findCompany(tx, companyId, true);
    if (!company) throw new UserError("company_not_found", { id: companyId });
    const added = await repo.insertMou(tx, companyId, fields, audit.actor);
    if (!added) throw new UserError("mou_exists", { number: fields.number, company: company.name });
    await recordAudit(tx, audit, "partner_mou_add", null, {
      mou: added.id,
      company: companyId,
      code: company.code,
      ...fields,
    });
    return mouView(added, today);
  });
}

export async function updateMou({
  db,
  id,
  input,
  audit,
  today = localToday(),
}: {
  db: Db;
  id: number;
  input: MouInput;
  audit: AuditContext;
  today?: string;
}): Promise<{ mou: MouView; changed: boolean }> {
  return db.transaction(async (tx) => {
    const stored = await repo.findMou(tx, id, true);
    if (!stored) throw new UserError("mou_not_found", { id });
    const fields = mouFields(input, stored);
    const diff = changes(mouFields({}, stored), fields);
    if (Object.keys(diff.after).length === 0) return { mou: mouView(stored, today), changed: false };
    if (!(await repo.updateMou(tx, id, fields)))
      throw new UserError("mou_exists", { number: fields.number, company: stored.companyName });
    await recordAudit(tx, audit, "partner_mou_update", null, {
      mou: id,
      company: stored.companyId,
      code: stored.companyCode,
      ...diff,
    });
    return { mou: mouView((await repo.findMou(tx, id))!, today), changed: true };
  });
}

/** MoUs in force whose last day comes within `within` days (default 90), soonest first. */
export async function listExpiringMous({
  db,
  within = 90,
  today = localToday(),
}: {
  db: Db;
  within?: number;
  today?: string;
}): Promise<{ today: string; within: number; mous: MouView[] }> {
  checkWithin(within);
  const mous = await repo.listExpiring(db, today, addDays(today, within));
  return { today, within, mous: mous.map((m) => mouView(m, today)) };
}
