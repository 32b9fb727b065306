import { UserError } from "../../common/errors.ts";

/** What a column of an imported list can hold. */
export const fields = [
  "nik",
  "name",
  "sex",
  "birth_date",
  "birth_place",
  "address",
  "rt",
  "rw",
  "rt_rw",
  "desa",
  "kecamatan",
  "occupation",
  "desil",
  "desil_date",
  "phone",
  "kk_number",
  "kpj",
  // BPJS membership lists only (--kind bpjs-members)
  "membership_status",
  "segment",
  "member_since",
  "payer",
] as const;
export type Field = (typeof fields)[number];

/** Field → column index in the file. */
export type ColumnMap = Partial<Record<Field, number>>;

/** A mapping file: header as written → field, or null to ignore the column. */
export interface MappingFile {
  columns: Record<string, Field | null>;
}

/** Header spellings seen in Indonesian office lists, compared without case, spaces or punctuation. */
// biome-ignore format: word lists read better packed
const aliases: Record<Field, string[]> = {
  nik: ["nik", "noktp", "nomorktp", "ktp", "nonik", "nomornik", "nikktp", "noktpnik", "nikpeserta", "nomorindukkependudukan", "noinduk kependudukan"],
  name: ["nama", "namalengkap", "namapeserta", "namanelayan", "namapetani", "namaanggota", "namapenerima", "namasesuaiktp", "nm", "nmlengkap"],
  sex: ["jk", "jeniskelamin", "lp", "kelamin", "sex", "gender", "jnskelamin", "jenkel"],
  birth_date: ["tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgl_lahir", "tgllahirddmmyyyy", "dob", "birthdate", "lahir"],
  birth_place: ["tempatlahir", "tmplahir", "tmptlahir", "tempatlhr", "tmplhr"],
  address: ["alamat", "alamatlengkap", "alamatrumah", "alamatdomisili", "jalan", "dusun", "kampung"],
  rt: ["rt", "nort"],
  rw: ["rw", "norw"],
  rt_rw: ["rtrw"],
  desa: ["desa", "kelurahan", "desakelurahan", "desakel", "kel", "namadesa", "kelurahandesa", "ds", "desakelurahandomisili"],
  kecamatan: ["kecamatan", "kec", "namakecamatan", "kecamatandomisili"],
  occupation: ["pekerjaan", "jenispekerjaan", "profesi", "matapencaharian", "jabatan", "pekerjaanutama", "occupation"],
  desil: ["desil", "desilkesejahteraan", "peringkatdesil", "statusdesil", "desilke"],
  desil_date: ["tgldata", "tanggaldata", "periodedata", "tanggaldesil", "tgldesil", "tglupdate", "tanggalupdate", "periodedesil"],
  phone: ["nohp", "hp", "nomorhp", "notelp", "telepon", "telp", "notelepon", "nowa", "nomorwa", "whatsapp", "handphone", "nohandphone", "kontak"],
  kk_number: ["nokk", "kk", "nomorkk", "nkk", "nokartukeluarga", "nomorkartukeluarga", "kartukeluarga"],
  kpj: ["kpj", "nokpj", "nomorkpj", "nokartupeserta"],
  membership_status: ["status", "statuspeserta", "statuskepesertaan", "statusaktif"],
  segment: ["segmen", "segmenpeserta", "kategori", "kategoripeserta", "jenispeserta"],
  member_since: ["tglkepesertaan", "tanggalkepesertaan", "tmt", "tmtkepesertaan", "tgldaftar", "tanggaldaftar", "tglterdaftar"],
  payer: ["pembayar", "pembayariuran", "sumberiuran", "pemberikerja", "namaperusahaan", "pemda"],
};

/** Kinds of list: people to protect, or BPJS's own list of members. */
export type ListKind = "people" | "bpjs-members";

const membershipFields = new Set<Field>(["membership_status", "segment", "member_since", "payer"]);

/**
 * Headers that are common and safe to ignore: running numbers, remarks, fixed admin areas, and the
 * three columns Payung's own quarantine CSV adds (row, disposition, reasons), so a fixed file can be
 * imported again as it is.
 */
// biome-ignore format: word lists read better packed
const ignored = new Set([
  "no", "nourut", "nomor", "nomorurut", "keterangan", "ket", "catatan", "provinsi", "kabupaten",
  "kabupatenkota", "kabkota", "kota", "unitkerja", "status", "statuspeserta", "program", "programbpjs",
  "row", "disposition", "reasons",
]);

