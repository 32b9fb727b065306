import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { verifyAudit } from "../src/modules/audit/audit.service.ts";
import { createToken, revokeToken } from "../src/modules/auth/tokens.service.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { buildServer } from "../src/server.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`login and sessions on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const password = "payung-mauk-2026";
  const login = (username: string, pw: string, ip = "10.0.0.1") =>
    server.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username, password: pw },
      remoteAddress: ip,
    });
  const cookieOf = (response: Awaited<ReturnType<typeof login>>) => {
    const c = response.cookies.find((x) => x.name === "payung_session");
    return c ? `payung_session=${c.value}` : "";
  };

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config: loadConfig({ PAYUNG_SESSION_HOURS: "8" }) });
    const base = { fullName: "Ani", role: "kecamatan_operator", areaCode: "36.03.08", password, by: "test" };
    await addUser({ db, ...base, username: "ani" });
    await addUser({ db, ...base, username: "budi" });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("logs in with an httpOnly, SameSite cookie and answers who is logged in", async () => {
    const ok = await login("ani", password);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      user: { username: "ani", role: "kecamatan_operator", areaCode: "36.03.08" },
    });
    expect(JSON.stringify(ok.json())).not.toContain("argon2");
    const cookie = ok.cookies.find((c) => c.name === "payung_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/", maxAge: 8 * 3600 });
    const [{ token_hash }] = await db.query<{ token_hash: string }>("SELECT token_hash FROM sessions");
    expect(token_hash).not.toBe(cookie?.value); // only the hash is stored

    const me = await server.inject({
      method: "GET",
      url: "/api/v1/auth/me",
      headers: { cookie: cookieOf(ok) },
    });
    expect(me.json()).toMatchObject({ user: { username: "ani" }, csrfToken: ok.json().csrfToken });
    const anonymous = await server.inject({ method: "GET", url: "/api/v1/auth/me" });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe("login_required");
  });

  it("refuses a change without the session's CSRF token, and logs out with it", async () => {
    const ok = await login("ani", password);
    const headers = { cookie: cookieOf(ok) };
    const forged = await server.inject({ method: "POST", url: "/api/v1/auth/logout", headers });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe("csrf_invalid");
    const out = await server.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { ...headers, "x-csrf-token": ok.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await server.inject({ method: "GET", url: "/api/v1/auth/me", headers })).statusCode).toBe(401);
  });

  it("says only 'wrong username or password', and slows down guessing", async () => {
    const wrong = await login("ani", "not-her-password", "10.0.0.9");
    expect(wrong.statusCode).toBe(401);
    expect((await login("nobody", password, "10.0.0.9")).json().error.code).toBe("login_failed");
    for (let i = 0; i < 4; i++) await login("ani", "still-wrong-123", "10.0.0.9");
    const limited = await login("ani", password, "10.0.0.9");
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect((await login("ani", password, "10.0.0.10")).statusCode).toBe(200); // another address is not held up
    expect(await verifyAudit({ db })).toMatchObject({ ok: true });
    const failed = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'login_failed' AND source = '10.0.0.9'",
    );
    expect(failed[0].n).toBe(6);
  });

  it("changes a password and ends the user's other sessions", async () => {
    const first = await login("budi", password, "10.0.1.1");
    const second = await login("budi", password, "10.0.1.2");
    const change = (current: string, next: string) =>
      server.inject({
        method: "POST",
        url: "/api/v1/auth/password",
        headers: { cookie: cookieOf(first), "x-csrf-token": first.json().csrfToken },
        payload: { current, next },
      });
    expect((await change("wrong-password-1", "a-new-password-2026")).json().error.code).toBe(
      "password_wrong",
    );
    expect((await change(password, "short")).json().error.code).toBe("password_too_short");
    expect((await change(password, "a-new-password-2026")).statusCode).toBe(204);
    const me = (c: string) =>
      server.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie: c } });
    expect((await me(cookieOf(first))).statusCode).toBe(200);
    expect((await me(cookieOf(second))).statusCode).toBe(401);
    expect((await login("budi", "a-new-password-2026", "10.0.1.3")).statusCode).toBe(200);
  });

  it("lets a system call with an API token as its user, without cookie or CSRF, until revoked", async () => {
    const { token } = await createToken({ db, username: "ani", name: "bpjs-exchange", by: "cli:admin" });
    const bearer = { authorization: `Bearer ${token}` };
    const [{ token_hash }] = await db.query<{ token_hash: string }>("SELECT token_hash FROM api_tokens");
    expect(token_hash).not.toContain(token);
    const persons = await server.inject({ method: "GET", url: "/api/v1/persons", headers: bearer });
    expect(persons.statusCode).toBe(200);
    expect((await server.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer })).statusCode).toBe(
      401,
    );
    const wrong = await server.inject({
      method: "GET",
      url: "/api/v1/persons",
      headers: { authorization: "Bearer pyg_nope" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("token_invalid");
    await revokeToken({ db, username: "ani", name: "bpjs-exchange", by: "cli:admin" });
    expect((await server.inject({ method: "GET", url: "/api/v1/persons", headers: bearer })).statusCode).toBe(
      401,
    );
    await expect(revokeToken({ db, username: "ani", name: "bpjs-exchange", by: "x" })).rejects.toMatchObject({
      code: "token_not_found",
    });
  });
});
