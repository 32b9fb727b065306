import { build } from "vite";
import type { TestProject } from "vitest/node";
import databaseSetup from "../test/global-setup.ts";

/** Builds the browser app as `npm run build` does, then prepares the template database. */
export default async function setup(project: TestProject) {
  await build({ configFile: new URL("../web/vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
  return databaseSetup(project);
}
