/**
 * Who may see the regency's CSR partners: regency admins (who change everything) and auditors
 * (who read). Operators, BPJS officers and the partners themselves are refused: a partner sees its
 * own company's figures in the partner portal, not the regency's dealings with every company.
 */
import type { FastifyRequest } from "fastify";
import { UserError } from "../../common/errors.ts";
import { requireCaller } from "../../core/access.ts";
import type { User } from "../users/users.repository.ts";

export function requirePartnersReader(request: FastifyRequest): User {
  const { user } = requireCaller(request);
  if (user.role !== "regency_admin" && user.role !== "auditor")
    throw new UserError("forbidden_role", { role: user.role });
  return user;
}
