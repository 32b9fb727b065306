/**
 * Writes the lists that different offices send about the same synthetic population, each in the
 * dialect of its office (delimiter, encoding, headers, date format) and with the defects those
 * lists really have: broken NIKs, spelling variants, swapped dates, misspelt villages, blank and
 * total rows. The importers and the matching code are exercised against these files.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { type CellValue, writeXlsx } from "hucre/xlsx";
import { nonAsnOccupations } from "./names.ts";
import {
  ageIn,
  capitalize,
  type DateParts,
  type DemoPerson,
  type DemoRegions,
  deriveSeed,
  generatePopulation,
  pad,
  parseIsoDate,
  Random,
  referenceYear,
  toOldSpelling,
  Weighted,
} from "./population.ts";

export type DemoSource =
  | "dtks"
  | "dkp-nelayan"
  | "distan-petani"
  | "usulan-desa"
  | "non-asn"
  | "bpjs-peserta";

export interface DemoFile {
  file: string;
  source: DemoSource;
  /** Data rows written: no header, blank lines or total row. */
  rows: number;
}

export interface DemoFilesOptions {
  dir: string;
  /** How many people to generate, or a population generated before with the same seed. */
  people: number | readonly DemoPerson[];
  seed: number;
  regions: DemoRegions;
}

export async function writeDemoFiles({ dir, people, seed, regions }: DemoFilesOptions): Promise<DemoFile[]> {
  const population = typeof people === "number" ? generatePopulation({ people, seed, regions }) : people;
  await fs.mkdir(dir, { recursive: true });
  const files: DemoFile[] = [];
  for (const [source, write] of writers) {
    const random = new Random(deriveSeed(seed, source));
    const { name, rows } = await write({ dir, population, random });
    files.push({ file: path.join(dir, name), source, rows });
  }
  return files;
}

type SourceWriter = (input: {
  dir: string;
  population: readonly DemoPerson[];
  random: Random;
}) => Promise<{ name: string; rows: number }>;

// ---------------------------------------------------------------------------------------------
// Defects

/** Chance per row of each kind of defect; each field (NIK, date, …) gets at most one. */
export interface DefectRates {
  nikMissing: number;
  /** 15 or 17 digits. */
  nikLength: number;
  nikTransposed: number;
  /** "3.60301E+15": the file went through Excel, which keeps 15 significant digits at most. */
  nikScientific: number;
  /** Spaces or a leading apostrophe around the digits. */
  nikDecorated: number;
  nikSerialZero: number;
  nameVariant: number;
  /** Day and month swapped where both are ≤ 12, so the result is still a valid date. */
  dateSwap: number;
  /** Day and month swapped where the day is > 12, giving month 13–31. */
  dateSwapImpossible: number;
  /** 31-02-1980 and the like. */
  dateImpossible: number;
  dateEmpty: number;
  desaTypo: number;
  /** "Desa " / "Kel." prefix or a different case. */
  desaStyle: number;
  /** "Kec. Mauk", "KECAMATAN MAUK". */
  kecamatanStyle: number;
  sexMissing: number;
  sexWrong: number;
  desilBlank: number;
}

const noDefects: DefectRates = {
  nikMissing: 0,
  nikLength: 0,
  nikTransposed: 0,
  nikScientific: 0,
  nikDecorated: 0,
  nikSerialZero: 0,
  nameVariant: 0,
  dateSwap: 0,
  dateSwapImpossible: 0,
  dateImpossible: 0,
  dateEmpty: 0,
  desaTypo: 0,
  desaStyle: 0,
  kecamatanStyle: 0,
  sexMissing: 0,
  sexWrong: 0,
  desilBlank: 0,
};

/** Lists typed by hand in an office and saved from Excel: the messiest kind. */
export const handTyped: DefectRates = {
  nikMissing: 0.03,
  nikLength: 0.04,
  nikTransposed: 0.04,
  nikScientific: 0.03,
  nikDecorated: 0.05,
  nikSerialZero: 0.01,
  nameVariant: 0.35,
  dateSwap: 0.12,
  dateSwapImpossible: 0.01,
  dateImpossible: 0.005,
  dateEmpty: 0.02,
  desaTypo: 0.06,
  desaStyle: 0.07,
  kecamatanStyle: 0.08,
  sexMissing: 0.015,
  sexWrong: 0.01,
  desilBlank: 0,
};

