import type { Lang } from "./lang.ts";

export type MessageParams = Record<string, string | number | undefined>;

type Catalog = Record<string, { id: string; en: string }>;

/**
 * Every sentence Payung says to a user, in both languages, by code. Import issue codes and NIK
 * problem codes live here too, so a report in either language comes from one place.
 */
const catalog: Catalog = {
  // general
  db_locked: {
    id: "Basis data di {dir} sedang dipakai proses lain (pid {pid}). Hentikan server Payung dulu, atau pakai DATABASE_URL.",
    en: "The database in {dir} is in use by another process (pid {pid}). Stop the Payung server first, or use DATABASE_URL.",
  },
  db_newer_schema: {
    id: "Skema basis data (versi {db}) lebih baru dari program ini (versi {code}). Pasang versi Payung yang lebih baru.",
    en: "The database schema (version {db}) is newer than this program (version {code}). Install a newer Payung.",
  },
  file_not_found: {
    id: "Berkas {file} tidak ditemukan.",
    en: "File {file} not found.",
  },
  file_type_unknown: {
    id: "Jenis berkas {file} tidak dikenal. Gunakan .csv, .txt atau .xlsx.",
    en: "Unknown file type for {file}. Use .csv, .txt or .xlsx.",
  },
  file_empty: {
    id: "Berkas {file} kosong atau tidak memiliki baris judul kolom.",
    en: "File {file} is empty or has no header row.",
  },
  xlsx_unreadable: {
    id: "Berkas Excel {file} tidak dapat dibaca ({reason}). Simpan ulang sebagai .xlsx atau CSV.",
    en: "Excel file {file} cannot be read ({reason}). Save it again as .xlsx or CSV.",
  },
  region_not_found: {
    id: "Kode wilayah {code} tidak ditemukan. Contoh kode: 36 (provinsi), 36.03 (kabupaten), 36.03.01 (kecamatan).",
    en: "Region code {code} not found. Example codes: 36 (province), 36.03 (regency), 36.03.01 (district).",
  },
  batch_not_found: {
    id: "Batch impor {batch} tidak ditemukan. Lihat `payung imports list`.",
    en: "Import batch {batch} not found. See `payung imports list`.",
  },
  source_name_invalid: {
    id: "Nama sumber '{source}' tidak valid: pakai huruf, angka, titik, garis bawah atau tanda hubung (maks. 64).",
    en: "Source name '{source}' is invalid: use letters, digits, dots, underscores or hyphens (max 64).",
  },
  headers_unknown: {
    id: "Kolom tidak dikenal di {file}: {headers}. Buat berkas pemetaan (--mapping peta.json) yang menyebut arti tiap kolom, atau null untuk mengabaikannya. Contoh:\n{example}",
    en: "Unknown columns in {file}: {headers}. Write a mapping file (--mapping map.json) saying what each column holds, or null to ignore it. Example:\n{example}",
  },
  header_name_missing: {
    id: "Kolom nama tidak ditemukan di {file}. Setiap daftar harus punya kolom nama; sebutkan di berkas pemetaan.",
    en: "No name column found in {file}. Every list needs a name column; name it in the mapping file.",
  },
  header_duplicate_field: {
    id: "Kolom {headers} di {file} sama-sama dipetakan ke '{field}'. Pilih satu di berkas pemetaan dan set yang lain ke null.",
    en: "Columns {headers} in {file} both map to '{field}'. Choose one in the mapping file and set the other to null.",
  },
  mapping_invalid: {
    id: "Berkas pemetaan {file} tidak valid: {reason}",
    en: "Mapping file {file} is invalid: {reason}",
  },
  mapping_unknown_field: {
    id: "Berkas pemetaan menyebut bidang '{field}' yang tidak dikenal. Bidang yang ada: {fields}.",
    en: "The mapping file names an unknown field '{field}'. Known fields: {fields}.",
  },
  source_not_found: {
    id: "Sumber '{source}' belum ada. Lihat `payung sources list`.",
    en: "Source '{source}' does not exist. See `payung sources list`.",
  },
  trust_invalid: {
    id: "Tingkat kepercayaan harus bilangan bulat 0 sampai 100 (bukan '{trust}').",
    en: "Trust must be a whole number from 0 to 100 (not '{trust}').",
  },
  source_kind_conflict: {
    id: "Sumber '{source}' sudah terdaftar sebagai jenis '{kind}'. Pakai nama sumber lain, atau --kind {kind}.",
    en: "Source '{source}' is already registered as kind '{kind}'. Use another source name, or --kind {kind}.",
  },
  list_kind_unknown: {
    id: "Jenis daftar '{kind}' tidak dikenal. Pakai people atau bpjs-members.",
    en: "Unknown list kind '{kind}'. Use people or bpjs-members.",
  },
  export_format_unknown: {
    id: "Format ekspor '{format}' tidak dikenal. Pakai csv atau xlsx.",
    en: "Unknown export format '{format}'. Use csv or xlsx.",
  },
  export_xlsx_needs_out: {
    id: "Ekspor XLSX perlu berkas tujuan: tambahkan --out nama.xlsx.",
    en: "An XLSX export needs a file: add --out name.xlsx.",
  },
  review_not_found: {
    id: "Butir tinjauan {id} tidak ada. Lihat daftarnya dengan: payung review list --all",
    en: "Review item {id} does not exist. List them with: payung review list --all",
  },
  review_decided: {
    id: "Butir tinjauan {id} sudah diputuskan ({status}). Keputusan tidak diulang; pisahkan data dengan payung review split <batch>:<baris> bila perlu.",
    en: "Review item {id} is already decided ({status}). Decisions are not redone; split a record with payung review split <batch>:<row> if needed.",
  },
  review_split_apart: {
    id: "Kedua data pada butir {id} sudah milik orang yang berbeda; tidak ada yang perlu dipisah. Pakai accept atau reject.",
    en: "The two records of item {id} already belong to different persons; there is nothing to split. Use accept or reject.",
  },
  review_split_alone: {
    id: "Data {record} adalah satu-satunya data orang {person}; tidak ada yang perlu dipisah.",
    en: "Record {record} is the only record of person {person}; there is nothing to split it from.",
  },
  record_not_found: {
    id: "Data sumber {record} (batch:baris) tidak ada atau belum dicocokkan. Jalankan payung match dulu.",
    en: "Source record {record} (batch:row) does not exist or is not matched yet. Run payung match first.",
  },
  match_settings_invalid: {
    id: "Ambang tidak sah: bobot tinjauan ({review}) harus angka dan tidak lebih besar dari bobot tautan ({link}).",
    en: "Invalid thresholds: the review weight ({review}) must be a number no larger than the link weight ({link}).",
  },
  route_not_found: {
    id: "Alamat {method} {url} tidak ada. Daftar alamat API: /api/docs",
    en: "There is no {method} {url}. The API's addresses: /api/docs",
  },
  request_invalid: {
    id: "Permintaan tidak sah di {where}: {problem}",
    en: "Invalid request at {where}: {problem}",
  },
  internal_error: {
    id: "Terjadi galat internal. Kejadian ini dicatat; coba lagi atau hubungi admin.",
    en: "An internal error occurred. It was logged; try again or ask the administrator.",
  },
  username_invalid: {
    id: "Nama pengguna '{username}' tidak sah: 3–40 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
    en: "Username '{username}' is invalid: 3–40 lower-case letters, digits, dots, underscores or hyphens.",
  },
  username_taken: {
    id: "Nama pengguna '{username}' sudah dipakai.",
    en: "Username '{username}' is already taken.",
  },
  role_unknown: {
    id: "Peran '{role}' tidak dikenal. Pilih salah satu: {roles}.",
    en: "Unknown role '{role}'. Choose one of: {roles}.",
  },
  role_area_level: {
    id: "Peran {role} bekerja pada wilayah tingkat {level} (2 kabupaten, 3 kecamatan, 4 desa), bukan {code}.",
    en: "Role {role} works on an area of level {level} (2 regency, 3 kecamatan, 4 desa), not {code}.",
  },
  password_too_short: {
    id: "Kata sandi terlalu pendek: paling sedikit {min} karakter.",
    en: "Password too short: at least {min} characters.",
  },
  login_failed: {
    id: "Nama pengguna atau kata sandi salah.",
    en: "Wrong username or password.",
  },
  login_required: {
    id: "Silakan masuk (login) dulu.",
    en: "Please log in first.",
  },
  login_rate_limited: {
    id: "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.",
    en: "Too many failed logins. Try again in {seconds} seconds.",
  },
  csrf_invalid: {
    id: "Permintaan ditolak: token CSRF tidak ada atau salah. Muat ulang halaman lalu coba lagi.",
    en: "Request refused: the CSRF token is missing or wrong. Reload the page and try again.",
  },
  password_wrong: {
    id: "Kata sandi saat ini salah.",
    en: "The current password is wrong.",
  },
  forbidden_role: {
    id: "Peran {role} tidak boleh melakukan ini.",
    en: "The role {role} may not do this.",
  },
  person_not_found: {
    id: "Orang {id} tidak ada di wilayah Anda.",
    en: "Person {id} is not in your area.",
  },
  job_not_found: {
    id: "Pekerjaan {id} tidak ada.",
    en: "Job {id} does not exist.",
  },
  job_kind_unknown: {
    id: "Jenis pekerjaan '{kind}' tidak dikenal.",
    en: "Unknown job kind '{kind}'.",
  },
  token_invalid: {
    id: "Token API tidak dikenal atau sudah dicabut.",
    en: "Unknown or revoked API token.",
  },
  token_not_found: {
    id: "Pengguna {username} tidak punya token aktif bernama '{name}'.",
    en: "User {username} has no active token named '{name}'.",
  },
  user_not_found: {
    id: "Pengguna '{username}' tidak ada. Lihat: payung users list",
    en: "User '{username}' does not exist. See: payung users list",
  },
  eligibility_rules_missing: {
    id: "Belum ada aturan kelayakan untuk tahun {year} atau sebelumnya.",
    en: "No eligibility rules for {year} or an earlier year.",
  },
  eligibility_nik_invalid: {
    id: "NIK tidak sah: BPJS mendaftarkan peserta dengan NIK. Perbaiki NIK di daftar sumber.",
    en: "The NIK is not valid: BPJS registers members by NIK. Fix it in the source list.",
  },
  eligibility_nik_unverified: {
    id: "BPJS menolak NIK ini: tidak ditemukan di Dukcapil. Pastikan NIK dengan KTP/KK, lalu perbaiki di daftar sumber.",
    en: "BPJS refused this NIK: Dukcapil does not know it. Check it against the KTP/KK, then fix it in the source list.",
  },
  eligibility_birth_date_missing: {
    id: "Tanggal lahir tidak diketahui, jadi usia tidak bisa diperiksa.",
    en: "The birth date is unknown, so the age cannot be checked.",
  },
  eligibility_age_below: {
    id: "Di bawah {min} tahun pada awal {year}.",
    en: "Under {min} at the start of {year}.",
  },
  eligibility_age_above: {
    id: "Di atas {max} tahun pada awal {year}.",
    en: "Over {max} at the start of {year}.",
  },
  eligibility_domicile_outside: {
    id: "Tidak berdomisili di kecamatan kabupaten ini.",
    en: "Not living in a kecamatan of this regency.",
  },
  eligibility_occupation_missing: {
    id: "Pekerjaan tidak diketahui; tambahkan dari daftar yang mencatatnya.",
    en: "The occupation is unknown; add it from a list that records it.",
  },
  eligibility_civil_servant: {
    id: "Aparatur negara (PNS/ASN/TNI/POLRI) tidak termasuk pekerja rentan.",
    en: "Civil servants (PNS/ASN/TNI/POLRI) are not vulnerable workers.",
  },
  eligibility_occupation_not_informal: {
    id: "Pekerjaan bukan pekerjaan informal dalam aturan tahun {year}.",
    en: "The occupation is not an informal one in the rules of {year}.",
  },
  eligibility_already_covered: {
    id: "Sudah peserta BPJS Ketenagakerjaan (menurut daftar peserta BPJS).",
    en: "Already a BPJS Ketenagakerjaan member (per BPJS's member list).",
  },
  eligibility_deceased: {
    id: "Meninggal dunia: kepesertaannya berakhir karena kematian.",
    en: "Deceased: their membership ended by death.",
  },
  funder_not_found: {
    id: "Penyandang dana '{code}' tidak ada. Lihat: payung funders list",
    en: "Funder '{code}' does not exist. See: payung funders list",
  },
  funder_exists: {
    id: "Kode penyandang dana '{code}' sudah dipakai; pilih kode lain.",
    en: "Funder code '{code}' is taken; choose another.",
  },
  funder_type_unknown: {
    id: "Jenis penyandang dana '{type}' tidak dikenal. Jenis: {types}.",
    en: "Unknown funder type '{type}'. Types: {types}.",
  },
  funder_period_invalid: {
    id: "Periode {from} – {to} terbalik: bulan akhir sebelum bulan awal.",
    en: "Period {from} – {to} is reversed: the last month is before the first.",
  },
  funder_budget_invalid: {
    id: "Anggaran '{budget}' harus berupa rupiah bulat, tidak negatif.",
    en: "Budget '{budget}' must be whole rupiah, not negative.",
  },
  funder_desa_missing: {
    id: "Dana Desa hanya membiayai warga desanya: sebutkan desanya (--desa <kode>).",
    en: "Dana Desa pays only for its village's residents: name the village (--desa <code>).",
  },
  plan_not_found: {
    id: "Rencana {id} tidak ada. Lihat: payung plan list",
    en: "Plan {id} does not exist. See: payung plan list",
  },
  plan_period_invalid: {
    id: "Periode rencana {from} – {to} terbalik: bulan akhir sebelum bulan awal.",
    en: "Plan period {from} – {to} is reversed: the last month is before the first.",
  },
  plan_period_too_long: {
    id: "Rencana mencakup {months} bulan; paling lama {max} bulan. Buat satu rencana per tahun anggaran.",
    en: "The plan spans {months} months; at most {max}. Make one plan per budget year.",
  },
  plan_not_approved: {
    id: "Rencana {id} belum disetujui; yang direvisi harus rencana yang sudah disetujui.",
    en: "Plan {id} is not approved; only an approved plan can be revised.",
  },
  plan_revision_period: {
    id: "Revisi rencana {id} harus untuk periode yang sama: {from} – {to}.",
    en: "A revision of plan {id} must cover the same period: {from} – {to}.",
  },
  plan_decided: {
    id: "Rencana {id} sudah berstatus {status} dan dibekukan; buat revisi (--revises {id}).",
    en: "Plan {id} is {status} and frozen; make a revision (--revises {id}).",
  },
  plan_overlaps: {
    id: "Rencana {id} bertumpang bulan dengan rencana yang sudah disetujui ({others}); revisi rencana itu (--revises).",
    en: "Plan {id} shares months with approved plan(s) {others}; revise that plan instead (--revises).",
  },
  registration_plan_not_approved: {
    id: "Rencana {id} belum disetujui: hanya rencana yang disetujui yang didaftarkan ke BPJS. Lihat: payung plan approve",
    en: "Plan {id} is not approved: only an approved plan is registered with BPJS. See: payung plan approve",
  },
  registration_funder_not_in_plan: {
    id: "Penyandang dana '{code}' tidak membiayai siapa pun dalam rencana {id}.",
    en: "Funder '{code}' pays for no one in plan {id}.",
  },
  registration_template_not_found: {
    id: "Templat pendaftaran '{template}' tidak ada; templat bawaan: default.",
    en: "Registration template '{template}' does not exist; the built-in one: default.",
  },
  answer_columns_missing: {
    id: "Berkas jawaban BPJS tidak memuat kolom {missing}. Baris judul harus menyebut NIK dan STATUS (DITERIMA/DITOLAK).",
    en: "BPJS's answer file lacks the column(s) {missing}. The header must name NIK and STATUS (accepted/rejected).",
  },
  membership_not_found: {
    id: "Kepesertaan {id} tidak ada. Lihat: payung memberships list",
    en: "Membership {id} does not exist. See: payung memberships list",
  },
  invoice_paid: {
    id: "Tagihan {month} sudah ada pembayarannya ({funders}); tagihan bulan itu tidak dibuat ulang.",
    en: "Invoices of {month} already have payments ({funders}); that month is not generated again.",
  },
  // payments, refunds, BPJS's bill
  invoice_not_found: {
    id: "Belum ada tagihan {funder} untuk {month}. Buat dulu: payung invoices generate --month {month}",
    en: "There is no invoice of {funder} for {month}. Generate it first: payung invoices generate --month {month}",
  },
  payment_amount_invalid: {
    id: "Jumlah pembayaran '{amount}' tidak sah: tulis rupiah utuh lebih dari 0, mis. 99936000.",
    en: "Payment amount '{amount}' is not valid: write whole rupiah above 0, e.g. 99936000.",
  },
  payment_too_much: {
    id: "Pembayaran {amount} melebihi sisa tagihan {funder} {month} ({owed}). Periksa jumlahnya; kelebihan bayar diselesaikan dengan BPJS.",
    en: "Payment of {amount} is more than the {funder} {month} invoice still owes ({owed}). Check the amount; over-payments are settled with BPJS.",
  },
  refund_none_due: {
    id: "Kepesertaan {id} tidak punya iuran yang harus dikembalikan (tidak ada bulan terbayar setelah berakhir, atau sudah dikembalikan).",
    en: "Membership {id} has no premium to give back (no paid month after it ended, or already refunded).",
  },
  bill_columns_missing: {
    id: "Tagihan BPJS harus punya kolom NIK atau KPJ (nomor peserta) di baris judul.",
    en: "BPJS's bill needs a NIK or KPJ (membership number) column in its header row.",
  },
  membership_end_reason_unknown: {
    id: "Alasan berakhir '{reason}' tidak dikenal. Alasan: {reasons}.",
    en: "Unknown end reason '{reason}'. Reasons: {reasons}.",
  },
  membership_not_active: {
    id: "Kepesertaan {id} berstatus {status}, bukan aktif: tidak bisa diakhiri.",
    en: "Membership {id} is {status}, not active: it cannot be ended.",
  },
  date_invalid: {
    id: "Tanggal '{date}' tidak terbaca. Tulis tahun-bulan-tanggal, mis. 2026-02-10.",
    en: "Date '{date}' is unreadable. Write year-month-day, e.g. 2026-02-10.",
  },
  package_unknown: {
    id: "Paket '{package}' tidak dikenal. Paket yang ada: {packages}. Lihat: payung tariffs list",
    en: "Unknown package '{package}'. Packages: {packages}. See: payung tariffs list",
  },
  month_invalid: {
    id: "Bulan '{month}' tidak terbaca. Tulis tahun-bulan, mis. 2026-03.",
    en: "Month '{month}' is unreadable. Write year-month, e.g. 2026-03.",
  },
  tariff_program_unknown: {
    id: "Program '{program}' tidak dikenal. Program: {programs}.",
    en: "Unknown program '{program}'. Programs: {programs}.",
  },
  tariff_rule_exists: {
    id: "{program} sudah punya tarif mulai {from}. Tarif yang berlaku tidak diubah; tambahkan tarif untuk bulan lain.",
    en: "{program} already has a rate from {from}. Rates in force are not changed; add one from another month.",
  },
  tariff_rate_one: {
    id: "Beri tepat satu tarif: --percent (dari penghasilan) atau --flat (rupiah per bulan).",
    en: "Give exactly one rate: --percent (of income) or --flat (rupiah a month).",
  },
  upload_not_found: {
    id: "Unggahan {token} tidak ada (atau bukan milik Anda). Unggah berkasnya lagi.",
    en: "Upload {token} does not exist (or is not yours). Upload the file again.",
  },
  upload_too_large: {
    id: "Berkas melebihi batas unggah {mb} MB. Pecah daftar menjadi beberapa berkas, atau minta admin menaikkan PAYUNG_UPLOAD_MAX_MB.",
    en: "The file is over the upload limit of {mb} MB. Split the list into several files, or ask the admin to raise PAYUNG_UPLOAD_MAX_MB.",
  },
  job_finished: {
    id: "Pekerjaan {id} sudah berakhir (status: {status}); tidak ada yang dibatalkan.",
    en: "Job {id} has already ended (status: {status}); nothing to cancel.",
  },
  job_cancelled: {
    id: "Pekerjaan {id} dibatalkan oleh {by}; tidak ada yang tersimpan dari pekerjaan ini.",
    en: "Job {id} was cancelled by {by}; nothing it did was kept.",
  },
  job_abandoned: {
    id: "Pekerjaan {id} terhenti {attempts} kali (server mati di tengah jalan) dan tidak dicoba lagi. Periksa log server, lalu mulai ulang.",
    en: "Job {id} was interrupted {attempts} times (the server stopped midway) and is not tried again. Check the server log, then start it again.",
  },
  job_file_not_ready: {
    id: "Pekerjaan {id} belum menghasilkan berkas (status: {status}). Tunggu sampai selesai (done).",
    en: "Job {id} has no file yet (status: {status}). Wait until it is done.",
  },
  demo_not_empty: {
    id: "Basis data sudah berisi data ({batches} batch impor). Data demo hanya dimuat ke basis data kosong.",
    en: "The database already holds data ({batches} import batches). Demo data loads only into an empty database.",
  },

  // NIK problems
  nik_missing: { id: "NIK kosong.", en: "NIK is empty." },
  nik_invalid_chars: {
    id: "NIK hanya boleh berisi angka.",
    en: "An NIK may contain digits only.",
  },
  nik_invalid_length: {
    id: "NIK harus 16 digit.",
    en: "An NIK must have 16 digits.",
  },
  nik_invalid_date: {
    id: "Tanggal lahir dalam NIK (digit 7–12) tidak mungkin.",
    en: "The birth date inside the NIK (digits 7–12) is impossible.",
  },
  nik_serial_zero: {
    id: "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.",
    en: "The NIK serial (last 4 digits) cannot be 0000.",
  },
  nik_invalid_province: {
    id: "Kode provinsi dalam NIK (2 digit pertama) tidak ada.",
    en: "The province code in the NIK (first 2 digits) does not exist.",
  },
  nik_unknown_regency: {
    id: "Kode kabupaten/kota dalam NIK tidak ada di daftar wilayah saat ini (mungkin kode lama).",
    en: "The regency/city code in the NIK is not in the current region list (perhaps an old code).",
  },
  nik_unknown_district: {
    id: "Kode kecamatan dalam NIK tidak ada di daftar wilayah saat ini (mungkin kode lama atau hasil pemekaran).",
    en: "The district code in the NIK is not in the current region list (perhaps an old code or a split district).",
  },

  // import issues (flags on accepted records, reasons for quarantined or skipped rows)
  nik_issued_elsewhere: {
    id: "NIK diterbitkan di luar wilayah domisili (wajar bagi pendatang).",
    en: "The NIK was issued outside the place of residence (normal for people who moved).",
  },
  name_missing: {
    id: "Nama kosong: baris ini tidak bisa menjadi orang. Isi nama lalu kirim ulang.",
    en: "Name is empty: this row cannot be a person. Fill in the name and re-submit.",
  },
  name_unreadable: {
    id: "Nama tidak berisi huruf. Perbaiki nama lalu kirim ulang.",
    en: "The name contains no letters. Correct the name and re-submit.",
  },
  row_unreadable: {
    id: "Baris tidak terbaca (tanda kutip tidak ditutup atau lebih banyak kolom dari judul). Periksa tanda kutip atau pemisah.",
    en: "Unreadable row (an unclosed quote or more cells than headers). Check quotes or delimiters.",
  },
  blank_line: { id: "Baris kosong.", en: "Blank line." },
  summary_line: {
    id: "Baris ringkasan (TOTAL/JUMLAH), bukan data orang.",
    en: "Summary line (TOTAL/JUMLAH), not a person.",
  },
  birth_date_missing: { id: "Tanggal lahir kosong.", en: "Birth date is empty." },
  birth_date_invalid: {
    id: "Tanggal lahir tidak terbaca atau tidak mungkin.",
    en: "Birth date is unreadable or impossible.",
  },
  birth_date_ambiguous: {
    id: "Tanggal lahir bisa dibaca dua cara (hari/bulan); dipakai format dominan berkas.",
    en: "Birth date reads two ways (day/month); the file's dominant format was used.",
  },
  birth_date_swapped: {
    id: "Tanggal lahir tidak cocok dengan format berkas; hari dan bulan tampak tertukar dan dibalik.",
    en: "Birth date does not fit the file's format; day and month look swapped and were swapped back.",
  },
  birth_date_nik_mismatch: {
    id: "Tanggal lahir berbeda dengan tanggal dalam NIK.",
    en: "Birth date differs from the date inside the NIK.",
  },
  sex_invalid: {
    id: "Jenis kelamin tidak dikenal (pakai L/P, LAKI-LAKI/PEREMPUAN atau 1/2).",
    en: "Unknown sex value (use L/P, LAKI-LAKI/PEREMPUAN or 1/2).",
  },
  sex_nik_mismatch: {
    id: "Jenis kelamin berbeda dengan yang tersirat dalam NIK.",
    en: "Sex differs from the one implied by the NIK.",
  },
  sex_from_nik: {
    id: "Jenis kelamin kosong; diisi dari NIK.",
    en: "Sex was empty; taken from the NIK.",
  },
  kecamatan_unresolved: {
    id: "Nama kecamatan tidak ditemukan di wilayah ini.",
    en: "Kecamatan name not found in this area.",
  },
  desa_unresolved: {
    id: "Nama desa/kelurahan tidak ditemukan di wilayah ini.",
    en: "Desa/kelurahan name not found in this area.",
  },
  region_typo_corrected: {
    id: "Nama desa/kecamatan salah ketik; dicocokkan ke nama resmi terdekat.",
    en: "Desa/kecamatan name misspelt; matched to the nearest official name.",
  },
  desil_invalid: {
    id: "Desil harus angka 1 sampai 10.",
    en: "Desil must be a number from 1 to 10.",
  },
  phone_invalid: {
    id: "Nomor telepon tidak wajar.",
    en: "Phone number looks wrong.",
  },
  membership_status_invalid: {
    id: "Status kepesertaan tidak dikenal (pakai AKTIF atau NON AKTIF).",
    en: "Unknown membership status (use AKTIF or NON AKTIF).",
  },
  kk_invalid: {
    id: "Nomor KK harus 16 digit.",
    en: "A KK number must have 16 digits.",
  },
};

export function message(code: string, params: MessageParams = {}, lang: Lang = "id"): string {
  const entry = catalog[code];
  if (!entry) return code;
  return entry[lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}
