/**
 * Who may do what with claims. Operators and regency admins handle claims in their area; BPJS
 * officers read them, open their documents and record BPJS's decision; auditors read claims but not
 * the documents; CSR partners see none of it. The command line (no user) may do everything.
 */
import { UserError } from "../../common/errors.ts";
import { areaCondition, isAdminOrOperator } from "../../core/scope.ts";
import type { User } from "../users/users.repository.ts";

export type ClaimAction = "read" | "handle" | "documents" | "decide";

export function mayClaims(user: User | undefined, action: ClaimAction): boolean {
  if (!user) return true;
  switch (action) {
    case "read":
      return isAdminOrOperator(user) || user.role === "bpjs_officer" || user.role === "auditor";
    case "handle":
      return isAdminOrOperator(user);
    case "documents":
    case "decide":
      return isAdminOrOperator(user) || user.role === "bpjs_officer";
  }
}

/** An area condition on persons `p` with its one parameter at `$n`. */
export type Scope = (n: number) => { sql: string; param: string | null };

/** Refuses the caller unless the role may; answers the caller's area (everything for the CLI). */
export function claimsScope(user: User | undefined, action: ClaimAction): Scope {
  if (!user) return (n) => ({ sql: `$${n}::text IS NULL`, param: null });
  if (!mayClaims(user, action)) throw new UserError("forbidden_role", { role: user.role });
  return (n) => areaCondition(user, "p", n);
}
