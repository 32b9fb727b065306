/**
 * What each kind of job does. Progress is reported from inside the work; a cancelled job throws
 * from its next report, which rolls its transaction back.
 */
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../../common/errors.ts";
import type { Config } from "../../core/config.ts";
import { areaCondition, maskPersonal } from "../../core/scope.ts";
import { exportRegistration } from "../enrolment/registration.service.ts";
import type { PersonRow } from "../exports/exports.repository.ts";
import { type ExportFormat, exportPersons } from "../exports/exports.service.ts";
import type { ListKind, MappingFile } from "../imports/header-mapping.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "../matching/matching.service.ts";
import { createPlan } from "../plans/plans.service.ts";
import { findUser } from "../users/users.repository.ts";
import type { JobHandler } from "./jobs.service.ts";

/** Where an export job leaves its file: one folder in the data directory. */
export function exportFile(config: Pick<Config, "dataDir">, jobId: number, format: string): string {
  return path.join(config.dataDir, "exports", `job-${jobId}.${format}`);
}

export function jobHandlers(config: Pick<Config, "dataDir" | "regencyCode">): Record<string, JobHandler> {
  return {
    // A list uploaded through the API; the same import as on the command line.
    import: async ({ db, job, progress }) => {
      progress({ step: "importing" });
      const summary = await importFile({
        db,
        file: String(job.params.file),
        source: String(job.params.source),
        kind: job.params.kind as ListKind,
        mapping: job.params.mapping as MappingFile | undefined,
        regencyCode: config.regencyCode,
        importedBy: job.createdBy,
        onProgress: (p) => progress({ step: "importing", ...p }),
      });
      return { ...summary };
    },
    match: async ({ db, job, progress }) => {
      progress({ step: "matching" });
      const summary = await runMatching({
        db,
        runBy: job.createdBy,
        refreshAll: job.params.refreshAll === true,
        onProgress: (p) => progress({ step: "matching", phase: p.step, done: p.done }),
      });
      return { ...summary };
    },
    // A draft allocation plan for the whole regency (regency admins only start one).
    plan: async ({ db, job, progress }) => {
      const plan = await createPlan({
        db,
        from: String(job.params.from),
        to: String(job.params.to),
        revises: (job.params.revises as number | null) ?? null,
        regencyCode: config.regencyCode,
        audit: { actor: job.createdBy, via: "POST /api/v1/plans" },
        log: (step) => progress({ step }),
      });
      return { plan: plan.plan, covered: plan.covered, waitlist: plan.waitlist, cost: plan.cost };
    },
    // The persons of the requester's area, as their role may see them (NIKs masked).
    export_persons: async ({ db, job, progress }) => {
      const user = await findUser(db, job.createdBy);
      if (!user?.active) throw new UserError("user_not_found", { username: job.createdBy });
      const format = job.params.format as ExportFormat;
      const file = exportFile(config, job.id, format);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      progress({ step: "writing" });
      const rows = await exportPersons({
        db,
        format,
        out: file,
        audit: { actor: user.username, via: "POST /api/v1/persons/export" },
        scope: {
          area: areaCondition(user, "p", 2),
          show: (row) =>
            maskPersonal(user, row as PersonRow & Record<"nik" | "birth_date" | "kk_number", string | null>),
        },
      });
      return { rows, format };
    },
    // BPJS's collective registration file of one funder of an approved plan, with full NIKs as BPJS
    // needs them: regency admins alone start one, and its file reaches only them.
    registration: async ({ db, job, progress }) => {
      const format = job.params.format as ExportFormat;
      const file = exportFile(config, job.id, format);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      progress({ step: "writing" });
      const summary = await exportRegistration({
        db,
        planId: Number(job.params.plan),
        funderCode: String(job.params.funder),
        format,
        template: String(job.params.template ?? "default"),
        newOnly: job.params.newOnly === true,
        out: file,
        audit: { actor: job.createdBy, via: "POST /api/v1/registrations" },
      });
      return { ...summary };
    },
  };
}
