/**
 * Compares two source records field by field. Each comparison gives a level: 0 when either side
 * is missing (no evidence either way), 1 when the values disagree, and higher levels for closer
 * agreement. The Fellegi–Sunter model (model.ts) turns levels into weights.
 */
import { allDigits } from "../../common/nik.ts";
import { nameKey } from "./name-key.ts";

/** What matching needs of one source record, prepared once. */
export interface MatchFeatures {
  /** Normalised name words (titles, bin/binti, old spellings handled). */
  words: string[];
  /** The words joined: equal keys mean the same name however it was written. */
  key: string;
  /** Sound key of the first word: blocking. */
  sound: string;
  /** Birth date as yyyymmdd, 0 when unknown. */
  birth: number;
  sex: "L" | "P" | null;
  desa: string | null;
  kecamatan: string | null;
  /** The NIK's digits as written (valid or not), or null when it is not 14–18 digits. */
  nik: string | null;
  nikValid: boolean;
  /** Address words that tell places apart (no "Jl.", "RT", numbers). */
  place: string[];
  kk: string | null;
  /** The last nine digits of the phone number. */
  phone: string | null;
}

export interface RecordValues {
  name: string;
  nik: string | null;
  nik_valid: boolean;
  sex: string | null;
  birth_date: string | null;
  desa_code: string | null;
  kecamatan_code: string | null;
  address: string | null;
  kk_number: string | null;
  phone: string | null;
}

// biome-ignore format: word lists read better packed
const placeNoise = new Set([
  "JL", "JLN", "JALAN", "GG", "GANG", "KP", "KAMPUNG", "KMP", "RT", "RW", "NO", "DESA", "DS", "KEL",
  "KELURAHAN", "KEC", "KECAMATAN", "BLOK", "BLK", "DUSUN", "DSN", "PERUM", "RAYA",
]);

export function matchFeatures(r: RecordValues): MatchFeatures {
  const name = nameKey(r.name);
  const nik = r.nik && allDigits(r.nik) && r.nik.length >= 14 && r.nik.length <= 18 ? r.nik : null;
  const phoneDigits = r.phone?.replace(/\D/g, "") ?? "";
  return {
    words: name.words,
    key: name.key,
    sound: name.sound,
    birth: r.birth_date ? Number(r.birth_date.slice(0, 10).replaceAll("-", "")) : 0,
    sex: r.sex === "L" || r.sex === "P" ? r.sex : null,
    desa: r.desa_code,
    kecamatan: r.kecamatan_code ?? r.desa_code?.slice(0, 8) ?? null,
    nik,
    nikValid: r.nik_valid,
    place: placeWords(r.address),
    kk: r.kk_number || null,
    phone: phoneDigits.length >= 9 ? phoneDigits.slice(-9) : null,
  };
}

function placeWords(address: string | null): string[] {
  if (!address) return [];
  const words = address
    .toUpperCase()
    .replace(/[^A-Z ]+/g, " ")
    .split(" ");
  return [...new Set(words.filter((w) => w.length >= 3 && !placeNoise.has(w)))];
}

/** The fields compared, in the order of a comparison pattern. */
export const fields = ["name", "birth_date", "sex", "area", "nik", "address", "kk_number", "phone"] as const;
export type Field = (typeof fields)[number];

/** Level names per field, index = level (0 is always "missing"). */
export const levelNames: Record<Field, readonly string[]> = {
  name: ["missing", "different", "partial", "similar", "same"],
  birth_date: ["missing", "different", "same_year", "near", "same"],
  sex: ["missing", "different", "same"],
  area: ["missing", "different", "same_kecamatan", "same_desa"],
  nik: ["missing", "different", "one_edit", "same"],
  address: ["missing", "different", "similar"],
  kk_number: ["missing", "different", "same"],
  phone: ["missing", "different", "same"],
};

/** Fields a whole household shares: they may only support a match the person's own details make. */
export const householdFields: readonly Field[] = ["address", "kk_number", "phone"];

/** Bits per field in a packed comparison pattern. */
const bits = 3;

export function levelOf(pattern: number, field: number): number {
  return (pattern >> (field * bits)) & 7;
}

