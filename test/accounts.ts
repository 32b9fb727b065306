import type { FastifyInstance } from "fastify";
import type { Db } from "../src/core/db.ts";
import { addUser } from "../src/modules/users/users.service.ts";

export const testPassword = "payung-test-2026";

/** The company a test's CSR partner belongs to unless the test names one (a partner's account needs one). */
export const testCompany = "pt-uji";

/**
 * Adds the accounts (username, role, area, and a CSR partner's company) and logs each in through
 * the API; returns each one's request headers: the session cookie and the CSRF token.
 */
export async function loggedIn(
  db: Db,
  server: FastifyInstance,
  accounts: [username: string, role: string, areaCode: string, companyCode?: string][],
): Promise<Map<string, Record<string, string>>> {
  const sessions = new Map<string, Record<string, string>>();
  for (const [username, role, areaCode, company] of accounts) {
    const companyCode = role === "csr_partner" ? (company ?? testCompany) : undefined;
    if (companyCode === testCompany) {
      await db.query(
        "INSERT INTO companies (code, name, created_by) VALUES ($1, 'PT Uji', 'test') ON CONFLICT (code) DO NOTHING",
        [testCompany],
      );
    }
    await addUser({
      db,
      username,
      fullName: username,
      role,
      areaCode,
      password: testPassword,
      by: "test",
      companyCode,
    });
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
