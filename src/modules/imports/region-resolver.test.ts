import { describe, expect, it } from "vitest";
import type { Region } from "../regions/regions.repository.ts";
import { editDistance, placeKey, RegionResolver } from "./region-resolver.ts";

const region = (code: string, name: string): Region => ({
  code,
  name,
  level: code.split(".").length === 3 ? 3 : 4,
  parentCode: code.split(".").slice(0, -1).join("."),
});

const tree = [
  region("36.03.08", "Mauk"),
  region("36.03.08.2001", "Mauk Barat"),
  region("36.03.08.2002", "Ketapang"),
  region("36.03.07", "Kronjo"),
  region("36.03.07.2001", "Pagedangan Ilir"),
  region("36.03.07.2002", "Ketapang"),
  region("36.03.13", "Teluknaga"),
  region("36.03.13.2001", "Tanjung Burung"),
];

describe("RegionResolver", () => {
  const resolver = new RegionResolver(tree);

  it("resolves names as written, with prefixes and any case", () => {
    expect(resolver.resolve("Kec. Mauk", "Desa Mauk Barat")).toEqual({
      kecamatanCode: "36.03.08",
      desaCode: "36.03.08.2001",
      issues: [],
    });
    expect(resolver.resolve("KECAMATAN TELUKNAGA", "tanjung burung").desaCode).toBe("36.03.13.2001");
  });

  it("corrects a typo and says so", () => {
    expect(resolver.resolve("Mauk", "Mauk Barta")).toEqual({
      kecamatanCode: "36.03.08",
      desaCode: "36.03.08.2001",
      issues: ["region_typo_corrected"],
    });
  });

  it("places a desa unique in the regency without its kecamatan, but not an ambiguous one", () => {
    expect(resolver.resolve("", "Pagedangan Ilir").kecamatanCode).toBe("36.03.07");
    expect(resolver.resolve("", "Ketapang")).toMatchObject({ desaCode: null, issues: ["desa_unresolved"] });
    expect(resolver.resolve("Kronjo", "Ketapang").desaCode).toBe("36.03.07.2002");
  });

  it("flags names it cannot place", () => {
    expect(resolver.resolve("Atlantis", "").issues).toEqual(["kecamatan_unresolved"]);
  });
});

describe("helpers", () => {
  it("keys places without prefixes and punctuation", () => {
    expect(placeKey("Kel. Mauk-Barat ")).toBe("maukbarat");
  });

  it("counts a transposition as one edit", () => {
    expect(editDistance("mauk", "muak")).toBe(1);
    expect(editDistance("kronjo", "kronj")).toBe(1);
    expect(editDistance("mauk", "teluknaga")).toBeGreaterThan(4);
  });
});
