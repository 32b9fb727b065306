/**
 * Amounts in Indonesian words (terbilang), as letters and receipts write them: 42000000 → "empat
 * puluh dua juta". KBBI spelling ("miliar", "seribu", "sebelas"); BigInt so no amount is too large
 * to spell or loses digits; zero is "nol" and a negative amount starts with "minus".
 */
const digits = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const scales = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun", "sekstiliun"];

export function terbilang(amount: number | bigint): string {
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    throw new RangeError(`terbilang: ${amount} is not a whole number (use a bigint for large amounts)`);
  }
  let n = BigInt(amount);
  if (n === 0n) return "nol";
  const negative = n < 0n;
  if (negative) n = -n;
  const words: string[] = [];
  for (let scale = 0; n > 0n; scale++, n /= 1000n) {
    if (scale >= scales.length) throw new RangeError("terbilang: the amount is too large to spell");
    const group = Number(n % 1000n);
    if (group === 0) continue;
    // One thousand is "seribu", but one million "satu juta".
    const spelled = scale === 1 && group === 1 ? "se" : `${belowThousand(group)} `;
    words.unshift(`${spelled}${scales[scale]}`.trim());
  }
  return `${negative ? "minus " : ""}${words.join(" ")}`;
}

/** An amount of rupiah in words, as on a handover letter: "empat puluh dua juta rupiah". */
export function terbilangRupiah(amount: number | bigint): string {
  return `${terbilang(amount)} rupiah`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? "" : hundreds === 1 ? "seratus" : `${digits[hundreds]} ratus`;
  return [head, belowHundred(rest)].filter(Boolean).join(" ");
}

function belowHundred(n: number): string {
  if (n < 10) return digits[n];
  if (n === 10) return "sepuluh";
  if (n === 11) return "sebelas";
  if (n < 20) return `${digits[n % 10]} belas`;
  return [`${digits[Math.floor(n / 10)]} puluh`, digits[n % 10]].filter(Boolean).join(" ");
}
