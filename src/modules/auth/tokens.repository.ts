import type { Db } from "../../core/db.ts";
import type { User } from "../users/users.repository.ts";

export async function insertToken(
  db: Db,
  t: { userId: number; name: string; tokenHash: string; createdBy: string },
): Promise<void> {
  await db.query("INSERT INTO api_tokens (user_id, name, token_hash, created_by) VALUES ($1, $2, $3, $4)", [
    t.userId,
    t.name,
    t.tokenHash,
    t.createdBy,
  ]);
}

/** The user a live token acts for (and notes its use); revoked tokens and inactive users give nothing. */
export async function userOfToken(db: Db, tokenHash: string): Promise<{ user: User; name: string } | null> {
  const rows = await db.query<User & { tokenName: string }>(
    `UPDATE api_tokens t SET last_used_at = now() FROM users u
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.user_id AND u.active
     RETURNING u.id, u.username, u.full_name AS "fullName", u.role, u.area_code AS "areaCode", u.active,
       to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt", t.name AS "tokenName"`,
    [tokenHash],
  );
  if (!rows[0]) return null;
  const { tokenName, ...user } = rows[0];
  return { user, name: tokenName };
}

export async function revokeToken(db: Db, userId: number, name: string): Promise<boolean> {
  const rows = await db.query(
    "UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND name = $2 AND revoked_at IS NULL RETURNING id",
    [userId, name],
  );
  return rows.length > 0;
}
