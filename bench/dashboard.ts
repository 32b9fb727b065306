import { prepareDb } from "../src/core/app.ts";
import type { Db } from "../src/core/db.ts";
import { dashboard } from "../src/modules/dashboard/dashboard.service.ts";
import { localToday } from "../src/modules/public-check/public-check.service.ts";
import { freshDatabase, serverReachable } from "./fresh-database.ts";

/**
 * `npm run bench -- dashboard [--persons N] [--members M] [--only pglite|postgres]`: a fresh
 * database with N persons (default 3,000,000) over every desa of 36.03 and M memberships (default
 * 1,000,000) in yearly waves since 2023, written with set-based INSERTs. Measured in the same run:
 * a plain `count(*)` of persons and of memberships (the baselines), the membership INSERT with the
 * coverage counters kept by triggers next to the same INSERT into a table without them, the
 * dashboard of the regency, of kecamatan and of desa (p50 / p95 of many views), a day's roll of the
 * counters, and one dashboard of a past day counted afresh from the memberships.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = Number(flag("--persons") ?? 3_000_000);
const members = Number(flag("--members") ?? 1_000_000);
const views = Number(flag("--views") ?? 200);
const only = flag("--only");
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const today = localToday();

const seconds = (from: number) => (performance.now() - from) / 1000;

async function fill(db: Db): Promise<{ plain: number; counted: number }> {
  await prepareDb(db);
  await db.query(
    `INSERT INTO persons (name, regency_code, kecamatan_code, desa_code, occupation, desil, sex, birth_date)
     SELECT 'ORANG ' || g, '36.03', d.parent_code, d.code,
            (ARRAY['PETANI', 'NELAYAN', 'PEDAGANG', 'BURUH', 'OJEK', 'PEMULUNG', 'KEBERSIHAN', 'LAINNYA'])[1 + g % 8],
            1 + g % 10, CASE WHEN g % 2 = 0 THEN 'L' ELSE 'P' END, date '1960-01-01' + (g * 7) % 16000
     FROM generate_series(1, $1::int) g
     JOIN (SELECT code, parent_code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n
           FROM regions WHERE level = 4 AND code LIKE '36.03.%') d ON d.i = g % d.n`,
    [persons],
  );
  const [plan] = await db.query<{ id: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ('2023-01-01', '2026-12-01', 'approved', '{}', 'bench') RETURNING id`,
  );
  const [funder] = await db.query<{ id: number }>(
    `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, created_by)
     VALUES ('apbd', 'APBD', 'apbd', 'SG', 100000000000, '2023-01-01', '2026-12-01', 'jkk-jkm', 'bench')
     RETURNING id`,
  );
  // Yearly waves: a member joins in one of the year's first months (each on one of a few answer
  // days) and is covered to December; one in fifty left early (death, a move).
  const rows = `SELECT p.id, $1::bigint AS plan_id, $2::bigint AS funder_id, 'jkk-jkm', '3603' || lpad(p.id::text, 12, '0'),
            CASE WHEN p.id % 50 = 0 THEN 'ended' ELSE 'active' END,
            make_date(y, m, 1), make_date(y, 12, 1), make_date(y, m, d), CASE WHEN p.id % 50 = 0 THEN make_date(y, 9, e) END
     FROM (SELECT id, (2023 + id % 4)::int AS y, (1 + id % 6)::int AS m, (1 + id % 3 * 7)::int AS d,
                  (1 + id % 28)::int AS e
           FROM persons ORDER BY id LIMIT $3) p`;
  const columns =
    "(person_id, plan_id, funder_id, package, nik, status, start_month, end_month, active_from, ended_on)";
  await db.exec("CREATE TABLE memberships_plain (LIKE memberships INCLUDING ALL)");
  let started = performance.now();
  await db.query(`INSERT INTO memberships_plain ${columns} ${rows}`, [plan.id, funder.id, members]);
  const plain = seconds(started);
  started = performance.now();
  await db.query(`INSERT INTO memberships ${columns} ${rows}`, [plan.id, funder.id, members]);
  const counted = seconds(started);
  await db.exec("DROP TABLE memberships_plain");
  for (const table of ["persons", "memberships", "coverage_spells", "coverage_now", "coverage_months"])
    await db.exec(`VACUUM ANALYZE ${table}`);
  return { plain, counted };
}

/** p50 and p95 of `views` dashboard views spread over the areas, in milliseconds. */
async function viewTimes(db: Db, areas: string[]): Promise<{ p50: number; p95: number; covered: number }> {
  const times: number[] = [];
  let covered = 0;
  for (let i = 0; i < views; i++) {
    const started = performance.now();
    const d = await dashboard({ db, regencyCode: "36.03", area: areas[i % areas.length], today });
    times.push(performance.now() - started);
    if (i === 0) covered = d.area.covered;
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(views * 0.5)], p95: times[Math.floor(views * 0.95)], covered };
}

