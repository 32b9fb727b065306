/**
 * What Payung says in and about reports (coverage, funder statement, claims, Paritrana dossier) and
 * the dossier's registers, in both languages (merged into messages.ts). Sheet names stay within
 * the 31 characters a spreadsheet allows.
 */
type Catalog = Record<string, { id: string; en: string }>;

const errors: Catalog = {
  reports_kind_unknown: {
    id: "Laporan '{kind}' tidak dikenal. Laporan yang ada: {kinds}.",
    en: "Unknown report '{kind}'. Reports: {kinds}.",
  },
  reports_format_invalid: {
    id: "Format laporan '{format}' tidak dikenal: pilih xlsx (lembar kerja) atau pdf.",
    en: "Unknown report format '{format}': choose xlsx (spreadsheet) or pdf.",
  },
  reports_forbidden: {
    id: "Peran {role} tidak dapat membuat laporan '{kind}'. Laporan untuk peran ini: {kinds}.",
    en: "The {role} role cannot make the '{kind}' report. Reports for this role: {kinds}.",
  },
  reports_area_invalid: {
    id: "Wilayah '{area}' tidak terbaca. Tulis kode Kepmendagri, mis. 36.03 (kabupaten), 36.03.08 (kecamatan) atau 36.03.08.2001 (desa).",
    en: "Area '{area}' is unreadable. Write its Kepmendagri code, e.g. 36.03 (regency), 36.03.08 (kecamatan) or 36.03.08.2001 (desa).",
  },
  reports_area_forbidden: {
    id: "Laporan wilayah {area} tidak dapat Anda buat: wilayah Anda {own}. Pilih wilayah Anda atau wilayah di dalamnya.",
    en: "You cannot make the report of area {area}: your area is {own}. Choose your area or one inside it.",
  },
  reports_month_missing: {
    id: "Sebutkan bulan laporan (tahun-bulan), mis. month=2026-03 atau --month 2026-03.",
    en: "Give the report's month (year-month), e.g. month=2026-03 or --month 2026-03.",
  },
  reports_month_invalid: {
    id: "Bulan '{month}' tidak terbaca. Tulis tahun-bulan, mis. 2026-03.",
    en: "Month '{month}' is unreadable. Write year-month, e.g. 2026-03.",
  },
  reports_month_future: {
    id: "Bulan {month} belum tiba: laporan hanya untuk bulan ini atau sebelumnya.",
    en: "Month {month} has not come yet: reports are for this month or earlier ones.",
  },
  reports_year_missing: {
    id: "Sebutkan tahun laporan, mis. year=2026 atau --year 2026.",
    en: "Give the report's year, e.g. year=2026 or --year 2026.",
  },
  reports_year_invalid: {
    id: "Tahun '{year}' tidak terbaca. Tulis tahun empat angka sejak 2000, mis. 2026.",
    en: "Year '{year}' is unreadable. Write a four-digit year from 2000 on, e.g. 2026.",
  },
  reports_year_future: {
    id: "Tahun {year} belum tiba: laporan hanya untuk tahun ini atau sebelumnya.",
    en: "The year {year} has not come yet: reports are for this year or earlier ones.",
  },
  reports_day_invalid: {
    id: "Tanggal '{day}' tidak terbaca. Tulis tahun-bulan-tanggal, mis. 2026-03-31.",
    en: "Date '{day}' is unreadable. Write year-month-day, e.g. 2026-03-31.",
  },
  reports_period_reversed: {
    id: "Awal periode {from} sesudah akhirnya {to}: tukar keduanya.",
    en: "The period's start {from} is after its end {to}: swap them.",
  },
  reports_period_future: {
    id: "Periode mulai {from}, belum tiba: belum ada yang dilaporkan.",
    en: "The period starts {from}, which has not come yet: there is nothing to report.",
  },
  reports_period_both: {
    id: "Pilih salah satu: tahun (year=2026) atau bulan awal dan akhir (from=2026-01&to=2026-06), bukan keduanya.",
    en: "Choose one: a year (year=2026) or first and last months (from=2026-01&to=2026-06), not both.",
  },
  reports_months_half: {
    id: "Periode perlu bulan awal dan bulan akhir (from=2026-01&to=2026-06), atau tahun saja (year=2026).",
    en: "A period needs a first and a last month (from=2026-01&to=2026-06), or just a year (year=2026).",
  },
  reports_funder_missing: {
    id: "Sebutkan penyandang dananya dengan kodenya, mis. funder=apbd-2026. Lihat: payung funders list",
    en: "Name the funder by its code, e.g. funder=apbd-2026. See: payung funders list",
  },
  reports_out_missing: {
    id: "Sebutkan formatnya (--format xlsx atau pdf) atau berkas tujuan berakhiran .xlsx/.pdf (--out laporan.{format}).",
    en: "Give the format (--format xlsx or pdf) or a file to write ending in .xlsx/.pdf (--out report.{format}).",
  },
  reports_written: {
    id: "Laporan ditulis ke {out} (data per {day}).",
    en: "Report written to {out} (data as of {day}).",
  },
  dossier_removed: { id: "Dihapus: {what}.", en: "Removed: {what}." },
  regulation_kind_unknown: {
    id: "Jenis regulasi '{kind}' tidak dikenal. Jenis: {kinds}.",
    en: "Unknown regulation kind '{kind}'. Kinds: {kinds}.",
  },
  regulation_number_invalid: {
    id: "Isi nomor regulasi ({min}–{max} karakter), mis. 12 Tahun 2024.",
    en: "Enter the regulation's number ({min}–{max} characters), e.g. 12 Tahun 2024.",
  },
  regulation_title_invalid: {
    id: "Isi judul regulasi ({min}–{max} karakter).",
    en: "Enter the regulation's title ({min}–{max} characters).",
  },
  regulation_exists: {
    id: "Regulasi {kind} nomor {number} sudah tercatat.",
    en: "Regulation {kind} number {number} is already recorded.",
  },
  regulation_not_found: {
    id: "Regulasi {id} tidak ada. Lihat: payung regulations list",
    en: "Regulation {id} does not exist. See: payung regulations list",
  },
  innovation_name_invalid: {
    id: "Isi nama inovasi ({min}–{max} karakter).",
    en: "Enter the innovation's name ({min}–{max} characters).",
  },
  innovation_description_invalid: {
    id: "Isi uraian inovasi ({min}–{max} karakter): apa yang dilakukan dan hasilnya.",
    en: "Describe the innovation ({min}–{max} characters): what is done and what came of it.",
  },
  innovation_exists: {
    id: "Inovasi '{name}' sudah tercatat.",
    en: "Innovation '{name}' is already recorded.",
  },
  innovation_not_found: {
    id: "Inovasi {id} tidak ada. Lihat: payung innovations list",
    en: "Innovation {id} does not exist. See: payung innovations list",
  },
  dossier_day_invalid: {
    id: "Tanggal '{day}' tidak terbaca. Tulis tahun-bulan-tanggal, mis. 2024-08-05.",
    en: "Date '{day}' is unreadable. Write year-month-day, e.g. 2024-08-05.",
  },
  dossier_notes_too_long: {
    id: "Catatan terlalu panjang (maks. {max} karakter).",
    en: "The notes are too long (at most {max} characters).",
  },
};

