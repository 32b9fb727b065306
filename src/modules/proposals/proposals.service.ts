/**
 * Self-proposals: a worker proposes themselves on the public page (or a desa operator does it for
 * them); the proposal waits in its village's queue until an operator of the area verifies or
 * rejects it. Verifying turns it into a source record of the list "usulan-mandiri" through the
 * ordinary import, so matching, eligibility and ranking treat it like any office's row: it never
 * goes straight into a plan.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { UserError } from "../../common/errors.ts";
import { csvRow } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";
import { areaCondition, isAdminOrOperator, maskField } from "../../core/scope.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { importFile } from "../imports/imports.service.ts";
import { validBirthDate, validNik } from "../public-check/public-check.service.ts";
import type { User } from "../users/users.repository.ts";
import * as repo from "./proposals.repository.ts";

export type { ProposalRow, ProposalStatus } from "./proposals.repository.ts";

/** The list verified proposals become source records of (migration 0020 creates it, trust 30). */
export const proposalSource = "usulan-mandiri";

export interface ProposalInput {
  nik: string;
  name: string;
  /** yyyy-mm-dd */
  birthDate: string;
  occupation: string;
  phone?: string | null;
  desaCode: string;
  /** The worker agreed that their data be used to consider them for cover. */
  consent: boolean;
}

/**
 * Adds a proposal to its village's queue, or merges it into the pending one of the same NIK and
 * desa. `user`: an operator submitting for a worker (inside their area); none for the public page.
 * The answer does not say whether anything about the NIK was known or merged.
 */