/**
 * DTKS and BPJS come out of national systems that check the NIK against the civil registry, so
 * their NIKs are cleaner, but names and places still differ from the local lists.
 */
export const dtksDefects: DefectRates = {
  ...noDefects,
  nikMissing: 0.005,
  nikLength: 0.01,
  nikTransposed: 0.015,
  nikDecorated: 0.01,
  nikSerialZero: 0.003,
  nameVariant: 0.2,
  dateSwap: 0.05,
  dateSwapImpossible: 0.003,
  dateImpossible: 0.002,
  dateEmpty: 0.005,
  desaTypo: 0.02,
  desaStyle: 0.04,
  kecamatanStyle: 0.03,
  sexMissing: 0.005,
  sexWrong: 0.005,
  desilBlank: 0.03,
};

export const bpjsDefects: DefectRates = {
  ...noDefects,
  nikLength: 0.005,
  nikTransposed: 0.01,
  nikSerialZero: 0.002,
  nameVariant: 0.2,
  dateSwap: 0.03,
  dateEmpty: 0.003,
};

const nonAsnDefects: DefectRates = {
  ...handTyped,
  nikMissing: 0.01,
  nikScientific: 0,
  nameVariant: 0.25,
  dateSwap: 0.08,
};

type NameVariant = (name: string, person: DemoPerson, random: Random) => string | null;

const titlePattern = /^(H|Hj|HJ)\.?\s+/;

function toggleTitle(name: string, person: DemoPerson, random: Random): string | null {
  if (titlePattern.test(name)) return name.replace(titlePattern, "");
  if (ageIn(referenceYear, person.birthDate) < 35) return null;
  const title = person.sex === "L" ? random.pick(["H.", "H.", "H"]) : random.pick(["Hj.", "Hj.", "Hj"]);
  return `${title} ${name}`;
}

function muhammadVariant(name: string, _person: DemoPerson, random: Random): string | null {
  if (/\bMuhammad\b/.test(name)) {
    const spelling = random.pick(["Moh.", "M.", "Muh.", "Mohammad", "Muhamad", "Mochammad", "Mohamad"]);
    return name.replace(/\bMuhammad\b/, spelling);
  }
  if (/\bAhmad\b/.test(name)) return name.replace(/\bAhmad\b/, random.pick(["Achmad", "Akhmad", "A."]));
  if (/\bAbdul\b/.test(name)) return name.replace(/\bAbdul\b/, random.pick(["Abd.", "Abdoel"]));
  return null;
}

/** oe ↔ u, dj ↔ j, tj ↔ c: old spellings are dropped in one list and kept in another. */
function spellingVariant(name: string, _person: DemoPerson, random: Random): string | null {
  if (/oe|dj|tj/i.test(name)) {
    return name
      .replace(/oe/gi, (m) => (m[0] === "O" ? "U" : "u"))
      .replace(/dj/gi, (m) => (m[0] === "D" ? "J" : "j"))
      .replace(/tj/gi, (m) => (m[0] === "T" ? "C" : "c"));
  }
  const old = toOldSpelling(name, random);
  return old === name ? null : old;
}

function doubledLetter(name: string, _person: DemoPerson, random: Random): string | null {
  const doubles = [...name.matchAll(/([a-z])\1/g)];
  if (doubles.length > 0 && random.chance(0.6)) {
    const at = random.pick(doubles).index;
    return name.slice(0, at) + name.slice(at + 1);
  }
  const singles = [...name.matchAll(/(?<=[aeiou])[bdfgklmnprst](?=[aeiou])/g)];
  if (singles.length === 0) return null;
  const match = random.pick(singles);
  return name.slice(0, match.index) + match[0] + name.slice(match.index);
}

