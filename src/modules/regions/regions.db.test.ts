import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { loadRegions } from "./regions.repository.ts";
import { listRegions } from "./regions.service.ts";

describe(`regions on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("holds every level of idn-area-data", async () => {
    const rows = await db.query<{ level: number; n: number }>(
      "SELECT level, count(*)::int AS n FROM regions GROUP BY level ORDER BY level",
    );
    expect(rows.map((r) => r.level)).toEqual([1, 2, 3, 4]);
    expect(rows[3].n).toBeGreaterThan(80_000);
  });

  it("lists the 29 kecamatan of Kab. Tangerang and the 274 desa under them", async () => {
    const { parent, regions } = await listRegions({ db, parentCode: "36.03" });
    expect(parent?.name).toBe("Kabupaten Tangerang");
    expect(regions).toHaveLength(29);
    expect(regions[0]).toEqual({ code: "36.03.01", parentCode: "36.03", level: 3, name: "Balaraja" });
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM regions WHERE level = 4 AND code LIKE '36.03.%'",
    );
    expect(n).toBe(274);
  });

  it("answers an unknown code with a user error", async () => {
    await expect(listRegions({ db, parentCode: "99.99" })).rejects.toMatchObject({
      code: "region_not_found",
    });
  });

  it("does not load twice", async () => {
    expect(await loadRegions(db)).toBe(0);
  });
});