const words: Catalog = {
  // the frame of every report
  reports_dated: {
    id: "Data per {day} · dibuat {made}",
    en: "Data as of {day} · made {made}",
  },
  reports_page: { id: "halaman {page} dari {pages}", en: "page {page} of {pages}" },
  reports_table_empty: { id: "Tidak ada data.", en: "No data." },
  reports_total: { id: "Jumlah", en: "Total" },
  reports_unknown: { id: "Tidak diketahui", en: "Unknown" },
  reports_desil: { id: "Desil", en: "Desil" },
  reports_sex_L: { id: "Laki-laki", en: "Male" },
  reports_sex_P: { id: "Perempuan", en: "Female" },
  reports_area_kecamatan: { id: "Kecamatan {name} ({code})", en: "Kecamatan {name} ({code})" },
  reports_area_desa: { id: "Desa/Kelurahan {name} ({code})", en: "Desa/Kelurahan {name} ({code})" },
  reports_info_report: { id: "Laporan", en: "Report" },
  reports_info_about: { id: "Perihal", en: "About" },
  reports_info_data_date: { id: "Data per (tanggal data)", en: "Data as of (data date)" },
  reports_info_made_at: { id: "Dibuat (UTC)", en: "Made (UTC)" },
  reports_info_sheets: { id: "Lembar", en: "Sheets" },
  reports_param_month: { id: "Bulan", en: "Month" },
  reports_param_area: { id: "Wilayah", en: "Area" },
  reports_param_funder: { id: "Penyandang dana", en: "Funder" },
  reports_param_period: { id: "Periode", en: "Period" },
  reports_param_from: { id: "Dari", en: "From" },
  reports_param_to: { id: "Sampai", en: "To" },
  reports_param_year: { id: "Tahun", en: "Year" },
  reports_file_coverage: { id: "laporan-cakupan", en: "coverage-report" },
  reports_file_funder: { id: "laporan-penyandang-dana", en: "funder-statement" },
  reports_file_claims: { id: "laporan-klaim", en: "claims-report" },
  reports_file_paritrana: { id: "dosir-paritrana", en: "paritrana-dossier" },

  // sheet names (≤ 31 characters)
  reports_sheet_info: { id: "Info", en: "Info" },
  reports_sheet_areas: { id: "Wilayah", en: "Areas" },
  reports_sheet_occupation: { id: "Pekerjaan", en: "Occupation" },
  reports_sheet_desil: { id: "Desil", en: "Desil" },
  reports_sheet_sex: { id: "Jenis kelamin", en: "Sex" },
  reports_sheet_age: { id: "Umur", en: "Age" },
  reports_sheet_trend: { id: "Tren bulanan", en: "Monthly trend" },
  reports_sheet_budget: { id: "Anggaran", en: "Budget" },
  reports_sheet_budget_years: { id: "Anggaran per tahun", en: "Budget by year" },
  reports_sheet_claims: { id: "Klaim", en: "Claims" },
  reports_sheet_waitlist: { id: "Daftar tunggu", en: "Waitlist" },
  reports_sheet_summary: { id: "Ringkasan", en: "Summary" },
  reports_sheet_plans: { id: "Alokasi rencana", en: "Plan allocation" },
  reports_sheet_invoices: { id: "Tagihan", en: "Invoices" },
  reports_sheet_payments: { id: "Pembayaran", en: "Payments" },
  reports_sheet_refunds: { id: "Pengembalian", en: "Refunds" },
  reports_sheet_opened: { id: "Klaim dibuka", en: "Claims opened" },
  reports_sheet_paid: { id: "Klaim dibayar", en: "Claims paid" },
  reports_sheet_steps: { id: "Hari per langkah", en: "Days per step" },
  reports_sheet_overdue: { id: "Terlambat", en: "Overdue" },
  reports_sheet_handovers: { id: "Penyerahan", en: "Handovers" },
  reports_sheet_training: { id: "Pelatihan", en: "Training" },
  reports_sheet_years: { id: "Cakupan per tahun", en: "Coverage by year" },
  reports_sheet_regulations: { id: "Regulasi", en: "Regulations" },
  reports_sheet_innovations: { id: "Inovasi", en: "Innovations" },
  reports_sheet_partners: { id: "Mitra CSR", en: "CSR partners" },

  // column headers
  reports_col_item: { id: "Uraian", en: "Item" },
  reports_col_amount: { id: "Jumlah (Rp)", en: "Amount (Rp)" },
  reports_col_kecamatan: { id: "Kecamatan", en: "Kecamatan" },
  reports_col_desa: { id: "Desa/kelurahan", en: "Desa/kelurahan" },
  reports_col_code: { id: "Kode", en: "Code" },
  reports_col_covered: { id: "Terlindungi", en: "Covered" },
  reports_col_target: { id: "Target", en: "Target" },
  reports_col_progress: { id: "Capaian target", en: "Target progress" },
  reports_col_workforce: { id: "Pekerja informal", en: "Informal workers" },
  reports_col_rate: { id: "Tingkat cakupan", en: "Coverage rate" },
  reports_col_share: { id: "Bagian", en: "Share" },
  reports_col_occupation: { id: "Pekerjaan", en: "Occupation" },
  reports_col_desil: { id: "Desil", en: "Desil" },
  reports_col_sex: { id: "Jenis kelamin", en: "Sex" },
  reports_col_age: { id: "Kelompok umur", en: "Age band" },
  reports_col_month: { id: "Bulan", en: "Month" },
  reports_col_change: { id: "Perubahan", en: "Change" },
  reports_col_funder: { id: "Kode dana", en: "Funder" },
  reports_col_name: { id: "Nama", en: "Name" },
  reports_col_funder_type: { id: "Jenis", en: "Type" },
  reports_col_budget: { id: "Anggaran (Rp)", en: "Budget (Rp)" },
  reports_col_invoiced: { id: "Ditagih (Rp)", en: "Invoiced (Rp)" },
  reports_col_paid: { id: "Dibayar (Rp)", en: "Paid (Rp)" },
  reports_col_remaining: { id: "Sisa (Rp)", en: "Left (Rp)" },
  reports_col_used: { id: "Terpakai", en: "Used" },
  reports_col_type: { id: "Jenis klaim", en: "Claim type" },
  reports_col_claims: { id: "Klaim", en: "Claims" },
  reports_col_claims_paid: { id: "Klaim dibayar", en: "Claims paid" },
  reports_col_plan: { id: "Rencana", en: "Plan" },
  reports_col_persons: { id: "Orang", en: "Persons" },
  reports_col_cost: { id: "Biaya (Rp)", en: "Cost (Rp)" },
  reports_col_from: { id: "Dari", en: "From" },
  reports_col_to: { id: "Sampai", en: "To" },
  reports_col_approved_on: { id: "Disetujui", en: "Approved on" },
  reports_col_per_person: { id: "Per orang (Rp)", en: "Per person (Rp)" },
  reports_col_capacity: { id: "Kapasitas", en: "Capacity" },
  reports_col_allocated: { id: "Dialokasikan", en: "Allocated" },
  reports_col_members: { id: "Peserta", en: "Members" },
  reports_col_owed: { id: "Belum dibayar (Rp)", en: "Owed (Rp)" },
  reports_col_last_paid_on: { id: "Bayar terakhir", en: "Last paid on" },
  reports_col_refunded: { id: "Dikembalikan (Rp)", en: "Refunded (Rp)" },
  reports_col_refund_due: { id: "Wajib kembali (Rp)", en: "Refund due (Rp)" },
  reports_col_paid_on: { id: "Tanggal bayar", en: "Paid on" },
  reports_col_invoice_month: { id: "Bulan tagihan", en: "Invoice month" },
  reports_col_reference: { id: "Referensi", en: "Reference" },
  reports_col_refunded_on: { id: "Tanggal kembali", en: "Refunded on" },
  reports_col_memberships: { id: "Kepesertaan", en: "Memberships" },
  reports_col_expected: { id: "Menurut aturan (Rp)", en: "By the rules (Rp)" },
  reports_col_days_to_pay: { id: "Rata-rata hari sampai dibayar", en: "Average days to payment" },
  reports_col_step: { id: "Langkah", en: "Step" },
  reports_col_limit_days: { id: "Batas hari", en: "Day limit" },
  reports_col_steps: { id: "Langkah selesai", en: "Steps left" },
  reports_col_average_days: { id: "Rata-rata hari", en: "Average days" },
  reports_col_longest_days: { id: "Terlama (hari)", en: "Longest (days)" },
  reports_col_held_on: { id: "Tanggal", en: "Held on" },
  reports_col_event: { id: "Acara", en: "Event" },
  reports_col_place: { id: "Tempat", en: "Place" },
  reports_col_state: { id: "Status", en: "State" },
  reports_col_referrals: { id: "Rujukan", en: "Referrals" },
  reports_col_year: { id: "Tahun", en: "Year" },
  reports_col_kind: { id: "Jenis", en: "Kind" },
  reports_col_number: { id: "Nomor", en: "Number" },
  reports_col_title: { id: "Judul", en: "Title" },
  reports_col_issued_on: { id: "Ditetapkan", en: "Issued on" },
  reports_col_notes: { id: "Catatan", en: "Notes" },
  reports_col_started_on: { id: "Mulai", en: "Started on" },
  reports_col_description: { id: "Uraian", en: "Description" },
  reports_col_company: { id: "Perusahaan", en: "Company" },
  reports_col_sector: { id: "Sektor", en: "Sector" },
  reports_col_mou: { id: "Nomor MoU", en: "MoU number" },
  reports_col_signed_on: { id: "Ditandatangani", en: "Signed on" },
  reports_col_valid_to: { id: "Berlaku sampai", en: "Valid to" },
  reports_col_commitments: { id: "Komitmen", en: "Commitments" },
  reports_col_committed: { id: "Dana komitmen (Rp)", en: "Committed (Rp)" },
  reports_col_workers: { id: "Pekerja", en: "Workers" },
  reports_col_funded: { id: "Jadi penyandang dana", en: "Became funders" },

  // states
  reports_claim_status_draft: { id: "Draf", en: "Draft" },
  reports_claim_status_documents_complete: { id: "Dokumen lengkap", en: "Documents complete" },
  reports_claim_status_submitted: { id: "Diajukan ke BPJS", en: "Submitted to BPJS" },
  reports_claim_status_paid: { id: "Dibayar", en: "Paid" },
  reports_claim_status_rejected: { id: "Ditolak", en: "Rejected" },
  reports_training_status_referred: { id: "Dirujuk", en: "Referred" },
  reports_training_status_enrolled: { id: "Terdaftar", en: "Enrolled" },
  reports_training_status_completed: { id: "Selesai", en: "Completed" },
  reports_training_status_employed: { id: "Bekerja", en: "Employed" },
  regulation_kind_perda: { id: "Peraturan Daerah", en: "Regional regulation (Perda)" },
  regulation_kind_perbup: { id: "Peraturan Bupati", en: "Regent's regulation (Perbup)" },
  regulation_kind_kepbup: { id: "Keputusan Bupati", en: "Regent's decree" },
  regulation_kind_instruksi: { id: "Instruksi", en: "Instruction" },
  regulation_kind_surat_edaran: { id: "Surat Edaran", en: "Circular letter" },
  regulation_kind_mou: { id: "Nota kesepahaman (MoU)", en: "Memorandum of understanding" },
  regulation_kind_other: { id: "Lainnya", en: "Other" },
};

