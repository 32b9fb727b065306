import { Worker } from "node:worker_threads";
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
  report: () => void,
): Promise<BatchCounts> {
  batcher.add(sample);
  for (;;) {
    const next = await records.next();
    if (next.done) break;
    batcher.add(next.value);
    if (batcher.pending >= flushRows) await loader.load(batcher.take());
    report();
  }
  await loader.load(batcher.take());
  await loader.finish();
  return batcher.counts();
}

/** Large files are read, checked and formatted in a worker thread while this one loads. */
export async function loadInWorker(
  input: WorkerInput,
  loader: ChunkLoader,
  report: (rows: number, bytesRead: number) => void,
): Promise<BatchCounts> {
  const worker = new Worker(new URL("./import-worker.mjs", import.meta.url), { workerData: input });
  try {
    return await new Promise<BatchCounts>((resolve, reject) => {
      let loading: Promise<void> = Promise.resolve();
      worker.on("message", (message: WorkerMessage) => {
        loading = loading
          .then(async () => {
            if (message.type === "done") {
              await loader.finish();
              resolve(message.counts);
              return;
            }
            await loader.load(message);
            await loader.finish();
            worker.postMessage("loaded");
            report(message.rows, message.bytesRead);
          })
          .catch(reject);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`import worker stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
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
