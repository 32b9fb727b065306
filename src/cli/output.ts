import { type Lang, toLang } from "../common/lang.ts";
import { type App, openApp } from "../core/app.ts";
import { loadConfig } from "../core/config.ts";

/** Options every reporting command takes. */
export interface ReportOptions {
  json?: boolean;
  lang?: string;
}

export function langOf(options: ReportOptions): Lang {
  return toLang(options.lang ?? process.env.PAYUNG_LANG);
}

/** Prints `data` as JSON with --json, otherwise the human text. */
export function report(options: ReportOptions, data: unknown, human: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`);
}

/** Opens the configured database for the length of one command. */
export async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(loadConfig());
  try {
    return await fn(app);
  } finally {
    await app.db.close();
  }
}

/** A plain table for terminals: columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const text = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))))];
  const widths = headers.map((_, i) => Math.max(...text.map((r) => r[i].length)));
  return text
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** 1234567 → 1.234.567 (Indonesian grouping) or 1,234,567. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "id" ? "id-ID" : "en-US");
}

export { formatRupiah } from "../common/rupiah.ts";

/** A fraction as a percentage with one decimal in Indonesian writing (43,2%); "–" for none. */
export function formatPercent(r: number | null): string {
  return r === null ? "–" : `${(r * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 })}%`;
}
