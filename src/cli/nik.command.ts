import type { Command } from "commander";
import { checkNik } from "../modules/nik/nik.service.ts";
import { langOf, type ReportOptions, report, withApp } from "./output.ts";

export function nikCommands(program: Command): void {
  const nik = program.command("nik").description("Check NIKs (Nomor Induk Kependudukan)");
  nik
    .command("check")
    .description("Validate one NIK: structure, birth date, sex and region of issue")
    .argument("<nik>", "the 16-digit NIK")
    .option("--json", "print JSON")
    .action(async (value: string, options: ReportOptions) => {
      const lang = langOf(options);
      const result = await withApp(({ db }) => checkNik({ db, nik: value, lang }));
      report(options, result, () => {
        const lines = [
          `NIK ${result.nik}: ${result.valid ? (lang === "id" ? "sah" : "valid") : lang === "id" ? "TIDAK SAH" : "INVALID"}`,
        ];
        if (result.sex) lines.push(`${lang === "id" ? "Jenis kelamin" : "Sex"}: ${result.sex}`);
        if (result.birthDate)
          lines.push(`${lang === "id" ? "Tanggal lahir" : "Birth date"}: ${result.birthDate}`);
        for (const level of ["province", "regency", "district"] as const) {
          const r = result.issuedIn[level];
          if (r) lines.push(`${r.code}  ${r.name ?? "?"}`);
        }
        for (const p of result.problems) lines.push(`- [${p.severity}] ${p.code}: ${p.message}`);
        return lines.join("\n");
      });
    });
}
