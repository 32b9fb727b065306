/**
 * Who receives a JKM/JKK death benefit (ahli waris), by the legal order of PP 82/2019: Payung
 * proposes, an officer may override with a written reason. Pure functions: the caller loads the
 * family from the KK and records the decision in the audit log.
 */
import { UserError } from "../../common/errors.ts";

/** How a family member is related to the member, as the KK and the will say. */
export const relations = [
  "spouse",
  "child",
  "parent",
  "grandchild",
  "grandparent",
  "sibling",
  "parent_in_law",
  "will",
] as const;
export type Relation = (typeof relations)[number];

export interface FamilyMember {
  id: string | number;
  name: string;
  relation: Relation;
  /** A deceased relative is listed on the KK but cannot inherit. */
  deceased?: boolean;
}

export type HeirGroup =
  | "spouse_children"
  | "parents"
  | "grandchildren"
  | "grandparents"
  | "siblings"
  | "parents_in_law"
  | "will"
  | "bhp";

export interface HeirProposal {
  group: HeirGroup;
  heirs: FamilyMember[];
  /** A message code (messages.ts) naming the rule that chose the group. */
  reason: string;
}

export interface HeirOverride {
  group: "override";
  heirs: FamilyMember[];
  reason: string;
  /** Kept so the audit shows what the rule would have chosen. */
  proposed: HeirGroup;
}

/**
 * The legal order, first match wins. Spouse and children are one group: they share, neither
 * excludes the other. Parents, grandchildren and grandparents are the direct line to the 2nd
 * degree, in that order.
 */
const order: { group: Exclude<HeirGroup, "bhp">; relations: Relation[] }[] = [
  { group: "spouse_children", relations: ["spouse", "child"] },
  { group: "parents", relations: ["parent"] },
  { group: "grandchildren", relations: ["grandchild"] },
  { group: "grandparents", relations: ["grandparent"] },
  { group: "siblings", relations: ["sibling"] },
  { group: "parents_in_law", relations: ["parent_in_law"] },
  { group: "will", relations: ["will"] },
];

/** Shorter reasons are usually "ok" or "-", which explain nothing to an auditor. */
const minOverrideReason = 10;

/** The first group with living members, all of them (several children share). */
export function proposeHeirs(family: FamilyMember[]): HeirProposal {
  const living = family.filter((member) => !member.deceased);
  for (const { group, relations } of order) {
    const heirs = living.filter((member) => relations.includes(member.relation));
    if (heirs.length > 0) return { group, heirs, reason: `heir_rule_${group}` };
  }
  // Nobody qualifies: the state's estate office (Balai Harta Peninggalan) takes the benefit.
  return { group: "bhp", heirs: [], reason: "heir_rule_bhp" };
}

/** An officer's choice against the rule (e.g. a court decision); it must say why. */
export function overrideHeirs(proposed: HeirProposal, chosen: FamilyMember[], reason: string): HeirOverride {
  const trimmed = reason.trim();
  if (trimmed.length < minOverrideReason) {
    throw new UserError("heir_override_reason_missing", { min: minOverrideReason });
  }
  return { group: "override", heirs: chosen, reason: trimmed, proposed: proposed.group };
}
