import type { Lang } from "./common/lang.ts";
import type { Health, Holdings } from "./modules/health/health.service.ts";
import type { BatchRow } from "./modules/imports/imports.repository.ts";

const words = {
  id: {
    title: "Payung — perlindungan jaminan sosial pekerja rentan",
    running: "Payung berjalan",
    regency: "Wilayah",
    database: "Basis data",
    regions: "wilayah",
    batches: "batch impor",
    records: "baris data sumber",
    quarantined: "baris dikarantina",
    persons: "orang (setelah pencocokan)",
    review: "menunggu tinjauan (payung review list)",
    latest: "Impor terakhir",
    none: "Belum ada impor. Mulai dengan: payung import <berkas> --source <nama>",
    cols: ["Batch", "Sumber", "Berkas", "Baris", "Diterima", "Dikarantina", "Dilewati", "Selesai"],
    attribution: "Data wilayah: idn-area-data (ODbL).",
  },
  en: {
    title: "Payung — social security for vulnerable workers",
    running: "Payung is running",
    regency: "Area",
    database: "Database",
    regions: "regions",
    batches: "import batches",
    records: "source records",
    quarantined: "quarantined rows",
    persons: "persons (after matching)",
    review: "awaiting review (payung review list)",
    latest: "Latest imports",
    none: "No imports yet. Start with: payung import <file> --source <name>",
    cols: ["Batch", "Source", "File", "Rows", "Accepted", "Quarantined", "Skipped", "Finished"],
    attribution: "Region data: idn-area-data (ODbL).",
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** dd-mm-yyyy hh:mm, as dates are shown to users. */
function shownDate(d: Date): string {
  const x = new Date(d);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(x.getDate())}-${two(x.getMonth() + 1)}-${x.getFullYear()} ${two(x.getHours())}:${two(x.getMinutes())}`;
}

export function statusPage(input: {
  lang: Lang;
  health: Health;
  holdings: Holdings;
  batches: BatchRow[];
  regencyCode: string;
}): string {
  const w = words[input.lang];
  const n = (x: number) => x.toLocaleString(input.lang === "id" ? "id-ID" : "en-US");
  const c = input.holdings;
  const rows = input.batches
    .map((b) =>
      [
        b.id,
        b.source,
        b.fileName,
        n(b.rows),
        n(b.accepted),
        n(b.quarantined),
        n(b.skipped),
        shownDate(b.finishedAt),
      ]
        .map((v) => `<td>${escapeHtml(String(v))}</td>`)
        .join(""),
    )
    .map((r) => `<tr>${r}</tr>`)
    .join("");
  const other = input.lang === "id" ? "en" : "id";
  return `<!doctype html>
<html lang="${input.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left}
td:nth-child(n+4){text-align:right}ul{line-height:1.7}footer{margin-top:2rem;color:#555;font-size:.9rem}</style></head>
<body><header><h1>${w.title}</h1><p><a href="?lang=${other}">${other === "en" ? "English" : "Bahasa Indonesia"}</a></p></header>
<main><p><strong>${w.running}</strong> · ${w.database}: ${input.health.database} · ${w.regency}: ${escapeHtml(input.regencyCode)}</p>
<ul><li>${n(c.regions)} ${w.regions}</li><li>${n(c.batches)} ${w.batches}</li><li>${n(c.sourceRecords)} ${w.records}</li>
<li>${n(c.quarantined)} ${w.quarantined}</li><li>${n(c.persons)} ${w.persons}</li><li>${n(c.review)} ${w.review}</li></ul>
<h2>${w.latest}</h2>${
    rows
      ? `<table><thead><tr>${w.cols.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`
      : `<p>${w.none}</p>`
  }</main><footer>${w.attribution}</footer></body></html>`;
}
