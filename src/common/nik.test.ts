import { describe, expect, it } from "vitest";
import { fullYear, maskNik, parseNik } from "./nik.ts";

const today = new Date("2026-11-27");
const codes = (nik: string) => parseNik(nik, { today }).problems.map((p) => p.code);

describe("parseNik (DOMAIN.md test vectors)", () => {
  it("3273056010900009 is a woman born 20-10-1990, issued in Kota Bandung (32.73)", () => {
    const info = parseNik("3273056010900009", { today });
    expect(info).toMatchObject({ valid: true, sex: "P", birthDate: "1990-10-20", regencyCode: "32.73" });
    expect(info.districtCode).toBe("32.73.05");
  });

  it("3602041211870001 is a man born 12-11-1987, issued in Kab. Lebak (36.02)", () => {
    const info = parseNik("3602041211870001", { today });
    expect(info).toMatchObject({ valid: true, sex: "L", birthDate: "1987-11-12", regencyCode: "36.02" });
  });

  it("a day of 35 is invalid", () => {
    expect(codes("3602043511870001")).toEqual(["nik_invalid_date"]);
    expect(parseNik("3602043511870001", { today }).valid).toBe(false);
  });

  it("rejects impossible dates for women too (day 40 + 31 in February)", () => {
    expect(codes("3602047102900001")).toEqual(["nik_invalid_date"]);
    expect(parseNik("3602046902920001", { today }).birthDate).toBe("1992-02-29");
  });
});

describe("parseNik problems", () => {
  it("names each kind of defect", () => {
    expect(codes("")).toEqual(["nik_missing"]);
    expect(codes("36020412118700")).toEqual(["nik_invalid_length"]);
    expect(codes("3.60204E+15")).toEqual(["nik_invalid_chars"]);
    expect(codes("3602041211870000")).toEqual(["nik_serial_zero"]);
  });

  it("cleans spreadsheet markers and spaces", () => {
    expect(parseNik("'3602 0412 1187 0001", { today }).valid).toBe(true);
  });

  it("checks the region of issue when a region list is given", () => {
    const known = new Set(["36", "36.02", "36.02.04"]);
    const regionExists = (c: string) => known.has(c);
    expect(parseNik("3602041211870001", { today, regionExists }).problems).toEqual([]);
    const unknownDistrict = parseNik("3602991211870001", { today, regionExists });
    expect(unknownDistrict.valid).toBe(true);
    expect(unknownDistrict.problems[0]).toMatchObject({ code: "nik_unknown_district", severity: "warning" });
    expect(parseNik("9902041211870001", { today, regionExists }).problems[0].code).toBe(
      "nik_invalid_province",
    );
  });
});

describe("helpers", () => {
  it("reads two-digit years as the latest year not in the future", () => {
    expect(fullYear(87, today)).toBe(1987);
    expect(fullYear(5, today)).toBe(2005);
    expect(fullYear(26, today)).toBe(2026);
    expect(fullYear(27, today)).toBe(1927);
  });

  it("masks the birth date part", () => {
    expect(maskNik("3603011211870012")).toBe("3603••••••••0012");
  });
});
