/**
 * The map through the API: every logged-in role reads it (shapes and names, no one's data), a
 * kecamatan's desa on asking, an unknown kecamatan a 404, and an installation whose regency has no
 * map a 404 `map_missing` that tells the IT team how to build one; without a login, 401.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../../../test/accounts.ts";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir } from "../../../test/files.ts";
import { loadConfig } from "../../core/config.ts";
import type { Db } from "../../core/db.ts";
import { buildServer } from "../../server.ts";

describe(`the map through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let elsewhere: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const tmp = tempDir();
  const get = (on: FastifyInstance, who: string | null, url: string, lang = "en") =>
    on.inject({
      method: "GET",
      url,
      headers: { ...(who ? sessions.get(who) : {}), "accept-language": lang },
    });

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir }) });
    elsewhere = await buildServer({
      db,
      config: loadConfig({ PAYUNG_DATA_DIR: tmp.dir, PAYUNG_REGENCY: "36.71" }),
    });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["desa.maukbarat", "desa_operator", "36.03.08.2001"],
      ["pt.maju", "csr_partner", "36.03"],
      ["auditor", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await elsewhere.close();
    await db.close();
    tmp.remove();
  });

  it("gives every role the kecamatan of the regency, schematic, with its sources", async () => {
    for (const who of sessions.keys()) {
      const res = await get(server, who, "/api/v1/map?level=kecamatan");
      expect(res.statusCode, who).toBe(200);
      const map = res.json();
      expect(map).toMatchObject({ type: "FeatureCollection", schematic: true, missing: [] });
      expect(map.regency).toEqual({ code: "36.03", name: "Kabupaten Tangerang" });
      expect(map.features).toHaveLength(29);
      expect(map.features[0].properties).toEqual({
        code: "36.03.01",
        name: "Balaraja",
        level: "kecamatan",
        parent: "36.03",
      });
      expect(map.sources).toContain("idn-area-data");
    }
    expect((await get(server, null, "/api/v1/map")).statusCode).toBe(401);
  });

  it("gives one kecamatan's desa, the regency's names beside the codes", async () => {
    const res = await get(server, "desa.maukbarat", "/api/v1/map?level=desa&kecamatan=36.03.08");
    expect(res.statusCode).toBe(200);
    const [{ n }] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM regions WHERE parent_code = '36.03.08'",
    );
    const features = res.json().features as { properties: { code: string; name: string; parent: string } }[];
    expect(features).toHaveLength(n);
    const names = await db.query<{ code: string; name: string }>(
      "SELECT code, name FROM regions WHERE parent_code = '36.03.08' ORDER BY code",
    );
    expect(features.map((f) => ({ code: f.properties.code, name: f.properties.name }))).toEqual(names);
    expect(features.every((f) => f.properties.parent === "36.03.08")).toBe(true);
  });

  it("answers 404 for a kecamatan outside the map, and tells how to build a missing map", async () => {
    const outside = await get(server, "admin", "/api/v1/map?level=desa&kecamatan=36.71.01");
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe("map_kecamatan_not_found");
    expect((await get(server, "admin", "/api/v1/map?level=provinsi")).statusCode).toBe(400);

    const missing = await get(elsewhere, "admin", "/api/v1/map?level=kecamatan", "id");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("map_missing");
    expect(missing.json().error.message).toContain("npm run map:build -- 36.71");
  });
});
