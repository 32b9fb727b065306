/**
 * A streaming CSV parser (RFC 4180: quoted fields, doubled quotes, CR LF or LF line ends).
 * Unlike most parsers it reports every record, blank ones included, so an import can count
 * blank lines and keep row numbers equal to the records a user sees in a spreadsheet.
 */
export interface CsvRecord {
  cells: string[];
  /** The field had an opening quote that never closed before the end of the file. */
  broken: boolean;
}

export class CsvParser {
  private rest = "";

  constructor(readonly delimiter: string) {}

  /** Parses what is complete in `chunk` (plus what was left over) and keeps the rest. */
  push(chunk: string, onRecord: (record: CsvRecord) => void): void {
    const text = this.rest + chunk;
    this.rest = text.slice(parseRecords(text, this.delimiter, false, onRecord));
  }

  end(onRecord: (record: CsvRecord) => void): void {
    if (this.rest) parseRecords(this.rest, this.delimiter, true, onRecord);
    this.rest = "";
  }
}

/** Returns how much of `text` was consumed; `final` means no more text will come. */
function parseRecords(
  text: string,
  delimiter: string,
  final: boolean,
  onRecord: (record: CsvRecord) => void,
): number {
  const n = text.length;
  let p = 0;
  while (p < n) {
    const start = p;
    const cells: string[] = [];
    let broken = false;
    let nl = text.indexOf("\n", p);
    if (nl < 0 && !final) return start;
    if (nl < 0) nl = n;
    for (;;) {
      if (text.charCodeAt(p) === 34 /* " */) {
        let value = "";
        let q = p + 1;
        for (;;) {
          const j = text.indexOf('"', q);
          if (j < 0) {
            if (!final) return start;
            value += text.slice(q);
            q = n;
            broken = true;
            break;
          }
          if (text.charCodeAt(j + 1) === 34) {
            value += text.slice(q, j + 1);
            q = j + 2;
            continue;
          }
          if (j + 1 >= n && !final) return start; // the next chunk may begin with a quote
          value += text.slice(q, j);
          q = j + 1;
          break;
        }
        if (q > nl) {
          nl = text.indexOf("\n", q);
          if (nl < 0 && !final) return start;
          if (nl < 0) nl = n;
        }
        // Text after a closing quote (`"a"b`) is kept, not lost.
        let end = text.indexOf(delimiter, q);
        if (end < 0 || end > nl) end = nl;
        value += stripCr(text.slice(q, end), end === nl);
        cells.push(value);
        p = end;
      } else {
        let end = text.indexOf(delimiter, p);
        if (end < 0 || end > nl) end = nl;
        cells.push(stripCr(text.slice(p, end), end === nl));
        p = end;
      }
      if (p >= nl) break;
      p += delimiter.length;
    }
    p = nl + 1;
    onRecord({ cells, broken });
  }
  return n;
}

function stripCr(value: string, atLineEnd: boolean): string {
  return atLineEnd && value.charCodeAt(value.length - 1) === 13 ? value.slice(0, -1) : value;
}

/** Picks the delimiter that splits the header line into the most fields. */
export function detectDelimiter(headerLine: string): string {
  let best = ",";
  let bestCount = 0;
  for (const candidate of [",", ";", "\t", "|"]) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Escapes one value for COPY … (FORMAT csv); null becomes the empty unquoted field. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  if (s === "") return '""';
  if (/[",\n\r]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/**
 * One line of a CSV file for people to open: empty and missing values are both left empty. Text
 * starting with = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet shows it
 * instead of running it as a formula (a name like `=HYPERLINK(…)` in a village list stays text).
 */
export function csvRow(values: readonly unknown[]): string {
  return values
    .map((v) => {
      if (v === null || v === undefined || v === "") return "";
      const text = String(v);
      return csvField(typeof v === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    })
    .join(",");
}
