import { describe, expect, it } from "vitest";
import { detectDateFormat, fromExcelSerial, readDate } from "./date-reader.ts";

const today = new Date("2026-11-27");
const dmy = { order: "dmy" as const, mixed: false };

describe("detectDateFormat", () => {
  it("takes day-month-year unless the file shows otherwise", () => {
    expect(detectDateFormat(["01/02/1990", "25/12/1980", "13-01-1975"])).toEqual({
      order: "dmy",
      mixed: false,
    });
    expect(detectDateFormat(["12/25/1980", "01/31/1975", "02/13/1990"]).order).toBe("mdy");
    expect(detectDateFormat(["01/02/1990"])).toEqual({ order: "dmy", mixed: true });
  });

  it("treats a few swapped values among many as defects, not a second format", () => {
    const values = [...Array(20).fill("25/12/1980"), "12/25/1980"];
    expect(detectDateFormat(values)).toEqual({ order: "dmy", mixed: false });
  });
});

describe("readDate", () => {
  it("reads the usual formats", () => {
    expect(readDate("20-10-1990", dmy, today).date).toBe("1990-10-20");
    expect(readDate("20/10/1990", dmy, today).date).toBe("1990-10-20");
    expect(readDate("1990-10-20", dmy, today).date).toBe("1990-10-20");
    expect(readDate("20.10.90", dmy, today).date).toBe("1990-10-20");
    expect(readDate("20 Oktober 1990", dmy, today).date).toBe("1990-10-20");
    expect(readDate("20-Okt-1990", dmy, today).date).toBe("1990-10-20");
    expect(readDate("33166", dmy, today).date).toBe("1990-10-20");
  });

  it("swaps back a date impossible in the file's order", () => {
    expect(readDate("10/20/1990", dmy, today)).toEqual({ date: "1990-10-20", swapped: true });
  });

  it("flags a date that reads two ways in a file of uncertain order", () => {
    const read = readDate("03/04/1990", { order: "dmy", mixed: true }, today);
    expect(read).toMatchObject({ date: "1990-04-03", ambiguous: true, alternative: "1990-03-04" });
    expect(readDate("03/04/1990", dmy, today).ambiguous).toBe(false);
  });

  it("rejects impossible and implausible dates", () => {
    expect(readDate("31-02-1980", dmy, today).date).toBeNull();
    expect(readDate("35/13/1980", dmy, today).date).toBeNull();
    expect(readDate("01-01-2030", dmy, today).date).toBeNull();
    expect(readDate("01-01-1850", dmy, today).date).toBeNull();
    expect(readDate("besok", dmy, today).date).toBeNull();
    expect(readDate("", dmy, today).date).toBeNull();
  });

  it("converts Excel serials with the 1900 system", () => {
    expect(fromExcelSerial(61)).toBe("1900-03-01");
    expect(fromExcelSerial(45658)).toBe("2025-01-01");
  });
});
