import { loadRegions } from "../modules/regions/regions.repository.ts";
import type { Config } from "./config.ts";
import { type Db, openDb } from "./db.ts";
import { migrate } from "./migrate.ts";

export interface App {
  config: Config;
  db: Db;
}

/** Opens the database, brings its schema up to date and loads the regions on first use. */
export async function openApp(config: Config): Promise<App> {
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDb(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { config, db };
}

export async function prepareDb(db: Db): Promise<void> {
  await migrate(db);
  await loadRegions(db);
}