const byKey = new Map<string, Field>();
for (const field of fields) for (const alias of aliases[field]) byKey.set(headerKey(alias), field);

export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\(.*?\)/g, "") // "JK (1=L, 2=P)" → "jk"
    .replace(/[^a-z0-9]/g, "");
}

/** Which field a header names, by its spelling alone; null when it is unknown. */
export function guessField(header: string, kind: ListKind = "people"): Field | "ignore" | null {
  const key = headerKey(header);
  const exact = byKey.get(key);
  if (exact && membershipFields.has(exact))
    return kind === "bpjs-members" ? exact : ignored.has(key) ? "ignore" : null;
  if (key === "" || ignored.has(key)) return "ignore";
  if (exact) return exact;
  const words = header
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const has = (...w: string[]) => w.some((x) => words.includes(x));
  if (has("lahir", "lhr")) return has("tempat", "tmp", "tmpt") ? "birth_place" : "birth_date";
  if (has("nik", "ktp")) return "nik";
  if (has("kk")) return "kk_number";
  if (has("nama") && !has("ibu", "ayah", "kepala", "desa", "kecamatan", "waris", "pendamping")) return "name";
  if (has("hp", "telp", "telepon", "wa")) return "phone";
  if (has("desil")) return "desil";
  if (has("kecamatan", "kec")) return "kecamatan";
  if (has("desa", "kelurahan")) return "desa";
  if (has("alamat")) return "address";
  if (has("pekerjaan", "profesi")) return "occupation";
  return null;
}

/**
 * Maps the columns of a file to fields: explicit mapping first, then spelling. Unknown headers
 * stop the import with a message that lists them and a mapping file to fix it.
 */
export function mapHeaders(
  headers: string[],
  file: string,
  mapping?: MappingFile,
  kind: ListKind = "people",
): ColumnMap {
  const explicit = new Map<string, Field | null>();
  for (const [header, field] of Object.entries(mapping?.columns ?? {})) {
    if (field !== null && !(fields as readonly string[]).includes(field)) {
      throw new UserError("mapping_unknown_field", { field, fields: fields.join(", ") });
    }
    explicit.set(headerKey(header), field);
  }
  const map: ColumnMap = {};
  const unknown: string[] = [];
  const suggestion: Record<string, Field | null> = {};
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const field = explicit.has(key) ? explicit.get(key) : guessField(header, kind);
    if (field === null || field === "ignore" || field === undefined) {
      if (field === null && !explicit.has(key)) unknown.push(header);
      if (header.trim()) suggestion[header] = null;
      return;
    }
    suggestion[header] = field;
    if (map[field] !== undefined) {
      throw new UserError("header_duplicate_field", {
        file,
        field,
        headers: `'${headers[map[field]!]}', '${header}'`,
      });
    }
    map[field] = index;
  });
  if (unknown.length > 0) {
    const example = JSON.stringify({ columns: suggestion }, null, 2);
    throw new UserError(
      "headers_unknown",
      { file, headers: unknown.map((h) => `'${h}'`).join(", "), example },
      {
        unknownHeaders: unknown,
        suggestedMapping: { columns: suggestion },
      },
    );
  }
  if (map.name === undefined) throw new UserError("header_name_missing", { file });
  return map;
}

/** How each column would be read: the saved mapping's choice, else Payung's guess. */
export interface ProposedColumn {
  header: string;
  /** null: ignored, or not recognised (then `recognised` is false and a person must choose). */
  field: Field | null;
  recognised: boolean;
}

export function proposeColumns(
  headers: string[],
  mapping: MappingFile | undefined,
  kind: ListKind,
): ProposedColumn[] {
  const explicit = new Map(Object.entries(mapping?.columns ?? {}).map(([h, f]) => [headerKey(h), f]));
  return headers.map((header) => {
    const key = headerKey(header);
    const field = explicit.has(key) ? (explicit.get(key) ?? null) : guessField(header, kind);
    return {
      header,
      field: field === "ignore" ? null : field,
      recognised: explicit.has(key) || field !== null,
    };
  });
}

/** Counts headers of a candidate header row that name a field (to find the header under title rows). */
export function knownHeaderCount(cells: string[]): number {
  return cells.filter((c) => {
    const f = guessField(c);
    return f !== null && f !== "ignore";
  }).length;
}