function binBinti(name: string, person: DemoPerson, random: Random): string | null {
  if (name.split(" ").length > 2) return null;
  const word =
    person.sex === "L" ? random.pick(["bin", "bin", "Bin"]) : random.pick(["binti", "binti", "Binti"]);
  return `${name} ${word} ${person.fatherName}`;
}

function initials(name: string, _person: DemoPerson, random: Random): string | null {
  const title = name.match(titlePattern)?.[0] ?? "";
  const words = name.slice(title.length).split(" ");
  if (words.length < 2) return null;
  const i = random.chance(0.5) ? 0 : words.length - 1;
  words[i] = `${words[i][0]}.`;
  return title + words.join(" ");
}

function changeCase(name: string, _person: DemoPerson, random: Random): string {
  return random.chance(0.6) ? name.toUpperCase() : name.toLowerCase();
}

function extraSpaces(name: string, _person: DemoPerson, random: Random): string {
  const roll = random.next();
  if (roll < 0.5 && name.includes(" ")) return name.replace(" ", "  ");
  return roll < 0.75 ? `${name} ` : ` ${name}`;
}

const nameVariants = new Weighted<NameVariant>([
  [toggleTitle, 2],
  [muhammadVariant, 2],
  [spellingVariant, 1.5],
  [doubledLetter, 1.5],
  [binBinti, 1.5],
  [initials, 1.5],
  [changeCase, 1],
  [extraSpaces, 1],
]);

const impossibleMonths = [4, 6, 9, 11];

type NikDefect = "missing" | "length" | "transposed" | "scientific" | "decorated" | "serialZero";
type DateDefect = "empty" | "impossible" | "swap";

/**
 * One roll picks at most one of several exclusive defects, each with its own chance, so a field is
 * never both missing and misspelt.
 */
function whichDefect<K>(random: Random, chances: readonly (readonly [K, number])[]): K | null {
  let roll = random.next();
  for (const [kind, chance] of chances) {
    if (roll < chance) return kind;
    roll -= chance;
  }
  return null;
}

/** Applies defects to one row's fields; one instance per file so each file has its own stream. */
export class Mangler {
  private readonly nikChances: [NikDefect, number][];
  /** Days ≤ 12 swap into another valid date; larger days swap into a month that does not exist. */
  private readonly lowDayChances: [DateDefect, number][];
  private readonly highDayChances: [DateDefect, number][];
  private readonly sameDayChances: [DateDefect, number][];

  constructor(
    readonly random: Random,
    readonly rates: DefectRates,
  ) {
    this.nikChances = [
      ["missing", rates.nikMissing],
      ["length", rates.nikLength],
      ["transposed", rates.nikTransposed],
      ["scientific", rates.nikScientific],
      ["decorated", rates.nikDecorated],
      ["serialZero", rates.nikSerialZero],
    ];
    const always: [DateDefect, number][] = [
      ["empty", rates.dateEmpty],
      ["impossible", rates.dateImpossible],
    ];
    this.lowDayChances = [...always, ["swap", rates.dateSwap]];
    this.highDayChances = [...always, ["swap", rates.dateSwapImpossible]];
    this.sameDayChances = always;
  }

  nik(nik: string): string {
    const random = this.random;
    switch (whichDefect(random, this.nikChances)) {
      case "missing":
        return "";
      case "length":
        return changeLength(nik, random);
      case "transposed":
        return transpose(nik, random);
      case "scientific":
        return scientific(nik);
      case "decorated":
        return decorate(nik, random);
      case "serialZero":
        return `${nik.slice(0, 12)}0000`;
      default:
        return nik;
    }
  }

  name(person: DemoPerson): string {
    const random = this.random;
    if (!random.chance(this.rates.nameVariant)) return person.name;
    let name = person.name;
    const changes = random.chance(0.15) ? 2 : 1;
    for (let done = 0, tries = 0; done < changes && tries < 6; tries++) {
      const changed = nameVariants.pick(random)(name, person, random);
      if (changed !== null && changed !== name) {
        name = changed;
        done++;
      }
    }
    return name;
  }

