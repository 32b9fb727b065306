/**
 * A claim's documents: the checklist its type needs (claim settings), uploads of PDF, JPG or PNG
 * only (recognised by their first bytes, not by the name a browser gives), each within the size
 * limit, kept in the database and served only to roles that handle claims. Each item is checked
 * by an officer: accepted, or rejected with a note saying what to bring instead.
 */
import { createHash } from "node:crypto";
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import type { Db } from "../../core/db.ts";
import { isoMoment } from "../../core/sql-time.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import type { User } from "../users/users.repository.ts";
import { type ClaimSettings, requiredDocuments, settingsOn } from "./claim-settings.ts";
import type { ClaimRow, FamilyRow } from "./claims.repository.ts";
import { claimsScope } from "./claims-access.ts";
import { scopedClaim } from "./scoped.ts";

export interface DocumentRow {
  id: number;
  code: string;
  filename: string;
  content_type: string;
  bytes: number;
  status: "uploaded" | "accepted" | "rejected";
  note: string | null;
  uploaded_by: string;
  uploaded_at: string;
  checked_by: string | null;
  checked_at: string | null;
  /** How many times this item was uploaded; the latest counts. */
  uploads: number;
}

/** The checklist of a claim: each needed item with its latest document, then any other item uploaded. */
export async function checklistOf(
  db: Db,
  claim: ClaimRow,
  settings: ClaimSettings,
  family: FamilyRow[],
  heirIds: number[],
  lang: Lang,
) {
  const spouseHeir = family.some((m) => m.relation === "spouse" && heirIds.includes(Number(m.id)));
  const required = requiredDocuments(settings, claim.type, { spouseHeir, amount: claim.expected });
  const latest = await db.query<DocumentRow>(
    `SELECT DISTINCT ON (code) id, code, filename, content_type, bytes, status, note, uploaded_by,
            ${isoMoment("uploaded_at")} AS uploaded_at, checked_by, ${isoMoment("checked_at")} AS checked_at,
            (count(*) OVER (PARTITION BY code))::int AS uploads
     FROM claim_documents WHERE claim_id = $1 ORDER BY code, id DESC`,
    [claim.id],
  );
  const codes = [...required, ...latest.map((d) => d.code).filter((code) => !required.includes(code))];
  return codes.map((code) => ({
    code,
    label: message(`doc_${code}`, {}, lang),
    required: required.includes(code),
    document: latest.find((d) => d.code === code) ?? null,
  }));
}

/** What a file is, from its first bytes; null when it is none of the three. */
export function documentType(content: Uint8Array): "application/pdf" | "image/jpeg" | "image/png" | null {
  const starts = (bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}

export async function uploadDocument({
  db,
  claimId,
  code,
  filename,
  content,
  user,
  audit,
}: {
  db: Db;
  claimId: number;
  code: string;
  filename: string;
  content: Uint8Array;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; code: string; contentType: string; bytes: number }> {
  const claim = await scopedClaim(db, claimId, claimsScope(user, "handle"));
  if (claim.status === "paid" || claim.status === "rejected")
    throw new UserError("claim_decided", { id: claimId, status: claim.status });
  const settings = await settingsOn(db, localToday());
  const codes = settings.documents[claim.type].map((rule) => rule.code);
  if (!codes.includes(code))
    throw new UserError("claim_document_code_unknown", { code, codes: codes.join(", ") });
  const name =
    filename
      .split(/[\\/]/)
      .pop()!
      .replace(/[\p{Cc}"]/gu, "")
      .slice(0, 200) || "dokumen";
  if (content.length > settings.maxDocumentBytes) {
    throw new UserError("claim_document_too_large", {
      file: name,
      mb: (content.length / 2 ** 20).toFixed(1),
      max: settings.maxDocumentBytes / 2 ** 20,
    });
  }
  const contentType = documentType(content);
  if (!contentType) throw new UserError("claim_document_type", { file: name });
  const sha256 = createHash("sha256").update(content).digest("hex");
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO claim_documents (claim_id, code, filename, content_type, bytes, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [claimId, code, name, contentType, content.length, sha256, content, audit.actor],
    );
    await recordAudit(tx, audit, "claim_document_upload", [claim.person_id], {
      claim: claimId,
      document: row.id,
      code,
      bytes: content.length,
      sha256,
    });
    return { id: Number(row.id), code, contentType, bytes: content.length };
  });
}

/** One document's file, for roles that handle claims or decide them; recorded in the audit log. */
export async function readDocument({
  db,
  claimId,
  documentId,
  user,
  audit,
}: {
  db: Db;
  claimId: number;
  documentId: number;
  user?: User;
  audit: AuditContext;
}): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const claim = await scopedClaim(db, claimId, claimsScope(user, "documents"));
  const [row] = await db.query<{ filename: string; content_type: string; content: Uint8Array }>(
    "SELECT filename, content_type, content FROM claim_documents WHERE id = $1 AND claim_id = $2",
    [documentId, claimId],
  );
  if (!row) throw new UserError("claim_document_not_found", { id: documentId });
  await recordAudit(db, audit, "claim_document_read", [claim.person_id], {
    claim: claimId,
    document: documentId,
  });
  return { filename: row.filename, contentType: row.content_type, content: Buffer.from(row.content) };
}

/** An officer's check of a document: accepted, or rejected with a note of what is wrong. */
export async function checkDocument({
  db,
  claimId,
  documentId,
  status,
  note,
  user,
  audit,
}: {
  db: Db;
  claimId: number;
  documentId: number;
  status: "accepted" | "rejected";
  note?: string | null;
  user?: User;
  audit: AuditContext;
}): Promise<{ id: number; status: string }> {
  const claim = await scopedClaim(db, claimId, claimsScope(user, "handle"));
  if (claim.status === "paid" || claim.status === "rejected")
    throw new UserError("claim_decided", { id: claimId, status: claim.status });
  const text = note?.trim() || null;
  if (status === "rejected" && !text) throw new UserError("claim_document_note_missing");
  return db.transaction(async (tx) => {
    const updated = await tx.query(
      `UPDATE claim_documents SET status = $3, note = $4, checked_by = $5, checked_at = now()
       WHERE id = $1 AND claim_id = $2 RETURNING id`,
      [documentId, claimId, status, text, audit.actor],
    );
    if (updated.length === 0) throw new UserError("claim_document_not_found", { id: documentId });
    await recordAudit(tx, audit, "claim_document_check", [claim.person_id], {
      claim: claimId,
      document: documentId,
      status,
    });
    return { id: documentId, status };
  });
}
