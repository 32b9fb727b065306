/**
 * Area scoping, in one place: every query for personal data asks here for the condition that keeps
 * it inside the caller's area. An operator of one kecamatan can never reach another's people.
 */
import { UserError } from "../common/errors.ts";
import { maskNik } from "../common/nik.ts";
import { roles } from "../modules/users/roles.ts";
import type { User } from "../modules/users/users.repository.ts";

/**
 * A SQL condition on a table alias holding `regency_code`, `kecamatan_code` and `desa_code`, with
 * its one parameter at `$n`. Roles that may see no personal data get a refusal instead.
 */
export function areaCondition(user: User, alias: string, n: number): { sql: string; param: string } {
  const role = roles[user.role];
  if (role.personalData === "none") throw new UserError("forbidden_role", { role: user.role });
  const column =
    role.areaLevel === 4 ? "desa_code" : role.areaLevel === 3 ? "kecamatan_code" : "regency_code";
  return { sql: `${alias}.${column} = $${n}`, param: user.areaCode };
}

/**
 * Regency admins and the operators of kecamatan and desa: the people who bring lists in and know
 * the residents, so they import and decide review items (inside their area).
 */
export function isAdminOrOperator(user: User): boolean {
  return ["regency_admin", "kecamatan_operator", "desa_operator"].includes(user.role);
}

/** Roles that may see a full NIK, after asking for it (an audited reveal). */
export function mayRevealNik(user: User): boolean {
  return ["regency_admin", "kecamatan_operator", "desa_operator", "bpjs_officer"].includes(user.role);
}

/** One value as the user may see it: NIK and KK numbers masked; auditors see the birth year only. */
export function maskField(user: User, field: string, value: string): string {
  if (field === "nik" || field === "kk_number") return maskNik(value);
  if (field === "birth_date" && user.role === "auditor") return `${value.slice(0, 4)}-••-••`;
  return value;
}

/** A row as the user may see it: its NIK, KK number and birth date as maskField says. */
export function maskPersonal<
  T extends { nik: string | null; birth_date: string | null; kk_number?: string | null },
>(user: User, row: T): T {
  const masked: Record<string, unknown> = { ...row };
  for (const field of ["nik", "kk_number", "birth_date"] as const) {
    const value = row[field];
    if (value) masked[field] = maskField(user, field, value);
  }
  return masked as T;
}
