/** What Payung says about partner accounts, the partner portal and its impact report, in both languages (merged into messages.ts). */
export const portalMessages: Record<string, { id: string; en: string }> = {
  // accounts of CSR partners
  user_company_required: {
    id: "Akun peran {role} harus terhubung ke satu perusahaan: sebutkan kodenya (--company kode-perusahaan). Lihat daftar perusahaan mitra.",
    en: "An account of role {role} must belong to one company: give its code (--company company-code). See the list of partner companies.",
  },
  user_company_not_allowed: {
    id: "Hanya akun mitra CSR (csr_partner) yang terhubung ke perusahaan; peran {role} tidak. Hapus perusahaan '{company}' dari permintaan.",
    en: "Only CSR partner accounts (csr_partner) belong to a company; role {role} does not. Leave out the company '{company}'.",
  },
  user_company_unknown: {
    id: "Perusahaan '{company}' tidak ada. Daftarkan perusahaannya dulu, atau periksa kodenya (huruf kecil, mis. pt-maju).",
    en: "Company '{company}' does not exist. Register the company first, or check its code (lower case, e.g. pt-maju).",
  },
  // the portal
  portal_company_required: {
    id: "Sebutkan perusahaan yang portalnya ingin dilihat: ?company=kode-perusahaan.",
    en: "Name the company whose portal to see: ?company=company-code.",
  },
  portal_company_not_found: {
    id: "Perusahaan '{company}' tidak ada. Periksa kodenya di daftar perusahaan mitra.",
    en: "Company '{company}' does not exist. Check its code in the list of partner companies.",
  },
  portal_company_partner: {
    id: "Mitra CSR hanya melihat portal perusahaannya sendiri: hapus ?company={company} dari alamat.",
    en: "A CSR partner sees only its own company's portal: leave ?company={company} out of the address.",
  },
  portal_company_missing: {
    id: "Akun {username} belum terhubung ke perusahaan mana pun, jadi portal mitra kosong. Minta admin kabupaten menghubungkan akun ini ke perusahaan Anda.",
    en: "Account {username} is not linked to any company, so there is no partner portal to show. Ask the regency admin to link this account to your company.",
  },
  portal_day_invalid: {
    id: "Tanggal {on} tidak ada. Tulis tanggal sebagai yyyy-mm-dd, mis. 2026-12-31.",
    en: "There is no day {on}. Write the day as yyyy-mm-dd, e.g. 2026-12-31.",
  },
  // the impact report (PDF)
  portal_report_title: {
    id: "Laporan Dampak Perlindungan Pekerja Rentan",
    en: "Impact Report: Cover for Vulnerable Workers",
  },
  portal_report_subtitle: {
    id: "Program tanggung jawab sosial perusahaan (CSR) untuk jaminan sosial BPJS Ketenagakerjaan",
    en: "Corporate social responsibility (CSR) programme for BPJS Ketenagakerjaan social security",
  },
  portal_report_company: { id: "Perusahaan", en: "Company" },
  portal_report_sector: { id: "Sektor", en: "Sector" },
  portal_report_on: { id: "Data per", en: "Data as of" },
  portal_report_made: { id: "Dibuat", en: "Made" },
  portal_report_commitments: { id: "Komitmen", en: "Commitments" },
  portal_report_mou: { id: "Nota kesepahaman", en: "MoU" },
  portal_report_period: { id: "Periode", en: "Period" },
  portal_report_budget: { id: "Anggaran", en: "Budget" },
  portal_report_workers: { id: "Pekerja dijanjikan", en: "Workers promised" },
  portal_report_covered: { id: "Terlindungi", en: "Covered" },
  portal_report_limits: { id: "Batasan", en: "Limited to" },
  portal_report_pending: { id: "belum diterima", en: "not yet accepted" },
  portal_report_none: { id: "Belum ada komitmen.", en: "No commitments yet." },
  portal_report_people: { id: "Pekerja yang dilindungi", en: "Workers covered" },
  portal_report_people_now: { id: "Terlindungi pada {on}", en: "Covered on {on}" },
  portal_report_people_ever: { id: "Pernah dilindungi sampai {on}", en: "Ever covered up to {on}" },
  portal_report_by_kecamatan: { id: "Menurut kecamatan", en: "By kecamatan" },
  portal_report_by_occupation: { id: "Menurut pekerjaan", en: "By occupation" },
  portal_report_kecamatan: { id: "Kecamatan", en: "Kecamatan" },
  portal_report_occupation: { id: "Pekerjaan", en: "Occupation" },
  portal_report_unknown: { id: "(tidak diketahui)", en: "(unknown)" },
  portal_report_nobody: {
    id: "Belum ada pekerja yang dilindungi pada tanggal ini.",
    en: "Nobody is covered on this day.",
  },
  portal_report_memberships: {
    id: "Kepesertaan menurut status (hari ini)",
    en: "Memberships by status (today)",
  },
  portal_report_status: { id: "Status", en: "Status" },
  portal_report_count: { id: "Jumlah", en: "Number" },
  portal_status_registered: { id: "Didaftarkan", en: "Registered" },
  portal_status_active: { id: "Aktif", en: "Active" },
  portal_status_lapsed: { id: "Terhenti (menunggak)", en: "Lapsed (unpaid)" },
  portal_status_ended: { id: "Berakhir", en: "Ended" },
  portal_status_rejected: { id: "Ditolak BPJS", en: "Refused by BPJS" },
  portal_report_claims: { id: "Manfaat yang dibayarkan", en: "Benefits paid" },
  portal_report_claims_count: { id: "Klaim dibayar", en: "Claims paid" },
  portal_report_claims_amount: {
    id: "Jumlah dibayarkan kepada peserta dan ahli waris",
    en: "Paid to members and heirs",
  },
  portal_report_money: { id: "Penggunaan dana", en: "Use of funds" },
  portal_report_invoiced: { id: "Ditagihkan", en: "Invoiced" },
  portal_report_paid: { id: "Dibayar", en: "Paid" },
  portal_report_refunded: { id: "Dikembalikan", en: "Refunded" },
  portal_report_used: { id: "Terpakai dari anggaran", en: "Used of the budget" },
  portal_report_suppressed_note: {
    id: "< 5: angka kecil disembunyikan agar tidak seorang pun dapat dikenali. Jumlah 1 sampai 4 orang tidak ditampilkan; bila dalam satu tabel hanya satu angka yang disembunyikan, angka terkecil berikutnya ikut disembunyikan dengan tanda yang sama, agar tidak dapat dihitung dari totalnya. Uang yang terkait dengan kurang dari 5 orang juga disembunyikan. Laporan ini tidak memuat nama atau NIK siapa pun.",
    en: "< 5: small numbers are hidden so that nobody can be singled out. Counts of 1 to 4 people are not shown; when a table hides only one number, the next-smallest is hidden too, with the same mark, so it cannot be worked out from the total. Money tied to fewer than 5 people is hidden too. This report holds no one's name or NIK.",
  },
  portal_report_footer: {
    id: "{company} · data per {on} · halaman {page} dari {pages}",
    en: "{company} · data as of {on} · page {page} of {pages}",
  },
};
