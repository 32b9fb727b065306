import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { enqueueJob, getJob, runQueuedJobs, startWorker } from "../src/modules/jobs/jobs.service.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { buildServer } from "../src/server.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";

describe(`jobs on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  const password = "payung-test-2026";
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  const as = (username: string, method: "GET" | "POST", url: string, payload?: object) => {
    const s = sessions.get(username)!;
    return server.inject({ method, url, payload, headers: { cookie: s.cookie, "x-csrf-token": s.csrf } });
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
    server = await buildServer({ db, config: loadConfig({}) });
    for (const [username, role, areaCode] of [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
    ]) {
      await addUser({ db, username, fullName: username, role, areaCode, password, by: "test" });
      const login = await server.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username, password },
      });
      const cookie = login.cookies.find((c) => c.name === "payung_session")!;
      sessions.set(username, { cookie: `payung_session=${cookie.value}`, csrf: login.json().csrfToken });
    }
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
    expect(await runQueuedJobs(db, jobHandlers)).toBe(1);
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
    await runQueuedJobs(db, jobHandlers);
    expect(await getJob({ db, id: odd.id })).toMatchObject({
      status: "failed",
      error: { code: "job_kind_unknown", message: "Unknown job kind 'no-such-kind'." },
    });

    const stop = startWorker(db, jobHandlers, 20);
    const queued = await enqueueJob(db, { kind: "match", createdBy: "test", areaCode: "36.03" });
    for (let i = 0; i < 200 && (await getJob({ db, id: queued.id })).status !== "done"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await stop();
    expect(await getJob({ db, id: queued.id })).toMatchObject({ status: "done", attempts: 1 });
  });
});