async function measure(backend: string) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const { db, drop } = await freshDatabase(backend);
  try {
    const setup = performance.now();
    const insert = await fill(db);
    console.error(`${name}: filled in ${seconds(setup).toFixed(0)} s`);
    const count = async (table: string) => {
      await db.query(`SELECT count(*) FROM ${table}`);
      const started = performance.now();
      await db.query(`SELECT count(*) FROM ${table}`);
      return performance.now() - started;
    };
    const countPersons = await count("persons");
    const countMembers = await count("memberships");
    const kecamatan = (
      await db.query<{ code: string }>("SELECT code FROM regions WHERE parent_code = '36.03'")
    ).map((r) => r.code);
    const desa = (
      await db.query<{ code: string }>(
        "SELECT code FROM regions WHERE level = 4 AND code LIKE '36.03.%' LIMIT 20",
      )
    ).map((r) => r.code);
    await dashboard({ db, regencyCode: "36.03", today });
    const regency = await viewTimes(db, ["36.03"]);
    const kec = await viewTimes(db, kecamatan);
    const des = await viewTimes(db, desa);
    // A day's roll, as the first view of tomorrow makes it.
    let started = performance.now();
    await db.query("SELECT coverage_roll($1::date + 1)", [today]);
    const roll = performance.now() - started;
    started = performance.now();
    const past = await dashboard({ db, regencyCode: "36.03", on: "2025-06-30", today });
    const afresh = performance.now() - started;
    console.error(
      `${name}: count(*) persons ${countPersons.toFixed(0)} ms, memberships ${countMembers.toFixed(0)} ms; dashboard p95 regency ${regency.p95.toFixed(0)} ms, kecamatan ${kec.p95.toFixed(0)} ms, desa ${des.p95.toFixed(0)} ms; covered ${regency.covered}`,
    );
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    const times = (x: number) => `${(x / countPersons).toFixed(1)}× count(*)`;
    return [
      `| ${name} | count(*) persons (baseline) | ${ms(countPersons)} | ${ms(countPersons)} | ${persons.toLocaleString("en-US")} rows |`,
      `| ${name} | count(*) memberships | ${ms(countMembers)} | ${ms(countMembers)} | ${members.toLocaleString("en-US")} rows |`,
      `| ${name} | dashboard, regency | ${ms(regency.p50)} | ${ms(regency.p95)} (${times(regency.p95)}) | ${regency.covered.toLocaleString("en-US")} covered |`,
      `| ${name} | dashboard, kecamatan | ${ms(kec.p50)} | ${ms(kec.p95)} (${times(kec.p95)}) | ${kecamatan.length} areas |`,
      `| ${name} | dashboard, desa | ${ms(des.p50)} | ${ms(des.p95)} (${times(des.p95)}) | ${desa.length} areas |`,
      `| ${name} | the day's roll of the counters | ${ms(roll)} | | once a day, by the first view |`,
      `| ${name} | dashboard of a past day (counted afresh) | ${ms(afresh)} | | ${past.area.covered.toLocaleString("en-US")} covered on ${past.on} |`,
      `| ${name} | INSERT memberships, no counters (baseline) | ${(insert.plain * 1000).toFixed(0)} ms | | |`,
      `| ${name} | INSERT memberships, counters kept | ${(insert.counted * 1000).toFixed(0)} ms | | ${(insert.counted / insert.plain).toFixed(1)}× the plain INSERT |`,
    ];
  } finally {
    await db.close();
    await drop();
  }
}

const backends = [
  ...(only === "postgres" ? [] : ["pglite"]),
  ...(only !== "pglite" && (await serverReachable(serverUrl)) ? [serverUrl] : []),
];
const lines: string[] = [];
for (const backend of backends) lines.push(...(await measure(backend)));
console.log(`\n| database | run | p50 | p95 | note |\n|---|---|---|---|---|\n${lines.join("\n")}`);
