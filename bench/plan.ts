import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { prepareDb } from "../src/core/app.ts";
import type { Db } from "../src/core/db.ts";
import { eligibilitySummary } from "../src/modules/eligibility/eligibility.service.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { createPlan } from "../src/modules/plans/plans.service.ts";
import { monthCount, monthlyPremium, monthsFrom } from "../src/modules/tariffs/premium.ts";
import { loadTariffs } from "../src/modules/tariffs/tariffs.repository.ts";
import { freshDatabase, serverReachable } from "./fresh-database.ts";

/**
 * `npm run bench -- plan [--persons N] [--only pglite|postgres]`: fills a fresh database with N
 * eligible persons (default 1,000,000, written straight into `persons` with one set-based INSERT per
 * 200,000) spread over the 274 villages of Kabupaten Tangerang, and 300 funders for 2026: a Dana
 * Desa per village, the regency's budget (APBD), its revised budget from July (APBD-P), the
 * province, and companies (CSR) limited to some kecamatan or occupations, some for January–June.
 * Budgets cover about half of the persons, so the matching moves people between funders and the
 * waitlist is long. Then it times a plain `SELECT count(*) FROM persons` (the baseline, second of
 * two runs) and `createPlan` for 2026-01..2026-12, each database in its own process.
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const persons = Number(flag("--persons") ?? 1_000_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const regencyCode = "36.03";
const totalFunders = 300;

interface Result {
  persons: number;
  funders: number;
  windows: number;
  setupSeconds: number;
  countSeconds: number;
  planSeconds: number;
  eligible: number;
  covered: number;
  waitlist: number;
  capacity: number;
  /** Places the plan gives, over all funders (a person covered by two funders takes two). */
  allocated: number;
  shortSpells: number;
  gaps: number;
  /** Seconds from the start of createPlan at which each step began (its `log` callback). */
  steps: { step: string; at: number }[];
  /** Database time per statement inside createPlan, seconds. */
  sql: { statement: string; seconds: number; calls: number }[];
  /** Building COPY text in JavaScript while loading plan rows, seconds. */
  copyTextSeconds: number;
  /** The excluded-by-reason count createPlan runs, timed again on its own after the plan. */
  summarySeconds: number;
  eligibleBySummary: number;
  rssBeforeMiB: number;
  rssPeakSampledMiB: number;
  maxRssMiB: number;
}

function report(name: string, r: Result) {
  const s = (x: number) => `${x.toFixed(1)} s`;
  console.log(
    `${name}: ${r.persons.toLocaleString("en-US")} persons, ${r.funders} funders in ${r.windows} windows (${r.capacity.toLocaleString("en-US")} places, ${r.allocated.toLocaleString("en-US")} given); setup ${s(r.setupSeconds)}`,
  );
  console.log(
    `  eligible ${r.eligible.toLocaleString("en-US")} (eligibility count: ${r.eligibleBySummary.toLocaleString("en-US")}), covered ${r.covered.toLocaleString("en-US")}, waitlist ${r.waitlist.toLocaleString("en-US")}, short spells ${r.shortSpells.toLocaleString("en-US")}, gaps ${r.gaps.toLocaleString("en-US")}`,
  );
  console.log(
    `  count(*) ${r.countSeconds.toFixed(3)} s; createPlan ${s(r.planSeconds)} = ${(r.planSeconds / r.countSeconds).toFixed(1)}× count(*)`,
  );
  const durations = r.steps.map((x, i) => `${x.step} ${s((r.steps[i + 1]?.at ?? r.planSeconds) - x.at)}`);
  console.log(`  steps: checks and funders ${s(r.steps[0]?.at ?? 0)}; ${durations.join("; ")}`);
  const sqlSeconds = r.sql.reduce((sum, x) => sum + x.seconds, 0);
  console.log(
    `  database ${s(sqlSeconds)}, COPY text ${s(r.copyTextSeconds)}, the rest in JavaScript ${s(r.planSeconds - sqlSeconds - r.copyTextSeconds)}; the excluded-by-reason count alone ${s(r.summarySeconds)}`,
  );
  for (const x of r.sql.filter((q) => q.seconds >= 0.05)) {
    console.log(`    ${s(x.seconds).padStart(7)}  ${x.calls > 1 ? `${x.calls}× ` : ""}${x.statement}`);
  }
  console.log(
    `  RSS ${r.rssBeforeMiB.toFixed(0)} MiB before the plan, ${r.rssPeakSampledMiB.toFixed(0)} MiB at most while it ran (sampled), process high-water mark ${r.maxRssMiB.toFixed(0)} MiB`,
  );
}

