import os from "node:os";
import { type Command, InvalidArgumentError, Option } from "commander";
import { message } from "../common/messages.ts";
import { type EducationLevel, educationLevels } from "../modules/claims/benefits.ts";
import {
  type ClaimStatus,
  type ClaimType,
  claimStatuses,
  claimTypes,
} from "../modules/claims/claim-settings.ts";
import { chooseHeirs, claimDetail, listClaimsFor, moveClaim } from "../modules/claims/claims.service.ts";
import { openEducationClaim } from "../modules/claims/education.service.ts";
import { addFamilyMember, removeFamilyMember, reportEvent } from "../modules/claims/events.service.ts";
import { type Relation, relations } from "../modules/claims/heirs.ts";
import { idList, idOf, wholeNumber } from "./arguments.ts";
import { claimDocumentCommands } from "./claim-documents.command.ts";
import { claimText } from "./claim-text.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung claims ${command}`,
});

/** --child 5:sd, given once per child. */
function childOf(text: string, earlier: { familyMemberId: number; level: EducationLevel }[] = []) {
  const [, id, level] = /^(\d{1,15}):(\w+)$/.exec(text.trim()) ?? [];
  if (!id || !educationLevels.includes(level.toLowerCase() as EducationLevel))
    throw new InvalidArgumentError(
      `MEMBER:LEVEL is needed, LEVEL one of ${educationLevels.join(", ")} (e.g. 5:sd)`,
    );
  return [...earlier, { familyMemberId: Number(id), level: level.toLowerCase() as EducationLevel }];
}

/** What the operator does next after a report, so the first use needs no manual. */
function nextStep(
  r: { eventId: number; claimId: number; payable: boolean },
  death: boolean,
  t: (id: string, en: string) => string,
): string {
  if (!r.payable)
    return t(
      `tutup: payung claims step ${r.claimId} --to rejected --reason …`,
      `close it: payung claims step ${r.claimId} --to rejected --reason …`,
    );
  if (death)
    return t(
      `lanjut: keluarga dari KK, payung claims family add ${r.eventId} --name … --relation …`,
      `next: the family from the KK, payung claims family add ${r.eventId} --name … --relation …`,
    );
  return t(
    `lanjut: dokumen, payung claims show ${r.claimId}`,
    `next: documents, payung claims show ${r.claimId}`,
  );
}

interface ReportInput extends ReportOptions {
  nik?: string;
  membership?: string;
  death?: boolean;
  accident?: boolean;
  date: string;
  work?: boolean;
  cause?: string;
  place?: string;
  injury?: string;
  daysUnable?: number;
  reportedBy: "village" | "bpjs" | "family";
  reporter?: string;
  note?: string;
}

