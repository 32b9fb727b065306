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
}

const columns = `id, username, full_name AS "fullName", role, area_code AS "areaCode", active,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

export async function insertUser(
  db: Db,
  user: {
    username: string;
    fullName: string;
    role: Role;
    areaCode: string;
    passwordHash: string;
    createdBy: string;
  },
): Promise<User> {
  const [row] = await db.query<User>(
    `INSERT INTO users (username, full_name, role, area_code, password_hash, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
    [user.username, user.fullName, user.role, user.areaCode, user.passwordHash, user.createdBy],
  );
  return row;
}

export async function findUser(db: Db, username: string): Promise<(User & { passwordHash: string }) | null> {
  const rows = await db.query<User & { passwordHash: string }>(
    `SELECT ${columns}, password_hash AS "passwordHash" FROM users WHERE username = $1`,
    [username],
  );
  return rows[0] ?? null;
}

export async function listUsers(db: Db): Promise<User[]> {
  return db.query<User>(`SELECT ${columns} FROM users ORDER BY username`);
}

export async function setActive(db: Db, username: string, active: boolean): Promise<User | null> {
  const rows = await db.query<User>(`UPDATE users SET active = $2 WHERE username = $1 RETURNING ${columns}`, [
    username,
    active,
  ]);
  return rows[0] ?? null;
}

/** A deactivated user's sessions end at once. */
export async function endSessions(db: Db, username: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = $1)", [
    username,
  ]);
}