/** One backend, in this process: build the data, then time the baseline and the plan. */
async function measure(backend: string): Promise<Result> {
  const progress = (text: string) => console.error(`  ${text}`);
  const { db, drop } = await freshDatabase(backend);
  try {
    const setupStarted = performance.now();
    await prepareDb(db);
    await insertPersons(db, persons, progress);
    const funders = await addFunders(db, progress);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    progress(`setup took ${setupSeconds.toFixed(1)} s`);

    const count = async () => {
      const started = performance.now();
      const [{ n }] = await db.query<{ n: number }>("SELECT count(*) AS n FROM persons");
      if (n !== persons) throw new Error(`count(*) gave ${n}, expected ${persons}`);
      return (performance.now() - started) / 1000;
    };
    await count();
    const countSeconds = await count();

    const times = new Map<string, { seconds: number; calls: number }>();
    const copyText = { ms: 0 };
    const steps: { step: string; at: number }[] = [];
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 50);
    const started = performance.now();
    const plan = await createPlan({
      db: new TimedDb(db, times, copyText),
      from: "2026-01",
      to: "2026-12",
      regencyCode,
      audit: { actor: "bench", via: "bench" },
      log: (step) => {
        steps.push({ step, at: (performance.now() - started) / 1000 });
        progress(`${((performance.now() - started) / 1000).toFixed(1)} s: ${step}`);
      },
    });
    const planSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    progress(`${planSeconds.toFixed(1)} s: plan ${plan.plan} saved`);

    const summaryStarted = performance.now();
    const summary = await eligibilitySummary({ db, year: 2026, regencyCode, user: null });
    const summarySeconds = (performance.now() - summaryStarted) / 1000;

    const mib = (bytes: number) => bytes / 2 ** 20;
    return {
      persons,
      funders: funders.count,
      windows: funders.windows,
      setupSeconds,
      countSeconds,
      planSeconds,
      eligible: plan.eligible,
      covered: plan.covered,
      waitlist: plan.waitlist,
      capacity: plan.funders.reduce((sum, f) => sum + f.capacity, 0),
      allocated: plan.funders.reduce((sum, f) => sum + f.allocated, 0),
      shortSpells: plan.shortSpells,
      gaps: plan.gaps,
      steps,
      sql: [...times].map(([statement, t]) => ({ statement, ...t })).sort((a, b) => b.seconds - a.seconds),
      copyTextSeconds: copyText.ms / 1000,
      summarySeconds,
      eligibleBySummary: summary.eligible,
      rssBeforeMiB: mib(rssBefore),
      rssPeakSampledMiB: mib(rssPeak),
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await db.close();
    await drop();
  }
}

/** Villages of the regency with their kecamatan, in code order. */
async function villagesOf(db: Db) {
  return db.query<{ desa: string; kecamatan: string }>(
    `SELECT code AS desa, parent_code AS kecamatan FROM regions
     WHERE level = 4 AND parent_code LIKE $1 || '.%' ORDER BY code`,
    [regencyCode],
  );
}

/**
 * N persons, all eligible in 2026: a valid NIK, 18–65 on 1 January 2026, a home in the regency
 * (villages in turn), an informal occupation (written as lists write them), desil 1–10 or none.
 * The secondary indexes are dropped for the load and built again after, as a bulk load would.
 */
