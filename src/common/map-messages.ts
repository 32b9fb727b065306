/** What Payung says about the schematic coverage map, in both languages (merged into messages.ts). */
export const mapMessages: Record<string, { id: string; en: string }> = {
  map_missing: {
    id: "Belum ada peta skematik untuk kabupaten {regency}. Tim TI: jalankan `npm run map:build -- {regency}` di salinan kode Payung, lalu pasang berkas src/modules/map/shapes/{regency}.geojson yang dihasilkan (lihat docs/map.md).",
    en: "There is no schematic map for regency {regency} yet. IT team: run `npm run map:build -- {regency}` in a copy of Payung's code, then deploy the file it writes, src/modules/map/shapes/{regency}.geojson (see docs/map.md).",
  },
  map_kecamatan_not_found: {
    id: "Kecamatan {code} tidak ada di peta kabupaten {regency}. Pakai kode kecamatan seperti {regency}.08; lihat `payung regions list --parent {regency}`.",
    en: "Kecamatan {code} is not on the map of regency {regency}. Use a kecamatan code like {regency}.08; see `payung regions list --parent {regency}`.",
  },
  map_schematic: {
    id: "Peta skematik: batas digambar dari titik pusat desa, bukan batas wilayah resmi.",
    en: "Schematic map: boundaries drawn from desa centre points, not official boundaries.",
  },
  map_no_data: {
    id: "Tanpa data",
    en: "No data",
  },
};
