import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { addFunder, listFunders, showFunder } from "./funders.service.ts";

describe(`funders on ${dbKind}`, () => {
  let db: Db;
  const base = {
    type: "apbd",
    package: "jkk-jkm",
  };
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("gives a budget its capacity in whole people: DOMAIN.md's vectors", async () => {
    const exact = await addFunder({
      db,
      funder: {
        ...base,
        code: "apbd-2026",
        name: "APBD 2026",
        budget: 999_936_000,
        from: "2026-01",
        to: "2026-10",
      },
      by: "test",
    });
    expect(exact).toMatchObject({
      bpjsCode: "SG",
      months: 10,
      perPerson: 168_000,
      capacity: 5_952,
      shortSpell: false,
    });
    const less = await addFunder({
      db,
      funder: {
        ...base,
        code: "apbd-kurang",
        name: "APBD",
        budget: 999_935_999,
        from: "2026-01",
        to: "2026-10",
      },
      by: "test",
    });
    expect(less.capacity).toBe(5_951);
  });

  it("prices a company's months with PP 50/2025 and its own rounded rate, and flags a short spell", async () => {
    const csr = await addFunder({
      db,
      funder: {
        ...base,
        type: "csr",
        code: "pt-maju",
        name: "PT Maju",
        budget: 25_200_000,
        from: "2026-04",
        to: "2026-06",
        kecamatanCodes: ["36.03.08"],
      },
      by: "test",
    });
    expect(csr).toMatchObject({
      bpjsCode: "SC",
      months: 3,
      perPerson: 25_200,
      capacity: 1_000,
      shortSpell: true,
    });
    const rounded = await addFunder({
      db,
      funder: {
        ...base,
        code: "apbd-p",
        name: "APBD-P",
        type: "apbd_p",
        budget: 2_295_000_000,
        from: "2026-01",
        to: "2026-12",
        unitRate: 17_000,
      },
      by: "test",
    });
    expect(rounded.capacity).toBe(11_250);
    expect((await listFunders({ db })).map((f) => f.code)).toEqual([
      "apbd-2026",
      "apbd-kurang",
      "apbd-p",
      "pt-maju",
    ]);
    expect((await showFunder({ db, code: "pt-maju" })).kecamatanCodes).toEqual(["36.03.08"]);
  });

  it("refuses what cannot be a funder, saying why", async () => {
    const refused = (funder: Parameters<typeof addFunder>[0]["funder"]) =>
      addFunder({ db, funder, by: "test" }).then(
        () => "added",
        (e: { code: string }) => e.code,
      );
    const one = { ...base, code: "x", name: "X", budget: 1, from: "2026-01", to: "2026-12" };
    expect(await refused({ ...one, code: "apbd-2026" })).toBe("funder_exists");
    expect(await refused({ ...one, type: "dana_desa" })).toBe("funder_desa_missing");
    expect(await refused({ ...one, from: "2026-12", to: "2026-01" })).toBe("funder_period_invalid");
    expect(await refused({ ...one, package: "emas" })).toBe("package_unknown");
    expect(await refused({ ...one, type: "bank" })).toBe("funder_type_unknown");
  });
});