  /** The birth date as written in the list, or null when the cell is empty. */
  date(iso: string): DateParts | null {
    const random = this.random;
    const date = parseIsoDate(iso);
    const chances =
      date.day === date.month
        ? this.sameDayChances
        : date.day <= 12
          ? this.lowDayChances
          : this.highDayChances;
    switch (whichDefect(random, chances)) {
      case "empty":
        return null;
      case "impossible": {
        const month = random.chance(0.6) ? 2 : random.pick(impossibleMonths);
        return { year: date.year, month, day: month === 2 ? random.int(30, 31) : 31 };
      }
      case "swap":
        return { year: date.year, month: date.day, day: date.month };
      default:
        return date;
    }
  }

  desa(person: DemoPerson): string {
    const { random, rates } = this;
    let name = person.desaName;
    if (random.chance(rates.desaTypo)) name = typo(name, random);
    if (random.chance(rates.desaStyle)) {
      // The 5th part of a village code starts with 1 for a kelurahan, 2 for a desa.
      const kelurahan = person.desaCode.slice(9, 10) === "1";
      const roll = random.next();
      if (roll < 0.5) name = kelurahan ? `Kel. ${name}` : `Desa ${name}`;
      else if (roll < 0.75) name = name.toUpperCase();
      else name = name.toLowerCase();
    }
    return name;
  }

  kecamatan(person: DemoPerson): string {
    const name = person.kecamatanName;
    if (!this.random.chance(this.rates.kecamatanStyle)) return name;
    const roll = this.random.next();
    if (roll < 0.4) return `Kec. ${name}`;
    if (roll < 0.7) return `KECAMATAN ${name.toUpperCase()}`;
    if (roll < 0.85) return `KEC. ${name.toUpperCase()}`;
    return `Kecamatan ${name}`;
  }

  sex<T>(person: DemoPerson, labels: { L: T; P: T }, missing: T): T {
    const roll = this.random.next();
    if (roll < this.rates.sexMissing) return missing;
    if (roll < this.rates.sexMissing + this.rates.sexWrong) return person.sex === "L" ? labels.P : labels.L;
    return labels[person.sex];
  }

  desil(person: DemoPerson): string {
    return this.random.chance(this.rates.desilBlank) ? "" : String(person.desil);
  }

  /** Phone numbers as people write them: +62, dashes, spaces, or a dash for none. */
  phone(person: DemoPerson): string {
    const random = this.random;
    if (person.phone === null) return random.pick(["", "", "-", "0"]);
    const phone = person.phone;
    const roll = random.next();
    if (roll < 0.8) return phone;
    if (roll < 0.88) return `+62${phone.slice(1)}`;
    if (roll < 0.93) return `62${phone.slice(1)}`;
    if (roll < 0.97) return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
    return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
  }
}

function changeLength(nik: string, random: Random): string {
  const at = random.int(2, nik.length - 1);
  return random.chance(0.55)
    ? nik.slice(0, at) + nik.slice(at + 1)
    : nik.slice(0, at) + nik[at] + nik.slice(at);
}

function transpose(nik: string, random: Random): string {
  const positions: number[] = [];
  for (let i = 0; i < nik.length - 1; i++) if (nik[i] !== nik[i + 1]) positions.push(i);
  if (positions.length === 0) return nik;
  const i = random.pick(positions);
  return nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
}

/** Excel's General format: six significant digits, trailing zeros dropped, "3.60301E+15". */
export function scientific(nik: string): string {
  const [mantissa, exponent] = Number(nik).toExponential(5).split("e");
  const trimmed = mantissa.replace(/\.?0+$/, "");
  return `${trimmed}E${exponent.startsWith("-") ? exponent : `+${exponent.replace("+", "")}`}`;
}

function decorate(nik: string, random: Random): string {
  const roll = random.next();
  if (roll < 0.3) return `'${nik}`;
  if (roll < 0.55) return `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`;
  if (roll < 0.8) return `${nik} `;
  return ` ${nik}`;
}

