import type { Db } from "../../core/db.ts";
import type { Role } from "./roles.ts";

export interface User {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  areaCode: string;
  active: boolean;
  createdAt: string;
  /** A CSR partner's company (its code); null for every other role. Not read with sessions and tokens. */
  companyCode?: string | null;
}

/** An account as the users list shows it: with its company, if a CSR partner's. */
export interface Account extends User {
  companyCode: string | null;
}

const columns = `id, username, full_name AS "fullName", role, area_code AS "areaCode", active,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  (SELECT c.code FROM companies c WHERE c.id = users.company_id) AS "companyCode"`;

export async function insertUser(
  db: Db,
  user: {
    username: string;
    fullName: string;
    role: Role;
    areaCode: string;
    passwordHash: string;
    createdBy: string;
    companyId: number | null;
  },
): Promise<Account> {
  const [row] = await db.query<Account>(
    `INSERT INTO users (username, full_name, role, area_code, password_hash, created_by, company_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
    [
      user.username,
      user.fullName,
      user.role,
      user.areaCode,
      user.passwordHash,
      user.createdBy,
      user.companyId,
    ],
  );
  return row;
}

export async function findUser(
  db: Db,
  username: string,
): Promise<(Account & { passwordHash: string }) | null> {
  const rows = await db.query<Account & { passwordHash: string }>(
    `SELECT ${columns}, password_hash AS "passwordHash" FROM users WHERE username = $1`,
    [username],
  );
  return rows[0] ?? null;
}

export async function listUsers(db: Db): Promise<Account[]> {
  return db.query<Account>(`SELECT ${columns} FROM users ORDER BY username`);
}

export async function setActive(db: Db, username: string, active: boolean): Promise<Account | null> {
  const rows = await db.query<Account>(
    `UPDATE users SET active = $2 WHERE username = $1 RETURNING ${columns}`,
    [username, active],
  );
  return rows[0] ?? null;
}

/** A deactivated user's sessions end at once. */
export async function endSessions(db: Db, username: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = $1)", [
    username,
  ]);
}

/** A company's id by its code (companies: migration 0024), or null. */
export async function findCompanyId(db: Db, code: string): Promise<number | null> {
  const rows = await db.query<{ id: number }>("SELECT id FROM companies WHERE code = $1", [code]);
  return rows[0] ? Number(rows[0].id) : null;
}
