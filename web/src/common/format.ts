/** Numbers and dates as Indonesians write them: 1.234.567, Rp1.234.567, 27-11-2026. */
import i18n from "../i18n.ts";

const locale = () => (i18n.language === "en" ? "en-US" : "id-ID");

export function formatNumber(n: number): string {
  return n.toLocaleString(locale());
}

export function formatRupiah(n: number): string {
  return `Rp${n.toLocaleString("id-ID")}`;
}

/** An ISO date (yyyy-mm-dd…) as dd-mm-yyyy; masked parts (1990-••-••) stay masked. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "–";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}

/** A moment (ISO, UTC) in the browser's time zone: 27-11-2026 23:25. */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getDate())}-${two(at.getMonth() + 1)}-${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
