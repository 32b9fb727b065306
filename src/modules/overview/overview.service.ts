/**
 * The numbers that matter on a user's home page, for their area only: people listed, persons after
 * matching, already covered by BPJS, waiting for review, quarantined. Counts only, no one's data.
 */
import type { Db } from "../../core/db.ts";
import { areaCondition } from "../../core/scope.ts";
import type { User } from "../users/users.repository.ts";
import { countOverview, type Overview } from "./overview.repository.ts";

export type { Overview } from "./overview.repository.ts";

export async function overviewOf({ db, user }: { db: Db; user: User }): Promise<Overview> {
  const area = (alias: string) => areaCondition(user, alias, 1);
  // Quarantined rows name a kecamatan at most: a desa operator's share of them is unknown.
  const withQuarantine = user.role !== "desa_operator";
  return countOverview(db, { sql: (alias) => area(alias).sql, param: area("p").param }, withQuarantine);
}
