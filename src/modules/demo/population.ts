/**
 * A synthetic population of vulnerable informal workers in Kab. Tangerang (36.03). Nobody in it is
 * real: names, NIKs, family cards and phone numbers are drawn from a seeded PRNG, so the same seed
 * always gives the same people. NIKs and family-card numbers follow the real structure so that the
 * import and validation code meets realistic values.
 */
import {
  birthPlaces,
  coastalKampungNames,
  femaleGivenNames,
  femaleSecondNames,
  gangNames,
  housingEstates,
  kampungNames,
  maleGivenNames,
  maleSecondNames,
  nonAsnOccupations,
  type Occupation,
  streetNames,
} from "./names.ts";

export type Sex = "L" | "P";

export interface DemoRegion {
  code: string;
  name: string;
}

export interface DemoDesa extends DemoRegion {
  kecamatanCode: string;
}

/** Kecamatan ("36.03.01") and desa/kelurahan ("36.03.01.2001") of the regency. */
export interface DemoRegions {
  kecamatan: DemoRegion[];
  desa: DemoDesa[];
}

export interface DemoPerson {
  /** 16 digits `PP KK CC DDMMYY SSSS`, always well formed here; the demo files add the defects. */
  nik: string;
  /** Family card (Kartu Keluarga) number shared by the household. */
  kk: string;
  /** Canonical spelling, 1–3 words, sometimes with H./Hj. */
  name: string;
  /** Used for "bin"/"binti" spellings of the name in some lists. */
  fatherName: string;
  sex: Sex;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  birthPlace: string;
  address: string;
  rt: string;
  rw: string;
  desaCode: string;
  desaName: string;
  kecamatanCode: string;
  kecamatanName: string;
  occupation: Occupation;
  /** Welfare decile 1 (poorest) to 10, shared by the household. */
  desil: number;
  phone: string | null;
  /** BPJS membership number when the person is already covered. */
  kpj: string | null;
}

export interface PopulationOptions {
  people: number;
  seed: number;
  regions: DemoRegions;
}

/** Ages are counted against this year: the demo describes the 2026 enrolment round. */
export const referenceYear = 2026;

export function generatePopulation({ people, seed, regions }: PopulationOptions): DemoPerson[] {
  const factory = new PersonFactory(seed, regions);
  const result: DemoPerson[] = [];
  while (result.length < people) {
    for (const person of factory.nextHousehold()) {
      if (result.length < people) result.push(person);
    }
  }
  return result;
}