/** All field levels of a pair packed into one number, `bits` per field in `fields` order. */
export function comparePair(a: MatchFeatures, b: MatchFeatures): number {
  return (
    compareName(a, b) |
    (compareBirth(a.birth, b.birth) << 3) |
    (compareEqual(a.sex, b.sex) << 6) |
    (compareArea(a, b) << 9) |
    (compareNik(a.nik, b.nik, a.nikValid && b.nikValid) << 12) |
    (comparePlace(a.place, b.place) << 15) |
    (compareEqual(a.kk, b.kk) << 18) |
    (compareEqual(a.phone, b.phone) << 21)
  );
}

export function compareName(a: MatchFeatures, b: MatchFeatures): number {
  if (!a.key || !b.key) return 0;
  if (a.key === b.key) return 4;
  const similarity = jaroWinkler(...afterSharedWords(a.words, b.words));
  if (similarity >= 0.94 || sameWordsOrInitials(a.words, b.words)) return 3;
  if (similarity >= 0.85 || containedWords(a.words, b.words)) return 2;
  return 1;
}

/**
 * The names without the leading words they share: MUHAMAD ENJANG and MUHAMAD WAWAN are compared
 * as ENJANG and WAWAN, or the common first word would make any two look alike.
 */
function afterSharedWords(a: string[], b: string[]): [string, string] {
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return [a.slice(i).join(" "), b.slice(i).join(" ")];
}

/** Same number of words, each equal, close, or an initial of the other ("S. AMINAH" – "SITI AMINAH"). */
function sameWordsOrInitials(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let full = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.length === 1 || y.length === 1) {
      if (x[0] !== y[0]) return false;
    } else if (x === y || jaroWinkler(x, y) >= 0.9) full++;
    else return false;
  }
  return full > 0;
}

/** Every word of the shorter name appears in the longer one: a dropped family or second name. */
function containedWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || short.length === long.length) return false;
  return short.every((w) => long.includes(w));
}

export function compareBirth(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  if (a === b) return 4;
  const ya = Math.floor(a / 10000);
  const yb = Math.floor(b / 10000);
  const ma = Math.floor(a / 100) % 100;
  const mb = Math.floor(b / 100) % 100;
  const da = a % 100;
  const db = b % 100;
  const swapped = ya === yb && da === mb && ma === db;
  const oneTypo =
    (ya === yb ? 0 : 1) + (ma === mb ? 0 : 1) + (da === db ? 0 : 1) === 1 && digitsApart(a, b) === 1;
  if (swapped || oneTypo) return 3;
  return ya === yb ? 2 : 1;
}

/** How many of the eight digits differ. */
function digitsApart(a: number, b: number): number {
  let n = 0;
  for (let x = a, y = b; x > 0 || y > 0; x = Math.floor(x / 10), y = Math.floor(y / 10)) {
    if (x % 10 !== y % 10) n++;
  }
  return n;
}

function compareEqual(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  return a === b ? 2 : 1;
}

function compareArea(a: MatchFeatures, b: MatchFeatures): number {
  if (a.desa && b.desa) return a.desa === b.desa ? 3 : a.kecamatan === b.kecamatan ? 2 : 1;
  if (!a.kecamatan || !b.kecamatan) return 0;
  return a.kecamatan === b.kecamatan ? 2 : 1;
}

/**
 * Two valid NIKs one digit apart usually are two people: residents born on one day in one kecamatan
 * get serials 0001, 0002 …, so only two swapped digits count as a typo between valid NIKs. When one
 * side is invalid, any single edit (changed, swapped, dropped or added digit) does.
 */
export function compareNik(a: string | null, b: string | null, bothValid = false): number {
  if (a === null || b === null) return 0;
  if (a === b) return 3;
  return (bothValid ? swappedDigits(a, b) : oneEditApart(a, b)) ? 2 : 1;
}

/** Equal but for two neighbouring digits swapped. */
export function swappedDigits(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** One digit changed, two neighbours swapped, or one digit dropped or added. */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let count = 0;
    for (let i = 0; i < a.length && count <= 2; i++) if (a[i] !== b[i]) count++;
    return count <= 1 || swappedDigits(a, b);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Most of the shorter address's place words appear in the other. */
function comparePlace(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let shared = 0;
  for (const w of short) if (long.includes(w)) shared++;
  return shared / short.length >= 0.6 ? 2 : 1;
}

/** Jaro–Winkler similarity in [0, 1]; 1 means equal. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Uint8Array(lb);
  const matchedA = new Uint8Array(la);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - range);
    const to = Math.min(lb - 1, i + range);
    for (let j = from; j <= to; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
