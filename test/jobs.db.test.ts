import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import {
  cancelJob,
  enqueueJob,
  getJob,
  type Job,
  type JobHandler,
  recoverJobs,
  runQueuedJobs,
  startWorker,
} from "../src/modules/jobs/jobs.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";

describe(`jobs on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: path.join(tmp.dir, "data") });
  const handlers = jobHandlers(config);
  let sessions = new Map<string, Record<string, string>>();
  const as = (username: string, method: "GET" | "POST", url: string, payload?: object) => {
    return server.inject({ method, url, payload, headers: sessions.get(username) });
  };

  beforeAll(async () => {
    db = await freshDb();
    await importFile({
      db,
      file: writeCsv(path.join(tmp.dir, "dtks.csv"), [
        ["NIK", "NAMA", "TANGGAL LAHIR"],
        ["3603015202900001", "SITI AMINAH", "12-02-1990"],
        ["3603015202900001", "Siti Aminah", "12-02-1990"],
      ]),
      source: "dtks",
      regencyCode: "36.03",
      importedBy: "test",
    });
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("runs matching as a job started through the API, with its result kept", async () => {
    const started = await as("admin", "POST", "/api/v1/match", {});
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ kind: "match", status: "queued", createdBy: "admin" });
    expect(await runQueuedJobs(db, handlers)).toBe(1);
    const done = (await as("admin", "GET", `/api/v1/jobs/${started.json().id}`)).json();
    expect(done).toMatchObject({
      status: "done",
      progress: { step: "matching", phase: "write" },
      result: { records: 2, persons: 1 },
    });
    expect(done.finishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await as("op.mauk", "GET", `/api/v1/jobs/${started.json().id}`)).statusCode).toBe(404);
    expect((await as("op.mauk", "POST", "/api/v1/match", {})).statusCode).toBe(403);
  });

  it("records a clear error when a job fails, and a worker picks jobs up until stopped", async () => {
    const odd = await enqueueJob(db, { kind: "no-such-kind", createdBy: "test", areaCode: "36.03" });
    await runQueuedJobs(db, handlers);
    expect(await getJob({ db, id: odd.id })).toMatchObject({
      status: "failed",
      error: { code: "job_kind_unknown", message: "Unknown job kind 'no-such-kind'." },
    });

    const stop = startWorker(db, handlers, { intervalMs: 20 });
    const queued = await enqueueJob(db, { kind: "match", createdBy: "test", areaCode: "36.03" });
    for (let i = 0; i < 200 && (await getJob({ db, id: queued.id })).status !== "done"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await stop();
    expect(await getJob({ db, id: queued.id })).toMatchObject({ status: "done", attempts: 1 });
  });

  it("cancels a queued job at once, for its creator or an admin only, and says when a job has ended", async () => {
    const queued = await as("op.mauk", "POST", "/api/v1/persons/export", { format: "csv" });
    const id = queued.json().id;
    expect((await as("admin", "GET", "/api/v1/jobs")).json().jobs.map((j: Job) => j.id)).toContain(id);
    expect(
      (await as("op.mauk", "GET", "/api/v1/jobs")).json().jobs.every((j: Job) => j.createdBy === "op.mauk"),
    ).toBe(true);
    const started = await as("admin", "POST", "/api/v1/match", {});
    expect((await as("op.mauk", "POST", `/api/v1/jobs/${started.json().id}/cancel`)).statusCode).toBe(404);
    const cancelled = await as("op.mauk", "POST", `/api/v1/jobs/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelledBy: "op.mauk" });
    expect(await runQueuedJobs(db, handlers)).toBe(1); // only the match
    expect((await getJob({ db, id })).status).toBe("cancelled");
    const again = await as("op.mauk", "POST", `/api/v1/jobs/${id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("job_finished");
  });

  it("stops a running job when it is cancelled, keeping nothing it did", async () => {
    // Works inside a transaction until cancelled, as an import does between chunks.
    const slow: JobHandler = async ({ db: conn, progress, signal }) =>
      conn.transaction(async (tx) => {
        await tx.query("INSERT INTO sources (name, kind) VALUES ('half-done', 'people')");
        progress({ step: "waiting" });
        await new Promise((resolve) => signal.addEventListener("abort", resolve));
        progress({ step: "after" });
        return {};
      });
    const job = await enqueueJob(db, { kind: "slow", createdBy: "admin", areaCode: "36.03" });
    const run = runQueuedJobs(db, { slow });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cancelled = await cancelJob({ db: db, id: job.id, by: "admin" });
    await run;
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledBy: "admin" });
    expect(await getJob({ db, id: job.id })).toMatchObject({
      status: "cancelled",
      progress: { step: "waiting" },
    });
    expect(await db.query("SELECT 1 FROM sources WHERE name = 'half-done'")).toEqual([]);
  });

  it("queues again a job a crash left running, and gives up after three tries", async () => {
    const job = await enqueueJob(db, { kind: "match", createdBy: "admin", areaCode: "36.03" });
    await db.query(
      "UPDATE jobs SET status = 'running', attempts = 1, heartbeat_at = now() - interval '5 minutes' WHERE id = $1",
      [job.id],
    );
    expect(await recoverJobs(db, 60)).toBe(1);
    expect((await getJob({ db, id: job.id })).status).toBe("queued");
    await db.query(
      "UPDATE jobs SET status = 'running', attempts = 3, heartbeat_at = now() - interval '5 minutes' WHERE id = $1",
      [job.id],
    );
    await recoverJobs(db, 60);
    expect(await getJob({ db, id: job.id })).toMatchObject({
      status: "failed",
      error: { code: "job_abandoned" },
    });
  });

  it("exports the persons of the requester's area as a job, NIKs masked, for download", async () => {
    const admin = await as("admin", "POST", "/api/v1/persons/export", { format: "csv" });
    expect(admin.statusCode).toBe(202);
    const early = await as("admin", "GET", `/api/v1/jobs/${admin.json().id}/file`);
    expect(early.statusCode).toBe(409);
    const mauk = await as("op.mauk", "POST", "/api/v1/persons/export", { format: "csv" });
    await runQueuedJobs(db, handlers);
    expect((await getJob({ db, id: admin.json().id })).result).toMatchObject({ rows: 1, format: "csv" });
    const file = await as("admin", "GET", `/api/v1/jobs/${admin.json().id}/file`);
    expect(file.headers["content-disposition"]).toContain("attachment");
    const lines = file.body.trim().split("\n");
    expect(lines[0]).toContain("id,nik,nik_valid,name");
    expect(lines[1]).toContain("3603••••••••0001");
    expect(lines[1]).not.toContain("3603015202900001");
    // Siti's record names no kecamatan of Mauk: the Mauk operator's export is empty, and the admin's
    // file is not the operator's to fetch.
    expect((await getJob({ db, id: mauk.json().id })).result).toMatchObject({ rows: 0 });
    expect((await as("op.mauk", "GET", `/api/v1/jobs/${admin.json().id}/file`)).statusCode).toBe(404);
  });
});