/** Yields people one household at a time without keeping them: for very large synthetic lists. */
export function* streamPopulation({ people, seed, regions }: PopulationOptions): Generator<DemoPerson> {
  const factory = new PersonFactory(seed, regions);
  let count = 0;
  while (count < people) {
    for (const person of factory.nextHousehold()) {
      if (count >= people) return;
      count++;
      yield person;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` random decimal digits, at most 9: one draw carries 32 bits. */
  digits(count: number): string {
    return pad(Math.floor(this.next() * 10 ** count), count);
  }
}

/** A seed for one purpose derived from the user's seed, so sources don't share a random stream. */
export function deriveSeed(seed: number, purpose: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < purpose.length; i++) hash = Math.imul(hash ^ purpose.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Picks from a fixed table of weights; the cumulative sums are computed once. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => {
      sum += weight;
      return sum;
    });
  }

  pick(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let i = 0;
    while (this.cumulative[i] <= target) i++;
    return this.items[i];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

const dayMs = 86_400_000;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : monthLengths[month - 1];
}

const twoDigits = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

/** Zero-padded number; the two-digit case is a table lookup because it runs millions of times. */
export function pad(value: number, width = 2): string {
  return width === 2 && value < 100 ? twoDigits[value] : String(value).padStart(width, "0");
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(iso: string): DateParts {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function ageIn(year: number, birthDate: string): number {
  return year - Number(birthDate.slice(0, 4));
}

// ---------------------------------------------------------------------------------------------
// Places and weights

/** Kecamatan on the north coast: most fishers live there, and the poorest desa too. */
const coastalKecamatan = new Set(["Mauk", "Kronjo", "Teluknaga", "Pakuhaji", "Kosambi", "Kemiri"]);
/** Kecamatan swallowed by the Jakarta suburbs: few farmers, more traders and ojek drivers. */
const urbanKecamatan = new Set([
  "Kelapa Dua",
  "Pagedangan",
  "Cisauk",
  "Curug",
  "Cikupa",
  "Pasar Kemis",
  "Panongan",
  "Legok",
]);

type Area = "coastal" | "rural" | "urban";

function areaOf(kecamatanName: string): Area {
  if (coastalKecamatan.has(kecamatanName)) return "coastal";
  return urbanKecamatan.has(kecamatanName) ? "urban" : "rural";
}

/** NIKs issued outside the regency: people who moved in keep the NIK of their place of birth. */
const foreignRegencies = ["3671", "3201", "3174", "3329", "3602", "3604", "3212"];
const foreignDistrictCount = 10;

type OccupationWeights = Partial<Record<Occupation, number>>;

const maleOccupations: Record<Area, OccupationWeights> = {
  coastal: {
    nelayan: 40,
    "buruh tani": 8,
    petani: 6,
    "pedagang asongan": 4,
    "pedagang kaki lima": 4,
    pemulung: 2,
    "petugas kebersihan": 3,
    "tukang ojek": 7,
    "buruh harian lepas": 12,
    "tukang bangunan": 8,
    "pekerja bantu": 2,
    "penjaga sekolah": 1,
    "guru ngaji": 1,
    "marbot masjid": 1,
  },
  rural: {
    nelayan: 0.5,
    petani: 18,
    "buruh tani": 18,
    "pedagang asongan": 5,
    "pedagang kaki lima": 5,
    pemulung: 2,
    "petugas kebersihan": 3,
    "tukang ojek": 9,
    "buruh harian lepas": 14,
    "tukang bangunan": 10,
    "pekerja bantu": 2.5,
    "penjaga sekolah": 1,
    "guru ngaji": 1.5,
    "marbot masjid": 1.5,
  },
  urban: {
    petani: 2,
    "buruh tani": 2,
    "pedagang asongan": 9,
    "pedagang kaki lima": 13,
    pemulung: 6,
    "petugas kebersihan": 5,
    "tukang ojek": 16,
    "buruh harian lepas": 16,
    "tukang bangunan": 12,
    "pekerja bantu": 3,
    "penjaga sekolah": 1.5,
    "guru ngaji": 1,
    "marbot masjid": 1,
  },
};

const femaleOccupations: Record<Area, OccupationWeights> = {
  coastal: {
    nelayan: 10,
    "buruh tani": 8,
    petani: 3,
    "pedagang asongan": 10,
    "pedagang kaki lima": 10,
    pemulung: 3,
    "petugas kebersihan": 4,
    "buruh harian lepas": 12,
    "pekerja rumah tangga": 18,
    "pekerja bantu": 2,
    "guru ngaji": 3,
  },
  rural: {
    petani: 8,
    "buruh tani": 20,
    "pedagang asongan": 9,
    "pedagang kaki lima": 9,
    pemulung: 2,
    "petugas kebersihan": 4,
    "buruh harian lepas": 12,
    "pekerja rumah tangga": 18,
    "pekerja bantu": 2.5,
    "guru ngaji": 3,
  },
  urban: {
    petani: 1,
    "buruh tani": 2,
    "pedagang asongan": 10,
    "pedagang kaki lima": 16,
    pemulung: 5,
    "petugas kebersihan": 6,
    "buruh harian lepas": 14,
    "pekerja rumah tangga": 24,
    "pekerja bantu": 3,
    "guru ngaji": 2,
  },
};

function occupationTable(weights: OccupationWeights): Weighted<Occupation> {
  return new Weighted(Object.entries(weights) as [Occupation, number][]);
}

/** Skewed to the poorest deciles: these are the people regencies budget for. */
const desilWeights = new Weighted([
  [1, 16],
  [2, 16],
  [3, 14],
  [4, 13],
  [5, 10],
  [6, 9],
  [7, 8],
  [8, 6],
  [9, 4],
  [10, 4],
] as const);

const householdSizes = new Weighted([
  [1, 30],
  [2, 36],
  [3, 19],
  [4, 10],
  [5, 5],
] as const);

const phonePrefixes = new Weighted([
  ["0812", 14],
  ["0813", 10],
  ["0821", 6],
  ["0822", 6],
  ["0852", 8],
  ["0853", 5],
  ["0857", 8],
  ["0858", 5],
  ["0877", 6],
  ["0878", 6],
  ["0895", 7],
  ["0896", 5],
  ["0838", 4],
  ["0831", 2],
] as const);

/** Total phone number length: 12 is the usual, older numbers are shorter. */
const phoneLengths = new Weighted([
  [10, 3],
  [11, 20],
  [12, 55],
  [13, 22],
] as const);

/** Spellings from before 1972 that older people kept in their papers. */
const oldSpellings: [RegExp, string][] = [
  [/u/gi, "oe"],
  [/j/gi, "dj"],
  [/c/gi, "tj"],
];

// ---------------------------------------------------------------------------------------------
// The generator

interface Place {
  desa: DemoDesa;
  kecamatan: DemoRegion;
  kecamatanIndex: number;
  area: Area;
}

/** First day a NIK birth date or KK issue date can fall on; keeps the serial counters small. */
const birthEpoch = Date.UTC(1935, 0, 1);
const birthDays = Math.round((Date.UTC(2011, 0, 1) - birthEpoch) / dayMs);
const kkEpoch = Date.UTC(2008, 0, 1);
const kkDays = Math.round((Date.UTC(2026, 0, 1) - kkEpoch) / dayMs);

/**
 * Builds households one by one. Serial numbers of NIK and KK are counted per issuing district and
 * date in typed arrays, so uniqueness costs a few MB even for millions of people.
 */
export class PersonFactory {
  private readonly random: Random;
  private readonly places: Place[];
  private readonly placeWeights: Weighted<number>;
  private readonly maleJobs: Record<Area, Weighted<Occupation>>;
  private readonly femaleJobs: Record<Area, Weighted<Occupation>>;
  private readonly nikSerials: Uint16Array;
  private readonly kkSerials: Uint16Array;
  private readonly kpjOffset: number;
  private readonly kecamatanCount: number;
  private households = 0;
  private kpjCount = 0;

  constructor(seed: number, regions: DemoRegions) {
    this.random = new Random(deriveSeed(seed, "population"));
    this.places = buildPlaces(regions);
    this.placeWeights = new Weighted(this.places.map((place, i) => [i, place.area === "coastal" ? 1.8 : 1]));
    this.maleJobs = mapAreas(maleOccupations);
    this.femaleJobs = mapAreas(femaleOccupations);
    this.kecamatanCount = regions.kecamatan.length;
    const slots = regions.kecamatan.length + foreignRegencies.length * foreignDistrictCount;
    this.nikSerials = new Uint16Array(slots * 2 * birthDays);
    this.kkSerials = new Uint16Array(regions.kecamatan.length * kkDays);
    this.kpjOffset = this.random.int(0, 999_999_999);
  }

  nextHousehold(): DemoPerson[] {
    const random = this.random;
    // The first households visit every desa once, so even a small demo covers the whole regency.
    const placeIndex =
      this.households < this.places.length ? this.households : this.placeWeights.pick(random);
    this.households++;
    const place = this.places[placeIndex];
    const home = this.home(place);
    const desil = desilWeights.pick(random);
    const kk = this.kkNumber(place);
    const size = householdSizes.pick(random);

    const headSex: Sex = random.chance(0.8) ? "L" : "P";
    const headAge = random.chance(0.03) ? random.int(71, 85) : random.int(22, 70);
    const head = this.person(place, home, { kk, desil, sex: headSex, age: headAge });
    const members = [head];
    if (size >= 2 && headSex === "L") {
      const spouseAge = clamp(headAge - random.int(-3, 9), 18, 85);
      members.push(this.person(place, home, { kk, desil, sex: "P", age: spouseAge, like: head }));
    }
    while (members.length < size) {
      const childAge = headAge - random.int(20, 34);
      if (childAge < 18) break;
      const sex: Sex = random.chance(0.5) ? "L" : "P";
      members.push(this.person(place, home, { kk, desil, sex, age: childAge, like: head, child: true }));
    }
    return members;
  }

  private home(place: Place): { address: string; rt: string; rw: string; phone: string | null } {
    const random = this.random;
    return {
      address: this.address(place),
      rt: pad(random.int(1, 15), 3),
      rw: pad(random.int(1, 12), 3),
      phone: random.chance(0.85) ? this.phone() : null,
    };
  }

  private address(place: Place): string {
    const random = this.random;
    const roll = random.next();
    if (place.area === "coastal" && roll < 0.55) return `Kp. ${random.pick(coastalKampungNames)}`;
    if (place.area !== "urban" && roll < 0.65) return `Kp. ${random.pick(kampungNames)}`;
    if (roll < 0.8) return `Jl. ${random.pick(streetNames)} No. ${random.int(1, 120)}`;
    if (roll < 0.93) return `Gg. ${random.pick(gangNames)}`;
    const block = String.fromCharCode(65 + random.int(0, 7));
    return `${random.pick(housingEstates)} Blok ${block}${random.int(1, 12)} No. ${random.int(1, 40)}`;
  }

  private person(
    place: Place,
    home: { address: string; rt: string; rw: string; phone: string | null },
    traits: { kk: string; desil: number; sex: Sex; age: number; like?: DemoPerson; child?: boolean },
  ): DemoPerson {
    const random = this.random;
    const { sex, age, like } = traits;
    const birth = this.birthDate(age);
    const jobs = sex === "L" ? maleOccupations : femaleOccupations;
    // Families often work the same trade, as long as it is one people of this sex do here.
    const occupation =
      like && jobs[place.area][like.occupation] && random.chance(0.35)
        ? like.occupation
        : (sex === "L" ? this.maleJobs : this.femaleJobs)[place.area].pick(random);
    const nonAsn = nonAsnOccupations.includes(occupation);
    return {
      nik: this.nik(place, sex, birth),
      kk: traits.kk,
      name: this.name(sex, age, birth.year),
      fatherName: this.fatherName(traits.child ? like : undefined),
      sex,
      birthDate: `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`,
      birthPlace: this.birthPlace(place),
      address: home.address,
      rt: home.rt,
      rw: home.rw,
      desaCode: place.desa.code,
      desaName: place.desa.name,
      kecamatanCode: place.kecamatan.code,
      kecamatanName: place.kecamatan.name,
      occupation,
      desil: traits.desil,
      phone: this.memberPhone(home.phone, like),
      kpj: random.chance(nonAsn ? 0.35 : 0.08) ? this.kpj() : null,
    };
  }

  private birthDate(age: number): DateParts {
    const random = this.random;
    const year = referenceYear - age;
    const month = random.int(1, 12);
    return { year, month, day: random.int(1, daysInMonth(year, month)) };
  }

  /** Mostly issued in the home kecamatan; ~8% carry a NIK from the regency they came from. */
  private nik(place: Place, sex: Sex, birth: DateParts): string {
    const random = this.random;
    let prefix = `3603${place.kecamatan.code.slice(-2)}`;
    let slot = place.kecamatanIndex;
    if (random.chance(0.08)) {
      const regency = random.int(0, foreignRegencies.length - 1);
      const district = random.int(1, foreignDistrictCount);
      prefix = `${foreignRegencies[regency]}${pad(district)}`;
      slot = this.kecamatanCount + regency * foreignDistrictCount + district - 1;
    }
    const dayIndex = Math.round((Date.UTC(birth.year, birth.month - 1, birth.day) - birthEpoch) / dayMs);
    const counter = (slot * 2 + (sex === "P" ? 1 : 0)) * birthDays + dayIndex;
    const serial = ++this.nikSerials[counter];
    if (serial > 9999) throw new Error(`More than 9999 NIKs for ${prefix} on one birth date`);
    const day = sex === "P" ? birth.day + 40 : birth.day;
    return `${prefix}${pad(day)}${pad(birth.month)}${pad(birth.year % 100)}${pad(serial, 4)}`;
  }

  /** KK: `PP KK CC` of the home kecamatan, the issue date and a serial. */
  private kkNumber(place: Place): string {
    const dayIndex = this.random.int(0, kkDays - 1);
    const serial = ++this.kkSerials[place.kecamatanIndex * kkDays + dayIndex];
    const issued = new Date(kkEpoch + dayIndex * dayMs);
    const day = pad(issued.getUTCDate());
    const month = pad(issued.getUTCMonth() + 1);
    const year = pad(issued.getUTCFullYear() % 100);
    return `3603${place.kecamatan.code.slice(-2)}${day}${month}${year}${pad(serial, 4)}`;
  }

  private name(sex: Sex, age: number, birthYear: number): string {
    const random = this.random;
    const given = sex === "L" ? maleGivenNames : femaleGivenNames;
    const second = sex === "L" ? maleSecondNames : femaleSecondNames;
    const roll = random.next();
    let words: string[];
    if (roll < 0.25) words = [random.pick(given)];
    else if (roll < 0.62) words = [random.pick(given), random.pick(second)];
    else if (roll < 0.8) words = [random.pick(given), random.pick(given)];
    else {
      const first = sex === "L" ? random.pick(["Muhammad", "Ahmad", "Abdul"]) : random.pick(["Siti", "Nur"]);
      words = [first, random.pick(given), random.pick(second)].slice(0, random.chance(0.5) ? 2 : 3);
    }
    words = dropRepeats(words);
    let name = words.join(" ");
    // People born before the 1972 spelling reform often kept "oe", "dj", "tj" on their KTP.
    if (birthYear < 1965 && random.chance(0.3)) name = toOldSpelling(name, random);
    if (age >= 45 && random.chance(0.15)) name = `${sex === "L" ? "H." : "Hj."} ${name}`;
    return name;
  }

  /** A child's father is usually the head of the household; otherwise someone we never meet. */
  private fatherName(parent?: DemoPerson): string {
    if (parent?.sex === "L" && this.random.chance(0.8)) return parent.name.replace(/^H\.\s/, "");
    const random = this.random;
    return random.chance(0.5)
      ? random.pick(maleGivenNames)
      : `${random.pick(maleGivenNames)} ${random.pick(maleSecondNames)}`;
  }

  private birthPlace(place: Place): string {
    const roll = this.random.next();
    if (roll < 0.45) return "Tangerang";
    if (roll < 0.65) return place.kecamatan.name;
    return this.random.pick(birthPlaces);
  }

  private phone(): string {
    const random = this.random;
    const prefix = phonePrefixes.pick(random);
    return prefix + random.digits(phoneLengths.pick(random) - prefix.length);
  }

  /** Household members often give the head's phone number, or none at all. */
  private memberPhone(homePhone: string | null, head?: DemoPerson): string | null {
    if (!head) return homePhone;
    const roll = this.random.next();
    if (roll < 0.4) return homePhone;
    if (roll < 0.8) return this.phone();
    return null;
  }

  /** Opaque 11-digit number; an affine map on a counter keeps it unique without a lookup table. */
  private kpj(): string {
    const year = this.random.int(19, 25);
    const body = (this.kpjCount++ * 7_654_321 + this.kpjOffset) % 1_000_000_000;
    return `${year}${pad(body, 9)}`;
  }
}

function buildPlaces(regions: DemoRegions): Place[] {
  if (regions.kecamatan.length === 0 || regions.desa.length === 0) {
    throw new Error("The demo needs at least one kecamatan and one desa");
  }
  // Sorted by code: the same regions read from a database or a CSV give the same people.
  const kecamatanList = [...regions.kecamatan].sort(byCode);
  const kecamatanIndex = new Map(kecamatanList.map((k, i) => [k.code, i]));
  return [...regions.desa].sort(byCode).map((desa) => {
    const index = kecamatanIndex.get(desa.kecamatanCode);
    if (index === undefined)
      throw new Error(`Desa ${desa.code} names unknown kecamatan ${desa.kecamatanCode}`);
    const kecamatan = kecamatanList[index];
    return { desa, kecamatan, kecamatanIndex: index, area: areaOf(kecamatan.name) };
  });
}

function byCode(a: DemoRegion, b: DemoRegion): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function mapAreas(weights: Record<Area, OccupationWeights>): Record<Area, Weighted<Occupation>> {
  return {
    coastal: occupationTable(weights.coastal),
    rural: occupationTable(weights.rural),
    urban: occupationTable(weights.urban),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function dropRepeats(words: string[]): string[] {
  return words.filter((word, i) => words.indexOf(word) === i);
}

/** Rewrites one word in the pre-1972 spelling (u → oe, j → dj, c → tj). */
export function toOldSpelling(name: string, random: Random): string {
  const words = name.split(" ");
  // Titles such as "Hj." are abbreviations, not spellings.
  const candidates = words.map((_, i) => i).filter((i) => /[ujc]/i.test(words[i]) && !words[i].endsWith("."));
  if (candidates.length === 0) return name;
  const i = random.pick(candidates);
  let word = words[i];
  for (const [pattern, replacement] of oldSpellings) {
    word = word.replace(pattern, (match) =>
      match === match.toUpperCase() ? capitalize(replacement) : replacement,
    );
  }
  words[i] = word;
  return words.join(" ");
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
