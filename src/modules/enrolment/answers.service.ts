/**
 * BPJS's answer to a registration file: per NIK, accepted (with the membership number, KPJ, and
 * perhaps the agreed start date) or rejected (with a reason). Accepted memberships become active
 * from the agreed start (the answer's date, else the first month of the spell); rejected ones wait
 * in the correction queue with the reason, their place goes to the next on the waitlist, and "not
 * found in Dukcapil" marks the person's NIK as unverified for every later plan. The answer is applied as a set, and importing it again changes
 * nothing. Rows that match no registered membership, or whose status cannot be read, are listed.
 */
import { UserError } from "../../common/errors.ts";
import { cleanNik, maskNik } from "../../common/nik.ts";
import { copyText, N } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { readHeadedRows } from "../imports/headed-rows.ts";
import { addEvents } from "./enrolment.repository.ts";
import { fillFreedPlaces } from "./replacements.ts";

export interface AnswerSummary {
  file: string;
  rows: number;
  accepted: number;
  rejected: number;
  /** Already so from an earlier answer. */
  unchanged: number;
  /** Persons whose NIK Dukcapil does not know, now marked unverified. */
  nikUnverified: number;
  /** Rejected places taken by the next on the plan's waitlist (sent with the next file). */
  replaced: number;
  /** Rows matching no registered membership, or with an unreadable status (the first 100). */
  problems: { row: number; nik: string; problem: "not_registered" | "status_unreadable" }[];
}

const headers = {
  nik: /^(NIK|NO\.? ?KTP|NOMOR INDUK KEPENDUDUKAN)$/,
  kpj: /KPJ|NO(MOR|\.)? ?PESERTA|MEMBERSHIP/,
  status: /^(STATUS|HASIL|STATUS PENDAFTARAN|RESULT)$/,
  reason: /ALASAN|KETERANGAN|REASON|CATATAN/,
  date: /(TANGGAL|TGL)\.? ?(MULAI|EFEKTIF|AKTIF|KEPESERTAAN)|START|EFFECTIVE/,
};
const acceptedWords = /^(DITERIMA|TERIMA|ACCEPTED|OK|SUKSES|BERHASIL|AKTIF|TERDAFTAR)/;
const rejectedWords = /^(DITOLAK|TOLAK|REJECTED|GAGAL|FAILED)/;
/** BPJS's words for "the population registry does not know this NIK". */
const unknownToDukcapil = /DUKCAPIL|TIDAK DITEMUKAN|TIDAK TERDAFTAR|NOT FOUND|TIDAK VALID/i;

export async function importAnswer({
  db,
  file,
  audit,
}: {
  db: Db;
  file: string;
  audit: AuditContext;
}): Promise<AnswerSummary> {
  const parsed: {
    row: number;
    nik: string;
    accepted: boolean;
    kpj: string | null;
    reason: string | null;
    date: string | null;
  }[] = [];
  const problems: AnswerSummary["problems"] = [];
  const source = await readHeadedRows(file, headers, requireColumns, (cell, row) => {
    const nik = cleanNik(cell("nik"));
    const status = cell("status").toUpperCase();
    const accepted = acceptedWords.test(status);
    if (!accepted && !rejectedWords.test(status)) {
      if (problems.length < 100) problems.push({ row, nik: maskNik(nik), problem: "status_unreadable" });
      return;
    }
    parsed.push({
      row,
      nik,
      accepted,
      kpj: cell("kpj") || null,
      reason: cell("reason") || null,
      date: isoDate(cell("date")),
    });
  });
  const { rows } = source;

  return db.transaction(async (tx) => {
    await tx.exec(`CREATE TEMP TABLE answer_rows (row integer, nik text, accepted boolean, kpj text, reason text,
      active_from date, membership_id bigint) ON COMMIT DROP`);
    await tx.copyFrom("COPY answer_rows (row, nik, accepted, kpj, reason, active_from) FROM STDIN", [
      parsed
        .map(
          (a) =>
            `${a.row}\t${copyText(a.nik)}\t${a.accepted ? "t" : "f"}\t${copyText(a.kpj)}\t${copyText(a.reason)}\t${a.date ?? N}\n`,
        )
        .join(""),
    ]);
    // Each row's membership, looked up once: the latest registered for its NIK.
    await tx.exec(
      "UPDATE answer_rows a SET membership_id = (SELECT max(id) FROM memberships m WHERE m.nik = a.nik)",
    );
    const unmatched = await tx.query<{ row: number; nik: string }>(
      "SELECT row, nik FROM answer_rows WHERE membership_id IS NULL ORDER BY row LIMIT 100",
    );
    for (const t of unmatched) {
      if (problems.length < 100)
        problems.push({ row: t.row, nik: maskNik(t.nik), problem: "not_registered" });
    }
    const [{ matched }] = await tx.query<{ matched: number }>(
      "SELECT count(*)::int AS matched FROM answer_rows WHERE membership_id IS NOT NULL",
    );
    const accepted = await tx.query<{ id: number; kpj: string | null }>(
      `UPDATE memberships m SET status = 'active', kpj = a.kpj, rejection_reason = NULL,
         active_from = coalesce(a.active_from, m.start_month), updated_at = now()
       FROM answer_rows a
       WHERE a.accepted AND m.id = a.membership_id
         AND m.status IN ('registered', 'rejected', 'active')
         AND (m.status <> 'active' OR m.kpj IS DISTINCT FROM a.kpj)
       RETURNING m.id, m.kpj`,
    );
    const rejected = await tx.query<{ id: number; person_id: number; reason: string | null }>(
      `UPDATE memberships m SET status = 'rejected', rejection_reason = a.reason, updated_at = now()
       FROM answer_rows a
       WHERE NOT a.accepted AND m.id = a.membership_id AND m.status = 'registered'
       RETURNING m.id, m.person_id, m.rejection_reason AS reason`,
    );
    await addEvents(
      tx,
      accepted.map((a) => a.id),
      "accepted",
      {},
      audit.actor,
    );
    await addEvents(
      tx,
      rejected.map((r) => r.id),
      "rejected",
      {},
      audit.actor,
    );
    const unknown = rejected
      .filter((r) => r.reason && unknownToDukcapil.test(r.reason))
      .map((r) => r.person_id);
    const marked = unknown.length
      ? await tx.query(
          "UPDATE persons SET nik_unverified = true WHERE id = ANY($1::bigint[]) AND NOT nik_unverified RETURNING id",
          [unknown],
        )
      : [];
    const summary: AnswerSummary = {
      file: source.fileName,
      rows,
      accepted: accepted.length,
      rejected: rejected.length,
      unchanged: matched - accepted.length - rejected.length,
      nikUnverified: marked.length,
      replaced: await fillFreedPlaces(
        tx,
        rejected.map((r) => r.id),
        audit.actor,
      ),
      problems: problems.sort((a, b) => a.row - b.row),
    };
    await recordAudit(
      tx,
      audit,
      "registration_answer",
      rejected.map((r) => r.person_id),
      {
        file: source.fileName,
        sha256: source.sha256,
        rows,
        accepted: summary.accepted,
        rejected: summary.rejected,
      },
    );
    return summary;
  });
}

function requireColumns(found: Record<keyof typeof headers, number>): void {
  const missing = (["nik", "status"] as const).filter((k) => found[k] < 0);
  if (missing.length > 0)
    throw new UserError("answer_columns_missing", { missing: missing.join(", ").toUpperCase() });
}

/** dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd as ISO; anything else as no date. */
function isoDate(text: string): string | null {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}` : null;
}
