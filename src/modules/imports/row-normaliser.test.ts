import { describe, expect, it } from "vitest";
import { readSex } from "./row-normaliser.ts";

describe("readSex", () => {
  it.each([
    ["L", "L"],
    ["l", "L"],
    ["LAKI-LAKI", "L"],
    ["Laki Laki", "L"],
    ["PRIA", "L"],
    ["1", "L"],
    ["P", "P"],
    ["W", "P"],
    ["PEREMPUAN", "P"],
    ["wanita", "P"],
    ["2", "P"],
  ])("%s → %s", (value, sex) => {
    expect(readSex(value)).toBe(sex);
  });

  it("tells empty from unreadable", () => {
    expect(readSex("")).toBeNull();
    expect(readSex("X")).toBeUndefined();
    expect(readSex("3")).toBeUndefined();
  });
});
