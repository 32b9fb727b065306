/** What Payung says about CSR partners, MoUs, commitments and circulars, in both languages (merged into messages.ts). */
export const partnersMessages: Record<string, { id: string; en: string }> = {
  partner_field_missing: {
    id: "Isian {field} wajib diisi.",
    en: "The field {field} is required.",
  },
  partner_text_too_long: {
    id: "Isian {field} terlalu panjang (maks. {max} karakter).",
    en: "The field {field} is too long (at most {max} characters).",
  },
  partner_within_invalid: {
    id: "Jumlah hari {days} tidak valid: tulis bilangan bulat 0 sampai 366, misalnya 90.",
    en: "The number of days {days} is invalid: write a whole number from 0 to 366, e.g. 90.",
  },
  company_code_invalid: {
    id: "Kode perusahaan '{code}' tidak valid: pakai huruf kecil, angka, titik, garis bawah atau tanda hubung (maks. 40), misalnya pt-maju-jaya.",
    en: "Company code '{code}' is invalid: use lower-case letters, digits, dots, underscores or hyphens (max 40), e.g. pt-maju-jaya.",
  },
  company_exists: {
    id: "Kode perusahaan '{code}' sudah dipakai. Pilih kode lain, atau ubah perusahaan yang sudah ada.",
    en: "Company code '{code}' is taken. Choose another code, or change the company that has it.",
  },
  company_not_found: {
    id: "Perusahaan {id} tidak ada. Lihat daftarnya: payung partners companies list",
    en: "Company {id} does not exist. See the list: payung partners companies list",
  },
  company_email_invalid: {
    id: "Alamat surel '{email}' tidak valid, misalnya csr@maju.co.id.",
    en: "E-mail address '{email}' is invalid, e.g. csr@maju.co.id.",
  },
  company_phone_invalid: {
    id: "Nomor telepon '{phone}' tidak valid: tulis angka (boleh +, spasi, tanda hubung), misalnya 021-5550123.",
    en: "Phone number '{phone}' is invalid: write digits (+, spaces and hyphens allowed), e.g. 021-5550123.",
  },
  mou_not_found: {
    id: "Nota kesepahaman (MoU) {id} tidak ada.",
    en: "Memorandum of understanding (MoU) {id} does not exist.",
  },
  mou_exists: {
    id: "{company} sudah punya MoU bernomor {number}. Periksa nomornya, atau ubah MoU yang sudah ada.",
    en: "{company} already has an MoU numbered {number}. Check the number, or change the existing MoU.",
  },
  mou_period_invalid: {
    id: "Masa berlaku MoU tidak valid: tanggal akhir {to} sebelum tanggal mulai {from}.",
    en: "The MoU's validity is invalid: the last day {to} is before the first day {from}.",
  },
  mou_signed_after_end: {
    id: "Tanggal penandatanganan {signed} sesudah akhir masa berlaku {to}. Periksa tanggalnya.",
    en: "The signing day {signed} is after the end of the validity {to}. Check the dates.",
  },
  mou_signatories_too_many: {
    id: "Penanda tangan terlalu banyak (maks. {max}).",
    en: "Too many signatories (at most {max}).",
  },
  commitment_not_found: {
    id: "Komitmen {id} tidak ada.",
    en: "Commitment {id} does not exist.",
  },
  commitment_accepted: {
    id: "Komitmen {id} sudah diterima sebagai penyandang dana {funder}; syaratnya kini syarat penyandang dana itu. Untuk dana tambahan, catat komitmen baru.",
    en: "Commitment {id} is already accepted as funder {funder}; its terms are that funder's now. For more money, record a new commitment.",
  },
  commitment_budget_invalid: {
    id: "Anggaran {budget} tidak valid: tulis rupiah utuh lebih dari 0, tanpa titik, misalnya 25200000.",
    en: "Budget {budget} is invalid: write whole rupiah above 0, without separators, e.g. 25200000.",
  },
  commitment_workers_invalid: {
    id: "Jumlah pekerja {workers} tidak valid: tulis bilangan bulat lebih dari 0, misalnya 1000.",
    en: "The number of workers {workers} is invalid: write a whole number above 0, e.g. 1000.",
  },
  commitment_period_invalid: {
    id: "Periode tidak valid: bulan akhir {to} sebelum bulan mulai {from}.",
    en: "The period is invalid: the last month {to} is before the first month {from}.",
  },
  commitment_kecamatan_outside: {
    id: "Kecamatan {codes} bukan kecamatan kabupaten {regency}. Lihat kodenya: payung regions list --parent {regency}",
    en: "Kecamatan {codes} is not a kecamatan of regency {regency}. See the codes: payung regions list --parent {regency}",
  },
  commitment_mou_unknown: {
    id: "MoU {mou} tidak ada atau milik perusahaan lain. Pilih MoU perusahaan ini, atau kosongkan.",
    en: "MoU {mou} does not exist or belongs to another company. Choose an MoU of this company, or none.",
  },
  commitment_outside_mou: {
    id: "Periode {from} s.d. {to} di luar masa berlaku MoU {number} ({validFrom} s.d. {validTo}). Sesuaikan bulannya, atau catat MoU yang baru.",
    en: "The period {from} to {to} lies outside MoU {number}'s validity ({validFrom} to {validTo}). Adjust the months, or record the new MoU.",
  },
  commitment_funder_code_invalid: {
    id: "Kode penyandang dana '{code}' tidak valid: pakai huruf kecil, angka, titik, garis bawah atau tanda hubung (maks. 40).",
    en: "Funder code '{code}' is invalid: use lower-case letters, digits, dots, underscores or hyphens (max 40).",
  },
  circular_not_found: {
    id: "Surat edaran {id} tidak ada. Lihat daftarnya: payung partners circulars list",
    en: "Circular {id} does not exist. See the list: payung partners circulars list",
  },
  circular_exists: {
    id: "Nomor surat edaran {number} sudah dipakai. Periksa nomornya.",
    en: "Circular number {number} is taken. Check the number.",
  },
  circular_answer_by_invalid: {
    id: "Batas jawaban {answerBy} sebelum tanggal kirim {sentOn}. Periksa tanggalnya.",
    en: "The answer-by day {answerBy} is before the day sent {sentOn}. Check the dates.",
  },
  circular_too_many_companies: {
    id: "Terlalu banyak perusahaan sekaligus (maks. {max}).",
    en: "Too many companies at once (at most {max}).",
  },
  circular_companies_missing: {
    id: "Pilih setidaknya satu perusahaan penerima.",
    en: "Choose at least one company to send it to.",
  },
  circular_sent_before: {
    id: "Tanggal kirim {day} sebelum tanggal surat edaran {sentOn}.",
    en: "The day sent {day} is before the circular's day {sentOn}.",
  },
  recipient_not_found: {
    id: "Surat edaran {circular} belum dikirim ke perusahaan {company}. Kirimkan dulu, lalu catat jawabannya.",
    en: "Circular {circular} was not sent to company {company}. Send it first, then record the answer.",
  },
  circular_answer_unknown: {
    id: "Jawaban '{answer}' tidak dikenal. Pilih salah satu: {answers}.",
    en: "Unknown answer '{answer}'. Choose one of: {answers}.",
  },
  circular_answer_in_future: {
    id: "Tanggal jawaban {on} belum tiba (hari ini {today}). Catat jawaban pada hari diterima.",
    en: "The answer's day {on} has not come yet (today is {today}). Record an answer on the day it came.",
  },
  circular_answer_before_sent: {
    id: "Tanggal jawaban {on} sebelum surat dikirim ({sentOn}). Periksa tanggalnya.",
    en: "The answer's day {on} is before the letter was sent ({sentOn}). Check the date.",
  },
  circular_follow_up_before: {
    id: "Tanggal tindak lanjut {day} sebelum {after}. Pilih hari sesudahnya.",
    en: "The follow-up day {day} is before {after}. Choose a later day.",
  },
};
