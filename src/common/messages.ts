import { claimsMessages } from "./claims-messages.ts";
import { coverageMessages } from "./coverage-messages.ts";
import type { Lang } from "./lang.ts";
import { mapMessages } from "./map-messages.ts";
import { partnersMessages } from "./partners-messages.ts";
import { portalMessages } from "./portal-messages.ts";
import { reportsMessages } from "./reports-messages.ts";

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
  // claims: what a benefit pays, rule by rule (params from src/modules/claims/benefits.ts)
  claims_rule_jkm_lump_sum: {
    id: "JKM: santunan sekaligus.",
    en: "JKM: lump sum.",
  },
  claims_rule_jkm_periodic: {
    id: "JKM: santunan berkala {months} × Rp{amount} (boleh dibayar sekaligus).",
    en: "JKM: periodic benefit {months} × Rp{amount} (may be paid at once).",
  },
  claims_rule_jkm_funeral: {
    id: "JKM: biaya pemakaman.",
    en: "JKM: funeral costs.",
  },
  claims_rule_jkk_death: {
    id: "JKK meninggal karena kecelakaan kerja: {months} × penghasilan yang dilaporkan (Rp{income}).",
    en: "JKK death from a work accident: {months} × the declared income (Rp{income}).",
  },
  claims_rule_stmb_full: {
    id: "JKK STMB: {months} bulan × {percent}% penghasilan (Rp{income}).",
    en: "JKK temporary inability: {months} months × {percent}% of income (Rp{income}).",
  },
  claims_rule_stmb_after: {
    id: "JKK STMB setelah 12 bulan: {months} bulan × {percent}% penghasilan (Rp{income}).",
    en: "JKK temporary inability after 12 months: {months} months × {percent}% of income (Rp{income}).",
  },
  claims_rule_education: {
    id: "Beasiswa {child} ({level}): Rp{perYear} setahun, tahun ke-{year} dari {of}.",
    en: "Education benefit for {child} ({level}): Rp{perYear} a year, year {year} of {of}.",
  },
  claims_membership_not_active: {
    id: "Kepesertaan tidak aktif pada tanggal kejadian (belum mulai, sudah berakhir, atau menunggak): manfaat tidak dapat dibayar.",
    en: "The membership was not active on the day of the event (not started, ended or lapsed): no benefit is payable.",
  },
  claims_membership_too_short: {
    id: "Masa kepesertaan pada tanggal kejadian lebih pendek dari minimum aturan manfaat.",
    en: "On the day of the event the membership was shorter than the benefit rules' minimum.",
  },
  claims_education_membership_short: {
    id: "Beasiswa setelah JKM hanya bila kepesertaan sudah paling sedikit 3 tahun.",
    en: "After a JKM death the education benefit needs at least 3 years of membership.",
  },
  claims_education_nothing_due: {
    id: "Tidak ada beasiswa yang jatuh tempo tahun ini (usia 23, jenjang selesai, atau batas jumlah tercapai).",
    en: "No education benefit is due this year (age 23, level completed, or the total limit reached).",
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
  membership_end_admin_only: {
    id: "Operator hanya dapat melaporkan kematian peserta di wilayahnya; berakhir karena '{reason}' diputuskan admin kabupaten.",
    en: "Operators report only a member's death in their area; ending for '{reason}' is the regency admin's decision.",
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

  // public status check and self-proposals (docs/enrolment.md)
  public_rate_limited: {
    id: "Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam {seconds} detik.",
    en: "Too many requests from your address. Try again in {seconds} seconds.",
  },
  public_nik_rate_limited: {
    id: "NIK ini terlalu sering dipakai dalam waktu singkat. Demi keamanan data, coba lagi dalam {minutes} menit.",
    en: "This NIK was used too often in a short time. To keep the data safe, try again in {minutes} minutes.",
  },
  public_nik_invalid: {
    id: "NIK tidak sah: {problem} Periksa NIK pada KTP atau Kartu Keluarga (16 angka).",
    en: "The NIK is not valid: {problem} Check the NIK on the KTP or family card (16 digits).",
  },
  public_birth_date_invalid: {
    id: "Tanggal lahir '{date}' tidak sah. Tulis tanggal yang benar, mis. 20-10-1990 (API: 1990-10-20).",
    en: "Birth date '{date}' is not valid. Write a real date, e.g. 20-10-1990 (API: 1990-10-20).",
  },
  public_status_not_covered: {
    id: "Tidak ada perlindungan aktif yang tercatat untuk NIK dan tanggal lahir ini. Periksa kembali keduanya sesuai KTP. Bila sudah benar, pekerja saat ini tidak terlindungi BPJS Ketenagakerjaan yang dibiayai pemerintah daerah atau mitranya: tanyakan ke kantor desa/kelurahan, atau usulkan diri lewat formulir usulan.",
    en: "No active cover is recorded for this NIK and birth date. Check both against the KTP. If they are right, the worker is not covered today by BPJS Ketenagakerjaan paid for by the regional government or its partners: ask at the desa/kelurahan office, or propose yourself with the proposal form.",
  },
  public_status_covered: {
    id: "Terlindungi BPJS Ketenagakerjaan (jaminan kecelakaan kerja dan kematian, JKK dan JKM) sejak {since}, dibiayai oleh {funder}.",
    en: "Covered by BPJS Ketenagakerjaan (work accident and death benefits, JKK and JKM) since {since}, paid for by {funder}.",
  },
  public_guidance_accident: {
    id: "Kecelakaan kerja: segera berobat ke rumah sakit atau klinik mitra BPJS Ketenagakerjaan (PLKK) dengan KTP dan nomor kepesertaan (KPJ), lalu laporkan ke kantor BPJS Ketenagakerjaan terdekat dan ke kantor desa/kelurahan atau Disnaker. Klaim JKK diajukan paling lambat 5 tahun sejak kecelakaan. Layanan BPJS Ketenagakerjaan: 175.",
    en: "Work accident: go at once to a hospital or clinic that works with BPJS Ketenagakerjaan (PLKK) with the KTP and the membership number (KPJ), then report it to the nearest BPJS Ketenagakerjaan office and to the desa/kelurahan office or Disnaker. A JKK claim must be made within 5 years of the accident. BPJS Ketenagakerjaan help line: 175.",
  },
  public_guidance_death: {
    id: "Bila peserta meninggal dunia: ahli waris melapor ke kantor desa/kelurahan atau Disnaker dan mengajukan klaim JKM ke kantor BPJS Ketenagakerjaan; kepesertaan harus aktif pada tanggal meninggal. Bawa kartu peserta (KPJ), KK dan KTP peserta serta ahli waris, surat keterangan kematian, surat keterangan ahli waris dari pejabat berwenang, buku nikah bila ahli waris adalah suami/istri, dan buku tabungan. Bila meninggal karena kecelakaan kerja, klaimnya JKK.",
    en: "If the member dies: the heirs report it to the desa/kelurahan office or Disnaker and claim the JKM death benefit at a BPJS Ketenagakerjaan office; the membership must be active on the day of death. Bring the membership card (KPJ), the family card and KTP of the member and the heirs, the death certificate, an heir statement from an authorised official, the marriage book when the heir is the spouse, and a bank book. A death from a work accident is claimed as JKK.",
  },
  public_funder_apbd: { id: "pemerintah kabupaten/kota (APBD)", en: "the regency/city government (APBD)" },
  public_funder_apbd_p: {
    id: "pemerintah kabupaten/kota (APBD Perubahan)",
    en: "the regency/city government (revised APBD)",
  },
  public_funder_province: {
    id: "pemerintah provinsi (APBD provinsi)",
    en: "the provincial government (APBD)",
  },
  public_funder_apbn: { id: "pemerintah pusat (APBN)", en: "the central government (APBN)" },
  public_funder_dana_desa: { id: "pemerintah desa (Dana Desa)", en: "the village government (Dana Desa)" },
  public_funder_csr: { id: "perusahaan mitra (CSR)", en: "a partner company (CSR)" },
  public_funder_other: { id: "penyandang dana lain", en: "another funder" },
  public_proposal_received: {
    id: "Terima kasih, usulan diterima. Operator desa/kelurahan akan memeriksanya; mengirim ulang tidak mempercepat. Usulan belum berarti menjadi peserta: pemerintah daerah memilih peserta menurut aturan dan anggaran.",
    en: "Thank you, the proposal was received. The desa/kelurahan operator will check it; sending it again does not make it faster. A proposal does not yet make a member: the regional government chooses members by its rules and budget.",
  },
  proposal_consent_missing: {
    id: "Usulan hanya dapat dikirim dengan persetujuan: centang persetujuan penggunaan data.",
    en: "A proposal can only be sent with consent: tick the consent to the use of the data.",
  },
  proposal_name_invalid: {
    id: "Nama harus berisi huruf, paling banyak 100 karakter, sesuai KTP.",
    en: "The name must contain letters, at most 100 characters, as on the KTP.",
  },
  proposal_occupation_invalid: {
    id: "Isi pekerjaan (2–60 karakter), mis. nelayan, petani, pedagang keliling.",
    en: "Fill in the occupation (2–60 characters), e.g. fisher, farmer, street vendor.",
  },
  proposal_phone_invalid: {
    id: "Nomor telepon tidak wajar: tulis 08… atau +62…, 9 sampai 15 angka.",
    en: "The phone number looks wrong: write 08… or +62…, 9 to 15 digits.",
  },
  proposal_desa_unknown: {
    id: "Desa/kelurahan {desa} tidak ada di kabupaten ini. Pilih desa dari daftar.",
    en: "Desa/kelurahan {desa} is not in this regency. Choose one from the list.",
  },
  proposal_desa_outside_area: {
    id: "Desa/kelurahan {desa} di luar wilayah Anda.",
    en: "Desa/kelurahan {desa} is outside your area.",
  },
  proposal_not_found: {
    id: "Usulan {id} tidak ada di wilayah Anda. Lihat: payung proposals list",
    en: "Proposal {id} is not in your area. See: payung proposals list",
  },
  proposal_decided: {
    id: "Usulan {id} sudah diputuskan ({status}); keputusan tidak diulang.",
    en: "Proposal {id} is already decided ({status}); decisions are not redone.",
  },
  proposal_reason_missing: {
    id: "Tulis alasan penolakan (3–300 karakter): pengusul dapat menanyakannya di desa.",
    en: "Write the reason for rejecting (3–300 characters): the proposer may ask for it at the desa.",
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

  // member card (PDF): a member's proof of cover, and what to do when an accident or a death happens
  membership_card_no_kpj: {
    id: "Kepesertaan {id} berstatus {status}: belum ada nomor KPJ dari BPJS, jadi kartu belum bisa dicetak. Kartu tersedia setelah BPJS menerima pendaftarannya.",
    en: "Membership {id} is {status}: BPJS has given no KPJ number yet, so there is no card to print. The card is there once BPJS accepts the registration.",
  },
  card_title: {
    id: "Kartu Peserta BPJS Ketenagakerjaan — Bukan Penerima Upah",
    en: "BPJS Ketenagakerjaan Member Card — Non-Wage Worker",
  },
  card_intro: {
    id: "Iuran peserta ini dibayar oleh penyandang dana di bawah. Simpan kartu ini dan sebutkan nomor KPJ setiap kali berurusan dengan BPJS Ketenagakerjaan.",
    en: "This member's contributions are paid by the funder below. Keep this card and give the KPJ number whenever you deal with BPJS Ketenagakerjaan.",
  },
  card_name: { id: "Nama", en: "Name" },
  card_nik: { id: "NIK", en: "NIK (national ID number)" },
  card_kpj: { id: "Nomor peserta (KPJ)", en: "Membership number (KPJ)" },
  card_village: { id: "Desa/kelurahan", en: "Village" },
  card_programs: { id: "Program", en: "Programs" },
  card_period: { id: "Masa kepesertaan", en: "Period of cover" },
  card_funder: { id: "Iuran dibayar oleh", en: "Contributions paid by" },
  card_status: { id: "Status", en: "Status" },
  card_status_active: { id: "Aktif", en: "Active" },
  card_status_lapsed: { id: "Tidak aktif (iuran tertunggak)", en: "Lapsed (contributions unpaid)" },
  card_status_ended: { id: "Berakhir {date} ({reason})", en: "Ended {date} ({reason})" },
  membership_end_death: { id: "meninggal dunia", en: "death" },
  membership_end_moved: { id: "pindah domisili", en: "moved away" },
  membership_end_wage_job: { id: "bekerja sebagai penerima upah", en: "took a wage job" },
  membership_end_age_limit: { id: "batas usia", en: "age limit" },
  membership_end_funder_ended: { id: "pendanaan berakhir", en: "funding ended" },
  membership_end_withdrew: { id: "mengundurkan diri", en: "withdrew" },
  membership_end_unpaid: { id: "iuran tidak dibayar", en: "contributions unpaid" },
  program_jkk: { id: "JKK (Jaminan Kecelakaan Kerja)", en: "JKK (Jaminan Kecelakaan Kerja, work accident)" },
  program_jkm: { id: "JKM (Jaminan Kematian)", en: "JKM (Jaminan Kematian, death)" },
  program_jht: { id: "JHT (Jaminan Hari Tua)", en: "JHT (Jaminan Hari Tua, old-age savings)" },
  funder_type_apbd: { id: "APBD kabupaten", en: "APBD, regency budget" },
  funder_type_apbd_p: { id: "APBD perubahan", en: "APBD-P, revised regency budget" },
  funder_type_province: { id: "APBD provinsi", en: "provincial budget" },
  funder_type_apbn: { id: "APBN", en: "APBN, state budget" },
  funder_type_dana_desa: { id: "Dana Desa", en: "Dana Desa, village fund" },
  funder_type_csr: { id: "CSR perusahaan", en: "company CSR" },
  funder_type_other: { id: "lainnya", en: "other" },
  card_claim_title: {
    id: "Bila terjadi kecelakaan kerja atau kematian",
    en: "In case of a work accident or a death",
  },
  card_claim_accident: {
    id: "Kecelakaan kerja: laporkan dalam 2 × 24 jam kepada perangkat desa/kelurahan atau Disnaker. Berobatlah di rumah sakit atau klinik mitra BPJS Ketenagakerjaan (PLKK) dengan menunjukkan kartu ini dan KTP.",
    en: "Work accident: report it within 2 × 24 hours to the village office (desa/kelurahan) or Disnaker. Get treatment at a hospital or clinic partnered with BPJS Ketenagakerjaan (PLKK), showing this card and the KTP.",
  },
  card_claim_death: {
    id: "Kematian: ahli waris melapor kepada perangkat desa/kelurahan, lalu mengajukan klaim Jaminan Kematian.",
    en: "Death: the heirs (ahli waris) tell the village office, then claim the death benefit (Jaminan Kematian).",
  },
  card_claim_where: {
    id: "Klaim diajukan di kantor cabang BPJS Ketenagakerjaan terdekat atau lewat aplikasi JMO (Jamsostek Mobile).",
    en: "Claims are made at the nearest BPJS Ketenagakerjaan branch office or through the JMO (Jamsostek Mobile) app.",
  },
  card_claim_bring_accident: {
    id: "Untuk kecelakaan, bawa: kartu ini (nomor KPJ), KTP dan KK peserta, surat keterangan kecelakaan dari desa/kelurahan (kecelakaan lalu lintas: laporan polisi), dan surat keterangan dokter.",
    en: "For an accident, bring: this card (KPJ number), the member's KTP and KK, a statement of the accident from the village office (a traffic accident: the police report), and the doctor's statement.",
  },
  card_claim_bring_death: {
    id: "Untuk kematian, bawa: kartu ini, KTP dan KK peserta dan ahli waris, akta atau surat keterangan kematian, surat keterangan ahli waris, buku nikah bila ahli waris pasangan, dan buku tabungan ahli waris.",
    en: "For a death, bring: this card, the KTP and KK of the member and the heirs, the death certificate, the heirs' statement (surat keterangan ahli waris), the marriage book when the heir is the spouse, and the heir's bank book.",
  },
  card_claim_help: {
    id: "Butuh bantuan? Hubungi operator desa/kelurahan atau Disnaker.",
    en: "Need help? Ask the village operator or Disnaker.",
  },
  card_footer: {
    id: "Dicetak {date} dari Payung. NIK ditampilkan sebagian untuk melindungi data pribadi (UU 27/2022).",
    en: "Printed {date} from Payung. The NIK is partly hidden to protect personal data (UU 27/2022).",
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
  // claims: heirs
  heir_rule_spouse_children: {
    id: "Ahli waris: janda/duda dan anak, dibagi bersama.",
    en: "Heirs: the widow/widower and children, sharing.",
  },
  heir_rule_parents: {
    id: "Tidak ada janda/duda atau anak; ahli waris: orang tua.",
    en: "No widow/widower or children; heirs: the parents.",
  },
  heir_rule_grandchildren: {
    id: "Tidak ada janda/duda, anak atau orang tua; ahli waris: cucu.",
    en: "No widow/widower, children or parents; heirs: the grandchildren.",
  },
  heir_rule_grandparents: {
    id: "Tidak ada keturunan atau orang tua; ahli waris: kakek/nenek.",
    en: "No descendants or parents; heirs: the grandparents.",
  },
  heir_rule_siblings: {
    id: "Tidak ada garis lurus sampai derajat kedua; ahli waris: saudara kandung.",
    en: "No direct line to the 2nd degree; heirs: the siblings.",
  },
  heir_rule_parents_in_law: {
    id: "Tidak ada keluarga sedarah; ahli waris: mertua.",
    en: "No blood relatives; heirs: the parents-in-law.",
  },
  heir_rule_will: {
    id: "Tidak ada keluarga; ahli waris: orang yang ditunjuk dalam wasiat.",
    en: "No family; heir: the person named in the will.",
  },
  heir_rule_bhp: {
    id: "Tidak ada ahli waris; manfaat diserahkan ke Balai Harta Peninggalan.",
    en: "No heirs; the benefit goes to the Balai Harta Peninggalan (state estate office).",
  },
  heir_override_reason_missing: {
    id: "Perubahan ahli waris perlu alasan tertulis (minimal {min} karakter).",
    en: "Changing the heirs needs a written reason (at least {min} characters).",
  },
  ...claimsMessages,
  ...coverageMessages,
  ...mapMessages,
  ...partnersMessages,
  ...portalMessages,
  ...reportsMessages,
};

export function message(code: string, params: MessageParams = {}, lang: Lang = "id"): string {
  const entry = catalog[code];
  if (!entry) return code;
  return entry[lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}