async function insertPersons(db: Db, n: number, progress: (text: string) => void) {
  const started = performance.now();
  const villages = await villagesOf(db);
  const indexes = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'persons' AND indexname <> 'persons_pkey'`,
  );
  for (const index of indexes) await db.exec(`DROP INDEX ${index.name}`);
  const occupations = [
    "PETANI",
    "Petani/Pekebun",
    "BURUH HARIAN LEPAS",
    "Buruh Tani",
    "PEDAGANG",
    "NELAYAN",
    "PEMULUNG",
    "OJEK",
    "TUKANG BATU",
    "PEKERJA RUMAH TANGGA",
    "SOPIR",
    "PENJAHIT",
  ];
  const first = ["SITI", "AHMAD", "MUHAMMAD", "NUR", "DEWI", "AGUS", "RINA", "BUDI", "SRI", "DEDI", "ASEP"];
  const last = ["AMINAH", "HIDAYAT", "SETIAWAN", "RAHMAN", "LESTARI", "SAPUTRA", "WATI", "SUSANTO", "KURNIA"];
  const batch = 200_000;
  for (let from = 1; from <= n; from += batch) {
    // h: a well-spread hash of the row number, from which every other field is drawn.
    await db.query(
      `INSERT INTO persons (nik, nik_valid, name, sex, birth_date, regency_code, kecamatan_code, desa_code,
         occupation, desil, desil_date)
       SELECT '3603' || lpad(g::text, 12, '0'), true,
              ($6::text[])[(1 + h % cardinality($6::text[]))::int] || ' '
                || ($7::text[])[(1 + h / 7 % cardinality($7::text[]))::int],
              CASE WHEN h % 2 = 0 THEN 'L' ELSE 'P' END,
              date '1960-01-02' + (h / 132 % 17500)::int,
              $3, ($5::text[])[1 + g % cardinality($4::text[])], ($4::text[])[1 + g % cardinality($4::text[])],
              ($8::text[])[(1 + h / 3 % cardinality($8::text[]))::int],
              nullif(h / 12 % 11, 0),
              CASE WHEN h / 12 % 11 = 0 THEN NULL WHEN h % 5 = 0 THEN date '2023-03-01' ELSE date '2025-06-01' END
       FROM (SELECT g, g::bigint * 2654435761 % 4294967296 AS h FROM generate_series($1::int, $2::int) g) s`,
      [
        from,
        Math.min(n, from + batch - 1),
        regencyCode,
        villages.map((v) => v.desa),
        villages.map((v) => v.kecamatan),
        first,
        last,
        occupations,
      ],
    );
    progress(`${Math.min(n, from + batch - 1).toLocaleString("en-US")} persons inserted`);
  }
  const loaded = performance.now();
  for (const index of indexes) await db.exec(index.definition);
  await db.exec("VACUUM ANALYZE persons");
  progress(
    `persons: insert ${((loaded - started) / 1000).toFixed(1)} s, indexes and VACUUM ANALYZE ${((performance.now() - loaded) / 1000).toFixed(1)} s`,
  );
}

/**
 * 300 funders for 2026, places as shares of the persons: a Dana Desa per village (4–12 % of its
 * residents, 8 % in all), APBD 22 %, the province 5 %, eight companies for the year in one or two
 * kecamatan (0.5 % each), the rest companies for January–June by kecamatan or occupation (0.5 %
 * each), and APBD-P for July–December (8 %). About 40 % of the persons are covered for the year.
 */
async function addFunders(db: Db, progress: (text: string) => void) {
  const started = performance.now();
  const villages = await villagesOf(db);
  const kecamatan = [...new Set(villages.map((v) => v.kecamatan))];
  const residents = new Map(
    (
      await db.query<{ desa: string; n: number }>(
        "SELECT desa_code AS desa, count(*)::int AS n FROM persons GROUP BY desa_code",
      )
    ).map((r) => [r.desa, r.n]),
  );
  const tariffs = await loadTariffs(db);
  const pkg = tariffs.packages.find((p) => p.code === "jkk-jkm")!;
  // What one person costs a funder for its months (its type decides the PP 50/2025 discount).
  const perPerson = (type: string, from: string, to: string) =>
    monthsFrom(from, monthCount(from, to)).reduce(
      (sum, month) =>
        sum +
        monthlyPremium(tariffs, pkg, pkg.declaredIncome, month, { funderType: type, sector: "other" }).total,
      0,
    );
  const share = (fraction: number) => Math.max(1, Math.round(persons * fraction));
  const funders: {
    code: string;
    type: string;
    from: string;
    to: string;
    places: number;
    desaCode?: string;
    kecamatanCodes?: string[];
    occupations?: string[];
  }[] = villages.map((v, i) => ({
    code: `dd-${v.desa.replaceAll(".", "")}`,
    type: "dana_desa",
    from: "2026-01",
    to: "2026-12",
    places: Math.max(1, Math.round((residents.get(v.desa) ?? 0) * (0.04 + ((i * 37) % 9) * 0.01))),
    desaCode: v.desa,
  }));
  funders.push(
    { code: "apbd-2026", type: "apbd", from: "2026-01", to: "2026-12", places: share(0.22) },
    { code: "prov-banten-2026", type: "province", from: "2026-01", to: "2026-12", places: share(0.05) },
    { code: "apbd-p-2026", type: "apbd_p", from: "2026-07", to: "2026-12", places: share(0.08) },
  );
  const trades = [["NELAYAN"], ["PETANI", "BURUH TANI"], ["PEDAGANG"], ["OJEK", "SOPIR"], ["PEMULUNG"]];
  for (let i = 0; funders.length < totalFunders; i++) {
    const yearLong = i < 8;
    funders.push({
      code: `csr-${String(i + 1).padStart(2, "0")}`,
      type: "csr",
      from: "2026-01",
      to: yearLong ? "2026-12" : "2026-06",
      places: share(0.005),
      // Year-long: one kecamatan, or two; January–June: a kecamatan, a trade, or a trade in a kecamatan.
      kecamatanCodes:
        yearLong || i % 3 !== 1
          ? [
              kecamatan[(i * 5) % kecamatan.length],
              ...(yearLong && i % 2 === 0 ? [kecamatan[(i * 5 + 1) % kecamatan.length]] : []),
            ]
          : [],
      occupations: yearLong || i % 3 === 0 ? [] : trades[i % trades.length],
    });
  }
  for (const f of funders) {
    await addFunder({
      db,
      funder: {
        code: f.code,
        name: f.code.toUpperCase(),
        type: f.type,
        budget: f.places * perPerson(f.type, f.from, f.to),
        from: f.from,
        to: f.to,
        package: "jkk-jkm",
        unitRate: null,
        desaCode: f.desaCode ?? null,
        kecamatanCodes: f.kecamatanCodes ?? [],
        occupations: f.occupations ?? [],
      },
      by: "bench",
    });
  }
  const windows = new Set(funders.map((f) => `${f.from} ${f.to}`)).size;
  progress(
    `${funders.length} funders (${villages.length} Dana Desa) in ${windows} windows, ${funders.reduce((sum, f) => sum + f.places, 0).toLocaleString("en-US")} places, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { count: funders.length, windows };
}

