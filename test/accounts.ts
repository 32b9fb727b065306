import type { FastifyInstance } from "fastify";
import type { Db } from "../src/core/db.ts";
import { addUser } from "../src/modules/users/users.service.ts";

export const testPassword = "payung-test-2026";

/**
 * Adds the accounts (username, role, area) and logs each in through the API; returns each one's
 * request headers: the session cookie and the CSRF token.
 */
export async function loggedIn(
  db: Db,
  server: FastifyInstance,
  accounts: [username: string, role: string, areaCode: string][],
): Promise<Map<string, Record<string, string>>> {
  const sessions = new Map<string, Record<string, string>>();
  for (const [username, role, areaCode] of accounts) {
    await addUser({ db, username, fullName: username, role, areaCode, password: testPassword, by: "test" });
    const login = await server.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { username, password: testPassword },
    });
    const cookie = login.cookies.find((c) => c.name === "payung_session");
    if (!cookie) throw new Error(`${username} could not log in: ${login.body}`);
    sessions.set(username, {
      cookie: `payung_session=${cookie.value}`,
      "x-csrf-token": login.json().csrfToken,
    });
  }
  return sessions;
}
