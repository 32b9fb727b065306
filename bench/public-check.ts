import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { prepareDb } from "../src/core/app.ts";
import { type Db, openDb } from "../src/core/db.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { serverReachable } from "./fresh-database.ts";
import { startServer } from "./server.ts";

/**
 * `npm run bench -- public-check [--persons N] [--only pglite|postgres] [--seconds S] [--rounds R]`:
 * a fresh database with N persons (default 1,000,000; four in five with a membership covering
 * today), written straight in with set-based INSERTs; then `npm start` on loopback (web server
 * only) and 8 clients back to back for S seconds (default 10) after a 2-second warm-up: a bare
 * `GET /health` (the baseline), then `POST /api/v1/public/status` — a third with the right birth
 * date (most of them covered: an audit record each), a third with a wrong one, a third with an NIK
 * nobody has. R rounds (default 3) alternate the two; each is reported by its best round, so
 * another process busy on the machine for a while does not decide the figures. The server runs
 * with the per-address limit raised (the clients share one address) and the per-NIK limit as
 * configured by default: every request still passes both limiters.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = Number(flag("--persons") ?? 1_000_000);
const seconds = Number(flag("--seconds") ?? 10);
const only = flag("--only");
const rounds = Number(flag("--rounds") ?? 3);
const concurrency = 8;
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const port = 3901;
/** Enough NIKs that none is checked more often than the per-NIK limit allows in one run. */
const sampleSize = 40_000;

interface Sample {
  nik: string;
  birth_date: string;
}

/**
 * Valid NIKs (Kecamatan Mauk, men born 1960–1999) whose date part is the birth date, and for four
 * persons in five an active membership from six months ago to six months ahead.
 */
