import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/files.ts";
import { openDb } from "./db.ts";

describe("embedded database folder", () => {
  it("is opened by one process at a time, and a stale lock is taken over", async () => {
    const tmp = tempDir();
    try {
      const dataDir = path.join(tmp.dir, "data");
      fs.mkdirSync(dataDir);
      fs.writeFileSync(path.join(dataDir, "payung.lock"), String(process.ppid)); // a live process
      await expect(openDb({ dataDir })).rejects.toMatchObject({ code: "db_locked" });
      fs.writeFileSync(path.join(dataDir, "payung.lock"), "999999999"); // no such process
      const db = await openDb({ dataDir });
      expect(await db.query("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      await db.close();
      expect(fs.existsSync(path.join(dataDir, "payung.lock"))).toBe(false);
    } finally {
      tmp.remove();
    }
  });
});
