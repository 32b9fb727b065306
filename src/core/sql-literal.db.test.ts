import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../test/db.ts";
import type { Db } from "./db.ts";
import { inlineParams } from "./sql-literal.ts";

describe(`parameters written in as literals on ${dbKind}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("gives the same values as parameters, quotes and backslashes included", async () => {
    const sql =
      "SELECT $1::text AS a, $2::int AS b, $3::boolean AS c, $4::text[] AS d, $5::text[] AS e, $6::date AS f";
    const params = ["O'Brien \\ 'x'", 12, true, ["NELAYAN", "TUKANG'S"], [], "2026-01-01"];
    const [bound] = await db.query(sql, params);
    const [inlined] = await db.query(inlineParams(sql, params));
    expect(inlined).toEqual(bound);
    expect(inlined.a).toBe("O'Brien \\ 'x'");
  });
});
