import { describe, expect, it } from "vitest";
import { terbilang, terbilangRupiah } from "./terbilang.ts";

describe("terbilang", () => {
  it("spells the amounts of a death claim", () => {
    expect(terbilangRupiah(42_000_000)).toBe("empat puluh dua juta rupiah");
    expect(terbilang(20_000_000)).toBe("dua puluh juta");
    expect(terbilang(500_000)).toBe("lima ratus ribu");
    expect(terbilang(48_000_000)).toBe("empat puluh delapan juta");
    expect(terbilang(174_000_000)).toBe("seratus tujuh puluh empat juta");
  });

  it("follows KBBI: se- for one hundred and one thousand, belas, sebelas, miliar", () => {
    expect([0, 1, 10, 11, 12, 19, 20, 21, 99, 100, 101, 111, 999].map((n) => terbilang(n))).toEqual([
      "nol",
      "satu",
      "sepuluh",
      "sebelas",
      "dua belas",
      "sembilan belas",
      "dua puluh",
      "dua puluh satu",
      "sembilan puluh sembilan",
      "seratus",
      "seratus satu",
      "seratus sebelas",
      "sembilan ratus sembilan puluh sembilan",
    ]);
    expect(terbilang(1_000)).toBe("seribu");
    expect(terbilang(1_001)).toBe("seribu satu");
    expect(terbilang(11_000)).toBe("sebelas ribu");
    expect(terbilang(101_000)).toBe("seratus satu ribu");
    expect(terbilang(1_000_000)).toBe("satu juta");
    expect(terbilang(1_001_000)).toBe("satu juta seribu");
    expect(terbilang(16_800)).toBe("enam belas ribu delapan ratus");
    expect(terbilang(2_295_000_000)).toBe("dua miliar dua ratus sembilan puluh lima juta");
    expect(terbilang(1_000_000_000_000)).toBe("satu triliun");
    expect(terbilang(20_160_000_000)).toBe("dua puluh miliar seratus enam puluh juta");
  });

  it("takes negatives and bigints, and refuses what it cannot spell exactly", () => {
    expect(terbilang(-6_800)).toBe("minus enam ribu delapan ratus");
    expect(terbilang(12_345_678_901_234_567_890n)).toBe(
      "dua belas kuintiliun tiga ratus empat puluh lima kuadriliun enam ratus tujuh puluh delapan triliun sembilan ratus satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan puluh",
    );
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(10n ** 30n)).toThrow(RangeError);
  });
});
