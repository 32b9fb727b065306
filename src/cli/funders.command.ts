import os from "node:os";
import type { Command } from "commander";
import {
  addFunder,
  type FunderWithCapacity,
  listFunders,
  showFunder,
} from "../modules/funders/funders.service.ts";
import { formatRupiah, type ReportOptions, report, table, withApp } from "./output.ts";

const list = (v: string | undefined) =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function describe(f: FunderWithCapacity): string[] {
  return [
    f.code,
    f.name,
    `${f.type} (${f.bpjsCode})`,
    `${f.from} – ${f.to}${f.shortSpell ? " !" : ""}`,
    formatRupiah(f.budget),
    `${f.package}${f.unitRate ? ` @ ${formatRupiah(f.unitRate)}` : ""}`,
    f.capacity.toLocaleString("id-ID"),
  ];
}

const headers = ["code", "name", "type", "months", "budget", "package", "capacity"];

export function fundersCommands(program: Command): void {
  const funders = program.command("funders").description("Who pays: budgets, periods, packages, limits");
  funders
    .command("add")
    .description("Add a funder (APBD, APBD-P, province, APBN, Dana Desa, CSR …)")
    .requiredOption("--code <code>", "a short code, e.g. apbd-2026")
    .requiredOption("--name <name>", "its name")
    .requiredOption("--type <type>", "apbd, apbd_p, province, apbn, dana_desa, csr or other")
    .requiredOption("--budget <rupiah>", "the budget in whole rupiah")
    .requiredOption("--from <yyyy-mm>", "the first month it pays for")
    .requiredOption("--to <yyyy-mm>", "the last month it pays for")
    .requiredOption("--package <code>", "what it buys, e.g. jkk-jkm")
    .option("--unit-rate <rupiah>", "a rounded rate a person a month, by policy (e.g. 17000)")
    .option("--desa <code>", "Dana Desa: the village whose residents it pays for")
    .option("--kecamatan <codes>", "only for these kecamatan (comma-separated)")
    .option("--occupation <words>", "only for these occupations (comma-separated)")
    .option("--bpjs-code <SG|SA|SD|SL|SC|SB>", "BPJS's funder code (default by type)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions & Record<string, string | undefined>) => {
      const added = await withApp(({ db }) =>
        addFunder({
          db,
          funder: {
            code: String(o.code),
            name: String(o.name),
            type: String(o.type),
            budget: Number(o.budget),
            from: String(o.from),
            to: String(o.to),
            package: String(o.package),
            unitRate: o.unitRate === undefined ? null : Number(o.unitRate),
            desaCode: o.desa ?? null,
            kecamatanCodes: list(o.kecamatan),
            occupations: list(o.occupation),
            bpjsCode: o.bpjsCode,
          },
          by: `cli:${os.userInfo().username}`,
        }),
      );
      report(o, added, () => table(headers, [describe(added)]));
    });
  funders
    .command("list")
    .description("Every funder with what its budget covers ('!': fewer than six months)")
    .option("--json", "print JSON")
    .action(async (o: ReportOptions) => {
      const all = await withApp(({ db }) => listFunders({ db }));
      report(o, all, () => table(headers, all.map(describe)));
    });
  funders
    .command("show <code>")
    .description("One funder with its limits and capacity")
    .option("--json", "print JSON")
    .action(async (code: string, o: ReportOptions) => {
      const f = await withApp(({ db }) => showFunder({ db, code }));
      report(o, f, () =>
        [
          table(headers, [describe(f)]),
          `per person: ${formatRupiah(f.perPerson)} for ${f.months} months`,
          f.desaCode ? `only residents of desa ${f.desaCode}` : "",
          f.kecamatanCodes.length ? `only kecamatan ${f.kecamatanCodes.join(", ")}` : "",
          f.occupations.length ? `only occupations ${f.occupations.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("\n"),
      );
    });
}
