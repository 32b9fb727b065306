import { describe, expect, it } from "vitest";
import { UserError } from "../../common/errors.ts";
import { type FamilyMember, overrideHeirs, proposeHeirs, type Relation } from "./heirs.ts";

let nextId = 1;
function buildMember(relation: Relation, extra: Partial<FamilyMember> = {}): FamilyMember {
  const id = nextId++;
  return { id, name: `${relation} ${id}`, relation, ...extra };
}

const ids = (members: FamilyMember[]) => members.map((member) => member.id);

describe("proposeHeirs", () => {
  it("gives spouse and children together", () => {
    const spouse = buildMember("spouse");
    const children = [buildMember("child"), buildMember("child")];
    const result = proposeHeirs([buildMember("parent"), spouse, ...children]);
    expect(result.group).toBe("spouse_children");
    expect(ids(result.heirs)).toEqual(ids([spouse, ...children]));
    expect(result.reason).toBe("heir_rule_spouse_children");
  });

  it("gives a spouse alone", () => {
    const spouse = buildMember("spouse");
    const result = proposeHeirs([spouse, buildMember("parent")]);
    expect(result.group).toBe("spouse_children");
    expect(ids(result.heirs)).toEqual([spouse.id]);
  });

  it("gives children alone", () => {
    const children = [buildMember("child"), buildMember("child")];
    const result = proposeHeirs([...children, buildMember("sibling")]);
    expect(result.group).toBe("spouse_children");
    expect(ids(result.heirs)).toEqual(ids(children));
  });

  it("goes to the parents when there is no spouse and no children", () => {
    const parents = [buildMember("parent"), buildMember("parent")];
    const result = proposeHeirs([...parents, buildMember("grandchild"), buildMember("sibling")]);
    expect(result).toMatchObject({ group: "parents", reason: "heir_rule_parents" });
    expect(ids(result.heirs)).toEqual(ids(parents));
  });

  it("skips deceased children and goes to the parents", () => {
    const parent = buildMember("parent");
    const deadParent = buildMember("parent", { deceased: true });
    const result = proposeHeirs([buildMember("child", { deceased: true }), deadParent, parent]);
    expect(result.group).toBe("parents");
    expect(ids(result.heirs)).toEqual([parent.id]);
  });

  it.each([
    ["grandchild", "grandchildren", ["grandparent", "sibling", "parent_in_law", "will"]],
    ["grandparent", "grandparents", ["sibling", "parent_in_law", "will"]],
    ["sibling", "siblings", ["parent_in_law", "will"]],
    ["parent_in_law", "parents_in_law", ["will"]],
    ["will", "will", []],
  ] as const)("gives %s before the later groups", (relation, group, later) => {
    const heir = buildMember(relation);
    const family = [buildMember("parent", { deceased: true }), heir, ...later.map((r) => buildMember(r))];
    const result = proposeHeirs(family);
    expect(result).toMatchObject({ group, reason: `heir_rule_${group}` });
    expect(ids(result.heirs)).toEqual([heir.id]);
  });

  it("goes to the Balai Harta Peninggalan when nobody qualifies", () => {
    expect(proposeHeirs([])).toEqual({ group: "bhp", heirs: [], reason: "heir_rule_bhp" });
    expect(proposeHeirs([buildMember("spouse", { deceased: true })])).toMatchObject({
      group: "bhp",
      heirs: [],
    });
  });
});

describe("overrideHeirs", () => {
  const proposed = proposeHeirs([buildMember("parent")]);
  const chosen = [buildMember("sibling")];

  it.each(["", "   ", "court"])("refuses the reason %j", (reason) => {
    expect(() => overrideHeirs(proposed, chosen, reason)).toThrow(UserError);
    try {
      overrideHeirs(proposed, chosen, reason);
    } catch (error) {
      expect((error as UserError).code).toBe("heir_override_reason_missing");
    }
  });

  it("accepts a reason and keeps what was proposed", () => {
    const reason = "Penetapan Pengadilan Agama no. 12/Pdt.P/2026";
    expect(overrideHeirs(proposed, chosen, reason)).toEqual({
      group: "override",
      heirs: chosen,
      reason,
      proposed: "parents",
    });
  });
});
