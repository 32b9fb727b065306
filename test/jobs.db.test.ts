import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { enqueueJob, getJob, runQueuedJobs, startWorker } from "../src/modules/jobs/jobs.service.ts";
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
      progress: { step: "matching" },
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

    const stop = startWorker(db, handlers, 20);
    const queued = await enqueueJob(db, { kind: "match", createdBy: "test", areaCode: "36.03" });
    for (let i = 0; i < 200 && (await getJob({ db, id: queued.id })).status !== "done"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await stop();
    expect(await getJob({ db, id: queued.id })).toMatchObject({ status: "done", attempts: 1 });
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
