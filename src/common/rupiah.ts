/** 1234567 → Rp1.234.567: money is written the Indonesian way in either language. */
export function formatRupiah(n: number): string {
  return `Rp${n.toLocaleString("id-ID")}`;
}
