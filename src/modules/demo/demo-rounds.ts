/**
 * One budget year of the demo regency, through the product's own steps: the year's funders, a plan
 * made and approved, the registration file of each funder, and BPJS's answer to it (almost everyone
 * accepted with a KPJ, a few rejected), then the file of the persons who took the rejected places
 * and its answer. Nothing is written around the services, so the memberships, their history and
 * the coverage counters are what a regency's own year would leave.
 */
import fs from "node:fs";
import path from "node:path";
import { csvRow } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";
import type { AuditContext } from "../audit/audit.service.ts";
import { importAnswer } from "../enrolment/answers.service.ts";
import { exportRegistration } from "../enrolment/registration.service.ts";
import { approvePlan, createPlan } from "../plans/plans.service.ts";
import { deriveSeed, Random } from "./population.ts";

export interface RoundResult {
  year: number;
  plan: number;
  eligible: number;
  planned: number;
  /** Registration files sent, the files of replacements included. */
  files: number;
  accepted: number;
  /** Of those carried over from the year before with the same KPJ. */
  renewed: number;
  rejected: number;
  replaced: number;
}

/** Of a first file's new registrations, the share BPJS rejects; half as "not in Dukcapil". */
const rejectionRate = 0.005;

export async function enrolYear({
  db,
  year,
  from,
  to,
  funders,
  regencyCode,
  dir,
  seed,
  audit,
}: {
  db: Db;
  year: number;
  from: string;
  to: string;
  /** The codes of the year's funders, added before. */
  funders: string[];
  regencyCode: string;
  dir: string;
  seed: number;
  audit: AuditContext;
}): Promise<RoundResult> {
  const draft = await createPlan({ db, from, to, regencyCode, audit });
  const { plan } = await approvePlan({ db, id: draft.plan, audit });
  await fresh(db, "plan_persons, plan_spells", true);
  const random = new Random(deriveSeed(seed, `answers-${year}`));
  const kpjs = await knownKpjs(db);
  const result: RoundResult = {
    year,
    plan,
    eligible: draft.eligible,
    planned: draft.covered,
    files: 0,
    accepted: 0,
    renewed: 0,
    rejected: 0,
    replaced: 0,
  };
  let serial = kpjs.size;
  const kpjOf = (nik: string) => {
    let kpj = kpjs.get(nik);
    if (!kpj) {
      // BPJS numbers a member once: a member of an earlier year keeps their KPJ.
      kpj = `${String(year).slice(2)}${String(++serial).padStart(9, "0")}`;
      kpjs.set(nik, kpj);
    }
    return kpj;
  };
  /** A funder's registration file and BPJS's answer to it, written; the answer's path, or null when nobody was sent. */
  const send = async (funder: string, newOnly: boolean): Promise<string | null> => {
    const suffix = `${funder}-${plan}${newOnly ? "-susulan" : ""}.csv`;
    const file = path.join(dir, `pendaftaran-${suffix}`);
    const sent = await exportRegistration({
      db,
      planId: plan,
      funderCode: funder,
      format: "csv",
      out: file,
      newOnly,
      audit,
    });
    if (sent.rows === 0) return null;
    result.files++;
    result.renewed += sent.renewed;
    const rows = niksOf(file).map((nik) => {
      // Renewed members are active already; only a first registration can be refused.
      const rejected = !newOnly && !kpjs.has(nik) && random.chance(rejectionRate);
      if (!rejected) return [nik, kpjOf(nik), "DITERIMA", ""];
      const reason = random.chance(0.5)
        ? "NIK tidak ditemukan di Dukcapil"
        : "Sudah terdaftar sebagai peserta Penerima Upah (PU)";
      return [nik, "", "DITOLAK", reason];
    });
    const answer = path.join(dir, `jawaban-${suffix}`);
    const lines = [["NIK", "NO KPJ", "STATUS", "KETERANGAN"], ...rows].map((r) => `${csvRow(r)}\n`);
    fs.writeFileSync(answer, lines.join(""));
    return answer;
  };
  const apply = async (answer: string) => {
    const applied = await importAnswer({ db, file: answer, audit });
    result.accepted += applied.accepted;
    result.rejected += applied.rejected;
    result.replaced += applied.replaced;
    return applied.replaced;
  };
  // Every funder's file first, then BPJS's answers; then the persons who took rejected places.
  const answers: [string, string][] = [];
  for (const funder of funders) {
    const answer = await send(funder, false);
    if (answer) answers.push([funder, answer]);
  }
  await fresh(db, "memberships", false);
  const refilled: string[] = [];
  for (const [funder, answer] of answers) if ((await apply(answer)) > 0) refilled.push(funder);
  for (const funder of refilled) {
    const answer = await send(funder, true);
    if (answer) await apply(answer);
  }
  return result;
}

/**
 * Fresh statistics and plans after a bulk step, so the services' queries run as they do on a
 * server that has had time to analyse its tables. PGlite has no autovacuum: the registration's and
 * the answer's queries plan for tables the planner still believes nearly empty, seconds instead of
 * milliseconds. And the coverage trigger's join of its transition tables is planned once per
 * session with the row counts of its first run: the registration's INSERT … ON CONFLICT runs it
 * first with no rows, and the renewals' UPDATE of thousands then runs that plan as a nested loop
 * (2 s for 3,000 renewals; reported to the coverage module). An UPDATE that changes nothing in
 * 2,000 rows plans it for thousands first.
 */
async function fresh(db: Db, tables: string, prime: boolean): Promise<void> {
  await db.exec(`ANALYZE ${tables}; DISCARD PLANS`);
  if (!prime) return; // the answer's first UPDATE is its large one
  await db.exec(
    "UPDATE memberships SET status = status WHERE id IN (SELECT id FROM memberships ORDER BY id LIMIT 2000)",
  );
}

/** The KPJ BPJS gave each NIK so far. */
async function knownKpjs(db: Db): Promise<Map<string, string>> {
  const rows = await db.query<{ nik: string; kpj: string }>(
    "SELECT DISTINCT ON (nik) nik, kpj FROM memberships WHERE kpj IS NOT NULL ORDER BY nik, id DESC",
  );
  return new Map(rows.map((r) => [r.nik, r.kpj]));
}

/** The NIKs of a registration file (its first column), as BPJS's office reads them. */
function niksOf(file: string): string[] {
  const [, ...lines] = fs.readFileSync(file, "utf8").split(/\r?\n/);
  return lines.filter(Boolean).map((line) => line.slice(0, line.indexOf(",")).replaceAll('"', ""));
}