export function claimsCommands(program: Command): void {
  const claims = program
    .command("claims")
    .description("Claims after a member's death or work accident: report, family, heirs, documents, steps");
  claims
    .command("report")
    .description(
      "Report a death or work accident: opens the claim at once with what the rules pay; a death ends the membership",
    )
    .addOption(new Option("--nik <nik>", "the member's NIK").conflicts("membership"))
    .option("--membership <id>", "or one of the member's memberships")
    .addOption(new Option("--death", "the member died").conflicts("accident"))
    .option("--accident", "a work accident (give --work too)")
    .requiredOption("--date <yyyy-mm-dd>", "the day of death or of the accident")
    .option("--work", "caused by work: JKK, not JKM")
    .option("--cause <text>", "what happened")
    .option("--place <text>", "where")
    .option("--injury <text>", "an accident's injury")
    .option("--days-unable <n>", "days an accident kept the member from work", wholeNumber)
    .addOption(
      new Option("--reported-by <who>", "who told the office")
        .choices(["village", "bpjs", "family"])
        .makeOptionMandatory(),
    )
    .option("--reporter <text>", "their name or office")
    .option("--note <text>", "anything else")
    .option("--json", "print JSON")
    .action(async (o: ReportInput, cmd: Command) => {
      // commander cannot require one of two flags; without either we would not know the claim's type
      if (!o.death && !o.accident)
        cmd.error("error: say what happened: --death or --accident", { exitCode: 2 });
      const reported = await withApp(({ db }) =>
        reportEvent({
          db,
          input: {
            nik: o.nik,
            membershipId: o.membership === undefined ? undefined : idOf(o.membership, "membership_not_found"),
            kind: o.death ? "death" : "accident",
            date: o.date,
            workRelated: o.work === true,
            cause: o.cause,
            place: o.place,
            injury: o.injury,
            daysUnable: o.daysUnable,
            reportedBy: o.reportedBy,
            reporter: o.reporter,
            note: o.note,
          },
          audit: audit("report"),
        }),
      );
      const lang = langOf(o);
      const refusalText = reported.refusal ? message(reported.refusal, {}, lang) : null;
      const t = (id: string, en: string) => (lang === "id" ? id : en);
      report(o, { ...reported, refusalText }, () =>
        [
          `${t("Kejadian", "Event")} ${reported.eventId} · ${t("klaim", "claim")} ${reported.claimId} · ${message(`claim_type_${reported.type}`, {}, lang)}`,
          reported.payable
            ? `${t("dapat dibayar", "payable")}: ${formatRupiah(reported.expected)}`
            : `${t("tidak dibayar", "not payable")}: ${refusalText}`,
          reported.membershipEnded === null
            ? t("kepesertaan tidak diubah", "membership unchanged")
            : t(
                `kepesertaan ${reported.membershipEnded} berakhir (meninggal ${o.date}); tagihan berhenti setelah bulan itu`,
                `membership ${reported.membershipEnded} ended (death on ${o.date}); billing stops after that month`,
              ),
          nextStep(reported, o.death === true, t),
        ].join("\n"),
      );
    });
  claims
    .command("list")
    .description("Claims, overdue first, then those waiting longest (full NIKs: this is the command line)")
    .addOption(new Option("--status <status>", "one status").choices(claimStatuses))
    .addOption(new Option("--type <type>", "one type").choices(claimTypes))
    .option("--overdue", "only those longer in their step than the claim settings allow")
    .option("--offset <n>", "skip this many", wholeNumber, 0)
    .option("--limit <n>", "at most this many", wholeNumber, 50)
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & {
          status?: ClaimStatus;
          type?: ClaimType;
          overdue?: boolean;
          offset: number;
          limit: number;
        },
      ) => {
        const found = await withApp(({ db }) =>
          listClaimsFor({
            db,
            status: o.status,
            type: o.type,
            overdue: o.overdue === true ? true : undefined,
            offset: o.offset,
            limit: o.limit,
            audit: audit("list"),
          }),
        );
        const id = langOf(o) === "id";
        report(o, found, () =>
          [
            table(
              ["id", "type", "status", "days", "name", "nik", "desa", "event", "expected", "paid"],
              found.claims.map((c) => [
                c.id,
                c.type,
                c.status,
                `${c.days_in_step}${c.overdue ? " !" : ""}`,
                c.name,
                c.nik,
                c.desa,
                c.event_date,
                formatRupiah(c.expected),
                c.paid_amount === null ? "" : formatRupiah(c.paid_amount),
              ]),
            ),
            id ? `${formatNumber(found.total, "id")} klaim` : `${formatNumber(found.total, "en")} claims`,
            ...(found.claims.some((c) => c.overdue)
              ? [
                  id
                    ? "! terlambat: lebih lama dari batas langkahnya"
                    : "! overdue: longer than its step allows",
                ]
              : []),
          ].join("\n"),
        );
      },
    );
  claims
    .command("show <id>")
    .description("One claim: each benefit line with its rule, family, heirs, documents, steps, training")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const claimId = idOf(id, "claim_not_found");
      const detail = await withApp(({ db }) =>
        claimDetail({ db, id: claimId, lang: langOf(o), audit: audit("show") }),
      );
      report(o, detail, () => claimText(detail, langOf(o)));
    });

  const family = claims
    .command("family")
    .description("The member's family from the KK: who may inherit, children for the education benefit");
  family
    .command("add <event>")
    .description("Add a family member to an event (its id is in payung claims show)")
    .requiredOption("--name <name>", "as on the KK")
    .addOption(new Option("--relation <relation>", "to the member").choices(relations).makeOptionMandatory())
    .option("--nik <nik>", "16 digits, from the KK")
    .option("--birth-date <yyyy-mm-dd>", "needed for a child's education benefit")
    .option("--deceased", "listed on the KK but no longer alive: cannot inherit")
    .option("--married", "a child who married: no education benefit")
    .option("--working", "a child who works: no education benefit")
    .option("--phone <phone>", "to call about the claim")
    .option("--json", "print JSON")
    .action(
      async (
        event: string,
        o: ReportOptions & {
          name: string;
          relation: Relation;
          nik?: string;
          birthDate?: string;
          deceased?: boolean;
          married?: boolean;
          working?: boolean;
          phone?: string;
        },
      ) => {
        const eventId = idOf(event, "claim_event_not_found");
        const added = await withApp(({ db }) =>
          addFamilyMember({
            db,
            eventId,
            member: {
              name: o.name,
              relation: o.relation,
              nik: o.nik,
              birthDate: o.birthDate,
              deceased: o.deceased === true,
              married: o.married === true,
              working: o.working === true,
              phone: o.phone,
            },
            audit: audit("family add"),
          }),
        );
        report(
          o,
          added,
          () => `${added.id}: ${o.name} (${message(`relation_${o.relation}`, {}, langOf(o))})`,
        );
      },
    );
  family
    .command("remove <event> <member>")
    .description("Remove a family member entered by mistake (not an heir, education child or trainee)")
    .option("--json", "print JSON")
    .action(async (event: string, member: string, o: ReportOptions) => {
      const eventId = idOf(event, "claim_event_not_found");
      const memberId = idOf(member, "family_member_not_found");
      await withApp(({ db }) => removeFamilyMember({ db, eventId, memberId, audit: audit("family remove") }));
      report(o, { event: eventId, removed: memberId }, () =>
        langOf(o) === "id" ? `${memberId}: dihapus` : `${memberId}: removed`,
      );
    });

  claims
    .command("heirs <id>")
    .description(
      "Set a death claim's heirs: without --members Payung's proposal by the legal order; with them, your choice",
    )
    .option("--members <ids>", "family member ids, e.g. 3,4", idList)
    .option("--reason <text>", "why the legal order is set aside (needed when --members differs from it)")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { members?: number[]; reason?: string }) => {
      const claimId = idOf(id, "claim_not_found");
      const chosen = await withApp(({ db }) =>
        chooseHeirs({ db, id: claimId, familyMemberIds: o.members, reason: o.reason, audit: audit("heirs") }),
      );
      report(
        o,
        chosen,
        () =>
          `${claimId}: ${langOf(o) === "id" ? "ahli waris" : "heirs"} ${chosen.group} → ${chosen.heirIds.join(", ") || "-"}`,
      );
    });

  claimDocumentCommands(claims);

  claims
    .command("step <id>")
    .description(
      "Move a claim on: documents_complete (all accepted) → submitted → paid or rejected; back to draft from documents_complete",
    )
    .addOption(
      new Option("--to <status>", "the next status")
        .choices(["draft", "documents_complete", "submitted", "paid", "rejected"])
        .makeOptionMandatory(),
    )
    .option(
      "--on <yyyy-mm-dd>",
      "submitted: the day it went to BPJS; paid: the day BPJS paid (default today)",
    )
    .option("--amount <rupiah>", "paid: the amount BPJS paid, whole rupiah")
    .option("--reference <text>", "submitted: BPJS's claim number")
    .option("--reason <text>", "rejected: BPJS's reason")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & {
          to: ClaimStatus;
          on?: string;
          amount?: string;
          reference?: string;
          reason?: string;
        },
      ) => {
        const claimId = idOf(id, "claim_not_found");
        const moved = await withApp(({ db }) =>
          moveClaim({
            db,
            id: claimId,
            move: {
              to: o.to,
              on: o.on,
              // 42.000.000 as people write it
              amount: o.amount === undefined ? undefined : Number(o.amount.replace(/[.,\s]/g, "")),
              reference: o.reference,
              reason: o.reason,
            },
            lang: langOf(o),
            audit: audit("step"),
          }),
        );
        report(o, moved, () => `${moved.id}: ${moved.status}`);
      },
    );
  claims
    .command("education <id>")
    .description("Open a school year's education benefit from a death claim, for at most two children")
    .requiredOption("--year <yyyy>", "the school year (its first year)", wholeNumber)
    .option(
      "--child <member:level>",
      `a child (family member id) and school level ${educationLevels.join("|")}; once per child`,
      childOf,
    )
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & { year: number; child?: { familyMemberId: number; level: EducationLevel }[] },
      ) => {
        const claimId = idOf(id, "claim_not_found");
        const opened = await withApp(({ db }) =>
          openEducationClaim({
            db,
            claimId,
            schoolYear: o.year,
            children: o.child ?? [],
            audit: audit("education"),
          }),
        );
        report(
          o,
          opened,
          () =>
            `${langOf(o) === "id" ? "klaim beasiswa" : "education claim"} ${opened.id} (${o.year}): ${formatRupiah(opened.expected)}`,
        );
      },
    );
}
