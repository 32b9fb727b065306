import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`JSON API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let headers: Record<string, string> = {};
  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({}) });
    headers = (await loggedIn(db, server, [["op.mauk", "kecamatan_operator", "36.03.08"]])).get("op.mauk")!;
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("publishes an OpenAPI document built from the request schemas, and a page to browse it", async () => {
    const doc = (await server.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/regions", "/api/v1/nik/check"]));
    expect(
      doc.paths["/api/v1/nik/check"].post.requestBody.content["application/json"].schema.properties.nik,
    ).toMatchObject({
      type: "string",
      maxLength: 40,
    });
    const page = await server.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
  });

  it("lists regions and checks an NIK", async () => {
    const kecamatan = (
      await server.inject({ method: "GET", url: "/api/v1/regions?parent=36.03", headers })
    ).json();
    expect(kecamatan.parent).toMatchObject({ code: "36.03", name: "Kabupaten Tangerang" });
    expect(kecamatan.regions).toHaveLength(29);
    const nik = await server.inject({
      method: "POST",
      url: "/api/v1/nik/check",
      headers,
      payload: { nik: "3273056010900009" },
    });
    expect(nik.json()).toMatchObject({ valid: true, sex: "P", birthDate: "1990-10-20" });
  });

  it("answers every error as JSON in the caller's language, never with a stack trace", async () => {
    const missing = await server.inject({ method: "GET", url: "/api/v1/regions?parent=99.99", headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: "region_not_found" });
    expect(missing.json().error.message).toContain("99.99");

    const invalid = await server.inject({
      method: "POST",
      url: "/api/v1/nik/check",
      headers: { ...headers, "accept-language": "en-US,en;q=0.9" },
      payload: { nik: 3273056010900009 },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({
      code: "request_invalid",
      details: [{ where: "body", path: "/nik" }],
    });
    expect(invalid.json().error.message).toMatch(/^Invalid request at body\/nik/);

    const nowhere = await server.inject({ method: "GET", url: "/api/v1/nothing" });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json().error.message).toContain("tidak ada");
    expect(JSON.stringify(nowhere.json())).not.toMatch(/node_modules|\.ts:\d+/);
  });
});
