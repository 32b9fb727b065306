import { parentPort, workerData } from "node:worker_threads";
import { UserError } from "../../common/errors.ts";
import type { MessageParams } from "../../common/messages.ts";
import { type FileSpec, readRecords } from "./file-source.ts";
import { buildContext, type ContextInput } from "./normalise-context.ts";
import { flushRows, RowBatcher } from "./row-batcher.ts";

/**
 * The import's reading, checking and formatting, on its own thread so it runs beside the COPY
 * on the main thread. It sends chunks of COPY bytes and waits when two are not yet loaded, so
 * memory stays flat however fast it reads.
 */
export interface WorkerInput {
  file: FileSpec;
  batch: number;
  source: string;
  headerIndex: number;
  context: ContextInput;
}

export type WorkerMessage =
  | { type: "chunk"; records: Uint8Array; quarantine: Uint8Array; rows: number; bytesRead: number }
  | { type: "done"; counts: ReturnType<RowBatcher["counts"]>; bytesRead: number }
  | { type: "user-error"; code: string; params: MessageParams };

const maxUnloaded = 2;

async function run(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  let unloaded = 0;
  let wakeUp: (() => void) | undefined;
  port.on("message", () => {
    unloaded--;
    wakeUp?.();
  });
  let bytesRead = 0;
  const batcher = new RowBatcher(input.batch, input.source, input.headerIndex, buildContext(input.context));
  const send = async () => {
    const { records, quarantine } = batcher.take();
    const message: WorkerMessage = { type: "chunk", records, quarantine, rows: batcher.rows, bytesRead };
    port.postMessage(message, [records.buffer, quarantine.buffer] as ArrayBuffer[]);
    unloaded++;
    while (unloaded >= maxUnloaded) await new Promise<void>((resolve) => (wakeUp = resolve));
  };
  for await (const records of readRecords(input.file, (n) => (bytesRead += n))) {
    batcher.add(records);
    if (batcher.pending >= flushRows) await send();
  }
  if (batcher.pending > 0) await send();
  const done: WorkerMessage = { type: "done", counts: batcher.counts(), bytesRead };
  port.postMessage(done);
}

try {
  await run(workerData as WorkerInput);
} catch (error) {
  // A user's mistake (an unreadable spreadsheet) keeps its message code across the thread boundary.
  if (!(error instanceof UserError)) throw error;
  const message: WorkerMessage = { type: "user-error", code: error.code, params: error.params };
  parentPort!.postMessage(message);
}