/** One letter changed to a similar vowel, or dropped. */
function typo(name: string, random: Random): string {
  const positions: number[] = [];
  for (let i = 1; i < name.length; i++) if (/[a-z]/.test(name[i])) positions.push(i);
  if (positions.length === 0) return name;
  const at = random.pick(positions);
  if (random.chance(0.5) || !/[aiueo]/.test(name[at])) return name.slice(0, at) + name.slice(at + 1);
  const vowel = random.pick([..."aiueo"].filter((v) => v !== name[at]));
  return name.slice(0, at) + vowel + name.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers

function dmy(date: DateParts | null, separator: string): string {
  if (!date) return "";
  return `${pad(date.day)}${separator}${pad(date.month)}${separator}${date.year}`;
}

function ymd(date: DateParts | null): string {
  if (!date) return "";
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function isRealDate(date: DateParts): boolean {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return d.getUTCMonth() === date.month - 1 && d.getUTCDate() === date.day;
}

/** RFC 4180 quoting, only where a cell needs it. */
export function csvLine(cells: readonly string[], delimiter: string): string {
  const special = specialCharacters(delimiter);
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) line += delimiter;
    line += special.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return line;
}

const specialByDelimiter = new Map<string, RegExp>();

function specialCharacters(delimiter: string): RegExp {
  let pattern = specialByDelimiter.get(delimiter);
  if (!pattern) {
    pattern = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, "\\$&")}"\r\n]`);
    specialByDelimiter.set(delimiter, pattern);
  }
  return pattern;
}

/** Characters of Windows-1252 outside Latin-1; everything else unknown becomes "?", as Windows does. */
const windows1252Extras: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  "„": 0x84,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "–": 0x96,
  "—": 0x97,
};

export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (windows1252Extras[text[i]] ?? 0x3f);
  }
  return bytes;
}

function byDesa(people: DemoPerson[]): DemoPerson[] {
  // Array.prototype.sort is stable, so households stay together within a desa.
  return people.sort((a, b) => (a.desaCode < b.desaCode ? -1 : a.desaCode > b.desaCode ? 1 : 0));
}

function titleCase(text: string): string {
  return text.split(" ").map(capitalize).join(" ");
}

/** Fixed document dates: the XLSX bytes must depend on the seed alone. */
const xlsxProperties = {
  creator: "Payung demo",
  created: new Date(Date.UTC(2025, 4, 20)),
  modified: new Date(Date.UTC(2025, 4, 20)),
};

async function writeSheet(
  file: string,
  sheetName: string,
  columns: { header: string; numFmt?: string }[],
  rows: CellValue[][],
): Promise<void> {
  const keys = columns.map((_, i) => `c${i}`);
  // An empty cell is absent in a workbook, not an empty string.
  const data = rows.map((row) =>
    Object.fromEntries(row.map((value, i) => [keys[i], value === "" ? null : value])),
  );
  const bytes = await writeXlsx({
    properties: xlsxProperties,
    sheets: [{ name: sheetName, columns: columns.map((c, i) => ({ ...c, key: keys[i] })), data }],
  });
  await fs.writeFile(file, bytes);
}

// ---------------------------------------------------------------------------------------------
// dtks: national welfare register, `;`, UTF-8, everything upper case

export const dtksHeader = [
  "NIK",
  "NAMA",
  "JENIS KELAMIN",
  "TANGGAL LAHIR",
  "TEMPAT LAHIR",
  "ALAMAT",
  "RT",
  "RW",
  "KELURAHAN",
  "KECAMATAN",
  "PEKERJAAN",
  "DESIL",
  "NO KK",
  "TGL DATA",
];

/** Desil snapshots: each kecamatan was surveyed in one round, a few households in another. */
const dtksSnapshots = ["15-03-2025", "10-09-2024", "20-01-2025"];

