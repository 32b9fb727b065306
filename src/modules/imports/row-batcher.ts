import { CopyBuffer } from "../../core/copy.ts";
import type { RawRecord } from "./file-source.ts";
import { quarantineLine, recordLine } from "./imports.repository.ts";
import { type NormaliseContext, normaliseRow } from "./row-normaliser.ts";

/** Rows per COPY: big enough to be fast, small enough to keep memory flat. */
export const flushRows = 10_000;

export interface BatchCounts {
  rows: number;
  accepted: number;
  quarantined: number;
  skipped: number;
  issues: Record<string, number>;
}

/** Bytes of COPY text for source_records and for quarantine, ready to load. */
export interface CopyChunk {
  records: Uint8Array;
  quarantine: Uint8Array;
}

/**
 * Turns raw records into COPY text and counts as it goes. It touches no database, so it runs the
 * same on the main thread and in the import worker.
 */
export class RowBatcher {
  private readonly totals: BatchCounts = { rows: 0, accepted: 0, quarantined: 0, skipped: 0, issues: {} };
  private readonly recordLines = new CopyBuffer();
  private readonly quarantineLines = new CopyBuffer(1 << 16);

  constructor(
    private readonly batch: number,
    private readonly source: string,
    private readonly headerIndex: number,
    private readonly ctx: NormaliseContext,
  ) {}

  get rows(): number {
    return this.totals.rows;
  }

  get pending(): number {
    return this.recordLines.rows + this.quarantineLines.rows;
  }

  add(records: RawRecord[]): void {
    const { batch, ctx, totals } = this;
    for (const { index, cells, broken } of records) {
      if (index <= this.headerIndex) continue;
      const rowNumber = index - this.headerIndex;
      totals.rows++;
      const outcome = normaliseRow(cells, broken, ctx);
      if (outcome.kind === "accepted") {
        totals.accepted++;
        this.count(outcome.record.issues);
        this.recordLines.append(
          recordLine(batch, this.source, rowNumber, cells, outcome.record, ctx.regencyCode),
        );
      } else if (outcome.kind === "quarantined") {
        totals.quarantined++;
        this.count(outcome.reasons);
        this.quarantineLines.append(
          quarantineLine(
            batch,
            rowNumber,
            "quarantined",
            outcome.reasons,
            cells,
            ctx.regencyCode,
            outcome.kecamatanCode,
          ),
        );
      } else {
        totals.skipped++;
        this.count([outcome.reason]);
        // Blank lines hold nothing to keep; summary lines are kept, as written.
        if (outcome.reason === "summary_line") {
          this.quarantineLines.append(
            quarantineLine(batch, rowNumber, "skipped", [outcome.reason], cells, ctx.regencyCode, null),
          );
        }
      }
    }
  }

  take(): CopyChunk {
    return { records: this.recordLines.take(), quarantine: this.quarantineLines.take() };
  }

  counts(): BatchCounts {
    return this.totals;
  }

  private count(codes: string[]): void {
    for (const code of codes) this.totals.issues[code] = (this.totals.issues[code] ?? 0) + 1;
  }
}