/** A Db that adds up the time each statement takes (by its first words), to see where a plan's time goes. */
class TimedDb implements Db {
  constructor(
    private readonly inner: Db,
    private readonly times: Map<string, { seconds: number; calls: number }>,
    private readonly copyText: { ms: number },
  ) {}

  get kind() {
    return this.inner.kind;
  }

  private add(sql: string, ms: number) {
    const statement = sql.replace(/\s+/g, " ").trim().slice(0, 70);
    const t = this.times.get(statement) ?? { seconds: 0, calls: 0 };
    t.seconds += ms / 1000;
    t.calls++;
    this.times.set(statement, t);
  }

  async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
    const started = performance.now();
    try {
      return await this.inner.query<T>(sql, params);
    } finally {
      this.add(sql, performance.now() - started);
    }
  }

  async exec(sql: string): Promise<void> {
    const started = performance.now();
    try {
      await this.inner.exec(sql);
    } finally {
      this.add(sql, performance.now() - started);
    }
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.inner.transaction((tx) => fn(new TimedDb(tx, this.times, this.copyText)));
  }

  /** The time spent making the COPY text is counted apart from the statement's. */
  async copyFrom(
    copySql: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<number> {
    const copyText = this.copyText;
    let making = 0;
    async function* timed() {
      const it = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
      for (;;) {
        const started = performance.now();
        const next = await it.next();
        making += performance.now() - started;
        if (next.done) return;
        yield next.value;
      }
    }
    const started = performance.now();
    try {
      return await this.inner.copyFrom(copySql, timed());
    } finally {
      copyText.ms += making;
      this.add(copySql, performance.now() - started - making);
    }
  }

  /** Only the time spent waiting for the next chunk counts: parsing it is the caller's. */
  async *copyTo(query: string): AsyncGenerator<string> {
    const it = this.inner.copyTo(query)[Symbol.asyncIterator]();
    let waiting = 0;
    try {
      for (;;) {
        const started = performance.now();
        const next = await it.next();
        waiting += performance.now() - started;
        if (next.done) return;
        yield next.value;
      }
    } finally {
      this.add(`COPY (${query}) TO`, waiting);
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

// Last: the class above must be initialised before a measurement uses it.
const worker = flag("--backend");
if (worker) {
  const result = await measure(worker);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const only = flag("--only");
  const backends = [
    ...(only === "postgres" ? [] : ["pglite"]),
    ...(only !== "pglite" && (await serverReachable(serverUrl)) ? [serverUrl] : []),
  ];
  const rows: string[] = [];
  for (const backend of backends) {
    const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
    console.log(`${name}: ${persons.toLocaleString("en-US")} persons`);
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--backend", backend, "--persons", String(persons)],
      { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] },
    );
    const r: Result = JSON.parse(out.trim().split("\n").pop()!);
    report(name, r);
    const ratio = r.planSeconds / r.countSeconds;
    const perSecond = (s: number) => Math.round(r.eligible / s).toLocaleString("en-US");
    rows.push(
      `| ${name} | count(*) (baseline) | ${r.countSeconds.toFixed(2)} s | ${perSecond(r.countSeconds)} | | |`,
      `| ${name} | createPlan (${ratio.toFixed(0)}× count) | ${r.planSeconds.toFixed(1)} s | ${perSecond(r.planSeconds)} | ${r.covered.toLocaleString("en-US")} / ${r.waitlist.toLocaleString("en-US")} | ${r.rssPeakSampledMiB.toFixed(0)} MiB |`,
    );
  }
  console.log(
    `\n| database | run | time | persons/s | covered / waitlist | peak RSS |\n|---|---|---|---|---|---|\n${rows.join("\n")}`,
  );
}
