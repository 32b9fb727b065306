import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDb } from "../src/core/app.ts";
import { type Db, openDb } from "../src/core/db.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { addUser } from "../src/modules/users/users.service.ts";
import { serverReachable, syntheticList } from "./fresh-database.ts";
import { startServer } from "./server.ts";

/**
 * `npm run bench -- api [--persons N] [--only pglite|postgres] [--seconds S]`: fills a database
 * with N persons (a synthetic list, imported and matched; default 1,000,000), starts the server,
 * and loads it over loopback with 8 concurrent clients: a bare /health (the baseline), then person
 * searches as a regency admin and as a kecamatan operator. Reports p50/p95/p99 latency and
 * requests/s per scenario.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = Number(flag("--persons") ?? 1_000_000);
const seconds = Number(flag("--seconds") ?? 10);
const only = flag("--only");
const concurrency = 8;
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const password = "bench-password-2026";
const port = 3900;
const base = `http://127.0.0.1:${port}`;

const file = await syntheticList(persons);
const backends = [
  ...(only === "postgres" ? [] : ["pglite"]),
  ...(only !== "pglite" && (await serverReachable(serverUrl)) ? [serverUrl] : []),
];
const table: string[] = [];
for (const backend of backends) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const { env, drop } = await filledDatabase(backend);
  const server = await startServer(port, env);
  try {
    const results = await scenarios();
    const health = results[0];
    for (const r of results) {
      const ms = (x: number) => `${x.toFixed(1)} ms`;
      table.push(
        `| ${name} | ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.perSecond).toLocaleString("en-US")} | ${(r.p95 / health.p95).toFixed(1)}× |`,
      );
      console.log(`${name} ${r.name}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${Math.round(r.perSecond)} req/s`);
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await drop();
  }
}
console.log(
  `\n| database | request | p50 | p95 | p99 | requests/s | p95 vs /health |\n|---|---|---|---|---|---|---|\n${table.join("\n")}`,
);

/** A database holding the matched list and two accounts; the server's environment to reach it. */
async function filledDatabase(backend: string) {
  let db: Db;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  if (backend === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payung-bench-api-"));
    db = await openDb({ dataDir: dir });
    env = { PAYUNG_DATA_DIR: dir, DATABASE_URL: "" };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const dbName = `payung_bench_api_${process.pid}`;
    const url = new URL(backend);
    url.pathname = `/${dbName}`;
    const admin = await openDb({ databaseUrl: backend });
    await admin.exec(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.exec(`CREATE DATABASE ${dbName}`);
    db = await openDb({ databaseUrl: url.toString() });
    env = { DATABASE_URL: url.toString() };
    drop = async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${dbName}`);
      await admin.close();
    };
  }
  await prepareDb(db);
  let started = performance.now();
  const imported = await importFile({ db, file, source: "dtks", regencyCode: "36.03", importedBy: "bench" });
  console.log(
    `imported ${imported.accepted} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  started = performance.now();
  const matched = await runMatching({ db, runBy: "bench" });
  console.log(
    `matched: ${matched.persons} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // The operator works in the kecamatan with the most persons.
  const [largest] = await db.query<{ code: string }>(
    "SELECT kecamatan_code AS code FROM persons WHERE kecamatan_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
  );
  for (const [username, role, areaCode] of [
    ["admin", "regency_admin", "36.03"],
    ["operator", "kecamatan_operator", largest.code],
  ]) {
    await addUser({ db, username, fullName: username, role, areaCode, password, by: "bench" });
  }
  const sample = await db.query<{ id: number; name: string; nik: string }>(
    "SELECT id, name, nik FROM persons WHERE nik IS NOT NULL ORDER BY random() LIMIT 500",
  );
  fs.writeFileSync(path.join(os.tmpdir(), "payung-bench-sample.json"), JSON.stringify(sample));
  await db.close();
  return { env, drop };
}

async function login(username: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("payung_session="));
  return { cookie: String(cookie).split(";")[0] };
}

interface Result {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

async function scenarios(): Promise<Result[]> {
  const sample = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), "payung-bench-sample.json"), "utf8")) as {
    id: number;
    name: string;
    nik: string;
  }[];
  const admin = await login("admin");
  const operator = await login("operator");
  const pick = <T>(list: T[], i: number) => list[i % list.length];
  const firstWord = (name: string) => name.split(" ")[0];
  const q = encodeURIComponent;
  return [
    await load("GET /health (baseline)", {}, () => "/health"),
    await load("persons, first page (admin)", admin, () => "/api/v1/persons"),
    await load(
      "persons by full name (admin)",
      admin,
      (i) => `/api/v1/persons?name=${q(pick(sample, i).name)}`,
    ),
    await load(
      "persons by first name (admin)",
      admin,
      (i) => `/api/v1/persons?name=${q(firstWord(pick(sample, i).name))}`,
    ),
    await load(
      "persons by first name (kecamatan operator)",
      operator,
      (i) => `/api/v1/persons?name=${q(firstWord(pick(sample, i).name))}`,
    ),
    await load("persons by NIK (admin)", admin, (i) => `/api/v1/persons?nik=${pick(sample, i).nik}`),
    await load("one person with sources (admin)", admin, (i) => `/api/v1/persons/${pick(sample, i).id}`),
  ];
}

/** `concurrency` clients send requests back to back for `seconds` after a 2-second warm-up. */
async function load(
  name: string,
  headers: Record<string, string>,
  url: (i: number) => string,
): Promise<Result> {
  const latencies: number[] = [];
  let n = 0;
  const run = async (until: number, record: boolean) => {
    while (performance.now() < until) {
      const started = performance.now();
      const response = await fetch(`${base}${url(n++)}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name}: ${response.status}`);
      if (record) latencies.push(performance.now() - started);
    }
  };
  const warm = performance.now() + 2000;
  await Promise.all(Array.from({ length: concurrency }, () => run(warm, false)));
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => run(started + seconds * 1000, true)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { name, p50: at(0.5), p95: at(0.95), p99: at(0.99), perSecond: latencies.length / elapsed };
}
