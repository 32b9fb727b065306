/** COPY … FROM STDIN in PostgreSQL's text format: tab-separated, `\N` for null. */
export const N = "\\N";

const special = /[\\\t\n\r]/;

/** Escapes one value for COPY text format. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return N;
  if (!special.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** One line of COPY text format as values: `\N` is null, escapes undone. */
export function parseCopyLine(line: string): (string | null)[] {
  const cells: (string | null)[] = line.split("\t");
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell === N) cells[i] = null;
    else if (cell.includes("\\")) cells[i] = unescapeCopy(cell);
  }
  return cells;
}

const escapes: Record<string, string> = { "\\": "\\", t: "\t", n: "\n", r: "\r", b: "\b", f: "\f", v: "\v" };

function unescapeCopy(cell: string): string {
  return cell.replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c);
}

/**
 * Decodes a stream of COPY output into text chunks of about 1 MiB that each end on a row boundary.
 * PostgreSQL sends one message per row: handing each on alone would cost more than the row.
 */
export async function* rowChunks(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const piece of source) {
    text += typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
    if (text.length < 1 << 20) continue;
    const end = text.lastIndexOf("\n");
    if (end < 0) continue;
    yield text.slice(0, end + 1);
    text = text.slice(end + 1);
  }
  text += decoder.decode();
  if (text) yield text.endsWith("\n") ? text : `${text}\n`;
}

/**
 * Collects COPY lines as UTF-8 bytes as they are made. Writing each line out at once lets it die
 * young instead of piling up thousands of strings until a flush, which kept the garbage
 * collector busy for most of an import.
 */
export class CopyBuffer {
  // Unpooled memory: a chunk may be handed to another thread whole.
  private buffer: Buffer;
  private length = 0;
  rows = 0;

  constructor(private readonly initialSize = 4 << 20) {
    this.buffer = Buffer.allocUnsafeSlow(initialSize);
  }

  append(line: string): void {
    const worst = line.length * 3;
    if (this.length + worst > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + worst));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(line, this.length);
    this.rows++;
  }

  /** The bytes so far, handed over for loading; the buffer starts afresh. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafeSlow(this.initialSize);
    this.length = 0;
    this.rows = 0;
    return out;
  }
}
