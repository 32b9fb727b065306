import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchRegions, serverReachable } from "./fresh-database.ts";
import { writeBenchLists } from "./match-lists.ts";

/**
 * `npm run bench -- match [--people N] [--only pglite|postgres]`: writes lists about N synthetic
 * people (default 100,000) with the truth of who is who, then on each database imports them and
 * reports the baseline (valid NIK grouping) and `payung match`: time, records/s, and pairwise
 * precision, recall and F1 against the truth.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const people = Number(flag("--people") ?? 100_000);
const only = flag("--only");
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const dir = path.resolve(here, `../.bench/match-${people}`);
if (!fs.existsSync(path.join(dir, "lists.json"))) {
  writeBenchLists(dir, people, await benchRegions());
}

const backends = [
  ...(only === "postgres" ? [] : ["pglite"]),
  ...(only !== "pglite" && (await serverReachable(serverUrl)) ? [serverUrl] : []),
];
const rows: string[] = [];
for (const backend of backends) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(here, "match-worker.ts"), backend, dir],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const r = JSON.parse(out.trim().split("\n").pop()!);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const perSecond = (s: number) => Math.round(r.records / s).toLocaleString("en-US");
  console.log(
    `${name}: ${r.records} records of ${r.truePersons} people → ${r.persons} persons, ${r.review} to review; import ${r.importSeconds.toFixed(1)} s; peak RSS ${r.peakRssMiB.toFixed(0)} MiB`,
  );
  console.log(
    `  match steps: ${Object.entries(r.steps as Record<string, number>)
      .map(([s, t]) => `${s} ${t.toFixed(1)} s`)
      .join(", ")}`,
  );
  rows.push(
    `| ${name} | valid-NIK grouping (baseline) | ${r.exactSeconds.toFixed(1)} s | ${perSecond(r.exactSeconds)} | ${pct(r.exact.precision)} | ${pct(r.exact.recall)} | ${r.exact.f1.toFixed(3)} |`,
    `| ${name} | payung match (${(r.matchSeconds / r.exactSeconds).toFixed(0)}× baseline) | ${r.matchSeconds.toFixed(1)} s | ${perSecond(r.matchSeconds)} | ${pct(r.matched.precision)} | ${pct(r.matched.recall)} | ${r.matched.f1.toFixed(3)} |`,
  );
}
console.log(
  `\n| database | run | time | records/s | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n${rows.join("\n")}`,
);
