import type { Db } from "../../core/db.ts";
import type { User } from "../users/users.repository.ts";

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: number; csrfToken: string; hours: number; source: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, source)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5)`,
    [s.tokenHash, s.userId, s.csrfToken, s.hours, s.source],
  );
}

/** The live session's user and CSRF token; expired sessions and inactive users give nothing. */
export async function findSession(
  db: Db,
  tokenHash: string,
): Promise<{ user: User; csrfToken: string } | null> {
  const rows = await db.query<User & { csrfToken: string }>(
    `SELECT u.id, u.username, u.full_name AS "fullName", u.role, u.area_code AS "areaCode", u.active,
            to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
            s.csrf_token AS "csrfToken"
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [tokenHash],
  );
  if (!rows[0]) return null;
  const { csrfToken, ...user } = rows[0];
  return { user, csrfToken };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE token_hash = $1", [tokenHash]);
}

/** After a password change: every other session of the user ends. */
export async function deleteOtherSessions(db: Db, userId: number, keep: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2", [userId, keep]);
}

export async function setPasswordHash(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.query("UPDATE users SET password_hash = $2 WHERE id = $1", [userId, passwordHash]);
}
