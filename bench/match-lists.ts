/**
 * Lists for the matching benchmark, with the truth: which real person each row is. Several
 * offices list overlapping subsets of one synthetic population, each with its own defects (the
 * demo's Mangler: broken and transposed NIKs, name variants, swapped dates, misspelt villages).
 * About 1% of people get a namesake: a different person with the same name and birth date
 * living elsewhere, with their own NIK.
 */
import fs from "node:fs";
import path from "node:path";
import {
  bpjsDefects,
  csvLine,
  type DefectRates,
  dtksFormatter,
  dtksHeader,
  handTyped,
  Mangler,
} from "../src/modules/demo/demo-files.ts";
import {
  type DemoPerson,
  type DemoRegions,
  deriveSeed,
  generatePopulation,
  pad,
  parseIsoDate,
  Random,
} from "../src/modules/demo/population.ts";

export interface BenchList {
  file: string;
  source: string;
  trust: number;
  kind: "people" | "bpjs-members";
  /** truth[i] = the person of data row i + 1. */
  truth: number[];
}

export function writeBenchLists(dir: string, people: number, regions: DemoRegions, seed = 11): BenchList[] {
  fs.mkdirSync(dir, { recursive: true });
  const population = withNamesakes(
    generatePopulation({ people, seed, regions }),
    new Random(deriveSeed(seed, "namesakes")),
  );
  const lists: BenchList[] = [];
  const write = (
    source: string,
    trust: number,
    share: number,
    header: string[],
    format: (p: DemoPerson) => string,
    kind: BenchList["kind"] = "people",
  ) => {
    const random = new Random(deriveSeed(seed, `pick-${source}`));
    const truth: number[] = [];
    const lines = [header.join(";")];
    population.forEach((person, i) => {
      if (!random.chance(share)) return;
      truth.push(i);
      lines.push(format(person));
    });
    const file = path.join(dir, `${source}.csv`);
    fs.writeFileSync(file, `${lines.join("\n")}\n`);
    lists.push({ file, source, trust, kind, truth });
  };
  write("dtks", 90, 0.6, dtksHeader, dtksFormatter(new Random(deriveSeed(seed, "dtks"))));
  const localHeader = ["NIK", "NAMA", "L/P", "TGL LAHIR", "ALAMAT", "DESA", "KECAMATAN", "NO HP"];
  write("usulan-desa", 30, 0.35, localHeader, localFormatter(seed, "usulan-desa", handTyped));
  write("dinas-sosial", 50, 0.25, localHeader, localFormatter(seed, "dinas-sosial", handTyped));
  write(
    "bpjs-peserta",
    80,
    0.1,
    localHeader,
    localFormatter(seed, "bpjs-peserta", bpjsDefects),
    "bpjs-members",
  );
  fs.writeFileSync(path.join(dir, "lists.json"), JSON.stringify(lists));
  return lists;
}

function localFormatter(seed: number, source: string, rates: DefectRates): (p: DemoPerson) => string {
  const random = new Random(deriveSeed(seed, source));
  const mangler = new Mangler(random, rates);
  return (p) => {
    const date = mangler.date(p.birthDate);
    return csvLine(
      [
        mangler.nik(p.nik),
        mangler.name(p),
        mangler.sex(p, { L: "L", P: "P" }, ""),
        date ? `${pad(date.day)}/${pad(date.month)}/${date.year}` : "",
        random.chance(0.5) ? `${p.address} RT ${p.rt}/${p.rw}` : p.address,
        mangler.desa(p),
        mangler.kecamatan(p),
        mangler.phone(p),
      ],
      ";",
    );
  };
}

/** Adds, for about 1% of people, someone else with the same name and birth date elsewhere. */
function withNamesakes(population: DemoPerson[], random: Random): DemoPerson[] {
  const result = [...population];
  for (const person of population) {
    if (!random.chance(0.01)) continue;
    const home = random.pick(population);
    const { day, month, year } = parseIsoDate(person.birthDate);
    const dd = person.sex === "P" ? day + 40 : day;
    result.push({
      ...home,
      name: person.name,
      fatherName: person.fatherName,
      sex: person.sex,
      birthDate: person.birthDate,
      // Issued in the namesake's own kecamatan, with their own serial.
      nik: `${home.nik.slice(0, 6)}${pad(dd)}${pad(month)}${pad(year % 100)}${pad(random.int(5000, 9999), 4)}`,
      kk: `${home.kk.slice(0, 12)}${pad(random.int(5000, 9999), 4)}`,
      phone: null,
      kpj: null,
    });
  }
  return result;
}
