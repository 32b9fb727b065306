/**
 * Who may make which report. Regency admins and auditors every report; kecamatan and desa
 * operators the coverage report of their own area (or an area inside it); BPJS officers the claims
 * report; CSR partners none (the partner portal has their report). The command line may do all.
 */
import { UserError } from "../../common/errors.ts";
import type { Role } from "../users/roles.ts";
import type { User } from "../users/users.repository.ts";
import { type ReportKind, reportKinds } from "./report.ts";

const mayMake: Record<Role, readonly ReportKind[]> = {
  regency_admin: reportKinds,
  auditor: reportKinds,
  kecamatan_operator: ["coverage"],
  desa_operator: ["coverage"],
  bpjs_officer: ["claims"],
  csr_partner: [],
};

export function reportsFor(user: User | undefined): readonly ReportKind[] {
  return user ? mayMake[user.role] : reportKinds;
}

/** Refuses a report the role may not make, saying which it may. */
export function checkReport(user: User | undefined, kind: ReportKind): void {
  if (!user || mayMake[user.role].includes(kind)) return;
  if (mayMake[user.role].length === 0) throw new UserError("forbidden_role", { role: user.role });
  throw new UserError("reports_forbidden", { kind, role: user.role, kinds: mayMake[user.role].join(", ") });
}

/** Refuses an area outside the caller's own (regions are no secret: a clear 403, not a 404). */
export function checkReportArea(user: User | undefined, area: string): void {
  if (!user || area === user.areaCode || area.startsWith(`${user.areaCode}.`)) return;
  throw new UserError("reports_area_forbidden", { area, own: user.areaCode });
}
