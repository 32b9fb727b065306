/**
 * The demo regency's targets and BPS workforce figures, scaled to the demo's size. The regency's
 * real figures (targets of 50,000 in 2022, 86,000 in 2023 and 100,000 in 2026, some 500,000
 * informal workers) are multiplied by persons ÷ 200,000: the demo's persons stand for 200,000
 * people on the regency's lists, so its 2026 target is half its persons and a fifth of its
 * workforce, as 100,000 is of 500,000. Workforce figures come as a BPS table per kecamatan,
 * imported like a user's file.
 */
import fs from "node:fs";
import path from "node:path";
import { csvRow } from "../../core/csv.ts";
import type { Db } from "../../core/db.ts";
import type { AuditContext } from "../audit/audit.service.ts";
import { importWorkforce, setTarget } from "../targets/targets.service.ts";
import { type DemoRegions, deriveSeed, Random } from "./population.ts";

/** The people on the regency's lists the demo's persons stand for. */
export const demoScaleBase = 200_000;

export interface TargetsResult {
  targets: { year: number; target: number }[];
  workforce: { year: number; workers: number }[];
}

export async function addDemoTargets({
  db,
  years,
  regions,
  regencyCode,
  dir,
  seed,
  audit,
}: {
  db: Db;
  /** The history's years and the current one: [2022, 2023, 2026]. */
  years: [number, number, number];
  regions: DemoRegions;
  regencyCode: string;
  dir: string;
  seed: number;
  audit: AuditContext;
}): Promise<TargetsResult> {
  const rows = await db.query<{ code: string | null; persons: number }>(
    "SELECT kecamatan_code AS code, count(*)::int AS persons FROM persons GROUP BY kecamatan_code",
  );
  const total = rows.reduce((sum, r) => sum + r.persons, 0);
  const scale = (n: number) => Math.max(1, Math.round((n * total) / demoScaleBase));
  const [first, second, now] = years;
  const real = [
    { year: first, target: 50_000, workers: 470_000, source: "RPJMD 2021–2026, target tahunan" },
    { year: second, target: 86_000, workers: 480_000, source: "RPJMD 2021–2026, target tahunan" },
    { year: now, target: 100_000, workers: 500_000, source: "RPJMD 2025–2029, target tahunan" },
  ];
  const result: TargetsResult = { targets: [], workforce: [] };
  for (const r of real) {
    const target = scale(r.target);
    await setTarget({ db, year: r.year, region: regencyCode, target, source: r.source, regencyCode, audit });
    result.targets.push({ year: r.year, target });
  }

  // Each kecamatan's share of the workforce: its share of the persons, give or take 15%.
  const random = new Random(deriveSeed(seed, "workforce"));
  const persons = new Map(rows.map((r) => [r.code, r.persons]));
  const weights = regions.kecamatan.map(
    (k) => ((persons.get(k.code) ?? 0) + 20) * (0.85 + 0.3 * random.next()),
  );
  const weightSum = weights.reduce((a, b) => a + b, 0);
  for (const r of real) {
    const workers = scale(r.workers);
    const figures = regions.kecamatan.map((k, i) => ({
      name: k.name,
      workers: Math.round((workers * weights[i]) / weightSum),
    }));
    const sum = figures.reduce((a, f) => a + f.workers, 0);
    // BPS's table as published: names, numbers with dots, and the total row (skipped on import).
    const lines = [
      ["No", "Kecamatan", "Jumlah Pekerja Informal"],
      ...figures.map((f, i) => [String(i + 1), f.name, f.workers.toLocaleString("id-ID")]),
      ["", "Jumlah", sum.toLocaleString("id-ID")],
    ];
    const file = path.join(dir, `bps-pekerja-informal-${r.year}.csv`);
    fs.writeFileSync(file, lines.map((l) => `${csvRow(l)}\n`).join(""));
    await importWorkforce({
      db,
      file,
      year: r.year,
      source: `BPS, Sakernas Agustus ${r.year - 1} (angka sintetis demo)`,
      regencyCode,
      audit,
    });
    result.workforce.push({ year: r.year, workers: sum });
  }

  // This year's target per kecamatan, from the regency's by the same shares: the operators' own.
  const target = result.targets[2].target;
  for (const [i, k] of regions.kecamatan.entries()) {
    await setTarget({
      db,
      year: now,
      region: k.code,
      target: Math.max(1, Math.round((target * weights[i]) / weightSum)),
      source: "Pembagian target kabupaten per kecamatan",
      regencyCode,
      audit,
    });
  }
  return result;
}
