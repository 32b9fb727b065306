/** `payung claims show` as text: every number with its rule, then family, heirs, documents and steps. */
import type { Lang } from "../common/lang.ts";
import { message } from "../common/messages.ts";
import type { claimDetail } from "../modules/claims/claims.service.ts";
import { formatRupiah, table } from "./output.ts";

type Detail = Awaited<ReturnType<typeof claimDetail>>;

/** The membership and referral rows come back untyped from the service; these are their columns. */
interface MembershipRow {
  id: number;
  kpj: string | null;
  status: string;
  funder: string;
  package: string;
  ended_on: string | null;
  end_reason: string | null;
}
interface TrainingRow {
  id: number;
  name: string;
  program: string;
  provider: string | null;
  status: string;
  referred_on: string;
}

export function claimText(d: Detail, lang: Lang): string {
  const t = (id: string, en: string) => (lang === "id" ? id : en);
  const { claim: c, event: e } = d;
  const membership = d.membership as unknown as MembershipRow | null;
  const nameOf = (id: number) => `${d.family.find((f) => Number(f.id) === id)?.name ?? "?"} (${id})`;
  const death = c.type === "jkm" || c.type === "jkk_death";
  const out = [
    `${t("Klaim", "Claim")} ${c.id} · ${message(`claim_type_${c.type}`, {}, lang)} · ${c.status}, ` +
      `${c.days_in_step} ${t("hari", "days")}` +
      (c.step_limit_days === null ? "" : ` (${t("batas", "limit")} ${c.step_limit_days})`) +
      (c.overdue ? t(" — TERLAMBAT", " — OVERDUE") : ""),
    `${c.name} ${c.nik ?? ""} · ${[c.desa, c.kecamatan].filter(Boolean).join(", ")}`,
    `${t("Kejadian", "Event")} ${e.id}: ` +
      `${e.kind === "death" ? t("meninggal", "died") : t("kecelakaan kerja", "work accident")} ${e.event_date}` +
      `${e.work_related ? t(", karena kerja", ", caused by work") : ""}` +
      [e.cause, e.place, e.injury]
        .filter(Boolean)
        .map((x) => `, ${x}`)
        .join("") +
      (e.days_unable === null
        ? ""
        : `, ${e.days_unable} ${t("hari tidak mampu bekerja", "days unable to work")}`) +
      ` · ${t("dilaporkan oleh", "reported by")} ${e.reported_by}${e.reporter ? ` (${e.reporter})` : ""}`,
  ];
  if (membership) {
    out.push(
      `${t("Kepesertaan", "Membership")} ${membership.id} · KPJ ${membership.kpj ?? "-"} · ${membership.funder} · ` +
        `${membership.package} · ${membership.status}` +
        (membership.ended_on ? ` ${membership.ended_on} (${membership.end_reason})` : ""),
    );
  }
  out.push(
    "",
    `${t("Manfaat menurut aturan", "Benefit by the rules")} (${c.rules_source}):`,
    table(
      ["amount", "rule"],
      [
        ...c.lines.map((l) => [formatRupiah(l.amount), l.text]),
        [formatRupiah(c.expected), t("jumlah", "total")],
      ],
    ),
  );
  if (c.refusal_text) out.push(`${t("Tidak dibayar", "Not payable")}: ${c.refusal_text}`);
  if (c.bpjs_reference || c.submitted_on)
    out.push(
      `${t("Diajukan ke BPJS", "Submitted to BPJS")}: ${c.submitted_on ?? ""} ${c.bpjs_reference ?? ""}`,
    );
  if (c.paid_amount !== null)
    out.push(`${t("Dibayar BPJS", "Paid by BPJS")}: ${formatRupiah(c.paid_amount)} ${c.paid_on ?? ""}`);
  if (c.rejection_reason) out.push(`${t("Ditolak", "Rejected")}: ${c.rejection_reason}`);
  if (c.children?.length)
    out.push(
      `${t("Anak", "Children")} (${c.school_year}): ${c.children.map((k) => `${nameOf(k.familyMemberId)} ${k.level}`).join(", ")}`,
    );

  out.push("", `${t("Keluarga (KK)", "Family (KK)")}:`);
  out.push(
    d.family.length === 0
      ? t("  belum dicatat: payung claims family add", "  none recorded: payung claims family add")
      : table(
          ["id", "name", "relation", "nik", "born", "phone", "note"],
          d.family.map((f) => [
            f.id,
            f.name,
            message(`relation_${f.relation}`, {}, lang),
            f.nik,
            f.birth_date,
            f.phone,
            [
              f.deceased && t("meninggal", "deceased"),
              f.married && t("menikah", "married"),
              f.working && t("bekerja", "working"),
            ]
              .filter(Boolean)
              .join(", "),
          ]),
        ),
  );
  if (death) {
    const proposal = d.heir_proposal;
    out.push(
      `${t("Usulan ahli waris", "Proposed heirs")}: ${proposal.heir_ids.map(nameOf).join(", ") || "-"} — ${proposal.reason}`,
      c.heir_group === null
        ? `${t("Ahli waris", "Heirs")}: ${t("belum ditetapkan (payung claims heirs)", "not yet chosen (payung claims heirs)")}`
        : `${t("Ahli waris", "Heirs")}: ${c.heir_ids.map(nameOf).join(", ") || "-"} (${c.heir_group}${c.heir_reason ? `: ${c.heir_reason}` : ""})`,
    );
  }

  out.push(
    "",
    `${t("Dokumen", "Documents")}:`,
    table(
      ["code", "document", "needed", "id", "status", "file", "note"],
      d.checklist.map((item) => [
        item.code,
        item.label,
        item.required ? t("wajib", "yes") : "",
        item.document?.id,
        item.document?.status ?? t("belum ada", "missing"),
        item.document?.filename,
        item.document?.note,
      ]),
    ),
    "",
    `${t("Langkah", "Steps")}:`,
    table(
      ["status", "at", "by", "days", "note"],
      d.steps.map((s) => [s.status, s.at.slice(0, 16), s.by, s.days, s.note]),
    ),
  );
  const training = d.training as unknown as TrainingRow[];
  if (training.length > 0) {
    out.push(
      "",
      `${t("Pelatihan kerja", "Job training")}:`,
      table(
        ["id", "name", "program", "provider", "status", "referred"],
        training.map((r) => [r.id, r.name, r.program, r.provider, r.status, r.referred_on]),
      ),
    );
  }
  if (d.handover)
    out.push(`${t("Serah terima", "Handover")} ${d.handover.id}: ${d.handover.title} ${d.handover.held_on}`);
  if (c.other_claims.length > 0)
    out.push(
      `${t("Klaim lain dari kejadian ini", "Other claims of this event")}: ${c.other_claims.join(", ")}`,
    );
  return out.join("\n");
}
