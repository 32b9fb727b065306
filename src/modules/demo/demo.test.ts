import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readXlsx } from "hucre/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseNik } from "../../common/nik.ts";
import { type DemoFile, type DemoSource, writeDemoFiles } from "./demo-files.ts";
import { type DemoPerson, type DemoRegions, generatePopulation } from "./population.ts";
import { writeSyntheticList } from "./synthetic-list.ts";

const today = new Date(Date.UTC(2026, 5, 1));

/** Kab. Tangerang from the idn-area-data package (ODbL), as the real import does. */
function loadRegions(): DemoRegions {
  const dataDir = path.resolve("node_modules/idn-area-data/data");
  const read = (file: string) =>
    fs
      .readFileSync(path.join(dataDir, file), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .filter(([code]) => code.startsWith("36.03."));
  return {
    kecamatan: read("districts.csv").map(([code, , name]) => ({ code, name })),
    desa: read("villages.csv").map(([code, kecamatanCode, name]) => ({ code, kecamatanCode, name })),
  };
}

/** Minimal RFC 4180 reader: enough for the demo files, which quote only where needed. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === delimiter) {
        cells.push(cell);
        cell = "";
      } else cell += char;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

const regions = loadRegions();
const seed = 20260101;
let tmp: string;
let population: DemoPerson[];
let files: DemoFile[];
/** Data rows of every file as strings, header first; workbook cells keep their type. */
const tables = new Map<DemoSource, unknown[][]>();

function fileOf(source: DemoSource): string {
  return files.find((f) => f.source === source)!.file;
}

function body(source: DemoSource): unknown[][] {
  return tables.get(source)!.slice(1);
}

function column(source: DemoSource, header: string): unknown[] {
  const index = tables.get(source)![0].indexOf(header);
  if (index < 0) throw new Error(`${source} has no column ${header}`);
  return body(source).map((row) => row[index]);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "payung-demo-"));
  population = generatePopulation({ people: 20_000, seed, regions });
  files = await writeDemoFiles({ dir: path.join(tmp, "full"), people: population, seed, regions });
  const usulan = fs.readFileSync(fileOf("usulan-desa"), "utf8").replace(/^\uFEFF/, "");
  tables.set(
    "usulan-desa",
    parseCsv(usulan, "\t").filter((row) => row.some((cell) => cell !== "")),
  );
  tables.set("dtks", parseCsv(fs.readFileSync(fileOf("dtks"), "utf8").trimEnd(), ";"));
  tables.set("bpjs-peserta", parseCsv(fs.readFileSync(fileOf("bpjs-peserta"), "utf8").trimEnd(), ","));
  const dkp = new TextDecoder("windows-1252").decode(fs.readFileSync(fileOf("dkp-nelayan")));
  tables.set("dkp-nelayan", parseCsv(dkp.trimEnd(), ","));
  for (const source of ["distan-petani", "non-asn"] as const) {
    const workbook = await readXlsx(new Uint8Array(fs.readFileSync(fileOf(source))));
    tables.set(source, workbook.sheets[0].rows);
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("generatePopulation", () => {
  it("gives the same people for the same seed and others for another", () => {
    const again = generatePopulation({ people: 500, seed, regions });
    expect(again).toEqual(population.slice(0, 500));
    const other = generatePopulation({ people: 500, seed: seed + 1, regions });
    expect(other.map((p) => p.nik)).not.toEqual(again.map((p) => p.nik));
  });

  it("does not depend on the order the regions come in", () => {
    const reversed = { kecamatan: [...regions.kecamatan].reverse(), desa: [...regions.desa].reverse() };
    expect(generatePopulation({ people: 300, seed, regions: reversed })).toEqual(population.slice(0, 300));
  });

  it("writes NIKs that encode birth date, sex and district of issue", () => {
    expect(new Set(population.map((p) => p.nik)).size).toBe(population.length);
    const wrong = population.filter((person) => {
      const nik = parseNik(person.nik, { today });
      const district = person.nik.startsWith("3603") ? person.kecamatanCode : nik.districtCode;
      const same = nik.birthDate === person.birthDate && nik.sex === person.sex;
      return !nik.valid || !same || nik.districtCode !== district;
    });
    expect(wrong).toEqual([]);
    const elsewhere = population.filter((p) => !p.nik.startsWith("3603")).length / population.length;
    expect(elsewhere).toBeGreaterThan(0.05);
    expect(elsewhere).toBeLessThan(0.11);
  });

  it("covers every kecamatan and desa, with fishers on the coast", () => {
    expect(new Set(population.map((p) => p.kecamatanCode)).size).toBe(29);
    expect(new Set(population.map((p) => p.desaCode)).size).toBe(274);
    const fishers = population.filter((p) => p.occupation === "nelayan");
    const coastal = ["Mauk", "Kronjo", "Teluknaga", "Pakuhaji", "Kosambi", "Kemiri"];
    const onCoast = fishers.filter((p) => coastal.includes(p.kecamatanName)).length;
    expect(onCoast / fishers.length).toBeGreaterThan(0.8);
  });

  it("keeps people within working age and households together", () => {
    const ages = population.map((p) => 2026 - Number(p.birthDate.slice(0, 4)));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(ages.filter((age) => age > 70).length / ages.length).toBeLessThan(0.05);
    const households = new Map<string, DemoPerson[]>();
    for (const person of population) {
      const members = households.get(person.kk) ?? [];
      members.push(person);
      households.set(person.kk, members);
    }
    const home = (p: DemoPerson) => `${p.address}|${p.rt}|${p.rw}|${p.desaCode}|${p.desil}`;
    const odd = [...households.values()].filter((m) => m.length > 5 || new Set(m.map(home)).size > 1);
    expect(odd).toEqual([]);
    const poor = population.filter((p) => p.desil <= 4).length / population.length;
    expect(poor).toBeGreaterThan(0.5);
    const covered = population.filter((p) => p.kpj !== null).length / population.length;
    expect(covered).toBeGreaterThan(0.07);
    expect(covered).toBeLessThan(0.14);
  });
});

describe("writeDemoFiles", () => {
  it("writes the same bytes for the same seed", async () => {
    const write = (dir: string, s: number) =>
      writeDemoFiles({ dir: path.join(tmp, dir), people: 1500, seed: s, regions });
    const [first, second, other] = [await write("a", 7), await write("b", 7), await write("c", 8)];
    for (const [i, file] of first.entries()) {
      expect(fs.readFileSync(second[i].file).equals(fs.readFileSync(file.file)), file.source).toBe(true);
      expect(fs.readFileSync(other[i].file).equals(fs.readFileSync(file.file)), file.source).toBe(false);
    }
  });

  it("writes every source with the announced number of rows", () => {
    expect(files.map((f) => f.source)).toEqual([
      "dtks",
      "dkp-nelayan",
      "distan-petani",
      "usulan-desa",
      "non-asn",
      "bpjs-peserta",
    ]);
    for (const file of files) {
      const extra = file.source === "usulan-desa" ? 1 : 0; // the JUMLAH row
      expect(body(file.source).length - extra, file.source).toBe(file.rows);
    }
    const total = files.reduce((sum, f) => sum + f.rows, 0);
    expect(total).toBeGreaterThanOrEqual(28_000);
    expect(total).toBeLessThanOrEqual(32_000);
    const dtks = files.find((f) => f.source === "dtks")!.rows / population.length;
    expect(dtks).toBeGreaterThan(0.5);
    expect(dtks).toBeLessThan(0.7);
  });

  it("spreads the lists over every kecamatan", () => {
    const kecamatan = new Set(body("dtks").map((row) => String(row[9]).replace(/^(KEC\.|KECAMATAN) /, "")));
    for (const k of regions.kecamatan) expect(kecamatan.has(k.name.toUpperCase()), k.name).toBe(true);
  });

  it("lists the same people in several sources", () => {
    const niks = (source: DemoSource, header: string) =>
      new Set(
        column(source, header).filter(
          (nik): nik is string => typeof nik === "string" && /^\d{16}$/.test(nik),
        ),
      );
    const dtks = niks("dtks", "NIK");
    const overlap = (other: Set<string>) => [...other].filter((nik) => dtks.has(nik)).length;
    expect(overlap(niks("usulan-desa", "NO_NIK"))).toBeGreaterThan(1000);
    expect(overlap(niks("dkp-nelayan", "No KTP"))).toBeGreaterThan(100);
    expect(overlap(niks("distan-petani", "NIK"))).toBeGreaterThan(100);
    expect(overlap(niks("bpjs-peserta", "NIK"))).toBeGreaterThan(50);
    expect(overlap(niks("non-asn", "NIK"))).toBeGreaterThan(50);
  });

  it("has the NIK defects found in real lists", () => {
    const niks = column("usulan-desa", "NO_NIK").map(String);
    const count = (pattern: RegExp) => niks.filter((nik) => pattern.test(nik)).length;
    expect(count(/^$/)).toBeGreaterThan(20);
    expect(count(/^\d{15}$/)).toBeGreaterThan(20);
    expect(count(/^\d{17}$/)).toBeGreaterThan(20);
    expect(count(/^\d\.\d+E\+15$/)).toBeGreaterThan(20);
    expect(count(/^'|\s/)).toBeGreaterThan(20);
    expect(count(/^\d{12}0000$/)).toBeGreaterThan(5);
    const known = new Set(population.map((p) => p.nik));
    const transposed = niks.filter((nik) => /^\d{16}$/.test(nik) && !nik.endsWith("0000") && !known.has(nik));
    expect(transposed.length).toBeGreaterThan(20);
    // Workbooks: a NIK typed as a number has lost its last digit; some keep the apostrophe.
    const distan = column("distan-petani", "NIK");
    expect(distan.some((nik) => typeof nik === "number")).toBe(true);
    expect(distan.some((nik) => typeof nik === "string" && nik.startsWith("'"))).toBe(true);
  });

  it("writes correct rows whose NIK matches the person's birth date and sex", () => {
    const byNik = new Map(population.map((p) => [p.nik, p]));
    let matched = 0;
    let sameDate = 0;
    let sameSex = 0;
    let wrongNik = 0;
    for (const row of body("dtks")) {
      const person = byNik.get(String(row[0]));
      if (!person) continue;
      matched++;
      const nik = parseNik(String(row[0]), { today });
      if (nik.sex !== person.sex || nik.birthDate !== person.birthDate) wrongNik++;
      const [day, month, year] = String(row[3]).split("-");
      if (`${year}-${month}-${day}` === nik.birthDate) sameDate++;
      if (row[2] === (nik.sex === "L" ? "LAKI-LAKI" : "PEREMPUAN")) sameSex++;
    }
    expect(wrongNik).toBe(0);
    expect(matched / body("dtks").length).toBeGreaterThan(0.9);
    expect(sameDate / matched).toBeGreaterThan(0.9);
    expect(sameSex / matched).toBeGreaterThan(0.98);
  });

  it("spells names, dates and places differently from one list to another", () => {
    const names = [...column("usulan-desa", "NAMA LENGKAP"), ...column("dkp-nelayan", "Nama Nelayan")].map(
      String,
    );
    expect(names.filter((n) => / bin | binti /i.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /\b(Moh\.|M\.|Muh\.|Mochammad|Muhamad)/.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /oe|dj|tj/i.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /^ | $| {2}/.test(n)).length).toBeGreaterThan(5);
    const emptyNames = column("usulan-desa", "NAMA LENGKAP")
      .slice(0, -1)
      .filter((n) => n === "");
    expect(emptyNames.length).toBeGreaterThanOrEqual(3);
    expect(emptyNames.length).toBeLessThanOrEqual(10);

    const dates = column("dkp-nelayan", "Tgl Lahir").map(String);
    expect(dates.filter((d) => /^\d\d\/(1[3-9]|[23]\d)\/\d{4}$/.test(d)).length).toBeGreaterThan(0);
    const allDates = [...dates, ...column("usulan-desa", "TGL_LHR").map(String)];
    expect(
      allDates.filter((d) => /^(30|31).02|02-(30|31)$|^31.(04|06|09|11)/.test(d)).length,
    ).toBeGreaterThan(0);
    expect(allDates.filter((d) => d === "").length).toBeGreaterThan(10);

    const villages = new Set(regions.desa.map((d) => d.name.toLowerCase()));
    const desa = column("usulan-desa", "DESA/KELURAHAN").map(String);
    expect(desa.filter((d) => /^(Desa |Kel\.)/.test(d)).length).toBeGreaterThan(10);
    expect(
      desa.filter((d) => !villages.has(d.toLowerCase().replace(/^(desa |kel\. )/, ""))).length,
    ).toBeGreaterThan(50);
    const kec = column("usulan-desa", "KEC").map(String);
    expect(kec.filter((k) => /^(Kec\.|KECAMATAN) /.test(k)).length).toBeGreaterThan(10);
    expect(column("dtks", "DESIL").filter((d) => d === "").length).toBeGreaterThan(10);
    expect(column("dtks", "JENIS KELAMIN").filter((s) => s === "").length).toBeGreaterThan(0);
  });

  it("writes each source in its own dialect", () => {
    const usulan = fs.readFileSync(fileOf("usulan-desa"));
    expect([...usulan.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = usulan.toString("utf8").split("\r\n");
    expect(lines.slice(1, -3).some((line) => line.replaceAll("\t", "") === "")).toBe(true);
    const total = body("usulan-desa").at(-1)!;
    expect(total[0]).toBe("JUMLAH");
    expect(Number(total[1])).toBe(files.find((f) => f.source === "usulan-desa")!.rows);

    const dkp = fs.readFileSync(fileOf("dkp-nelayan"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(dkp)).toThrow();
    expect(new TextDecoder("windows-1252").decode(dkp)).toMatch(/[’é]/);

    expect(new Set(column("dtks", "JENIS KELAMIN"))).toEqual(new Set(["LAKI-LAKI", "PEREMPUAN", ""]));
    expect(column("dtks", "TGL DATA").every((d) => /^\d\d-\d\d-\d{4}$/.test(String(d)))).toBe(true);
    expect(new Set(column("distan-petani", "JK (1=L, 2=P)"))).toEqual(new Set([1, 2, null]));
    const distanDates = column("distan-petani", "TANGGAL LAHIR");
    expect(distanDates.filter((d) => d instanceof Date).length / distanDates.length).toBeGreaterThan(0.8);
    expect(new Set(column("non-asn", "Jenis Kelamin"))).toEqual(new Set(["Laki-laki", "Perempuan", null]));
    expect(column("non-asn", "Tanggal Lahir").every((d) => d === null || typeof d === "string")).toBe(true);
    expect(new Set(column("bpjs-peserta", "STATUS"))).toEqual(new Set(["AKTIF", "NON AKTIF"]));
    const kpj = new Set(population.map((p) => p.kpj));
    expect(column("bpjs-peserta", "KPJ").every((k) => kpj.has(String(k)))).toBe(true);
  });
});

describe("writeSyntheticList", () => {
  it("streams the requested number of DTKS rows, the same for the same seed", async () => {
    const file = path.join(tmp, "synthetic.csv");
    const progress: number[] = [];
    const result = await writeSyntheticList({
      file,
      rows: 4321,
      seed: 5,
      regions,
      onProgress: (written) => progress.push(written),
    });
    const text = fs.readFileSync(file, "utf8");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "NIK;NAMA;JENIS KELAMIN;TANGGAL LAHIR;TEMPAT LAHIR;ALAMAT;RT;RW;" +
        "KELURAHAN;KECAMATAN;PEKERJAAN;DESIL;NO KK;TGL DATA",
    );
    expect(lines.length - 1).toBe(4321);
    expect(lines.every((line) => line.split(";").length === 14)).toBe(true);
    expect(result).toEqual({ file, rows: 4321, bytes: Buffer.byteLength(text) });
    expect(progress.at(-1)).toBe(4321);

    const again = path.join(tmp, "synthetic-again.csv");
    await writeSyntheticList({ file: again, rows: 4321, seed: 5, regions });
    expect(fs.readFileSync(again).equals(fs.readFileSync(file))).toBe(true);
  });
});
