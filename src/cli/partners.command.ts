import os from "node:os";
import { type Command, InvalidArgumentError, Option } from "commander";
import { UserError } from "../common/errors.ts";
import type { Lang } from "../common/lang.ts";
import type { Db } from "../core/db.ts";
import {
  addCircular,
  listCirculars,
  listFollowUps,
  type RecipientRow,
  recordAnswer,
  sendCircular,
  setFollowUp,
  showCircular,
  updateCircular,
} from "../modules/partners/circulars.service.ts";
import {
  acceptCommitment,
  addCommitment,
  bpjsCodes,
  type CommitmentInput,
  type CommitmentView,
  listCommitments,
  updateCommitment,
} from "../modules/partners/commitments.service.ts";
import { findCompanyByCode } from "../modules/partners/companies.repository.ts";
import {
  addCompany,
  addMou,
  type CompanyInput,
  listCompanies,
  listExpiringMous,
  type MouInput,
  type MouView,
  showCompany,
  updateCompany,
  updateMou,
} from "../modules/partners/companies.service.ts";
import { type Answer, answers } from "../modules/partners/partners-rules.ts";
import { idOf, wholeNumber } from "./arguments.ts";
import { formatNumber, formatRupiah, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung partners ${command}`,
});

const say = (lang: Lang) => (id: string, en: string) => (lang === "id" ? id : en);

/** A company by its id or its code. */
async function companyId(db: Db, ref: string): Promise<number> {
  if (/^\d{1,15}$/.test(ref)) return Number(ref);
  const found = await findCompanyByCode(db, ref.trim().toLowerCase());
  if (!found) throw new UserError("company_not_found", { id: ref });
  return found.id;
}

/** Comma-separated values: 36.03.08,36.03.01. */
const list = (text: string) =>
  text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
/** A repeatable option: --signatory "Bupati" --signatory "Direktur". */
const collect = (value: string, earlier: string[] = []) => [...earlier, value];
const yesNo = (text: string) => {
  if (text !== "yes" && text !== "no") throw new InvalidArgumentError("yes or no");
  return text === "yes";
};
/** Whole rupiah as people write it: 25.200.000 or 25200000. */
const rupiah = (text: string) => {
  const digits = text.replace(/[.,\s]/g, "");
  if (!/^\d{1,15}$/.test(digits)) throw new InvalidArgumentError("whole rupiah, e.g. 25200000");
  return Number(digits);
};
const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? "–" : v);

interface CompanyOptions extends ReportOptions {
  name?: string;
  sector?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

function companyFields(cmd: Command): Command {
  return cmd
    .option("--sector <text>", "e.g. manufaktur, perbankan")
    .option("--address <text>", "the office's address")
    .option("--contact-name <text>", "who to talk to about CSR")
    .option("--contact-phone <text>", "e.g. 021-5550123")
    .option("--contact-email <text>", "e.g. csr@maju.co.id")
    .option("--json", "print JSON");
}

/** Only the options given: an update leaves the rest; "" clears a field. */
function companyInput(o: CompanyOptions): CompanyInput {
  const keys = ["name", "sector", "address", "contactName", "contactPhone", "contactEmail"] as const;
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k] || null]));
}

interface MouOptions extends ReportOptions {
  number?: string;
  signed?: string;
  from?: string;
  to?: string;
  signatory?: string[];
}

function mouInput(o: MouOptions): MouInput {
  return { number: o.number, signedOn: o.signed, validFrom: o.from, validTo: o.to, signatories: o.signatory };
}

interface CommitmentOptions extends ReportOptions {
  mou?: string;
  budget?: number;
  workers?: number;
  from?: string;
  to?: string;
  kecamatan?: string[];
  occupation?: string[];
  package?: string;
}

function commitmentFields(cmd: Command): Command {
  return cmd
    .option("--mou <id>", "the MoU it rests on (its validity bounds the months); none to unlink")
    .option("--kecamatan <codes>", "only workers living in these kecamatan, e.g. 36.03.08,36.03.01", list)
    .option(
      "--occupation <words>",
      "only workers whose occupation starts with one, e.g. nelayan,petani",
      list,
    )
    .option("--package <code>", "the package paid for (default jkk-jkm; see payung tariffs list)")
    .option("--json", "print JSON");
}

function commitmentInput(o: CommitmentOptions): CommitmentInput {
  return {
    mouId: o.mou === undefined ? undefined : o.mou === "none" ? null : idOf(o.mou, "mou_not_found"),
    budget: o.budget,
    workers: o.workers,
    from: o.from,
    to: o.to,
    kecamatanCodes: o.kecamatan,
    occupations: o.occupation,
    package: o.package,
  };
}

function mouLine(m: MouView, lang: Lang): string {
  const t = say(lang);
  const status = {
    active: t(`berlaku, ${m.daysLeft} hari lagi`, `in force, ${m.daysLeft} days left`),
    future: t("belum berlaku", "not yet in force"),
    expired: t("berakhir", "expired"),
  }[m.status];
  return `${m.id}: ${m.number} · ${m.companyName} · ${m.validFrom} – ${m.validTo} (${status})`;
}

function commitmentTable(commitments: CommitmentView[], lang: Lang): string {
  const t = say(lang);
  return table(
    [
      "id",
      t("perusahaan", "company"),
      t("periode", "period"),
      t("anggaran", "budget"),
      t("pekerja", "workers"),
      t("kapasitas", "capacity"),
      t("dana", "funder"),
      t("dialokasikan", "allocated"),
      t("ditagih", "invoiced"),
      t("dibayar", "paid"),
    ],
    commitments.map((c) => [
      c.id,
      c.companyName,
      `${c.from} – ${c.to}`,
      formatRupiah(c.budget),
      formatNumber(c.workers, lang),
      `${formatNumber(c.capacity, lang)}${c.budgetShort ? " !" : ""}`,
      dash(c.funderCode),
      c.use ? `${formatNumber(c.use.allocated, lang)} (${formatRupiah(c.use.allocatedCost)})` : "–",
      c.use ? formatRupiah(c.use.invoiced) : "–",
      c.use ? formatRupiah(c.use.paid) : "–",
    ]),
  );
}

function answerText(a: Answer | null, lang: Lang): string {
  const t = say(lang);
  if (a === null) return t("belum menjawab", "no answer");
  return {
    willing: t("bersedia", "willing"),
    declined: t("menolak", "declined"),
    considering: t("mempertimbangkan", "considering"),
  }[a];
}

function recipientTable(rows: RecipientRow[], lang: Lang, by: "company" | "circular"): string {
  const t = say(lang);
  const answer = (a: Answer | null) => (a === null ? "–" : answerText(a, lang));
  return table(
    [
      by === "company" ? t("perusahaan", "company") : t("surat edaran", "circular"),
      t("dikirim", "sent"),
      t("jawaban", "answer"),
      t("tanggal", "on"),
      t("hubungi lagi", "next contact"),
      t("catatan", "notes"),
    ],
    rows.map((r) => [
      by === "company" ? `${r.companyName} (${r.companyId})` : `${r.circularNumber} (${r.circularId})`,
      r.sentOn,
      answer(r.answer),
      dash(r.answeredOn),
      r.nextContact
        ? `${r.nextContact}${r.status === "overdue" ? ` ! ${t(`terlambat ${r.daysLate} hari`, `${r.daysLate} days late`)}` : r.status === "due" ? ` ${t("hari ini", "today")}` : ""}`
        : "–",
      dash(r.notes),
    ]),
  );
}

/** `payung partners …`: CSR companies, their MoUs and commitments, and the circular letter campaign. */
export function partnersCommands(program: Command): void {
  const partners = program
    .command("partners")
    .description("CSR partners: companies, MoUs, commitments (accepted into funders) and circular letters");
  companyCommands(partners);
  mouCommands(partners);
  commitmentCommands(partners);
  circularCommands(partners);
}

function companyCommands(partners: Command): void {
  const companies = partners.command("companies").description("Companies that may fund workers' cover");
  companyFields(
    companies
      .command("add")
      .description("Add a company")
      .requiredOption("--code <code>", "short and unique, e.g. pt-maju-jaya")
      .requiredOption("--name <name>", "e.g. PT Maju Jaya"),
  ).action(async (o: CompanyOptions & { code: string }) => {
    const added = await withApp(({ db }) =>
      addCompany({ db, code: o.code, input: companyInput(o), audit: audit("companies add") }),
    );
    report(o, added, () => `${added.id}: ${added.name} (${added.code})`);
  });
  companyFields(
    companies
      .command("update <company>")
      .description('Change a company\'s fields (id or code; "" clears a field)')
      .option("--name <name>", "its name"),
  ).action(async (ref: string, o: CompanyOptions) => {
    const result = await withApp(async ({ db }) =>
      updateCompany({
        db,
        id: await companyId(db, ref),
        input: companyInput(o),
        audit: audit("companies update"),
      }),
    );
    const t = say(langOf(o));
    report(
      o,
      result,
      () =>
        `${result.company.id}: ${result.company.name} ${result.changed ? t("diubah", "changed") : t("(tidak berubah)", "(unchanged)")}`,
    );
  });
  companies
    .command("list")
    .description("Companies with their MoUs, commitments and latest circular answer")
    .option("--q <text>", "part of the name or code")
    .option(
      "--answered <yes|no>",
      "answered the circular (--circular) or the latest one each was sent",
      yesNo,
    )
    .option("--circular <id>", "only companies sent this circular")
    .option("--active-mou <yes|no>", "has an MoU in force today", yesNo)
    .option("--commitments <yes|no>", "has commitments", yesNo)
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & {
          q?: string;
          answered?: boolean;
          circular?: string;
          activeMou?: boolean;
          commitments?: boolean;
        },
      ) => {
        const found = await withApp(({ db }) =>
          listCompanies({
            db,
            filter: {
              q: o.q,
              answered: o.answered,
              circular: o.circular === undefined ? undefined : idOf(o.circular, "circular_not_found"),
              activeMou: o.activeMou,
              hasCommitments: o.commitments,
            },
          }),
        );
        const lang = langOf(o);
        const t = say(lang);
        report(o, found, () =>
          [
            table(
              [
                "id",
                "code",
                t("nama", "name"),
                t("MoU s.d.", "MoU until"),
                t("komitmen", "commitments"),
                t("anggaran", "budget"),
                t("surat edaran", "circular"),
                t("hubungi lagi", "next contact"),
              ],
              found.map((c) => [
                c.id,
                c.code,
                c.name,
                dash(c.activeMouUntil),
                c.commitments,
                formatRupiah(c.committedBudget),
                c.lastCircular ? `${c.lastCircular.number}: ${answerText(c.lastCircular.answer, lang)}` : "–",
                dash(c.nextFollowUp),
              ]),
            ),
            t(
              `${formatNumber(found.length, lang)} perusahaan`,
              `${formatNumber(found.length, lang)} companies`,
            ),
          ].join("\n"),
        );
      },
    );
  companies
    .command("show <company>")
    .description("One company (id or code): contacts, MoUs, commitments and what they used, circulars")
    .option("--json", "print JSON")
    .action(async (ref: string, o: ReportOptions) => {
      const detail = await withApp(async ({ db }) => showCompany({ db, id: await companyId(db, ref) }));
      const lang = langOf(o);
      const t = say(lang);
      const c = detail.company;
      report(o, detail, () =>
        [
          `${c.name} (${c.code}, ${c.id})${c.sector ? ` · ${c.sector}` : ""}`,
          [c.contactName, c.contactPhone, c.contactEmail].filter(Boolean).join(" · ") ||
            t("kontak: –", "contact: –"),
          "",
          t("MoU:", "MoUs:"),
          ...(detail.mous.length ? detail.mous.map((m) => `  ${mouLine(m, lang)}`) : ["  –"]),
          "",
          t("Komitmen:", "Commitments:"),
          detail.commitments.length ? commitmentTable(detail.commitments, lang) : "  –",
          "",
          t("Surat edaran:", "Circulars:"),
          detail.circulars.length ? recipientTable(detail.circulars, lang, "circular") : "  –",
          ...(detail.followUps.length
            ? [
                "",
                t(
                  `! ${detail.followUps.length} tindak lanjut jatuh tempo`,
                  `! ${detail.followUps.length} follow-ups due`,
                ),
              ]
            : []),
        ].join("\n"),
      );
    });
}

function mouCommands(partners: Command): void {
  const mous = partners.command("mous").description("Memoranda of understanding (MoU, nota kesepahaman)");
  mous
    .command("add <company>")
    .description("Add an MoU of a company (id or code)")
    .requiredOption("--number <text>", "its number, e.g. 415/012/MoU/2026")
    .requiredOption("--signed <yyyy-mm-dd>", "the signing day")
    .requiredOption("--from <yyyy-mm-dd>", "first day in force")
    .requiredOption("--to <yyyy-mm-dd>", "last day in force")
    .option("--signatory <name>", "who signed, in order; once per signatory", collect)
    .option("--json", "print JSON")
    .action(async (ref: string, o: MouOptions) => {
      const added = await withApp(async ({ db }) =>
        addMou({ db, companyId: await companyId(db, ref), input: mouInput(o), audit: audit("mous add") }),
      );
      report(o, added, () => mouLine(added, langOf(o)));
    });
  mous
    .command("update <id>")
    .description("Change an MoU (the options given; --signatory replaces the list)")
    .option("--number <text>", "its number")
    .option("--signed <yyyy-mm-dd>", "the signing day")
    .option("--from <yyyy-mm-dd>", "first day in force")
    .option("--to <yyyy-mm-dd>", "last day in force")
    .option("--signatory <name>", "who signed, in order; once per signatory", collect)
    .option("--json", "print JSON")
    .action(async (id: string, o: MouOptions) => {
      const mouId = idOf(id, "mou_not_found");
      const result = await withApp(({ db }) =>
        updateMou({ db, id: mouId, input: mouInput(o), audit: audit("mous update") }),
      );
      report(o, result, () => mouLine(result.mou, langOf(o)));
    });
  mous
    .command("expiring")
    .description("MoUs in force whose last day comes within the days given, soonest first")
    .option("--within <days>", "days ahead (default 90)", wholeNumber, 90)
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { within: number }) => {
      const found = await withApp(({ db }) => listExpiringMous({ db, within: o.within }));
      const lang = langOf(o);
      const t = say(lang);
      report(o, found, () =>
        found.mous.length
          ? table(
              [
                "id",
                t("nomor", "number"),
                t("perusahaan", "company"),
                t("berakhir", "ends"),
                t("hari lagi", "days left"),
              ],
              found.mous.map((m) => [m.id, m.number, m.companyName, m.validTo, m.daysLeft]),
            )
          : t(`Tidak ada MoU yang berakhir dalam ${o.within} hari.`, `No MoU ends within ${o.within} days.`),
      );
    });
}

function commitmentCommands(partners: Command): void {
  const commitments = partners
    .command("commitments")
    .description("What companies commit to pay for; accepted ones are funders allocation spends");
  commitmentFields(
    commitments
      .command("add <company>")
      .description("Record a company's commitment (id or code)")
      .requiredOption("--budget <rupiah>", "whole rupiah, e.g. 25200000", rupiah)
      .requiredOption("--workers <n>", "workers it promises to cover", wholeNumber)
      .requiredOption("--from <yyyy-mm>", "first month")
      .requiredOption("--to <yyyy-mm>", "last month"),
  ).action(async (ref: string, o: CommitmentOptions) => {
    const added = await withApp(async ({ db, config }) =>
      addCommitment({
        db,
        companyId: await companyId(db, ref),
        input: commitmentInput(o),
        regencyCode: config.regencyCode,
        audit: audit("commitments add"),
      }),
    );
    report(o, added, () => commitmentTable([added], langOf(o)));
  });
  commitmentFields(
    commitments
      .command("update <id>")
      .description("Change a commitment not yet accepted (the options given)")
      .option("--budget <rupiah>", "whole rupiah", rupiah)
      .option("--workers <n>", "workers it promises to cover", wholeNumber)
      .option("--from <yyyy-mm>", "first month")
      .option("--to <yyyy-mm>", "last month"),
  ).action(async (id: string, o: CommitmentOptions) => {
    const commitmentId = idOf(id, "commitment_not_found");
    const result = await withApp(({ db, config }) =>
      updateCommitment({
        db,
        id: commitmentId,
        input: commitmentInput(o),
        regencyCode: config.regencyCode,
        audit: audit("commitments update"),
      }),
    );
    report(o, result, () => commitmentTable([result.commitment], langOf(o)));
  });
  commitments
    .command("accept <id>")
    .description("Accept a commitment: it becomes a CSR funder (type csr) that allocation plans spend")
    .option("--code <code>", "the funder's code (default csr-<company>-<id>)")
    .option("--name <text>", "the funder's name (default: the company's, with the months)")
    .addOption(
      new Option("--bpjs-code <code>", "BPJS funder code (default SC, a company)").choices(bpjsCodes),
    )
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & { code?: string; name?: string; bpjsCode?: (typeof bpjsCodes)[number] },
      ) => {
        const commitmentId = idOf(id, "commitment_not_found");
        const accepted = await withApp(({ db }) =>
          acceptCommitment({
            db,
            id: commitmentId,
            options: { code: o.code, name: o.name, bpjsCode: o.bpjsCode },
            audit: audit("commitments accept"),
          }),
        );
        const t = say(langOf(o));
        report(o, accepted, () =>
          t(
            `Komitmen ${accepted.id} diterima: penyandang dana ${accepted.funderCode} (kapasitas ${formatNumber(accepted.capacity, "id")} orang). Lanjut: payung plan create …`,
            `Commitment ${accepted.id} accepted: funder ${accepted.funderCode} (capacity ${formatNumber(accepted.capacity, "en")} people). Next: payung plan create …`,
          ),
        );
      },
    );
  commitments
    .command("list")
    .description(
      "Every commitment with its capacity and what its funder used (latest approved plan, invoices)",
    )
    .option("--accepted <yes|no>", "accepted as funders, or not yet", yesNo)
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { accepted?: boolean }) => {
      const found = await withApp(({ db }) => listCommitments({ db, accepted: o.accepted }));
      const lang = langOf(o);
      report(o, found, () =>
        [
          commitmentTable(found, lang),
          ...(found.some((c) => c.budgetShort)
            ? [
                say(lang)(
                  "! anggaran menanggung lebih sedikit pekerja dari yang dijanjikan",
                  "! the budget covers fewer workers than promised",
                ),
              ]
            : []),
        ].join("\n"),
      );
    });
}

function circularCommands(partners: Command): void {
  const circulars = partners.command("circulars").description("The circular letter campaign (surat edaran)");
  const companies = async (db: Db, refs: string[] | undefined) =>
    Promise.all((refs ?? []).map((r) => companyId(db, r)));
  circulars
    .command("add")
    .description("Add a circular, sent on its day to the companies given")
    .requiredOption("--number <text>", "its number, e.g. 560/117/Disnaker/2026")
    .requiredOption("--title <text>", "its subject")
    .requiredOption("--sent <yyyy-mm-dd>", "the day it was sent")
    .option("--answer-by <yyyy-mm-dd>", "the day answers are asked for")
    .option("--companies <ids>", "companies (ids or codes), e.g. pt-maju,pt-sentosa", list)
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & {
          number: string;
          title: string;
          sent: string;
          answerBy?: string;
          companies?: string[];
        },
      ) => {
        const added = await withApp(async ({ db }) =>
          addCircular({
            db,
            input: { number: o.number, title: o.title, sentOn: o.sent, answerBy: o.answerBy ?? null },
            companyIds: await companies(db, o.companies),
            audit: audit("circulars add"),
          }),
        );
        report(
          o,
          added,
          () => `${added.circular.id}: ${added.circular.number} · ${added.circular.summary.sent}`,
        );
      },
    );
  circulars
    .command("update <id>")
    .description("Change a circular's number, title or days (letters sent with it move with its day)")
    .option("--number <text>", "its number")
    .option("--title <text>", "its subject")
    .option("--sent <yyyy-mm-dd>", "the day it was sent")
    .option("--answer-by <yyyy-mm-dd|none>", "the day answers are asked for")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & { number?: string; title?: string; sent?: string; answerBy?: string },
      ) => {
        const circularId = idOf(id, "circular_not_found");
        const result = await withApp(({ db }) =>
          updateCircular({
            db,
            id: circularId,
            input: {
              number: o.number,
              title: o.title,
              sentOn: o.sent,
              answerBy: o.answerBy === "none" ? null : o.answerBy,
            },
            audit: audit("circulars update"),
          }),
        );
        report(
          o,
          result,
          () => `${result.circular.id}: ${result.circular.number} · ${result.circular.title}`,
        );
      },
    );
  circulars
    .command("send <id>")
    .description("Send a circular to more companies; those that have it are left")
    .requiredOption("--companies <ids>", "companies (ids or codes)", list)
    .option("--sent <yyyy-mm-dd>", "the day sent (default: the circular's day)")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { companies: string[]; sent?: string }) => {
      const circularId = idOf(id, "circular_not_found");
      const sent = await withApp(async ({ db }) =>
        sendCircular({
          db,
          id: circularId,
          companyIds: await companies(db, o.companies),
          sentOn: o.sent,
          audit: audit("circulars send"),
        }),
      );
      const t = say(langOf(o));
      report(o, sent, () =>
        t(
          `dikirim ke ${sent.added.length}, sudah punya ${sent.already.length}`,
          `sent to ${sent.added.length}, already had it ${sent.already.length}`,
        ),
      );
    });
  circulars
    .command("answer <id>")
    .description("Record (or correct) a company's answer; the follow-up becomes the one given (none without)")
    .requiredOption("--company <company>", "id or code")
    .addOption(new Option("--answer <answer>", "what it answered").choices(answers).makeOptionMandatory())
    .requiredOption("--on <yyyy-mm-dd>", "the day it answered")
    .option("--follow-up <yyyy-mm-dd>", "the day to contact it next")
    .option("--notes <text>", "what was said")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        o: ReportOptions & { company: string; answer: Answer; on: string; followUp?: string; notes?: string },
      ) => {
        const circularId = idOf(id, "circular_not_found");
        const row = await withApp(async ({ db }) =>
          recordAnswer({
            db,
            circularId,
            companyId: await companyId(db, o.company),
            answer: o.answer,
            on: o.on,
            followUpOn: o.followUp ?? null,
            notes: o.notes,
            audit: audit("circulars answer"),
          }),
        );
        report(o, row, () => recipientTable([row], langOf(o), "company"));
      },
    );
  circulars
    .command("follow-up <id>")
    .description("Set (or clear with none) the day a company is to be contacted next about a circular")
    .requiredOption("--company <company>", "id or code")
    .requiredOption("--on <yyyy-mm-dd|none>", "the day")
    .option("--notes <text>", "what to ask")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { company: string; on: string; notes?: string }) => {
      const circularId = idOf(id, "circular_not_found");
      const row = await withApp(async ({ db }) =>
        setFollowUp({
          db,
          circularId,
          companyId: await companyId(db, o.company),
          on: o.on === "none" ? null : o.on,
          notes: o.notes,
          audit: audit("circulars follow-up"),
        }),
      );
      report(o, row, () => recipientTable([row], langOf(o), "company"));
    });
  circulars
    .command("list")
    .description("Circulars, latest first, with their figures: sent, answered, willing, declined, no answer")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const found = await withApp(({ db }) => listCirculars({ db }));
      const t = say(langOf(o));
      report(o, found, () =>
        table(
          [
            "id",
            t("nomor", "number"),
            t("dikirim", "sent on"),
            t("batas", "answer by"),
            t("terkirim", "sent"),
            t("menjawab", "answered"),
            t("bersedia", "willing"),
            t("menolak", "declined"),
            t("belum", "no answer"),
            t("terlambat", "overdue"),
          ],
          found.map((c) => [
            c.id,
            c.number,
            c.sentOn,
            dash(c.answerBy),
            c.summary.sent,
            c.summary.answered,
            c.summary.willing,
            c.summary.declined,
            c.summary.noAnswer,
            c.summary.overdue,
          ]),
        ),
      );
    });
  circulars
    .command("show <id>")
    .description("A circular with every company it was sent to, their answers and next contact days")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const circularId = idOf(id, "circular_not_found");
      const detail = await withApp(({ db }) => showCircular({ db, id: circularId }));
      const lang = langOf(o);
      const t = say(lang);
      const { circular: c } = detail;
      report(o, detail, () =>
        [
          `${c.number} · ${c.title}`,
          `${t("dikirim", "sent")} ${c.sentOn}${c.answerBy ? ` · ${t("jawab paling lambat", "answer by")} ${c.answerBy}` : ""}`,
          t(
            `${c.summary.sent} terkirim, ${c.summary.answered} menjawab (${c.summary.willing} bersedia, ${c.summary.declined} menolak, ${c.summary.considering} mempertimbangkan), ${c.summary.noAnswer} belum menjawab`,
            `${c.summary.sent} sent, ${c.summary.answered} answered (${c.summary.willing} willing, ${c.summary.declined} declined, ${c.summary.considering} considering), ${c.summary.noAnswer} no answer`,
          ),
          "",
          recipientTable(detail.recipients, lang, "company"),
        ].join("\n"),
      );
    });
  circulars
    .command("due")
    .description("Companies to contact today or earlier (overdue first, marked !), or within the days given")
    .option("--within <days>", "days ahead (default 0)", wholeNumber, 0)
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & { within: number }) => {
      const found = await withApp(({ db }) => listFollowUps({ db, within: o.within }));
      const lang = langOf(o);
      const t = say(lang);
      report(o, found, () =>
        found.followUps.length
          ? [
              table(
                [
                  t("hubungi", "contact"),
                  t("perusahaan", "company"),
                  t("kontak", "contact person"),
                  t("surat edaran", "circular"),
                  t("karena", "because"),
                ],
                found.followUps.map((f) => [
                  `${f.nextContact}${f.status === "overdue" ? " !" : ""}`,
                  `${f.companyName} (${f.companyId})`,
                  [f.contactName, f.contactPhone].filter(Boolean).join(" · ") || "–",
                  `${f.circularNumber} (${f.circularId})`,
                  f.nextReason === "follow_up"
                    ? t("tindak lanjut", "follow-up")
                    : t("batas jawaban lewat", "answer-by day"),
                ]),
              ),
              ...(found.followUps.some((f) => f.status === "overdue") ? [t("! terlambat", "! overdue")] : []),
            ].join("\n")
          : t("Tidak ada yang perlu dihubungi.", "Nobody to contact."),
      );
    });
}
