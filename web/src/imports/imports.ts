import { api } from "../common/api.ts";

export interface Preview {
  file: string;
  headers: string[];
  rows: string[][];
  columns: { header: string; field: string | null; recognised: boolean }[];
  remembered: boolean;
  kind: "people" | "bpjs-members";
  fields: string[];
}

export interface Job {
  id: number;
  kind: string;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  progress: { step?: string; rows?: number; bytesRead?: number; bytes?: number } | null;
  result: Record<string, unknown> | null;
  error: { code: string; message: string } | null;
}

export interface Batch {
  batch: number;
  source: string;
  file: string;
  rows: number;
  accepted: number;
  quarantined: number;
  skipped: number;
  issues: Record<string, number>;
}

export interface QuarantineRow {
  row: number;
  disposition: string;
  reasons: { code: string; message: string }[];
  cells: string[];
}

/** Sends a file (streamed by the browser, never read into a page's memory) and answers its token. */
export async function upload(file: File): Promise<string> {
  const type = file.name.toLowerCase().endsWith(".xlsx")
    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    : "text/csv";
  const sent = await api<{ upload: string }>(`/uploads?filename=${encodeURIComponent(file.name)}`, {
    body: file,
    contentType: type,
  });
  return sent.upload;
}

export function startImport(
  token: string,
  body: { source: string; kind?: string; mapping?: { columns: Record<string, string | null> } },
): Promise<Job> {
  return api<Job>(`/uploads/${token}/import`, { json: body });
}

/** Rows back to CSV (the fixed quarantine goes back through the same import). */
export function toCsv(headers: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[headers, ...rows].map((r) => r.map(cell).join(",")).join("\n")}\n`;
}
