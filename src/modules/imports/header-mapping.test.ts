import { describe, expect, it } from "vitest";
import { UserError } from "../../common/errors.ts";
import { guessField, mapHeaders } from "./header-mapping.ts";

describe("guessField", () => {
  it.each([
    ["NIK", "nik"],
    ["No KTP", "nik"],
    ["NO_NIK", "nik"],
    ["Nomor Induk Kependudukan", "nik"],
    ["NAMA LENGKAP", "name"],
    ["Nama Nelayan", "name"],
    ["L/P", "sex"],
    ["JK (1=L, 2=P)", "sex"],
    ["Jenis Kelamin", "sex"],
    ["TGL_LHR", "birth_date"],
    ["Tanggal Lahir (dd-mm-yyyy)", "birth_date"],
    ["Tempat Lahir", "birth_place"],
    ["RT/RW", "rt_rw"],
    ["DESA/KELURAHAN", "desa"],
    ["Kelurahan", "desa"],
    ["KEC", "kecamatan"],
    ["Pekerjaan", "occupation"],
    ["Jabatan", "occupation"],
    ["DESIL", "desil"],
    ["No. HP", "phone"],
    ["NO KK", "kk_number"],
    ["Nomor Kartu Keluarga", "kk_number"],
    ["KPJ", "kpj"],
    ["No", "ignore"],
    ["Keterangan", "ignore"],
  ])("%s → %s", (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it("does not take the name of a mother or a household head for the person's name", () => {
    expect(guessField("Nama Ibu Kandung")).toBeNull();
    expect(guessField("Nama Kepala Keluarga")).toBeNull();
  });
});

describe("mapHeaders", () => {
  it("maps each column to its field by position", () => {
    expect(mapHeaders(["No", "NIK", "NAMA", "TGL LAHIR"], "a.csv")).toEqual({
      nik: 1,
      name: 2,
      birth_date: 3,
    });
  });

  it("lists unknown headers and suggests a mapping file", () => {
    const error = catchError(() => mapHeaders(["NIK", "NAMA", "Luas Lahan", "Kelompok Tani"], "tani.csv"));
    expect(error.code).toBe("headers_unknown");
    expect(error.text("en")).toContain("'Luas Lahan', 'Kelompok Tani'");
    expect(error.text("id")).toContain("--mapping");
    expect(error.details).toMatchObject({
      unknownHeaders: ["Luas Lahan", "Kelompok Tani"],
      suggestedMapping: { columns: { NIK: "nik", NAMA: "name", "Luas Lahan": null } },
    });
  });

  it("follows a mapping file: a field for a header, or null to ignore it", () => {
    const mapping = { columns: { "Luas Lahan": null, "Nama Anggota Poktan": "name" as const } };
    expect(mapHeaders(["NIK", "Nama Anggota Poktan", "luas lahan"], "x.csv", mapping)).toEqual({
      nik: 0,
      name: 1,
    });
  });

  it("refuses a mapping that names an unknown field, two columns for one field, or no name column", () => {
    expect(catchError(() => mapHeaders(["A"], "x.csv", { columns: { A: "umur" as never } })).code).toBe(
      "mapping_unknown_field",
    );
    expect(catchError(() => mapHeaders(["NIK", "NAMA", "No KTP"], "x.csv")).code).toBe(
      "header_duplicate_field",
    );
    expect(catchError(() => mapHeaders(["NIK", "ALAMAT"], "x.csv")).code).toBe("header_name_missing");
  });
});

function catchError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}
