/** What Payung says about coverage targets and workforce figures, in both languages (merged into messages.ts). */
export const coverageMessages: Record<string, { id: string; en: string }> = {
  coverage_year_invalid: {
    id: "Tahun {year} tidak valid: tulis tahun empat angka antara 2000 dan 2100, misalnya 2026.",
    en: "Year {year} is invalid: write a four-digit year between 2000 and 2100, e.g. 2026.",
  },
  coverage_region_outside: {
    id: "Wilayah {code} bukan kabupaten {regency} atau kecamatan/desa di dalamnya. Lihat `payung regions list --parent {regency}`.",
    en: "Region {code} is not the regency {regency} or a kecamatan/desa inside it. See `payung regions list --parent {regency}`.",
  },
  coverage_day_outside_year: {
    id: "Tanggal {on} tidak berada di tahun {year}: cakupan suatu tahun dihitung pada salah satu harinya.",
    en: "The day {on} is not in {year}: a year's coverage is counted on one of its days.",
  },
  dashboard_area_forbidden: {
    id: "Wilayah {area} berada di luar wilayah kerja Anda ({own}): pilih wilayah Anda atau wilayah di dalamnya.",
    en: "Region {area} is outside your area ({own}): choose your area or one inside it.",
  },
  dashboard_day_future: {
    id: "Tanggal {on} belum terjadi: dasbor menghitung cakupan hari ini atau hari yang sudah lewat.",
    en: "The day {on} has not come yet: the dashboard counts coverage today or on a past day.",
  },
  coverage_source_too_long: {
    id: "Keterangan sumber terlalu panjang (maks. {max} karakter).",
    en: "The source note is too long (at most {max} characters).",
  },
  target_invalid: {
    id: "Target {target} tidak valid: tulis jumlah pekerja sebagai bilangan bulat lebih dari 0, misalnya 100000.",
    en: "Target {target} is invalid: write the number of workers as a whole number above 0, e.g. 100000.",
  },
  target_not_found: {
    id: "Belum ada target tahun {year} untuk wilayah {region}.",
    en: "No target for {year} has been set for region {region}.",
  },
  workforce_invalid: {
    id: "Jumlah pekerja informal {workers} tidak valid: tulis bilangan bulat 0 atau lebih, misalnya 12345.",
    en: "The number of informal workers {workers} is invalid: write a whole number of 0 or more, e.g. 12345.",
  },
  workforce_source_missing: {
    id: 'Sebutkan sumber angka pekerja informal, misalnya "BPS Sakernas Agustus 2025".',
    en: 'Name the source of the informal-worker figure, e.g. "BPS Sakernas Agustus 2025".',
  },
  workforce_not_found: {
    id: "Belum ada angka pekerja informal tahun {year} untuk wilayah {region}.",
    en: "No informal-worker figure for {year} has been entered for region {region}.",
  },
  workforce_columns_missing: {
    id: "Kolom {missing} tidak ditemukan. Berkas perlu kolom KECAMATAN (nama) atau KODE KECAMATAN, dan kolom PEKERJA INFORMAL (jumlah); kolom SUMBER boleh ada.",
    en: "Column {missing} not found. The file needs a KECAMATAN (name) or KODE KECAMATAN column and a PEKERJA INFORMAL (number) column; a SUMBER (source) column is optional.",
  },
  // the import's report, row by row
  workforce_row_kecamatan_unknown: {
    id: "baris {row}: kecamatan '{kecamatan}' tidak dikenal di kabupaten ini; baris tidak disimpan",
    en: "row {row}: kecamatan '{kecamatan}' is not known in this regency; the row was not saved",
  },
  workforce_row_kecamatan_repeated: {
    id: "baris {row}: kecamatan '{kecamatan}' sudah ada di baris sebelumnya; baris ini tidak disimpan",
    en: "row {row}: kecamatan '{kecamatan}' is on an earlier row already; this row was not saved",
  },
  workforce_row_workers_invalid: {
    id: "baris {row}: jumlah pekerja '{workers}' bukan bilangan bulat 0 atau lebih; baris tidak disimpan",
    en: "row {row}: the number of workers '{workers}' is not a whole number of 0 or more; the row was not saved",
  },
  workforce_row_source_missing: {
    id: "baris {row}: tidak ada sumber (kolom SUMBER kosong dan --source tidak diisi); baris tidak disimpan",
    en: "row {row}: no source (the SUMBER column is empty and --source was not given); the row was not saved",
  },
  workforce_row_total_row: {
    id: "baris {row}: baris jumlah '{kecamatan}' dilewati",
    en: "row {row}: total row '{kecamatan}' skipped",
  },
  workforce_row_corrected: {
    id: "baris {row}: '{kecamatan}' dibaca sebagai Kecamatan {name} ({code})",
    en: "row {row}: '{kecamatan}' read as Kecamatan {name} ({code})",
  },
  workforce_import_summary: {
    id: "{file}: {rows} baris, {saved} angka disimpan, {unchanged} tidak berubah, {problems} tidak disimpan (tahun {year})",
    en: "{file}: {rows} rows, {saved} figures saved, {unchanged} unchanged, {problems} not saved (year {year})",
  },
  // what the commands say
  target_saved: {
    id: "Target {year} untuk {name} ({region}): {target} pekerja",
    en: "Target {year} for {name} ({region}): {target} workers",
  },
  target_removed: {
    id: "Target {year} untuk {name} ({region}) dihapus (sebelumnya {target})",
    en: "Target {year} for {name} ({region}) removed (it was {target})",
  },
  workforce_saved: {
    id: "Pekerja informal {year} di {name} ({region}): {workers} (sumber: {source})",
    en: "Informal workers {year} in {name} ({region}): {workers} (source: {source})",
  },
  workforce_removed: {
    id: "Angka pekerja informal {year} untuk {name} ({region}) dihapus (sebelumnya {workers})",
    en: "Informal-worker figure {year} for {name} ({region}) removed (it was {workers})",
  },
  coverage_unchanged: {
    id: "(tidak berubah: angka dan sumbernya sama)",
    en: "(unchanged: the same number and source)",
  },
  coverage_list_heading: {
    id: "Cakupan tahun {year}, dihitung pada {on}: peserta aktif dibanding target dan pekerja informal",
    en: "Coverage in {year}, counted on {on}: active members against the target and the informal workforce",
  },
  coverage_list_summed: {
    id: "Σ: jumlah angka semua kecamatan/desa di bawahnya (wilayah ini belum punya angka sendiri)",
    en: "Σ: the sum of the figures of every kecamatan/desa below (this area has no figure of its own)",
  },
  coverage_list_unplaced: {
    id: "{count} peserta aktif tanpa kecamatan di alamatnya: dihitung hanya di tingkat kabupaten",
    en: "{count} active members whose address names no kecamatan: counted at the regency level only",
  },
};
