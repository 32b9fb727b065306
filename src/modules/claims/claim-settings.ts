/**
 * How claims are handled, from dated configuration (claim_settings, migration 0022): the documents
 * each claim type needs, the days a claim may stay in a step before it is overdue, and the largest
 * document accepted. Pure apart from settingsOn.
 */
import type { Db } from "../../core/db.ts";

export type ClaimType = "jkm" | "jkk_death" | "jkk_stmb" | "education";
export const claimTypes: readonly ClaimType[] = ["jkm", "jkk_death", "jkk_stmb", "education"];

export type ClaimStatus = "draft" | "documents_complete" | "submitted" | "paid" | "rejected";
export const claimStatuses: readonly ClaimStatus[] = [
  "draft",
  "documents_complete",
  "submitted",
  "paid",
  "rejected",
];

/** One item of a checklist: always needed, only when the heir is the spouse, or only above an amount. */
export interface DocumentRule {
  code: string;
  when?: "spouse_heir" | "above";
  amount?: number;
}

export interface ClaimSettings {
  documents: Record<ClaimType, DocumentRule[]>;
  /** Days a claim may stay in each open step before it is overdue. */
  stepDays: Partial<Record<ClaimStatus, number>>;
  maxDocumentBytes: number;
}

/** The settings in force on a day (yyyy-mm-dd): the latest row from before it. */
export async function settingsOn(db: Db, day: string): Promise<ClaimSettings> {
  const [row] = await db.query<{ settings: ClaimSettings }>(
    "SELECT settings FROM claim_settings WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1",
    [day],
  );
  if (!row) throw new Error(`no claim settings in force on ${day}`);
  return row.settings;
}

/** The documents a claim needs, given who the heirs are and what it pays. */
export function requiredDocuments(
  settings: ClaimSettings,
  type: ClaimType,
  claim: { spouseHeir: boolean; amount: number },
): string[] {
  return settings.documents[type]
    .filter(
      (rule) =>
        rule.when === undefined ||
        (rule.when === "spouse_heir" && claim.spouseHeir) ||
        (rule.when === "above" && claim.amount > (rule.amount ?? 0)),
    )
    .map((rule) => rule.code);
}

/** The statuses a claim may move to from its current one. */
export const nextStatuses: Record<ClaimStatus, ClaimStatus[]> = {
  draft: ["documents_complete"],
  documents_complete: ["submitted", "draft"],
  submitted: ["paid", "rejected"],
  paid: [],
  rejected: [],
};
