/**
 * Indonesian names as lists write them, reduced to a key that compares the same person's name
 * spelt different ways: titles dropped, Muhammad in all its forms, old spellings (ejaan lama),
 * doubled letters, "bin/binti" and the father's name set aside.
 */
export interface NameKey {
  /** Words of the name, normalised, in order (e.g. ["MUHAMAD", "SOLEH"] → ["MUHAMAD", "SOLEH"]). */
  words: string[];
  /** The father's name after bin/binti, normalised, or null. */
  father: string | null;
  /** All words joined: the key for exact comparison. */
  key: string;
  /** A rough sound key of the first word, for blocking. */
  sound: string;
}

/** Titles and honorifics that say nothing about who the person is. */
// biome-ignore format: word lists read better packed
const titles = new Set([
  "H", "HJ", "HAJI", "HAJAH", "HAJJAH", "KH", "DR", "DRS", "DRA", "IR", "PROF", "BPK", "BAPAK", "IBU", "NY",
  "NYONYA", "TN", "TUAN", "SDR", "SDRI", "ALM", "ALMH", "ALMARHUM", "ALMARHUMAH", "UST", "USTAD", "USTADZ",
  "USTADZAH", "USTADAH", "SPD", "SPDI", "SAG", "SE", "SH", "SKOM", "SSOS", "SIP", "SKM", "SKEP", "SST", "STP",
  "SPT", "AMD", "AMDKEB", "AMKEB", "AMPD", "MM", "MPD", "MSI", "MAG", "MH", "MKES", "SPSI", "SHI",
  "SPDSD",
]);

/** Spellings of Muhammad, with and without the full stop, all one word. */
// biome-ignore format: word lists read better packed
const muhammad = new Set([
  "M", "MOH", "MOCH", "MOHD", "MUH", "MUHD", "MHD", "MOHAMAD", "MOHAMMAD", "MOHAMMED", "MUHAMAD", "MUHAMMAD",
  "MUHAMMED", "MUCHAMAD", "MUCHAMMAD", "MOCHAMAD", "MOCHAMMAD", "MOKHAMAD", "MUKHAMAD",
]);

/** Pre-1972 spellings to today's (applied to whole words, in this order). */
const oldSpellings: [RegExp, string][] = [
  [/OE/g, "U"],
  [/DJ/g, "J"],
  [/TJ/g, "C"],
  [/SJ/g, "SY"],
  [/CH/g, "KH"],
  [/NJ/g, "NY"],
  // Old J is today's Y; after DJ → J both spellings land on the same letter.
  [/J/g, "Y"],
];

export function nameKey(name: string): NameKey {
  // Titles are often written with dots and commas ("Hj.", "S.Pd.", ", S.E."): join their letters first.
  const cleaned = name
    .toUpperCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b([A-Z])\.(?=[A-Z]{1,3}\b\.?)/g, "$1") // S.Pd → SPd, A.Md → AMd
    .replace(/['’`]/g, "")
    .replace(/[^A-Z ]+/g, " ");
  const raw = cleaned.split(" ").filter(Boolean);
  const words: string[] = [];
  let father: string[] | null = null;
  for (const [i, word] of raw.entries()) {
    if (word === "BIN" || word === "BINTI" || word === "BT" || word === "BINT") {
      father = [];
      continue;
    }
    if (titles.has(word)) continue;
    // A lone M at the end is an initial ("Siti M."), not Muhammad.
    const isMuhammad = muhammad.has(word) && (word !== "M" || i < raw.length - 1);
    const normal = isMuhammad ? "MUHAMAD" : modernise(word);
    (father ?? words).push(normal);
  }
  // A name that was only titles ("H.") keeps its letters rather than vanishing.
  if (words.length === 0 && raw.length > 0)
    words.push(...raw.filter((w) => !w.startsWith("BIN")).map(modernise));
  const key = words.join(" ");
  return { words, father: father?.length ? father.join(" ") : null, key, sound: soundKey(words[0] ?? "") };
}

function modernise(word: string): string {
  let w = word;
  for (const [from, to] of oldSpellings) w = w.replace(from, to);
  return w.replace(/([A-Z])\1+/g, "$1"); // doubled letters: ROHMANN, ABDULLAH → ABDULAH
}

/**
 * A short sound key for blocking: the first letter, then consonants with similar sounds merged and
 * vowels dropped (SUPRIYADI and SOEPRIJADI both become S-PRYD after modernising).
 */
export function soundKey(word: string): string {
  if (!word) return "";
  const groups: Record<string, string> = {
    B: "P",
    V: "P",
    F: "P",
    D: "T",
    Z: "S",
    C: "S",
    K: "K",
    Q: "K",
    G: "K",
    X: "K",
  };
  let key = word[0];
  let last = "";
  for (const ch of word.slice(1)) {
    if ("AEIOUHW".includes(ch)) {
      last = "";
      continue;
    }
    const code = groups[ch] ?? ch;
    if (code !== last) key += code;
    last = code;
  }
  return key.slice(0, 5);
}