const coverage: Catalog = {
  reports_coverage_title: { id: "Laporan Cakupan Bulanan", en: "Monthly Coverage Report" },
  reports_coverage_heading_areas: { id: "Cakupan dan target", en: "Coverage and targets" },
  reports_coverage_heading_traits: { id: "Rincian peserta terlindungi", en: "Who is covered" },
  reports_coverage_heading_trend: { id: "Tren bulanan", en: "Monthly trend" },
  reports_coverage_heading_money: {
    id: "Anggaran, klaim dan daftar tunggu",
    en: "Budget, claims and waitlist",
  },
  reports_coverage_summary: {
    id: "Per {day}, {covered} pekerja rentan terlindungi BPJS Ketenagakerjaan di {area}.",
    en: "On {day}, {covered} vulnerable workers were covered by BPJS Ketenagakerjaan in {area}.",
  },
  reports_coverage_summary_rate: {
    id: "Itu {rate} dari {workforce} pekerja informal.",
    en: "That is {rate} of {workforce} informal workers.",
  },
  reports_coverage_summary_no_workforce: {
    id: "Angka pekerja informal wilayah ini belum diisi, jadi tingkat cakupan belum dapat dihitung.",
    en: "The area's informal-worker figure has not been entered, so the coverage rate cannot be worked out.",
  },
  reports_coverage_summary_target: {
    id: "Capaian target: {progress} dari {target}.",
    en: "Target progress: {progress} of {target}.",
  },
  reports_coverage_map_title: { id: "Tingkat cakupan — {area}", en: "Coverage rate — {area}" },
  reports_coverage_areas_title: { id: "Cakupan per wilayah di {area}", en: "Coverage by area in {area}" },
  reports_coverage_areas_note: {
    id: "Baris jumlah adalah angka wilayah itu sendiri: target tidak dijumlahkan, pekerja informal dijumlahkan dari wilayah di bawahnya hanya bila semuanya punya angka (docs/coverage.md).",
    en: "The total line is the area's own: targets are not added up, and informal workers are summed from the areas below only when every one has a figure (docs/coverage.md).",
  },
  reports_coverage_unplaced: { id: "Alamat tanpa wilayah", en: "Address names no area" },
  reports_coverage_by_occupation: { id: "Menurut pekerjaan", en: "By occupation" },
  reports_coverage_by_desil: { id: "Menurut desil kesejahteraan", en: "By welfare desil" },
  reports_coverage_by_sex: { id: "Menurut jenis kelamin", en: "By sex" },
  reports_coverage_by_age: { id: "Menurut kelompok umur", en: "By age band" },
  reports_coverage_trend_title: {
    id: "Terlindungi pada hari terakhir tiap bulan",
    en: "Covered on the last day of each month",
  },
  reports_coverage_trend_note: {
    id: "Bulan terakhir dihitung per {day}.",
    en: "The last month is counted on {day}.",
  },
  reports_coverage_budget_title: { id: "Anggaran per penyandang dana", en: "Budget per funder" },
  reports_coverage_budget_note: {
    id: "Anggaran seluruh periode tiap penyandang dana; ditagih dan dibayar sampai hari laporan dibuat.",
    en: "Each funder's budget for its whole period; invoiced and paid up to the day the report was made.",
  },
  reports_coverage_claims_title: { id: "Klaim peserta wilayah ini", en: "Claims of the area's members" },
  reports_coverage_claims_note: {
    id: "Sampai hari laporan dibuat: {open} klaim masih berjalan, {overdue} di antaranya terlambat.",
    en: "Up to the day the report was made: {open} claims still open, {overdue} of them overdue.",
  },
  reports_coverage_waitlist_title: { id: "Daftar tunggu rencana terbaru", en: "Waitlist of the latest plan" },
  reports_coverage_waitlist_note: {
    id: "Orang yang layak di wilayah ini yang tidak tertampung rencana alokasi terbaru yang disetujui, dan biaya untuk melindungi mereka selama bulan-bulan rencana itu.",
    en: "Eligible persons of the area the latest approved allocation plan could not cover, and what covering them for that plan's months would cost.",
  },
};

