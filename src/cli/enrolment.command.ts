import fs from "node:fs";
import os from "node:os";
import type { Command } from "commander";
import { UserError } from "../common/errors.ts";
import { importAnswer } from "../modules/enrolment/answers.service.ts";
import { listMemberships, membershipEvents } from "../modules/enrolment/enrolment.repository.ts";
import { memberCard } from "../modules/enrolment/member-card.ts";
import { endMembership } from "../modules/enrolment/memberships.service.ts";
import { exportRegistration } from "../modules/enrolment/registration.service.ts";
import type { ExportFormat } from "../modules/exports/exports.service.ts";
import { formatNumber, langOf, type ReportOptions, report, table, withApp } from "./output.ts";

const audit = (command: string) => ({ actor: `cli:${os.userInfo().username}`, via: `payung ${command}` });

export function enrolmentCommands(program: Command): void {
  const enrol = program
    .command("enrol")
    .description("Enrolment with BPJS: registration files out, answers in");
  enrol
    .command("export")
    .description("The collective registration file of one funder of an approved plan (full NIKs: keep safe)")
    .requiredOption("--plan <id>", "an approved plan")
    .requiredOption("--funder <code>", "the funder whose members the file registers")
    .requiredOption("--out <file>", "where to write it (.csv or .xlsx)")
    .option("--template <code>", "the column layout BPJS's office expects", "default")
    .option("--new-only", "only persons not sent before (those who took a rejected person's place, say)")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & { plan: string; funder: string; out: string; template: string; newOnly?: boolean },
      ) => {
        const format = o.out.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
        const sent = await withApp(({ db }) =>
          exportRegistration({
            db,
            planId: Number(o.plan),
            funderCode: o.funder,
            format: format as ExportFormat,
            template: o.template,
            newOnly: o.newOnly === true,
            out: o.out,
            audit: audit("enrol export"),
          }),
        );
        const n = (v: number) => formatNumber(v, langOf(o));
        report(o, sent, () =>
          [
            langOf(o) === "id"
              ? `${n(sent.rows)} orang → ${o.out} (${n(sent.registered)} pendaftaran baru, ${n(sent.renewed)} perpanjangan); ${n(sent.refused)} tidak dikirim`
              : `${n(sent.rows)} persons → ${o.out} (${n(sent.registered)} new registrations, ${n(sent.renewed)} renewals); ${n(sent.refused)} left out`,
            ...sent.refusedPersons.map((r) => `! ${r.person}: ${r.reason}`),
          ].join("\n"),
        );
      },
    );
  enrol
    .command("answer <file>")
    .description(
      "BPJS's answer (per NIK: KPJ, accepted or rejected, reason); importing it again changes nothing",
    )
    .option("--json", "print JSON")
    .action(async (file: string, o: ReportOptions) => {
      const answer = await withApp(({ db }) => importAnswer({ db, file, audit: audit("enrol answer") }));
      const n = (v: number) => formatNumber(v, langOf(o));
      report(o, answer, () =>
        [
          langOf(o) === "id"
            ? `${n(answer.rows)} baris: ${n(answer.accepted)} diterima, ${n(answer.rejected)} ditolak, ${n(answer.unchanged)} tetap; ${n(answer.nikUnverified)} NIK tidak dikenal Dukcapil; ${n(answer.replaced)} tempat diisi daftar tunggu`
            : `${n(answer.rows)} rows: ${n(answer.accepted)} accepted, ${n(answer.rejected)} rejected, ${n(answer.unchanged)} unchanged; ${n(answer.nikUnverified)} NIKs unknown to Dukcapil; ${n(answer.replaced)} places given to the waitlist`,
          ...answer.problems.map((p) => `! row ${p.row} ${p.nik}: ${p.problem}`),
        ].join("\n"),
      );
    });

  const memberships = program.command("memberships").description("Memberships: status, KPJ, months, history");
  memberships
    .command("list")
    .description("Memberships, oldest first (full NIKs: this is the command line)")
    .option("--status <status>", "registered, active, rejected, lapsed or ended")
    .option("--funder <code>", "one funder's")
    .option("--plan <id>", "one plan's")
    .option("--nik <nik>", "one NIK's")
    .option("--offset <n>", "skip this many", "0")
    .option("--limit <n>", "at most this many", "50")
    .option("--json", "print JSON")
    .action(
      async (
        o: ReportOptions & {
          status?: string;
          funder?: string;
          plan?: string;
          nik?: string;
          offset: string;
          limit: string;
        },
      ) => {
        const rows = await withApp(({ db }) =>
          listMemberships(db, {
            ...o,
            plan: o.plan === undefined ? undefined : Number(o.plan),
            offset: Number(o.offset),
            limit: Number(o.limit),
          }),
        );
        report(o, rows, () =>
          table(
            ["id", "name", "nik", "funder", "status", "kpj", "months", "note"],
            rows.map((m) => [
              m.id,
              m.name,
              m.nik,
              m.funder,
              m.status,
              m.kpj,
              `${m.start_month} – ${m.end_month}`,
              m.rejection_reason ?? m.end_reason,
            ]),
          ),
        );
      },
    );
  memberships
    .command("end <id>")
    .description("End an active membership: billing stops after the month it ended")
    .requiredOption("--reason <reason>", "death, moved, wage_job, age_limit, funder_ended or withdrew")
    .requiredOption("--on <yyyy-mm-dd>", "the day it ended (a death: the day of death)")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { reason: string; on: string }) => {
      const ended = await withApp(({ db }) =>
        endMembership({ db, id: Number(id), reason: o.reason, on: o.on, audit: audit("memberships end") }),
      );
      report(o, ended, () => `${ended.id}: ${ended.status} ${ended.endedOn} (${ended.endReason})`);
    });
  memberships
    .command("card <id>")
    .description(
      "The member card as PDF (in the language of --lang): name, masked NIK, KPJ, programs, period, funder, where to claim",
    )
    .requiredOption("--out <file>", "where to write the PDF")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions & { out: string }) => {
      if (!/^\d{1,15}$/.test(id)) throw new UserError("membership_not_found", { id });
      const pdf = await withApp(({ db }) =>
        memberCard({ db, membershipId: Number(id), lang: langOf(o), audit: audit("memberships card") }),
      );
      fs.writeFileSync(o.out, pdf);
      report(o, { membership: Number(id), out: o.out, bytes: pdf.length }, () => `${id} → ${o.out}`);
    });
  memberships
    .command("show <id>")
    .description("One membership with its history")
    .option("--json", "print JSON")
    .action(async (id: string, o: ReportOptions) => {
      const found = await withApp(async ({ db }) => {
        const [m] = await listMemberships(db, { id: Number(id), limit: 1, offset: 0 });
        if (!m) throw new UserError("membership_not_found", { id });
        return { ...m, events: await membershipEvents(db, m.id) };
      });
      report(o, found, () =>
        [
          `${found.name} ${found.nik} · ${found.funder} · ${found.status}${found.kpj ? ` · KPJ ${found.kpj}` : ""}`,
          ...found.events.map((e) => `${new Date(e.at).toISOString()}  ${e.event}  ${e.by}`),
        ].join("\n"),
      );
    });
}
