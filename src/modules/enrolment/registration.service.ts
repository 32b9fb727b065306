/**
 * The collective registration file for BPJS: one funder's persons of an approved plan, in the
 * columns of a template (BPJS offices use different ones). Every person in the file gets a
 * membership in status `registered`, waiting for BPJS's answer; making the file again adds no
 * second one. A person whose NIK is invalid, or unknown to Dukcapil by an earlier answer, is left
 * out and listed: no invalid NIK leaves the building.
 */
import type { Writable } from "node:stream";
import { UserError } from "../../common/errors.ts";
import { parseNik } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { type ExportFormat, writeTable } from "../exports/exports.service.ts";
import { findFunder } from "../funders/funders.repository.ts";
import { showPlan } from "../plans/plans.service.ts";
import { loadTariffs } from "../tariffs/tariffs.repository.ts";
import * as repo from "./enrolment.repository.ts";

export interface RegistrationSummary {
  registration: number;
  plan: number;
  funder: string;
  template: string;
  format: ExportFormat;
  rows: number;
  /** Memberships this file started (the others were registered by an earlier file). */
  registered: number;
  /** Of those, members carried over from a cover ending the month before (active, same KPJ). */
  renewed: number;
  refused: number;
  /** The first 100 persons left out, and why. */
  refusedPersons: { person: number; reason: "nik_invalid" | "nik_unverified" }[];
}

export async function exportRegistration({
  db,
  planId,
  funderCode,
  format,
  template = "default",
  newOnly = false,
  out,
  audit,
}: {
  db: Db;
  planId: number;
  funderCode: string;
  format: ExportFormat;
  template?: string;
  /** Only persons not sent in an earlier file (replacements for rejected ones, say). */
  newOnly?: boolean;
  out: string | Writable;
  audit: AuditContext;
}): Promise<RegistrationSummary> {
  const plan = await showPlan({ db, id: planId });
  if (plan.status !== "approved") throw new UserError("registration_plan_not_approved", { id: planId });
  const funder = await findFunder(db, funderCode);
  if (!funder) throw new UserError("funder_not_found", { code: funderCode });
  if (!plan.funders.some((f) => f.id === funder.code)) {
    throw new UserError("registration_funder_not_in_plan", { code: funder.code, id: planId });
  }
  const columns = await repo.templateColumns(db, template);
  if (!columns) throw new UserError("registration_template_not_found", { template });
  const pkg = (await loadTariffs(db)).packages.find((p) => p.code === funder.package)!;

  return db.transaction(async (tx) => {
    const registration = await repo.insertRegistration(tx, {
      planId,
      funderId: funder.id,
      template,
      format,
      by: audit.actor,
    });
    const refusedPersons: RegistrationSummary["refusedPersons"] = [];
    let refused = 0;
    let registered = 0;
    let renewed = 0;
    async function* rows(): AsyncGenerator<unknown[]> {
      for await (const page of repo.spellPages(tx, planId, funder!.id, newOnly)) {
        const sent = page.filter((r) => {
          const reason =
            !r.nik_valid || !parseNik(r.nik ?? "").valid
              ? "nik_invalid"
              : r.nik_unverified
                ? "nik_unverified"
                : null;
          if (!reason) return true;
          refused++;
          if (refusedPersons.length < 100) refusedPersons.push({ person: r.person_id, reason });
          return false;
        });
        const made = await repo.registerMemberships(tx, {
          registrationId: registration,
          planId,
          funderId: funder!.id,
          packageCode: pkg.code,
          rows: sent,
          by: audit.actor,
        });
        registered += made.registered;
        renewed += made.renewed;
        for (const r of sent) {
          const values: Record<string, unknown> = {
            ...r,
            income: pkg.declaredIncome,
            programs: pkg.programs.join("+"),
            funder_code: funder!.bpjsCode,
          };
          yield columns!.map((c) => values[c.field] ?? null);
        }
      }
    }
    const written = await writeTable(
      format,
      out,
      columns.map((c) => c.header),
      rows(),
    );
    await repo.finishRegistration(tx, registration, written, refused);
    await recordAudit(tx, audit, "registration_export", null, {
      registration,
      plan: planId,
      funder: funder.code,
      rows: written,
      refused,
      to: typeof out === "string" ? out : "stdout",
    });
    return {
      registration,
      plan: planId,
      funder: funder.code,
      template,
      format,
      rows: written,
      registered,
      renewed,
      refused,
      refusedPersons,
    };
  });
}
