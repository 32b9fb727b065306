/**
 * The papers of a handover ceremony, as PDF: a letter per recipient (the amount in figures and in
 * words, terbilang, with the lines that make it up), a receipt per claim for the recipients to
 * sign, and the event's list. NIKs are masked: these papers are handed out in public.
 */
import type { Lang } from "../../common/lang.ts";
import { message } from "../../common/messages.ts";
import { maskNik } from "../../common/nik.ts";
import { formatRupiah } from "../../common/rupiah.ts";
import { terbilangRupiah } from "../../common/terbilang.ts";
import type { Db } from "../../core/db.ts";
import { type Content, renderPdf, type TableCell } from "../../core/pdf.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import type { User } from "../users/users.repository.ts";
import { explainLines } from "./claims.service.ts";
import { claimsScope } from "./claims-access.ts";
import { type HandoverClaim, handoverWithClaims } from "./handovers.service.ts";

export const handoverPapers = ["letters", "receipts", "list"] as const;
export type HandoverPaper = (typeof handoverPapers)[number];

export async function handoverPdf({
  db,
  id,
  paper,
  lang,
  user,
  audit,
}: {
  db: Db;
  id: number;
  paper: HandoverPaper;
  lang: Lang;
  user?: User;
  audit: AuditContext;
}): Promise<Buffer> {
  const { handover, claims } = await handoverWithClaims(db, id, claimsScope(user, "read"));
  const t = (code: string, params: Record<string, string | number> = {}) => message(code, params, lang);
  const context = { ...handover, date: longDate(handover.held_on, lang), t, lang };
  const content =
    paper === "letters"
      ? claims.flatMap((claim) => claim.recipients.map((recipient) => letter(context, claim, recipient)))
      : paper === "receipts"
        ? claims.map((claim) => receipt(context, claim))
        : [eventList(context, claims)];
  const pdf = await renderPdf({
    info: { title: `${t(`handover_${paper}_title`)} — ${handover.title}`, creator: "Payung" },
    content: content.map((page, i) =>
      i === 0 ? page : [{ text: "", pageBreak: "before" }, page],
    ) as Content,
    footer: {
      text: `${handover.title} · ${handover.place} · ${context.date}`,
      fontSize: 8,
      margin: [48, 16, 48, 0],
    },
  });
  await recordAudit(
    db,
    audit,
    "handover_papers",
    claims.map((c) => c.person_id),
    { handover: id, paper, lang },
  );
  return pdf;
}

interface Context {
  id: number;
  title: string;
  place: string;
  date: string;
  lang: Lang;
  t: (code: string, params?: Record<string, string | number>) => string;
}

function letter(c: Context, claim: HandoverClaim, recipient: HandoverClaim["recipients"][number]): Content {
  const others = claim.recipients.filter((r) => r !== recipient).map((r) => r.name);
  const lines = explainLines(claim.lines, c.lang);
  return [
    { text: c.t("handover_letter_heading"), fontSize: 14, bold: true, alignment: "center" },
    {
      text: c.t("handover_letter_number", { handover: c.id, claim: claim.claim_id }),
      alignment: "center",
      margin: [0, 2, 0, 16],
    },
    {
      text: c.t(`handover_letter_opening_${claim.type === "jkk_stmb" ? "accident" : "death"}`, {
        date: c.date,
        place: c.place,
        event: c.title,
        regency: claim.regency ?? "",
        program: c.t(`claim_type_${claim.type}`),
        member: claim.name,
        kpj: claim.kpj ?? "-",
      }),
      lineHeight: 1.3,
    },
    {
      table: {
        widths: [120, "*"],
        body: [
          [c.t("handover_recipient_name"), { text: recipient.name, bold: true }],
          [c.t("handover_recipient_relation"), c.t(`relation_${recipient.relation}`)],
          [c.t("handover_recipient_nik"), recipient.nik ? maskNik(recipient.nik) : "-"],
        ],
      },
      layout: "noBorders",
      margin: [20, 10, 0, 10],
    },
    { text: c.t("handover_amount_label") },
    { text: formatRupiah(claim.paid_amount), fontSize: 16, bold: true, margin: [0, 4, 0, 0] },
    { text: `(${terbilangRupiah(claim.paid_amount)})`, italics: true, margin: [0, 2, 0, 10] },
    {
      table: {
        widths: ["*", 100],
        body: lines.map((line) => [line.text, { text: formatRupiah(line.amount), alignment: "right" }]),
      },
      layout: "lightHorizontalLines",
      fontSize: 9,
    },
    others.length > 0
      ? { text: c.t("handover_shared_with", { names: others.join(", ") }), margin: [0, 8, 0, 0], fontSize: 9 }
      : { text: "" },
    signatures(c, recipient.name),
  ];
}

