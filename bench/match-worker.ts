import fs from "node:fs";
import path from "node:path";
import { prepareDb } from "../src/core/app.ts";
import { setSourceTrust } from "../src/modules/imports/imports.repository.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { freshDatabase } from "./fresh-database.ts";
import type { BenchList } from "./match-lists.ts";

/**
 * One matching measurement in a fresh process and database: import the lists, time the baseline
 * (grouping by valid NIK alone, in SQL), then `payung match`, and score both against the truth.
 */
const [backend, dir] = process.argv.slice(2);
const lists: BenchList[] = JSON.parse(fs.readFileSync(path.join(dir, "lists.json"), "utf8"));

const { db, drop } = await freshDatabase(backend);
try {
  await prepareDb(db);
  const truthOf = new Map<number, number[]>();
  let started = performance.now();
  for (const list of lists) {
    const summary = await importFile({
      db,
      file: list.file,
      source: list.source,
      kind: list.kind,
      regencyCode: "36.03",
      importedBy: "bench",
    });
    truthOf.set(summary.batch, list.truth);
  }
  await setSourceTrust(db, Object.fromEntries(lists.map((l) => [l.source, l.trust])));
  const importSeconds = (performance.now() - started) / 1000;

  // Baseline: every valid NIK is one person, every other record a person of its own.
  started = performance.now();
  const groups = await db.query<{ batch_id: number; row_number: number; nik: string | null }>(
    `SELECT batch_id, row_number, CASE WHEN nik_valid THEN nik END AS nik FROM source_records`,
  );
  const exactSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  // Seconds spent in each step of the run, to see where the time goes.
  const steps: Record<string, number> = {};
  let step = "";
  let stepStart = performance.now();
  const summary = await runMatching({
    db,
    runBy: "bench",
    onProgress: (p) => {
      if (p.step === step) return;
      if (step) steps[step] = (performance.now() - stepStart) / 1000;
      step = p.step;
      stepStart = performance.now();
    },
  });
  steps[step] = (performance.now() - stepStart) / 1000;
  const matchSeconds = (performance.now() - started) / 1000;
  const links = await db.query<{ batch_id: number; row_number: number; person_id: number }>(
    "SELECT batch_id, row_number, person_id FROM record_links",
  );

  const truth = (batch: number, row: number) => truthOf.get(batch)![row - 1];
  const exact = pairScores(
    groups.map((g) => [truth(g.batch_id, g.row_number), g.nik ?? `row ${g.batch_id}:${g.row_number}`]),
  );
  const matched = pairScores(links.map((l) => [truth(l.batch_id, l.row_number), l.person_id]));
  process.stdout.write(
    `${JSON.stringify({
      records: summary.records,
      persons: summary.persons,
      truePersons: new Set(links.map((l) => truth(l.batch_id, l.row_number))).size,
      review: summary.review,
      importSeconds,
      exactSeconds,
      matchSeconds,
      steps,
      exact,
      matched,
      // The kernel's high-water mark: long synchronous steps would starve a timer that samples.
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
} finally {
  await db.close();
  await drop();
}

/** Pairwise precision, recall and F1 of predicted groups against true persons. */
function pairScores(rows: [number, string | number][]): { precision: number; recall: number; f1: number } {
  const pairs = (counts: Map<string, number>) => {
    let n = 0;
    for (const c of counts.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const count = (key: (r: [number, string | number]) => string) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return counts;
  };
  const truePairs = pairs(count((r) => String(r[0])));
  const predicted = pairs(count((r) => String(r[1])));
  const correct = pairs(count((r) => `${r[0]}|${r[1]}`));
  const precision = predicted ? correct / predicted : 1;
  const recall = truePairs ? correct / truePairs : 1;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
