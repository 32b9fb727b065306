import { Worker } from "node:worker_threads";
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import type { RawRecord } from "./file-source.ts";
import type { WorkerInput, WorkerMessage } from "./import-worker.ts";
import * as repo from "./imports.repository.ts";
import { type BatchCounts, type CopyChunk, flushRows, type RowBatcher } from "./row-batcher.ts";

/** Small files are read on this thread: a worker costs more to start than it saves. */
export async function loadHere(
  records: AsyncIterator<RawRecord[]>,
  sample: RawRecord[],
  batcher: RowBatcher,
  loader: ChunkLoader,
  report: (rows: number) => void,
): Promise<BatchCounts> {
  try {
    batcher.add(sample);
    for (;;) {
      const next = await records.next();
      if (next.done) break;
      batcher.add(next.value);
      if (batcher.pending >= flushRows) await loader.load(batcher.take());
      report(batcher.rows);
    }
    await loader.load(batcher.take());
  } finally {
    await loader.finish().catch(() => {}); // nothing may still be loading when the transaction ends
  }
  await loader.finish();
  return batcher.counts();
}

/**
 * Large files are read, checked and formatted in worker threads (one per part of the file) while
 * this thread loads their chunks, one COPY at a time on the one connection.
 */
export async function loadInWorkers(
  inputs: WorkerInput[],
  loader: ChunkLoader,
  report: (rows: number, bytesRead: number) => void,
): Promise<BatchCounts> {
  const workers = inputs.map(
    (input) => new Worker(new URL("./import-worker.mjs", import.meta.url), { workerData: input }),
  );
  const progress = inputs.map(() => ({ rows: 0, bytesRead: 0 }));
  const total = (key: "rows" | "bytesRead") => progress.reduce((n, p) => n + p[key], 0);
  // Loads run one after another; after a failure nothing more is loaded, and nothing is still
  // loading when this returns (the transaction is about to roll back).
  let loading: Promise<void> = Promise.resolve();
  let failed = false;
  try {
    const results = workers.map(
      (worker, i) =>
        new Promise<BatchCounts>((resolve, reject) => {
          const fail = (error: unknown) => {
            failed = true;
            reject(error);
          };
          worker.on("message", (message: WorkerMessage) => {
            loading = loading
              .then(async () => {
                if (failed) return;
                if (message.type === "done") return resolve(message.counts);
                if (message.type === "user-error") throw new UserError(message.code, message.params);
                await loader.load(message);
                await loader.finish();
                worker.postMessage("loaded");
                progress[i] = { rows: message.rows, bytesRead: message.bytesRead };
                report(total("rows"), total("bytesRead"));
              })
              .catch(fail);
          });
          worker.on("error", fail);
          worker.on("exit", (code) => fail(new Error(`import worker stopped (exit code ${code})`)));
        }),
    );
    return addCounts(await Promise.all(results));
  } finally {
    failed = true;
    await Promise.all(workers.map((w) => w.terminate()));
    await loading;
    await loader.finish().catch(() => {});
  }
}

function addCounts(parts: BatchCounts[]): BatchCounts {
  const sum: BatchCounts = { rows: 0, accepted: 0, quarantined: 0, skipped: 0, issues: {} };
  for (const part of parts) {
    sum.rows += part.rows;
    sum.accepted += part.accepted;
    sum.quarantined += part.quarantined;
    sum.skipped += part.skipped;
    for (const [code, n] of Object.entries(part.issues)) sum.issues[code] = (sum.issues[code] ?? 0) + n;
  }
  return sum;
}

/**
 * Loads chunks of COPY text. The next chunk may be prepared while one loads: on PostgreSQL the
 * server ingests one chunk while Node formats the next. At most one COPY runs on the connection.
 */
export class ChunkLoader {
  private inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly db: Db) {}

  async load({ records, quarantine }: CopyChunk): Promise<void> {
    await this.inFlight;
    this.inFlight = (async () => {
      if (records.length) await this.db.copyFrom(repo.recordCopy, [records]);
      if (quarantine.length) await this.db.copyFrom(repo.quarantineCopy, [quarantine]);
    })();
    this.inFlight.catch(() => {}); // awaited, and so rethrown, by the next load or by finish
  }

  finish(): Promise<void> {
    return this.inFlight;
  }
}