async function fill(db: Db): Promise<Sample[]> {
  await prepareDb(db);
  const month = (n: number) => {
    const d = new Date();
    return new Date(Date.UTC(d.getFullYear(), d.getMonth() + n, 1)).toISOString().slice(0, 7);
  };
  await addFunder({
    db,
    funder: {
      code: "apbd",
      name: "APBD",
      type: "apbd",
      budget: 10_000_000_000_000,
      from: month(-12),
      to: month(12),
      package: "jkk-jkm",
    },
    by: "bench",
  });
  await db.query(
    `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, occupation)
     SELECT '360308' || lpad(d::text, 2, '0') || lpad(m::text, 2, '0') || lpad(y::text, 2, '0')
              || lpad((1 + g / 13440)::text, 4, '0'),
            true, 'ANGGOTA ' || g, make_date(1900 + y, m, d), '36.03', '36.03.08', 'PETANI'
     FROM (SELECT g, 1 + g % 28 AS d, 1 + (g / 28) % 12 AS m, 60 + (g / 336) % 40 AS y
           FROM generate_series(0, $1::int - 1) g) s`,
    [persons],
  );
  const [plan] = await db.query<{ id: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ($1, $2, 'approved', '{}', 'bench') RETURNING id`,
    [`${month(-12)}-01`, `${month(12)}-01`],
  );
  await db.query(
    `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
       active_from)
     SELECT p.id, $1, f.id, 'jkk-jkm', p.nik, 'active', '2601' || lpad(p.id::text, 10, '0'), $2, $3, $2
     FROM persons p, funders f WHERE p.id % 5 <> 0`,
    [plan.id, `${month(-6)}-01`, `${month(6)}-01`],
  );
  await db.exec("VACUUM ANALYZE persons");
  await db.exec("VACUUM ANALYZE memberships");
  return db.query<Sample>(
    `SELECT nik, birth_date::text FROM persons ORDER BY random() LIMIT ${Math.min(sampleSize, persons)}`,
  );
}

/** An empty database, the server's environment to reach it, and how to drop it. */
async function emptyDatabase(
  backend: string,
): Promise<{ db: Db; env: Record<string, string>; drop: () => Promise<void> }> {
  if (backend === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-bench-public-"));
    return {
      db: await openDb({ dataDir: dir }),
      env: { PAYUNG_DATA_DIR: dir, DATABASE_URL: "" },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `payung_bench_public_${process.pid}`;
  const admin = await openDb({ databaseUrl: backend });
  await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
  await admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(backend);
  url.pathname = `/${name}`;
  return {
    db: await openDb({ databaseUrl: url.toString() }),
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    },
  };
}

interface Result {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

interface Request {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** One request on a kept-alive connection: status and body. Lighter than fetch, so the load
 * generator, on the same two cores as the server, takes less of them. */
function send(agent: http.Agent, r: Request): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method: r.method,
        path: r.path,
        headers: r.body
          ? { "content-type": "application/json", "content-length": Buffer.byteLength(r.body) }
          : {},
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(r.body);
  });
}

/** `concurrency` clients send requests back to back for `seconds` after a 2-second warm-up. */
async function load(name: string, request: (i: number) => Request): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let n = 0;
  const run = async (until: number, record: boolean) => {
    while (performance.now() < until) {
      const r = request(n++);
      const started = performance.now();
      const response = await send(agent, r);
      if (response.status !== 200)
        throw new Error(`${name}: ${response.status} ${response.body} (${r.body})`);
      if (record) latencies.push(performance.now() - started);
    }
  };
  const warm = performance.now() + 2000;
  await Promise.all(Array.from({ length: concurrency }, () => run(warm, false)));
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => run(started + seconds * 1000, true)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { name, p50: at(0.5), p95: at(0.95), p99: at(0.99), perSecond: latencies.length / elapsed };
}

/** The next check: the right birth date, a wrong one, or an NIK nobody has, in turn. */
function statusRequest(sample: Sample[]) {
  let i = 0; // across rounds: no NIK is asked about more often than its limit allows
  return (): Request => {
    i++;
    const s = sample[Math.floor(i / 3) % sample.length];
    const kind = i % 3;
    const nik = kind === 2 ? `${s.nik.slice(0, 12)}9${s.nik.slice(13)}` : s.nik; // serials stay < 9000
    const day = Number(s.birth_date.slice(8)); // 1–28 in this data: a day later is a real date
    const birthDate =
      kind === 1 ? `${s.birth_date.slice(0, 8)}${String((day % 28) + 1).padStart(2, "0")}` : s.birth_date;
    return { method: "POST", path: "/api/v1/public/status", body: JSON.stringify({ nik, birthDate }) };
  };
}

const backends = [
  ...(only === "postgres" ? [] : ["pglite"]),
  ...(only !== "pglite" && (await serverReachable(serverUrl)) ? [serverUrl] : []),
];
const table: string[] = [];
for (const backend of backends) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const { db, env, drop } = await emptyDatabase(backend);
  const filled = performance.now();
  const sample = await fill(db);
  const took = ((performance.now() - filled) / 1000).toFixed(1);
  console.error(`${name}: ${persons.toLocaleString("en-US")} persons in ${took} s`);
  await db.close();
  // The clients share one address: the per-address limit is raised, not bypassed.
  const server = await startServer(port, { ...env, PAYUNG_PUBLIC_CHECKS_PER_IP: "1000000000" });
  try {
    const best = (a: Result | undefined, b: Result) => (a && a.perSecond >= b.perSecond ? a : b);
    let health: Result | undefined;
    let check: Result | undefined;
    const nextCheck = statusRequest(sample);
    for (let round = 0; round < rounds; round++) {
      health = best(health, await load("GET /health (baseline)", () => ({ method: "GET", path: "/health" })));
      check = best(check, await load("POST /api/v1/public/status", nextCheck));
    }
    if (!health || !check) throw new Error("no rounds");
    for (const r of [health, check]) {
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      table.push(
        `| ${name} | ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.perSecond).toLocaleString("en-US")} | ${(r.perSecond / health.perSecond).toFixed(2)}× |`,
      );
      console.error(
        `${name} ${r.name}: p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${Math.round(r.perSecond)} req/s`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await drop();
  }
}
console.log(
  `\n| database | request | p50 | p95 | p99 | requests/s | requests/s vs /health |\n|---|---|---|---|---|---|---|\n${table.join("\n")}`,
);
