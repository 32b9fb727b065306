/**
 * The roles of DOMAIN.md and the level of region each one's area must be: an operator works in one
 * kecamatan or one desa, everyone else across the regency.
 */
export const roles = {
  regency_admin: { areaLevel: 2, personalData: "area" },
  kecamatan_operator: { areaLevel: 3, personalData: "area" },
  desa_operator: { areaLevel: 4, personalData: "area" },
  bpjs_officer: { areaLevel: 2, personalData: "enrolled" },
  csr_partner: { areaLevel: 2, personalData: "none" },
  auditor: { areaLevel: 2, personalData: "area" },
} as const;

export type Role = keyof typeof roles;

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}