const funder: Catalog = {
  reports_funder_title: { id: "Laporan Penyandang Dana", en: "Funder Statement" },
  reports_funder_heading_summary: { id: "Ringkasan anggaran", en: "Budget summary" },
  reports_funder_heading_plans: { id: "Alokasi rencana yang disetujui", en: "Approved plans' allocation" },
  reports_funder_heading_invoices: {
    id: "Tagihan, pembayaran dan pengembalian",
    en: "Invoices, payments and refunds",
  },
  reports_funder_about: {
    id: "{name}: {type}, kode BPJS {bpjs}, paket {package}, periode {from} – {to}.",
    en: "{name}: {type}, BPJS code {bpjs}, package {package}, period {from} – {to}.",
  },
  reports_funder_limit_desa: {
    id: "Hanya untuk warga desa {code}.",
    en: "Only for residents of desa {code}.",
  },
  reports_funder_limit_kecamatan: {
    id: "Hanya untuk warga kecamatan {codes}.",
    en: "Only for residents of kecamatan {codes}.",
  },
  reports_funder_limit_occupations: {
    id: "Hanya untuk pekerjaan: {list}.",
    en: "Only for these occupations: {list}.",
  },
  reports_funder_summary_title: {
    id: "Anggaran dan pemakaiannya, {months}",
    en: "Budget and its use, {months}",
  },
  reports_funder_budget: { id: "Anggaran (seluruh periode dana)", en: "Budget (the funder's whole period)" },
  reports_funder_allocated: { id: "Dialokasikan rencana yang disetujui", en: "Allocated by approved plans" },
  reports_funder_invoiced: { id: "Ditagih dalam periode laporan", en: "Invoiced in the report's period" },
  reports_funder_paid: { id: "Dibayar untuk tagihan periode laporan", en: "Paid for the period's invoices" },
  reports_funder_owed: { id: "Belum dibayar", en: "Not yet paid" },
  reports_funder_refunded: { id: "Dikembalikan ke penyandang dana", en: "Refunded to the funder" },
  reports_funder_refund_due: {
    id: "Iuran setelah kepesertaan berakhir, belum dikembalikan",
    en: "Premiums after cover ended, not yet refunded",
  },
  reports_funder_spent: {
    id: "Terpakai sampai {to} (dibayar dikurangi dikembalikan)",
    en: "Spent up to {to} (paid less refunded)",
  },
  reports_funder_balance: { id: "Sisa anggaran", en: "Budget left" },
  reports_funder_balance_note: {
    id: "Sisa anggaran = anggaran − (semua pembayaran − semua pengembalian) untuk tagihan sampai akhir periode laporan.",
    en: "Budget left = budget − (all payments − all refunds) for invoices up to the end of the report's period.",
  },
  reports_funder_plans_title: {
    id: "Rencana alokasi yang disetujui pada periode ini",
    en: "Approved allocation plans in the period",
  },
  reports_funder_no_plan: {
    id: "Belum ada rencana alokasi yang disetujui untuk penyandang dana ini pada periode ini.",
    en: "No approved allocation plan gives this funder anyone in the period.",
  },
  reports_funder_invoices_title: { id: "Tagihan per bulan", en: "Invoices per month" },
  reports_funder_payments_title: { id: "Pembayaran yang diterima", en: "Payments received" },
  reports_funder_refunds_title: { id: "Pengembalian iuran", en: "Premiums refunded" },
};