/** Formats people as DTKS lines with DTKS-grade defects; shared with the large synthetic list. */
export function dtksFormatter(random: Random): (person: DemoPerson) => string {
  const mangler = new Mangler(random, dtksDefects);
  const sexLabels = { L: "LAKI-LAKI", P: "PEREMPUAN" };
  // The same few hundred places and occupations come back on every row: upper-case them once.
  const upperCache = new Map<string, string>();
  const upper = (text: string) => {
    let result = upperCache.get(text);
    if (result === undefined) {
      result = text.toUpperCase();
      if (upperCache.size < 10_000) upperCache.set(text, result);
    }
    return result;
  };
  return (person) => {
    const round = random.chance(0.9) ? Number(person.kecamatanCode.slice(-2)) % 3 : random.int(0, 2);
    return csvLine(
      [
        mangler.nik(person.nik),
        mangler.name(person).toUpperCase(),
        mangler.sex(person, sexLabels, ""),
        dmy(mangler.date(person.birthDate), "-"),
        upper(person.birthPlace),
        upper(person.address),
        person.rt,
        person.rw,
        upper(mangler.desa(person)),
        upper(mangler.kecamatan(person)),
        upper(person.occupation),
        mangler.desil(person),
        person.kk,
        dtksSnapshots[round],
      ],
      ";",
    );
  };
}

/** About 60% of people, whole households at a time, the poorest first. */
function selectDtks(population: readonly DemoPerson[], random: Random): DemoPerson[] {
  const included = new Map<string, boolean>();
  const inclusion = [0, 0.97, 0.95, 0.85, 0.75, 0.42, 0.3, 0.12, 0.08, 0.05, 0.05];
  return population.filter((person) => {
    let keep = included.get(person.kk);
    if (keep === undefined) {
      keep = random.chance(inclusion[person.desil]);
      included.set(person.kk, keep);
    }
    return keep;
  });
}

const writeDtks: SourceWriter = async ({ dir, population, random }) => {
  const people = byDesa(selectDtks(population, random));
  const format = dtksFormatter(random);
  const lines = [csvLine(dtksHeader, ";"), ...people.map(format)];
  const name = "dtks.csv";
  await fs.writeFile(path.join(dir, name), `${lines.join("\n")}\n`);
  return { name, rows: people.length };
};

// ---------------------------------------------------------------------------------------------
// dkp-nelayan: fisheries office, `,`, Windows-1252, CRLF (saved from Excel)

const writeDkp: SourceWriter = async ({ dir, population, random }) => {
  const people = byKecamatan(population.filter((p) => p.occupation === "nelayan" && random.chance(0.85)));
  const mangler = new Mangler(random, handTyped);
  const header = ["No", "No KTP", "Nama Nelayan", "L/P", "Tgl Lahir", "Alamat", "Desa", "Kecamatan", "No HP"];
  const lines = [csvLine(header, ",")];
  people.forEach((person, i) => {
    const name = mangler.name(person);
    lines.push(
      csvLine(
        [
          String(i + 1),
          mangler.nik(person.nik),
          random.chance(0.3) ? name.toUpperCase() : name,
          mangler.sex(person, { L: "L", P: "P" }, ""),
          dmy(mangler.date(person.birthDate), "/"),
          random.chance(0.5) ? `${person.address}, RT ${person.rt}/${person.rw}` : person.address,
          mangler.desa(person),
          mangler.kecamatan(person),
          mangler.phone(person),
        ],
        ",",
      ),
    );
  });
  const name = "dkp-nelayan.csv";
  await fs.writeFile(path.join(dir, name), encodeWindows1252(`${lines.join("\r\n")}\r\n`));
  return { name, rows: people.length };
};

