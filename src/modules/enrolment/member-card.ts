/**
 * The member card: an A4 letter a desa operator prints and hands to a member, with what proves the
 * cover (name, masked NIK, KPJ, programs, period, funder) and what to do after an accident or a
 * death. Only a membership BPJS accepted has a KPJ, so only active, lapsed and ended ones have a
 * card (an ended one still matters: heirs claim with it). The NIK is always masked, even from the
 * command line: the card leaves the office.
 */

import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { maskNik } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import { type Content, renderPdf, type TDocumentDefinitions } from "../../core/pdf.ts";
import { areaCondition } from "../../core/scope.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import type { User } from "../users/users.service.ts";
import { type MemberCardRow, memberCardRow } from "./enrolment.repository.ts";

const withCard = ["active", "lapsed", "ended"];

/**
 * The card of one membership as PDF bytes, recorded in the audit log. `user`: the caller, whose
 * area it must be in (another area's answers "not found", as a missing one does); none from the
 * command line.
 */
export async function memberCard({
  db,
  membershipId,
  lang,
  user,
  audit,
}: {
  db: Db;
  membershipId: number;
  lang: Lang;
  user?: User | null;
  audit: AuditContext;
}): Promise<Buffer> {
  if (!Number.isSafeInteger(membershipId) || membershipId < 1)
    throw new UserError("membership_not_found", { id: membershipId });
  const row = await memberCardRow(db, membershipId, user ? areaCondition(user, "p", 2) : undefined);
  if (!row) throw new UserError("membership_not_found", { id: membershipId });
  if (!withCard.includes(row.status) || !row.kpj) {
    throw new UserError("membership_card_no_kpj", { id: membershipId, status: row.status });
  }
  const pdf = await renderPdf(cardDocument(row, lang, new Date()));
  await recordAudit(db, audit, "member_card", [row.person_id], { membership: row.id, lang });
  return pdf;
}

function cardDocument(row: MemberCardRow, lang: Lang, printed: Date): TDocumentDefinitions {
  const t = (code: string, params: Record<string, string> = {}) => message(code, params, lang);
  const start = row.active_from ?? row.start_month;
  const end = row.status === "ended" && row.ended_on ? row.ended_on : row.end_month;
  const status =
    row.status === "ended"
      ? t("card_status_ended", {
          date: row.ended_on ? dmy(row.ended_on) : "",
          reason: row.end_reason ? t(`membership_end_${row.end_reason}`) : "",
        })
      : t(`card_status_${row.status}`);
  const fields: [string, Content][] = [
    [t("card_name"), { text: row.name, bold: true }],
    [t("card_nik"), maskNik(row.nik)],
    [t("card_kpj"), { text: row.kpj ?? "", bold: true, fontSize: 13 }],
    [t("card_village"), [row.desa, row.kecamatan && `Kec. ${row.kecamatan}`].filter(Boolean).join(", ")],
    [t("card_programs"), row.programs.map((p) => t(`program_${p.toLowerCase()}`)).join(", ")],
    [t("card_period"), `${periodStart(start, lang)} – ${monthYear(end, lang)}`],
    [t("card_status"), status],
    [t("card_funder"), `${row.funder_name} (${t(`funder_type_${row.funder_type}`)})`],
  ];
  return {
    info: { title: t("card_title"), creator: "Payung" },
    content: [
      { text: t("card_title"), fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
      { text: t("card_intro"), color: "#444444", margin: [0, 0, 0, 12] },
      {
        table: {
          widths: [150, "*"],
          body: fields.map(([label, value]) => [{ text: label, color: "#555555" }, value]),
        },
        layout: {
          hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
          hLineColor: () => "#cccccc",
          vLineWidth: () => 0,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
      { text: t("card_claim_title"), fontSize: 12, bold: true, margin: [0, 20, 0, 6] },
      {
        ul: [
          t("card_claim_accident"),
          t("card_claim_death"),
          t("card_claim_where"),
          t("card_claim_bring_accident"),
          t("card_claim_bring_death"),
          t("card_claim_help"),
        ],
        lineHeight: 1.2,
      },
    ],
    footer: { text: t("card_footer", { date: dmy(isoDay(printed)) }), fontSize: 8, margin: [48, 16, 48, 0] },
  };
}

/** yyyy-mm-dd → dd-mm-yyyy, as Indonesian forms write dates. */
function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}-${m}-${y}`;
}

function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** 2026-12-01 → "Desember 2026" / "December 2026". */
function monthYear(iso: string, lang: Lang): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === "id" ? "id-ID" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A start on the first of a month reads as the month; BPJS's agreed start mid-month keeps its day. */
function periodStart(iso: string, lang: Lang): string {
  return iso.endsWith("-01") ? monthYear(iso, lang) : `${Number(iso.slice(8))} ${monthYear(iso, lang)}`;
}
