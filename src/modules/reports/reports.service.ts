/**
 * Reports as files: the entry point the API and the command line call. Checks the kind, format and
 * role, builds the report's data, writes it as XLSX or PDF, and records in the audit log who made
 * which report for which parameters (reports hold counts and amounts, no one's personal data).
 */
import { UserError } from "../../common/errors.ts";
import type { Lang } from "../../common/lang.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { claimsScope } from "../claims/claims-access.ts";
import { localToday } from "../public-check/public-check.service.ts";
import type { User } from "../users/users.repository.ts";
import { claimsReport } from "./claims-report.ts";
import { coverageReport } from "./coverage-report.ts";
import { funderStatement } from "./funder-statement.ts";
import { paritranaDossier } from "./paritrana-dossier.ts";
import { type Report, type ReportFormat, type ReportKind, reportFormats, reportKinds } from "./report.ts";
import { reportPdf } from "./report-pdf.ts";
import { reportXlsx } from "./report-xlsx.ts";
import { checkReport, checkReportArea } from "./reports-access.ts";

/** A report's parameters as typed; each report reads its own. */
export interface ReportParams {
  /** coverage: yyyy-mm */
  month?: string;
  /** coverage: the regency, a kecamatan or a desa code */
  area?: string;
  /** funder: its code */
  funder?: string;
  /** funder, paritrana: yyyy */
  year?: string;
  /** funder: yyyy-mm; claims: yyyy-mm-dd */
  from?: string;
  to?: string;
}

export interface ReportFile {
  kind: ReportKind;
  format: ReportFormat;
  /** e.g. laporan-cakupan-36.03-2026-03.pdf */
  filename: string;
  contentType: string;
  bytes: Buffer;
  /** The day the numbers are for. */
  dataDate: string;
}

const contentTypes: Record<ReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export async function makeReport({
  db,
  kind,
  format,
  params,
  lang,
  user,
  audit,
  regencyCode,
  today = localToday(),
  now = new Date(),
}: {
  db: Db;
  kind: string;
  format: string | undefined;
  params: ReportParams;
  lang: Lang;
  /** None: the command line. */
  user?: User;
  audit: AuditContext;
  regencyCode: string;
  today?: string;
  now?: Date;
}): Promise<ReportFile> {
  if (!(reportKinds as readonly string[]).includes(kind))
    throw new UserError("reports_kind_unknown", { kind, kinds: reportKinds.join(", ") });
  if (!format || !(reportFormats as readonly string[]).includes(format))
    throw new UserError("reports_format_invalid", { format: format ?? "" });
  const report = await build({
    db,
    kind: kind as ReportKind,
    format: format as ReportFormat,
    params,
    lang,
    user,
    regencyCode,
    today,
    now,
  });
  const bytes = format === "pdf" ? await reportPdf(report) : await reportXlsx(report);
  await recordAudit(db, audit, "report_make", null, {
    kind,
    format,
    params: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")),
    dataDate: report.dataDate,
    lang,
  });
  return {
    kind: report.kind,
    format: format as ReportFormat,
    filename: `${report.fileStem}.${format}`,
    contentType: contentTypes[format as ReportFormat],
    bytes,
    dataDate: report.dataDate,
  };
}

async function build({
  db,
  kind,
  format,
  params: p,
  lang,
  user,
  regencyCode,
  today,
  now,
}: {
  db: Db;
  kind: ReportKind;
  format: ReportFormat;
  params: ReportParams;
  lang: Lang;
  user?: User;
  regencyCode: string;
  today: string;
  now: Date;
}): Promise<Report> {
  checkReport(user, kind);
  const common = { db, lang, today, now };
  switch (kind) {
    case "coverage": {
      const area = p.area || undefined;
      if (area !== undefined && !/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/.test(area))
        throw new UserError("reports_area_invalid", { area });
      checkReportArea(user, area ?? user?.areaCode ?? regencyCode);
      return coverageReport({
        ...common,
        user,
        month: p.month,
        area,
        regencyCode,
        withMap: format === "pdf",
      });
    }
    case "funder":
      return funderStatement({ ...common, funder: p.funder, year: p.year, from: p.from, to: p.to });
    case "claims": {
      const area = user?.areaCode ?? regencyCode;
      const [region] = await db.query<{ name: string }>("SELECT name FROM regions WHERE code = $1", [area]);
      return claimsReport({
        ...common,
        from: p.from,
        to: p.to,
        scope: claimsScope(user, "read"),
        areaName: region?.name ?? area,
      });
    }
    case "paritrana":
      return paritranaDossier({ ...common, user, year: p.year, regencyCode });
  }
}
