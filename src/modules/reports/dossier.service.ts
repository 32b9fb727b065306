/**
 * The registers behind the Paritrana Award dossier: the regency's regulations on covering informal
 * workers and its innovations. A regency admin adds and removes entries (audited, with what was
 * removed); every internal role reads them. No personal data.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import * as repo from "./dossier.repository.ts";

export type { Innovation, Regulation } from "./dossier.repository.ts";

export const regulationKinds = [
  "perda",
  "perbup",
  "kepbup",
  "instruksi",
  "surat_edaran",
  "mou",
  "other",
] as const;
export type RegulationKind = (typeof regulationKinds)[number];

export interface RegulationInput {
  kind: string;
  number: string;
  title: string;
  issuedOn: string;
  notes?: string | null;
}

export interface InnovationInput {
  name: string;
  startedOn: string;
  description: string;
}

export async function addRegulation({
  db,
  input,
  audit,
}: {
  db: Db;
  input: RegulationInput;
  audit: AuditContext;
}): Promise<repo.Regulation> {
  if (!(regulationKinds as readonly string[]).includes(input.kind))
    throw new UserError("regulation_kind_unknown", { kind: input.kind, kinds: regulationKinds.join(", ") });
  const number = text(input.number, "regulation_number_invalid", 1, 100);
  const title = text(input.title, "regulation_title_invalid", 3, 300);
  const issuedOn = day(input.issuedOn);
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > 2000) throw new UserError("dossier_notes_too_long", { max: 2000 });
  return db.transaction(async (tx) => {
    const row = await repo.insertRegulation(
      tx,
      { kind: input.kind, number, title, issued_on: issuedOn, notes },
      audit.actor,
    );
    if (!row) throw new UserError("regulation_exists", { kind: input.kind, number });
    await recordAudit(tx, audit, "regulation_add", null, { ...row });
    return row;
  });
}

export async function listRegulations({ db }: { db: Db }): Promise<repo.Regulation[]> {
  return repo.listRegulations(db);
}

export async function removeRegulation({
  db,
  id,
  audit,
}: {
  db: Db;
  id: number;
  audit: AuditContext;
}): Promise<repo.Regulation> {
  return db.transaction(async (tx) => {
    const row = await repo.deleteRegulation(tx, id);
    if (!row) throw new UserError("regulation_not_found", { id });
    await recordAudit(tx, audit, "regulation_remove", null, { before: row });
    return row;
  });
}

export async function addInnovation({
  db,
  input,
  audit,
}: {
  db: Db;
  input: InnovationInput;
  audit: AuditContext;
}): Promise<repo.Innovation> {
  const name = text(input.name, "innovation_name_invalid", 3, 200);
  const description = text(input.description, "innovation_description_invalid", 3, 2000);
  const startedOn = day(input.startedOn);
  return db.transaction(async (tx) => {
    const row = await repo.insertInnovation(tx, { name, started_on: startedOn, description }, audit.actor);
    if (!row) throw new UserError("innovation_exists", { name });
    await recordAudit(tx, audit, "innovation_add", null, { ...row });
    return row;
  });
}

export async function listInnovations({ db }: { db: Db }): Promise<repo.Innovation[]> {
  return repo.listInnovations(db);
}

export async function removeInnovation({
  db,
  id,
  audit,
}: {
  db: Db;
  id: number;
  audit: AuditContext;
}): Promise<repo.Innovation> {
  return db.transaction(async (tx) => {
    const row = await repo.deleteInnovation(tx, id);
    if (!row) throw new UserError("innovation_not_found", { id });
    await recordAudit(tx, audit, "innovation_remove", null, { before: row });
    return row;
  });
}

function text(value: string | undefined, code: string, min: number, max: number): string {
  const trimmed = (value ?? "").trim();
  if (trimmed.length < min || trimmed.length > max) throw new UserError(code, { min, max });
  return trimmed;
}

function day(value: string | undefined): string {
  const at = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value ?? "") ||
    Number.isNaN(at.getTime()) ||
    at.toISOString().slice(0, 10) !== value
  )
    throw new UserError("dossier_day_invalid", { day: value ?? "" });
  return value as string;
}
