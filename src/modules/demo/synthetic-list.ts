/**
 * A large single-source list (DTKS dialect) for import benchmarks. People are generated while the
 * file is written and dropped right after, so a million rows take a few MB of memory.
 */
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { csvLine, dtksFormatter, dtksHeader } from "./demo-files.ts";
import { type DemoRegions, deriveSeed, Random, streamPopulation } from "./population.ts";

export interface SyntheticListOptions {
  file: string;
  rows: number;
  seed: number;
  regions: DemoRegions;
  /** Called after each chunk with the rows written so far. */
  onProgress?: (written: number, total: number) => void;
}

/** Rows per chunk handed to the file stream: ~150 KB, large enough to keep syscalls rare. */
const rowsPerChunk = 1000;

export async function writeSyntheticList(
  options: SyntheticListOptions,
): Promise<{ file: string; rows: number; bytes: number }> {
  const out = fs.createWriteStream(options.file);
  // pipeline() pulls the next chunk only when the file stream has drained (backpressure).
  await pipeline(Readable.from(syntheticChunks(options)), out);
  return { file: options.file, rows: options.rows, bytes: out.bytesWritten };
}

function* syntheticChunks({ rows, seed, regions, onProgress }: SyntheticListOptions): Generator<string> {
  const format = dtksFormatter(new Random(deriveSeed(seed, "synthetic-list")));
  yield `${csvLine(dtksHeader, ";")}\n`;
  let written = 0;
  let lines: string[] = [];
  for (const person of streamPopulation({ people: rows, seed, regions })) {
    lines.push(format(person));
    written++;
    if (lines.length === rowsPerChunk) {
      yield `${lines.join("\n")}\n`;
      lines = [];
      onProgress?.(written, rows);
    }
  }
  if (lines.length > 0) {
    yield `${lines.join("\n")}\n`;
    onProgress?.(written, rows);
  }
}
