import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type Db, openDb } from "../src/core/db.ts";
import { demoRegions } from "../src/modules/demo/demo.service.ts";
import { writeSyntheticList } from "../src/modules/demo/synthetic-list.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { testPassword } from "./accounts.ts";
import { dbKind, freshPostgres } from "./db.ts";
import { tempDir } from "./files.ts";

/**
 * The server is killed (SIGKILL, no chance to tidy up) in the middle of an import job, then
 * started again: the job runs again from the start, and the list lands exactly once.
 */
describe(`a crash in the middle of an import, on ${dbKind}`, () => {
  const tmp = tempDir();
  const dataDir = path.join(tmp.dir, "data");
  const port = 41_000 + Math.floor(Math.random() * 2000);
  const base = `http://127.0.0.1:${port}`;
  let pg: { url: string; drop: () => Promise<void> } | null = null;
  let server: ChildProcess | null = null;

  afterAll(async () => {
    server?.kill("SIGKILL");
    await pg?.drop();
    tmp.remove();
  });

  it("runs the job again after a restart; nothing is duplicated, nothing is lost", async () => {
    const rows = 300_000;
    const file = path.join(tmp.dir, "dtks-besar.csv");
    const setup = await openSetupDb();
    await addUser({
      db: setup,
      username: "admin",
      fullName: "Admin",
      role: "regency_admin",
      areaCode: "36.03",
      password: testPassword,
      by: "test",
    });
    await writeSyntheticList({ file, rows, seed: 7, regions: await demoRegions(setup, "36.03") });
    await setup.close(); // the server process holds the embedded database alone

    server = await startServer();
    const headers = await login();
    const upload = await fetch(`${base}/api/v1/imports?source=dtks-besar&filename=dtks-besar.csv`, {
      method: "POST",
      headers: { ...headers, "content-type": "text/csv" },
      body: fs.readFileSync(file),
    });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: number };
    await untilImporting(id, headers);
    server.kill("SIGKILL");
    await new Promise((resolve) => server?.once("exit", resolve));

    server = await startServer();
    const job = await untilEnded(id, await login());
    expect(job).toMatchObject({ status: "done", attempts: 2, result: { rows, alreadyImported: false } });
    const result = job.result as { accepted: number; quarantined: number; skipped: number; batch: number };
    expect(result.accepted + result.quarantined + result.skipped).toBe(rows);

    server.kill("SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
    server = null;
    const db = await openDb(pg ? { databaseUrl: pg.url } : { dataDir });
    const [counts] = await db.query<{ batches: number; records: number; quarantined: number }>(
      `SELECT (SELECT count(*) FROM import_batches WHERE source = 'dtks-besar') AS batches,
              (SELECT count(*) FROM source_records WHERE batch_id = $1) AS records,
              (SELECT count(*) FROM quarantine WHERE batch_id = $1) AS quarantined`,
      [result.batch],
    );
    await db.close();
    expect(counts).toEqual({ batches: 1, records: result.accepted, quarantined: result.quarantined });
  });

  async function openSetupDb(): Promise<Db> {
    if (dbKind === "postgres") {
      pg = await freshPostgres();
      return openDb({ databaseUrl: pg.url });
    }
    const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
    return openDb({ dataDir, loadDataDir: template });
  }

  async function startServer(): Promise<ChildProcess> {
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PAYUNG_DATA_DIR: dataDir,
      PAYUNG_DEMO: "0",
      PAYUNG_JOB_STALE_SECONDS: "1",
      DATABASE_URL: pg?.url ?? "",
    };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: "ignore" });
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return child;
      await sleep(100);
    }
    throw new Error("the server did not start");
  }

  async function login(): Promise<Record<string, string>> {
    const response = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: testPassword }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("payung_session="));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie: String(cookie).split(";")[0], "x-csrf-token": csrfToken };
  }

  /**
   * Waits until the import is writing rows. PostgreSQL shows its progress; on PGlite the one
   * connection is inside the import's transaction, so a status request waits — that is the sign.
   */
  async function untilImporting(id: number, headers: Record<string, string>): Promise<void> {
    for (let i = 0; i < 600; i++) {
      const job = await fetch(`${base}/api/v1/jobs/${id}`, {
        headers,
        signal: AbortSignal.timeout(500),
      }).then(
        (r) => r.json() as Promise<{ status: string; progress: { rows?: number } | null }>,
        () => null,
      );
      if (job === null || (job.progress?.rows ?? 0) > 0) return;
      expect(job.status).not.toBe("done");
      await sleep(50);
    }
    throw new Error(`job ${id} did not start`);
  }

  async function untilEnded(id: number, headers: Record<string, string>): Promise<Record<string, unknown>> {
    for (let i = 0; i < 1200; i++) {
      const job = (await (await fetch(`${base}/api/v1/jobs/${id}`, { headers })).json()) as {
        status: string;
      };
      if (job.status !== "queued" && job.status !== "running") return job;
      await sleep(250);
    }
    throw new Error(`job ${id} did not end`);
  }
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
