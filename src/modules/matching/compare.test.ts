import { describe, expect, it } from "vitest";
import {
  compareBirth,
  compareName,
  compareNik,
  comparePair,
  jaroWinkler,
  levelOf,
  matchFeatures,
  oneEditApart,
  type RecordValues,
} from "./compare.ts";

const record = (values: Partial<RecordValues>): RecordValues => ({
  name: "",
  nik: null,
  nik_valid: false,
  sex: null,
  birth_date: null,
  desa_code: null,
  kecamatan_code: null,
  address: null,
  kk_number: null,
  phone: null,
  ...values,
});
const name = (a: string, b: string) =>
  compareName(matchFeatures(record({ name: a })), matchFeatures(record({ name: b })));

describe("field comparisons", () => {
  it("scores Jaro–Winkler like the published examples", () => {
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("DWAYNE", "DUANE")).toBeCloseTo(0.84, 2);
    expect(jaroWinkler("ABC", "XYZ")).toBe(0);
  });

  it("grades names: same key, similar, partial, different", () => {
    expect(name("Hj. Siti Aminah", "SITI AMINAH binti Oman")).toBe(4);
    expect(name("Moh. Soleh", "Muhammad Soleh")).toBe(4);
    expect(name("S. Aminah", "Siti Aminah")).toBe(3);
    expect(name("Supriyadi", "Supriadi")).toBe(3);
    expect(name("Siti", "Siti Aminah")).toBe(2);
    expect(name("Hasan", "Husen")).toBe(1);
  });

  it("sees a transposed, changed, dropped or added NIK digit as one edit", () => {
    expect(oneEditApart("3603015202900001", "3603015202900010")).toBe(true);
    expect(oneEditApart("3603015202900001", "3603015202900002")).toBe(true);
    expect(oneEditApart("3603015202900001", "360301520290001")).toBe(true);
    expect(oneEditApart("3603015202900001", "36030152029000011")).toBe(true);
    expect(oneEditApart("3603015202900001", "3603015202900012")).toBe(false);
    expect(compareNik("3603015202900001", null)).toBe(0);
    expect(compareNik("3603015202900001", "3603085202900007")).toBe(1);
  });

  it("grades birth dates: same, day and month swapped or one digit off, same year, different", () => {
    expect(compareBirth(19900212, 19900212)).toBe(4);
    expect(compareBirth(19900212, 19901202)).toBe(3);
    expect(compareBirth(19900212, 19910212)).toBe(3);
    expect(compareBirth(19900212, 19900713)).toBe(2);
    expect(compareBirth(19900212, 19800212)).toBe(3);
    expect(compareBirth(19900212, 19850212)).toBe(1);
    expect(compareBirth(19900212, 19750603)).toBe(1);
    expect(compareBirth(0, 19900212)).toBe(0);
  });

  it("packs every field's level into one pattern; missing values are level 0", () => {
    const a = matchFeatures(
      record({
        name: "Ahmad",
        sex: "L",
        birth_date: "1987-11-12",
        desa_code: "36.03.01.2010",
        phone: "0812-3456-7890",
      }),
    );
    const b = matchFeatures(
      record({
        name: "AHMAD",
        sex: "L",
        birth_date: "1987-11-12",
        desa_code: "36.03.01.2011",
        phone: "+6281234567890",
      }),
    );
    const p = comparePair(a, b);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((f) => levelOf(p, f))).toEqual([4, 4, 2, 2, 0, 0, 0, 2]);
  });
});

describe("what is not evidence", () => {
  it("does not let a shared first word make two names alike", () => {
    expect(name("Muhammad Enjang Suhada", "H. Muhammad Wawan")).toBe(1);
    expect(name("Siti Aminah", "Siti Amina")).toBe(3);
  });

  it("sees two valid NIKs one serial apart as two people, and only a swap as a typo", () => {
    expect(compareNik("3603132007650001", "3603132007650002", true)).toBe(1);
    expect(compareNik("3603132007650001", "3603132007650010", true)).toBe(2);
    expect(compareNik("3603132007650001", "360313200765001", false)).toBe(2);
  });
});