function byKecamatan(people: DemoPerson[]): DemoPerson[] {
  return people.sort((a, b) =>
    a.kecamatanCode < b.kecamatanCode ? -1 : a.kecamatanCode > b.kecamatanCode ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------
// distan-petani: agriculture office, XLSX with real date cells and NIKs typed in every way

const writeDistan: SourceWriter = async ({ dir, population, random }) => {
  const chance = { petani: 0.85, "buruh tani": 0.6 } as Record<string, number>;
  const people = byDesa(population.filter((p) => random.chance(chance[p.occupation] ?? 0)));
  const mangler = new Mangler(random, { ...handTyped, nikScientific: 0.02, nikDecorated: 0.06 });
  const rows = people.map((person): CellValue[] => [
    distanNik(person.nik, mangler),
    mangler.name(person),
    mangler.sex(person, { L: 1, P: 2 }, null),
    distanDate(mangler.date(person.birthDate), random),
    `${person.address} RT ${person.rt} RW ${person.rw}`,
    mangler.desa(person).toUpperCase(),
    mangler.kecamatan(person).toUpperCase(),
    distanPhone(mangler.phone(person), random),
  ]);
  const columns = [
    { header: "NIK" },
    { header: "NAMA PETANI" },
    { header: "JK (1=L, 2=P)" },
    { header: "TANGGAL LAHIR", numFmt: "dd/mm/yyyy" },
    { header: "ALAMAT" },
    { header: "DESA" },
    { header: "KECAMATAN" },
    { header: "NO. HP" },
  ];
  const name = "distan-petani.xlsx";
  await writeSheet(path.join(dir, name), "Data Petani", columns, rows);
  return { name, rows: people.length };
};

/** In a workbook a scientific NIK is a number cell that already lost its 16th digit. */
function distanNik(nik: string, mangler: Mangler): CellValue {
  const value = mangler.nik(nik);
  if (value.includes("E+")) return Number(`${nik.slice(0, 15)}0`);
  // Operators type an apostrophe to stop Excel from rounding, and it ends up in the cell.
  if (value.trim() !== value || value.includes(" ")) return `'${nik}`;
  return value;
}

function distanDate(date: DateParts | null, random: Random): CellValue {
  if (!date) return null;
  if (isRealDate(date) && random.chance(0.9)) return new Date(Date.UTC(date.year, date.month - 1, date.day));
  return dmy(date, random.chance(0.5) ? "/" : "-");
}

/** A phone typed into a number cell loses its leading zero. */
function distanPhone(phone: string, random: Random): CellValue {
  if (/^0\d+$/.test(phone) && random.chance(0.15)) return Number(phone);
  return phone === "" ? null : phone;
}

// ---------------------------------------------------------------------------------------------
// usulan-desa: village proposals, tab-separated, UTF-8 with BOM, blank lines and a total row

const writeUsulan: SourceWriter = async ({ dir, population, random }) => {
  const chosen = population.filter((p) => random.chance(p.kpj ? 0.15 : p.desil <= 6 ? 0.56 : 0.22));
  // Two desa operators sometimes propose the same person: the duplicate is part of the test.
  const duplicates = chosen.filter(() => random.chance(0.01));
  const people = byDesa([...chosen, ...duplicates]);
  const mangler = new Mangler(random, handTyped);
  const emptyNames = pickIndexes(people.length, random.int(3, 10), random);
  const header = [
    "NO_NIK",
    "NAMA LENGKAP",
    "JK",
    "TGL_LHR",
    "ALAMAT",
    "RT/RW",
    "DESA/KELURAHAN",
    "KEC",
    "PEKERJAAN",
    "NO_KK",
  ];
  // Rows deleted by clearing their cells: Excel then saves an empty line or a line of tabs.
  const blankLines = pickIndexes(people.length, random.int(2, 6), random);
  const blankLine = () => (random.chance(0.5) ? "" : "\t".repeat(header.length - 1));
  const lines = [csvLine(header, "\t")];
  people.forEach((person, i) => {
    if (i > 0 && blankLines.has(i)) lines.push(blankLine());
    lines.push(
      csvLine(
        [
          mangler.nik(person.nik),
          emptyNames.has(i) ? "" : mangler.name(person),
          mangler.sex(person, { L: "L", P: "P" }, ""),
          ymd(mangler.date(person.birthDate)),
          person.address,
          rtRw(person, random),
          mangler.desa(person),
          mangler.kecamatan(person),
          random.chance(0.5) ? titleCase(person.occupation) : person.occupation.toUpperCase(),
          random.chance(0.02) ? "" : person.kk,
        ],
        "\t",
      ),
    );
  });
  lines.push(blankLine());
  lines.push(csvLine(["JUMLAH", String(people.length), ...Array(header.length - 2).fill("")], "\t"));
  const name = "usulan-desa.csv";
  await fs.writeFile(path.join(dir, name), `\uFEFF${lines.join("\r\n")}\r\n`);
  return { name, rows: people.length };
};

function rtRw(person: DemoPerson, random: Random): string {
  const roll = random.next();
  if (roll < 0.8) return `${person.rt}/${person.rw}`;
  if (roll < 0.92) return `${Number(person.rt)}/${Number(person.rw)}`;
  return `${person.rt.slice(1)}/${person.rw.slice(1)}`;
}

function pickIndexes(size: number, count: number, random: Random): Set<number> {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, size)) picked.add(random.int(0, size - 1));
  return picked;
}

