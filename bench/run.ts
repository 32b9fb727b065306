import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serverReachable, syntheticList } from "./fresh-database.ts";

/**
 * `npm run bench -- import [--rows N]`: generates a synthetic list, then in the same run times a
 * raw COPY of it into an untyped table (the baseline) and `payung import` of it, on PGlite and on
 * PostgreSQL, each in its own process so peak memory is measured cleanly.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith("--")) ?? "import";
const rows = Number(flagValue("--rows") ?? 1_000_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

function flagValue(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

if (["match", "api", "plan", "invoices", "public-check", "dashboard"].includes(which)) {
  await import(`./${which}.ts`);
  process.exit(0);
}
if (which !== "import") {
  console.error(
    `unknown benchmark '${which}'; available: import, match, api, plan, invoices, public-check, dashboard`,
  );
  process.exit(2);
}

const file = await syntheticList(rows);
const mib = fs.statSync(file).size / 2 ** 20;
console.log(`list: ${rows.toLocaleString("en-US")} rows, ${mib.toFixed(0)} MiB\n`);

interface Measure {
  seconds: number;
  rows: number;
  maxRssMiB: number;
}

function measure(mode: "copy" | "import", backend: string): Measure {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", path.join(here, "import-worker.ts"), mode, backend, file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").pop()!);
}

const backends = ["pglite", ...((await serverReachable(serverUrl)) ? [serverUrl] : [])];
const lines: string[] = [];
for (const backend of backends) {
  const name = backend === "pglite" ? "PGlite" : "PostgreSQL";
  const copy = measure("copy", backend);
  const imported = measure("import", backend);
  const ratio = imported.seconds / copy.seconds;
  const row = (label: string, m: Measure) =>
    `| ${name} | ${label} | ${m.seconds.toFixed(1)} s | ${Math.round(m.rows / m.seconds).toLocaleString("en-US")} | ${m.maxRssMiB.toFixed(0)} MiB |`;
  lines.push(row("raw COPY (baseline)", copy), row(`payung import (${ratio.toFixed(2)}× COPY)`, imported));
  console.log(
    `${name}: raw COPY ${copy.seconds.toFixed(1)} s, import ${imported.seconds.toFixed(1)} s, ratio ${ratio.toFixed(2)}×, import peak RSS ${imported.maxRssMiB.toFixed(0)} MiB`,
  );
}
console.log(`\n| database | run | time | rows/s | peak RSS |\n|---|---|---|---|---|\n${lines.join("\n")}`);