const claims: Catalog = {
  reports_claims_title: { id: "Laporan Klaim", en: "Claims Report" },
  reports_claims_heading_opened: { id: "Klaim yang dibuka", en: "Claims opened" },
  reports_claims_heading_paid: { id: "Klaim yang dibayar", en: "Claims paid" },
  reports_claims_heading_steps: { id: "Lama proses dan keterlambatan", en: "Time taken and overdue claims" },
  reports_claims_heading_handovers: { id: "Penyerahan santunan dan pelatihan", en: "Handovers and training" },
  reports_claims_opened_title: {
    id: "Klaim dibuka {days}, menurut jenis dan status per tanggal data",
    en: "Claims opened {days}, by type and status on the data date",
  },
  reports_claims_opened_note: {
    id: "Status tiap klaim adalah langkah terakhirnya sebelum akhir tanggal data.",
    en: "Each claim's status is its last step before the end of the data date.",
  },
  reports_claims_paid_title: { id: "Klaim dibayar BPJS {days}", en: "Claims BPJS paid {days}" },
  reports_claims_steps_title: {
    id: "Langkah yang selesai {days}: berapa hari lamanya",
    en: "Steps left {days}: how many days they took",
  },
  reports_claims_overdue_title: {
    id: "Klaim terlambat per {day}, menurut langkah",
    en: "Claims overdue on {day}, by step",
  },
  reports_claims_overdue_note: {
    id: "Terlambat: lebih lama di langkahnya daripada batas hari pengaturan klaim. Hanya jumlah; daftar klaim ada di halaman Klaim.",
    en: "Overdue: longer in its step than the claim settings' day limit. Counts only; the claims are listed on the Claims page.",
  },
  reports_claims_handovers_title: { id: "Penyerahan santunan {days}", en: "Handovers held {days}" },
  reports_claims_training_title: {
    id: "Ahli waris dirujuk ke pelatihan {days}, menurut status per {day}",
    en: "Heirs referred to training {days}, by state on {day}",
  },
};

