import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { buildServer } from "../src/server.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`accounts through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const password = "payung-test-2026";
  const login = async (username: string, pw = password) => {
    const res = await server.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username, password: pw },
    });
    const cookie = res.cookies.find((c) => c.name === "payung_session");
    return {
      status: res.statusCode,
      headers: { cookie: `payung_session=${cookie?.value}`, "x-csrf-token": res.json().csrfToken },
    };
  };

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({}) });
    await addUser({
      db,
      username: "admin",
      fullName: "Admin",
      role: "regency_admin",
      areaCode: "36.03",
      password,
      by: "test",
    });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("lets a regency admin add, list, turn off and turn on accounts of the regency", async () => {
    const { headers } = await login("admin");
    const add = (payload: object) =>
      server.inject({ method: "POST", url: "/api/v1/users", headers, payload });
    const op = {
      username: "op.mauk",
      fullName: "Operator Mauk",
      role: "kecamatan_operator",
      areaCode: "36.03.08",
      password,
    };
    const created = await add(op);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: "op.mauk", active: true });
    expect((await add({ ...op, username: "op.lebak", areaCode: "36.02.04" })).statusCode).toBe(403);
    expect((await add({ ...op, username: "op.x", role: "lurah" })).statusCode).toBe(400);
    const list = (await server.inject({ method: "GET", url: "/api/v1/users", headers })).json().users;
    expect(list.map((u: { username: string }) => u.username).sort()).toEqual(["admin", "op.mauk"]);

    const operator = await login("op.mauk");
    expect(
      (await server.inject({ method: "GET", url: "/api/v1/users", headers: operator.headers })).statusCode,
    ).toBe(403);
    const off = await server.inject({ method: "POST", url: "/api/v1/users/op.mauk/deactivate", headers });
    expect(off.json()).toMatchObject({ active: false });
    expect(
      (await server.inject({ method: "GET", url: "/api/v1/persons", headers: operator.headers })).statusCode,
    ).toBe(401);
    expect((await login("op.mauk")).status).toBe(401);
    await server.inject({ method: "POST", url: "/api/v1/users/op.mauk/activate", headers });
    expect((await login("op.mauk")).status).toBe(200);
  });
});