// ---------------------------------------------------------------------------------------------
// non-asn: the regency's own non-civil-servant staff, XLSX with text dates

const writeNonAsn: SourceWriter = async ({ dir, population, random }) => {
  const people = population.filter((p) => nonAsnOccupations.includes(p.occupation) && random.chance(0.9));
  const withUnits = people
    .map((person) => ({ person, unit: unitKerja(person, random) }))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const mangler = new Mangler(random, nonAsnDefects);
  const sexLabels = { L: "Laki-laki", P: "Perempuan" };
  const rows = withUnits.map(({ person, unit }, i): CellValue[] => [
    i + 1,
    mangler.nik(person.nik),
    mangler.name(person),
    mangler.sex(person, sexLabels, ""),
    person.birthPlace,
    dmy(mangler.date(person.birthDate), "-"),
    person.occupation,
    unit,
    `${person.address} RT ${person.rt}/RW ${person.rw}`,
    mangler.kecamatan(person),
    mangler.desa(person),
  ]);
  const columns = [
    "No",
    "NIK",
    "Nama",
    "Jenis Kelamin",
    "Tempat Lahir",
    "Tanggal Lahir",
    "Jabatan",
    "Unit Kerja",
    "Alamat",
    "Kecamatan",
    "Desa",
  ].map((header) => ({ header }));
  const name = "non-asn.xlsx";
  await writeSheet(path.join(dir, name), "Non ASN", columns, rows);
  return { name, rows: people.length };
};

function unitKerja(person: DemoPerson, random: Random): string {
  if (person.occupation === "petugas kebersihan")
    return random.chance(0.7) ? "DLHK" : `Kecamatan ${person.kecamatanName}`;
  if (person.occupation === "penjaga sekolah")
    return random.chance(0.6) ? "Dinas Pendidikan" : `SDN ${person.desaName} ${random.int(1, 3)}`;
  return random.chance(0.75) ? `Kecamatan ${person.kecamatanName}` : "Satpol PP";
}

// ---------------------------------------------------------------------------------------------
// bpjs-peserta: people BPJS already covers, `,`, ISO dates

const writeBpjs: SourceWriter = async ({ dir, population, random }) => {
  const people = population.filter((p) => p.kpj !== null);
  const mangler = new Mangler(random, bpjsDefects);
  const header = ["NIK", "NAMA PESERTA", "TGL LAHIR", "KPJ", "STATUS", "PROGRAM"];
  const lines = [csvLine(header, ",")];
  for (const person of people) {
    const status = random.chance(0.85) ? "AKTIF" : "NON AKTIF";
    const row = [
      mangler.nik(person.nik),
      mangler.name(person).toUpperCase(),
      ymd(mangler.date(person.birthDate)),
      person.kpj!,
      status,
      "JKK-JKM",
    ];
    lines.push(csvLine(row, ","));
  }
  const name = "bpjs-peserta.csv";
  await fs.writeFile(path.join(dir, name), `${lines.join("\n")}\n`);
  return { name, rows: people.length };
};

const writers: [DemoSource, SourceWriter][] = [
  ["dtks", writeDtks],
  ["dkp-nelayan", writeDkp],
  ["distan-petani", writeDistan],
  ["usulan-desa", writeUsulan],
  ["non-asn", writeNonAsn],
  ["bpjs-peserta", writeBpjs],
];
