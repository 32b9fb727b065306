import { prepareDb } from "../src/core/app.ts";
import type { Db } from "../src/core/db.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { generateInvoices } from "../src/modules/invoices/invoices.service.ts";
import { freshDatabase, serverReachable } from "./fresh-database.ts";

/**
 * `npm run bench -- invoices [--members N] [--only pglite|postgres]`: a fresh database with N active
 * memberships (default 1,000,000; persons and memberships written straight in with set-based
 * INSERTs) over six funders, one in ten members a transport worker; then, each database in turn,
 * a plain `SELECT count(*) FROM memberships` (the baseline, second of two runs) and
 * `generateInvoices` for March 2026.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const members = Number(flag("--members") ?? 1_000_000);
const only = flag("--only");
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const funders = [
  { code: "apbd", type: "apbd" },
  { code: "apbd-p", type: "apbd_p" },
  { code: "provinsi", type: "province" },
  { code: "csr-a", type: "csr" },
  { code: "csr-b", type: "csr" },
  { code: "lain", type: "other" },
];

async function fill(db: Db): Promise<void> {
  await prepareDb(db);
  for (const f of funders) {
    await addFunder({
      db,
      funder: {
        ...f,
        name: f.code.toUpperCase(),
        budget: 10_000_000_000_000,
        from: "2026-01",
        to: "2026-12",
        package: "jkk-jkm",
      },
      by: "bench",
    });
  }
  await db.query(
    `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, occupation)
     SELECT '3603' || lpad(g::text, 12, '0'), true, 'ANGGOTA ' || g, date '1970-01-01' + g % 12000, '36.03',
            '36.03.08', NULL, CASE WHEN g % 10 = 0 THEN 'OJEK' ELSE 'PETANI' END
     FROM generate_series(1, $1::int) g`,
    [members],
  );
  const [plan] = await db.query<{ id: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ('2026-01-01', '2026-12-01', 'approved', '{}', 'bench') RETURNING id`,
  );
  await db.query(
    `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
       active_from)
     SELECT p.id, $1, f.ids[1 + p.id % cardinality(f.ids)], 'jkk-jkm', p.nik, 'active', 'KPJ' || p.id,
            '2026-01-01', '2026-12-01', '2026-01-01'
     FROM persons p, (SELECT array_agg(id ORDER BY id) AS ids FROM funders) f`,
    [plan.id],
  );
  await db.exec("VACUUM ANALYZE persons");
  await db.exec("VACUUM ANALYZE memberships");
}

async function measure(backend: string) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const { db, drop } = await freshDatabase(backend);
  try {
    const setup = performance.now();
    await fill(db);
    console.error(
      `${name}: ${members.toLocaleString("en-US")} memberships in ${((performance.now() - setup) / 1000).toFixed(1)} s`,
    );
    const count = async () => {
      const started = performance.now();
      await db.query("SELECT count(*) FROM memberships");
      return (performance.now() - started) / 1000;
    };
    await count();
    const baseline = await count();
    const started = performance.now();
    const month = await generateInvoices({ db, month: "2026-03", audit: { actor: "bench", via: "bench" } });
    const seconds = (performance.now() - started) / 1000;
    if (month.members !== members) throw new Error(`billed ${month.members}, expected ${members}`);
    console.error(
      `${name}: count(*) ${baseline.toFixed(2)} s, invoices ${seconds.toFixed(1)} s, Rp${month.amount.toLocaleString("id-ID")}`,
    );
    return [
      `| ${name} | count(*) (baseline) | ${baseline.toFixed(2)} s | |`,
      `| ${name} | generateInvoices (${(seconds / baseline).toFixed(0)}× count(*)) | ${seconds.toFixed(1)} s | ${month.members.toLocaleString("en-US")} members, Rp${month.amount.toLocaleString("id-ID")} |`,
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
console.log(`\n| database | run | time | billed |\n|---|---|---|---|\n${lines.join("\n")}`);