const paritrana: Catalog = {
  reports_paritrana_title: { id: "Dosir Paritrana Award {year}", en: "Paritrana Award Dossier {year}" },
  reports_paritrana_heading_coverage: {
    id: "Cakupan pekerja informal",
    en: "Coverage of the informal workforce",
  },
  reports_paritrana_heading_budget: { id: "Anggaran", en: "Budget" },
  reports_paritrana_heading_regulations: { id: "Regulasi", en: "Regulations" },
  reports_paritrana_heading_innovations: { id: "Inovasi", en: "Innovations" },
  reports_paritrana_heading_partners: { id: "Kemitraan CSR", en: "CSR partnerships" },
  reports_paritrana_summary: {
    id: "Per {day}, {covered} pekerja rentan terlindungi di {area}: {rate} dari {workforce} pekerja informal; target {target}.",
    en: "On {day}, {covered} vulnerable workers were covered in {area}: {rate} of {workforce} informal workers; target {target}.",
  },
  reports_paritrana_years_title: {
    id: "Cakupan per tahun sejak perlindungan pertama",
    en: "Coverage by year since the first cover",
  },
  reports_paritrana_years_note: {
    id: "Terlindungi pada 31 Desember tiap tahun (tahun laporan: pada tanggal data); pekerja informal dari angka BPS yang dimasukkan untuk tahun itu.",
    en: "Covered on 31 December of each year (the report's year: on the data date); informal workers from the BPS figure entered for that year.",
  },
  reports_paritrana_areas_title: { id: "Cakupan per kecamatan, {year}", en: "Coverage by kecamatan, {year}" },
  reports_paritrana_budget_years_title: { id: "Anggaran per tahun", en: "Budget by year" },
  reports_paritrana_budget_note: {
    id: "Anggaran dihitung pada tahun periode dana dimulai; ditagih dan dibayar menurut bulan tagihan.",
    en: "A budget counts in the year its funder's period starts; invoiced and paid by the invoices' months.",
  },
  reports_paritrana_funders_title: { id: "Anggaran per penyandang dana", en: "Budget per funder" },
  reports_paritrana_regulations_title: {
    id: "Regulasi daerah tentang perlindungan pekerja rentan",
    en: "The regency's regulations on covering vulnerable workers",
  },
  reports_paritrana_innovations_title: { id: "Inovasi daerah", en: "The regency's innovations" },
  reports_paritrana_register_note: {
    id: "Dari register Payung (halaman Laporan, tab Regulasi & inovasi, atau `{command}`).",
    en: "From Payung's register (Reports page, Regulations & innovations tab, or `{command}`).",
  },
  reports_paritrana_partners_title: {
    id: "Perusahaan mitra CSR: nota kesepahaman dan komitmen",
    en: "CSR partner companies: memoranda of understanding and commitments",
  },
};

export const reportsMessages: Catalog = {
  ...errors,
  ...words,
  ...coverage,
  ...funder,
  ...claims,
  ...paritrana,
};