export async function submitProposal({
  db,
  input,
  regencyCode,
  user,
  audit,
}: {
  db: Db;
  input: ProposalInput;
  regencyCode: string;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; submissions: number }> {
  if (user && !isAdminOrOperator(user)) throw new UserError("forbidden_role", { role: user.role });
  if (input.consent !== true) throw new UserError("proposal_consent_missing");
  const nik = validNik(input.nik);
  const name = words(input.name);
  if (!/\p{L}/u.test(name) || name.length > 100) throw new UserError("proposal_name_invalid");
  const birthDate = validBirthDate(input.birthDate);
  const occupation = words(input.occupation);
  if (occupation.length < 2 || occupation.length > 60) throw new UserError("proposal_occupation_invalid");
  const phone = input.phone ? input.phone.replace(/[\s().-]/g, "") : null;
  if (phone && !/^\+?\d{9,15}$/.test(phone)) throw new UserError("proposal_phone_invalid");
  const desa = await repo.findDesa(db, input.desaCode, regencyCode);
  if (!desa) throw new UserError("proposal_desa_unknown", { desa: input.desaCode });
  if (user && !inArea(user, desa.code))
    throw new UserError("proposal_desa_outside_area", { desa: desa.name });
  return db.transaction(async (tx) => {
    const saved = await repo.upsertProposal(tx, {
      nik,
      name,
      birthDate,
      occupation,
      phone,
      desaCode: desa.code,
      kecamatanCode: desa.kecamatan_code,
      regencyCode,
      submittedBy: user?.username ?? "public",
    });
    await recordAudit(tx, audit, "proposal_submit", null, {
      proposal: saved.id,
      desa: desa.code,
      submissions: saved.submissions,
    });
    return { id: saved.id, submissions: saved.submissions };
  });
}

/** A proposal as the caller may see it: NIK masked, birth date as maskField says. */
export type ShownProposal = repo.ProposalRow;

/**
 * The verification queue of the caller's area (all of it on the command line), oldest first.
 * Regency admins, operators and auditors; every page that shows someone is in the audit log.
 */
export async function listProposalQueue({
  db,
  user,
  status,
  desa,
  offset = 0,
  limit = 50,
  audit,
}: {
  db: Db;
  user?: User;
  status?: repo.ProposalStatus;
  desa?: string;
  offset?: number;
  limit?: number;
  audit: AuditContext;
}): Promise<{ proposals: ShownProposal[]; total: number }> {
  if (user && !isAdminOrOperator(user) && user.role !== "auditor")
    throw new UserError("forbidden_role", { role: user.role });
  const { rows, total } = await repo.listProposals(db, { status, desa, offset, limit }, scopeOf(user));
  if (rows.length > 0) {
    await recordAudit(db, audit, "read_proposals", null, { proposals: rows.map((r) => r.id) });
  }
  return { proposals: user ? rows.map((r) => shown(user, r)) : rows, total };
}

/**
 * Verifies pending proposals: each becomes a source record of "usulan-mandiri" — one small list
 * imported the ordinary way (checked, flagged, region names resolved) as one batch — for matching
 * to link on its next run. One transaction: the proposals and their batch stand or fall together.
 */
export async function verifyProposals({
  db,
  ids,
  user,
  audit,
}: {
  db: Db;
  ids: number[];
  user?: User;
  audit: AuditContext;
}): Promise<{ batch: number; verified: { id: number; batch: number; row: number }[] }> {
  if (user && !isAdminOrOperator(user)) throw new UserError("forbidden_role", { role: user.role });
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new UserError("proposal_not_found", { id: "" });
  return db.transaction(async (tx) => {
    const rows = await pending(tx, unique, user);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-usulan-"));
    try {
      // NO (the proposal's number) is a column imports ignore; its cell stays in the record's raw text.
      const lines = [["NO", "NIK", "NAMA", "TANGGAL LAHIR", "DESA", "KECAMATAN", "PEKERJAAN", "NO HP"]];
      for (const p of rows) {
        lines.push([
          String(p.id),
          p.nik,
          p.name,
          p.birth_date,
          p.desa_name,
          p.kecamatan_name,
          p.occupation,
          p.phone ?? "",
        ]);
      }
      const file = path.join(
        dir,
        `usulan-${rows.length > 1 ? `${rows[0].id}-${rows.length}` : rows[0].id}.csv`,
      );
      fs.writeFileSync(file, `${lines.map(csvRow).join("\n")}\n`);
      const summary = await importFile({
        db: tx,
        file,
        source: proposalSource,
        regencyCode: rows[0].regency_code,
        importedBy: audit.actor,
      });
      const verified = rows.map((p, i) => ({ id: p.id, batch: summary.batch, row: i + 1 }));
      await repo.markVerified(tx, verified, audit.actor);
      await recordAudit(tx, audit, "proposal_verify", null, {
        proposals: rows.map((r) => r.id),
        batch: summary.batch,
      });
      return { batch: summary.batch, verified };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Rejects a pending proposal with a reason the proposer can be told at the desa. */
export async function rejectProposal({
  db,
  id,
  reason,
  user,
  audit,
}: {
  db: Db;
  id: number;
  reason: string;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; status: "rejected"; reason: string }> {
  if (user && !isAdminOrOperator(user)) throw new UserError("forbidden_role", { role: user.role });
  const why = words(reason);
  if (why.length < 3 || why.length > 300) throw new UserError("proposal_reason_missing");
  return db.transaction(async (tx) => {
    await pending(tx, [id], user);
    await repo.markRejected(tx, id, why, audit.actor);
    await recordAudit(tx, audit, "proposal_reject", null, { proposal: id, reason: why });
    return { id, status: "rejected" as const, reason: why };
  });
}

/** The proposals, locked, all pending and inside the area; else the first one that is not. */
async function pending(db: Db, ids: number[], user: User | undefined): Promise<repo.ProposalRow[]> {
  const rows = await repo.lockProposals(db, ids, scopeOf(user));
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    // Outside the area answers as not existing: the queue of another village leaks nothing.
    if (!row) throw new UserError("proposal_not_found", { id });
    if (row.status !== "pending") throw new UserError("proposal_decided", { id, status: row.status });
  }
  return rows;
}

function scopeOf(user: User | undefined): repo.AreaFilter {
  return user ? (n) => areaCondition(user, "p", n) : null;
}

function inArea(user: User, code: string): boolean {
  return code === user.areaCode || code.startsWith(`${user.areaCode}.`);
}

function shown(user: User, row: repo.ProposalRow): repo.ProposalRow {
  return {
    ...row,
    nik: maskField(user, "nik", row.nik),
    birth_date: maskField(user, "birth_date", row.birth_date),
  };
}

/** Trimmed, runs of spaces made one. */
function words(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}