function receipt(c: Context, claim: HandoverClaim): Content {
  return [
    {
      text: c.t("handover_receipt_heading"),
      fontSize: 14,
      bold: true,
      alignment: "center",
      margin: [0, 0, 0, 16],
    },
    {
      text: c.t("handover_receipt_body", {
        regency: claim.regency ?? "",
        program: c.t(`claim_type_${claim.type}`),
        member: claim.name,
        amount: formatRupiah(claim.paid_amount),
        words: terbilangRupiah(claim.paid_amount),
        date: c.date,
        place: c.place,
      }),
      lineHeight: 1.3,
      margin: [0, 0, 0, 16],
    },
    {
      table: {
        widths: [20, "*", 90, 150],
        body: <TableCell[][]>[
          [
            "No",
            c.t("handover_recipient_name"),
            c.t("handover_recipient_relation"),
            c.t("handover_signature"),
          ].map((text) => ({ text, bold: true })),
          ...claim.recipients.map((r, i) => [
            String(i + 1),
            r.name,
            c.t(`relation_${r.relation}`),
            { text: " ", margin: [0, 18, 0, 0] },
          ]),
        ],
      },
    },
    signatures(c, null),
  ];
}

function eventList(c: Context, claims: HandoverClaim[]): Content {
  const total = claims.reduce((sum, claim) => sum + claim.paid_amount, 0);
  return [
    { text: c.t("handover_list_heading"), fontSize: 14, bold: true },
    { text: `${c.title} · ${c.place} · ${c.date}`, margin: [0, 2, 0, 12] },
    {
      table: {
        headerRows: 1,
        widths: [18, "*", 70, "*", 80, 60],
        body: <TableCell[][]>[
          [
            "No",
            c.t("handover_list_member"),
            c.t("handover_list_program"),
            c.t("handover_list_recipients"),
            c.t("handover_list_amount"),
            c.t("handover_signature"),
          ].map((text) => ({ text, bold: true })),
          ...claims.map((claim, i) => [
            String(i + 1),
            [claim.name, claim.desa && `${claim.desa}, ${claim.kecamatan ?? ""}`].filter(Boolean).join("\n"),
            c.t(`claim_type_${claim.type}`),
            claim.recipients.map((r) => r.name).join(", "),
            { text: formatRupiah(claim.paid_amount), alignment: "right" },
            "",
          ]),
          [
            "",
            { text: c.t("handover_list_total", { claims: claims.length }), bold: true, colSpan: 3 },
            "",
            "",
            { text: formatRupiah(total), alignment: "right", bold: true },
            "",
          ],
        ],
      },
      fontSize: 9,
    },
    { text: `(${terbilangRupiah(total)})`, italics: true, margin: [0, 6, 0, 0] },
  ];
}

function signatures(c: Context, recipient: string | null): Content {
  return {
    columns: [
      {
        stack: [
          c.t("handover_giver"),
          { text: " ", margin: [0, 40, 0, 0] },
          "(....................................)",
        ],
      },
      {
        stack: [
          c.t("handover_receiver"),
          { text: " ", margin: [0, 40, 0, 0] },
          recipient ? `( ${recipient} )` : "(....................................)",
        ],
      },
    ],
    margin: [0, 30, 0, 0],
  };
}

/** 2026-12-12 → "Sabtu, 12 Desember 2026" / "Saturday, 12 December 2026". */
function longDate(iso: string, lang: Lang): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === "id" ? "id-ID" : "en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
