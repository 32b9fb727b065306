import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { runQueuedJobs } from "../src/modules/jobs/jobs.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";

describe(`allocation plans through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  let sessions = new Map<string, Record<string, string>>();
  const config = loadConfig({});
  const as = (who: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
    server.inject({ method, url, payload, headers: { ...sessions.get(who), "accept-language": "en" } });

  beforeAll(async () => {
    db = await freshDb();
    // Ten farmers in Mauk and ten in Balaraja; the regency pays for twelve.
    await db.query(
      `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, occupation, desil)
       SELECT '36030' || lpad(g::text, 11, '0'), true, 'WARGA ' || g, date '1970-01-01' + g, '36.03',
              k.code, (SELECT min(code) FROM regions WHERE parent_code = k.code), 'PETANI', 1 + g % 3
       FROM generate_series(1, 20) g
       JOIN regions k ON k.code = CASE WHEN g <= 10 THEN '36.03.08' ELSE '36.03.01' END`,
    );
    await addFunder({
      db,
      funder: {
        code: "apbd-2026",
        name: "APBD 2026",
        type: "apbd",
        budget: 12 * 201_600,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "test",
    });
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["admin", "regency_admin", "36.03"],
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["bpjs", "bpjs_officer", "36.03"],
      ["pt.maju", "csr_partner", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it("makes a plan as a job, shows each area its own, and freezes it when an admin approves", async () => {
    expect(
      (await as("op.mauk", "POST", "/api/v1/plans", { from: "2026-01", to: "2026-12" })).statusCode,
    ).toBe(403);
    const job = await as("admin", "POST", "/api/v1/plans", { from: "2026-01", to: "2026-12" });
    expect(job.statusCode).toBe(202);
    await runQueuedJobs(db, jobHandlers(config));
    const done = (await as("admin", "GET", `/api/v1/jobs/${job.json().id}`)).json();
    expect(done).toMatchObject({ status: "done", result: { covered: 12, waitlist: 8, cost: 12 * 201_600 } });
    const id = done.result.plan;

    const plan = (await as("admin", "GET", `/api/v1/plans/${id}`)).json();
    expect(plan.funders[0]).toMatchObject({ id: "apbd-2026", capacity: 12, allocated: 12, left: 0 });
    expect(plan.areas.map((a: { kecamatan: string }) => a.kecamatan)).toEqual(["36.03.01", "36.03.08"]);
    expect(plan.areas.reduce((sum: number, a: { cost: number }) => sum + a.cost, 0)).toBe(plan.cost);
    const mine = (await as("op.mauk", "GET", `/api/v1/plans/${id}`)).json();
    expect(mine.areas).toEqual([expect.objectContaining({ kecamatan: "36.03.08" })]);
    const covered = (await as("op.mauk", "GET", `/api/v1/plans/${id}/persons?limit=200`)).json();
    const waiting = (await as("op.mauk", "GET", `/api/v1/plans/${id}/persons?waiting=true&limit=200`)).json();
    expect(covered.total + waiting.total).toBe(10);
    for (const p of [...covered.persons, ...waiting.persons]) {
      expect(p.kecamatan_code).toBe("36.03.08");
      expect(p.nik).toMatch(/•/);
    }
    expect((await as("bpjs", "GET", `/api/v1/plans/${id}/persons`)).statusCode).toBe(403);
    expect((await as("pt.maju", "GET", "/api/v1/plans")).statusCode).toBe(403);

    expect((await as("op.mauk", "POST", `/api/v1/plans/${id}/approve`)).statusCode).toBe(403);
    const approved = await as("admin", "POST", `/api/v1/plans/${id}/approve`);
    expect(approved.json()).toMatchObject({ status: "approved", approvedBy: "admin" });
    const twice = await as("admin", "POST", `/api/v1/plans/${id}/approve`);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, "plan_decided"]);
    expect((await as("admin", "DELETE", `/api/v1/plans/${id}`)).statusCode).toBe(409);

    const rival = await as("admin", "POST", "/api/v1/plans", { from: "2026-01", to: "2026-12" });
    await runQueuedJobs(db, jobHandlers(config));
    const rivalId = (await as("admin", "GET", `/api/v1/jobs/${rival.json().id}`)).json().result.plan;
    const overlap = await as("admin", "POST", `/api/v1/plans/${rivalId}/approve`);
    expect([overlap.statusCode, overlap.json().error.message]).toEqual([
      409,
      expect.stringContaining("revise"),
    ]);
    const diff = (await as("admin", "GET", `/api/v1/plans/compare?a=${id}&b=${rivalId}`)).json();
    expect(diff).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect((await as("admin", "DELETE", `/api/v1/plans/${rivalId}`)).statusCode).toBe(204);
    expect((await as("admin", "GET", `/api/v1/plans/${rivalId}`)).statusCode).toBe(404);
  });

  it("answers how far budgets reach, and says clearly what is wrong with a bad period", async () => {
    const reach = (
      await as(
        "op.mauk",
        "GET",
        "/api/v1/plans/reach?budget=1008000,100000000&months=12&package=jkk-jkm&from=2026-01",
      )
    ).json();
    expect(reach.scenarios.map((s: { covered: number }) => s.covered)).toEqual([5, 20]);
    const reversed = await as("admin", "POST", "/api/v1/plans", { from: "2026-12", to: "2026-01" });
    expect([reversed.statusCode, reversed.json().error.message]).toEqual([
      400,
      "Plan period 2026-12 – 2026-01 is reversed: the last month is before the first.",
    ]);
  });
});
