import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`funders through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const as = (who: string, method: "GET" | "POST", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: sessions.get(who) });

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({}) });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("lets an admin add a funder and others read it, with its capacity; a CSR partner sees none", async () => {
    const body = {
      code: "apbd-2026",
      name: "APBD 2026",
      type: "apbd",
      budget: 999_936_000,
      from: "2026-01",
      to: "2026-10",
      package: "jkk-jkm",
    };
    const added = await as("admin", "POST", "/api/v1/funders", body);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ capacity: 5_952, bpjsCode: "SG", shortSpell: false });
    expect((await as("admin", "POST", "/api/v1/funders", body)).statusCode).toBe(409);
    expect((await as("op.mauk", "POST", "/api/v1/funders", { ...body, code: "lain" })).statusCode).toBe(403);
    expect((await as("op.mauk", "GET", "/api/v1/funders")).json().funders).toHaveLength(1);
    expect((await as("op.mauk", "GET", "/api/v1/funders/apbd-2026")).json().perPerson).toBe(168_000);
    expect((await as("op.mauk", "GET", "/api/v1/funders/tidak-ada")).statusCode).toBe(404);
    expect((await as("pt.maju", "GET", "/api/v1/funders")).statusCode).toBe(403);
  });
});
