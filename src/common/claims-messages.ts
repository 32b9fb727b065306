/** What Payung says about claims, handovers and training, in both languages (merged into messages.ts). */
export const claimsMessages: Record<string, { id: string; en: string }> = {
  // reporting an event and the family
  claim_event_in_future: {
    id: "Tanggal kejadian {date} belum terjadi. Periksa tanggalnya (tttt-bb-hh).",
    en: "The event date {date} is in the future. Check the date (yyyy-mm-dd).",
  },
  claim_member_missing: {
    id: "Sebutkan pesertanya: NIK atau nomor kepesertaan di Payung.",
    en: "Name the member: a NIK or a Payung membership number.",
  },
  claim_accident_not_work: {
    id: "Kecelakaan yang dilaporkan di sini adalah kecelakaan kerja (JKK); kecelakaan lain tidak ditanggung JKK.",
    en: "Accidents reported here are work accidents (JKK); other accidents are not covered by JKK.",
  },
  claim_member_not_found: {
    id: "Peserta {member} tidak ditemukan di wilayah Anda.",
    en: "Member {member} not found in your area.",
  },
  claim_no_membership: {
    id: "Orang ini belum pernah didaftarkan melalui Payung; klaim diajukan keluarga langsung ke BPJS Ketenagakerjaan.",
    en: "This person was never enrolled through Payung; the family claims directly at BPJS Ketenagakerjaan.",
  },
  claim_death_reported: {
    id: "Kematian peserta ini sudah dilaporkan; buka klaimnya di daftar klaim.",
    en: "This member's death has already been reported; open its claim in the claims list.",
  },
  claim_no_rules: {
    id: "Tidak ada aturan manfaat yang berlaku pada {date}.",
    en: "No benefit rules were in force on {date}.",
  },
  claims_jkk_claim_closed: {
    id: "Klaim JKK harus diajukan paling lambat 5 tahun setelah kecelakaan; batas itu sudah lewat.",
    en: "A JKK claim must be made within 5 years of the accident; that time has passed.",
  },
  claim_event_not_found: { id: "Kejadian {id} tidak ditemukan.", en: "Event {id} not found." },
  family_name_invalid: {
    id: "Isi nama anggota keluarga seperti di KK.",
    en: "Enter the family member's name as on the KK.",
  },
  family_nik_invalid: {
    id: "NIK anggota keluarga {nik} harus 16 digit (lihat KK), atau kosongkan.",
    en: "The family member's NIK {nik} must have 16 digits (see the KK), or leave it empty.",
  },
  family_member_in_use: {
    id: "Anggota keluarga ini sudah menjadi ahli waris, penerima beasiswa atau peserta pelatihan; ubah itu dulu.",
    en: "This family member is already an heir, an education benefit child or a training referral; change that first.",
  },
  family_member_not_found: {
    id: "Anggota keluarga {id} tidak ada di keluarga peserta ini.",
    en: "Family member {id} is not in this member's family.",
  },
  family_child_not_found: {
    id: "Anggota keluarga {id} bukan anak peserta yang masih hidup.",
    en: "Family member {id} is not a living child of the member.",
  },
  family_child_not_eligible: {
    id: "{name} sudah menikah atau bekerja: beasiswa berhenti.",
    en: "{name} has married or works: the education benefit has ended.",
  },
  family_birth_date_missing: {
    id: "Isi tanggal lahir {name} (dari KK) untuk menghitung batas usia 23 tahun.",
    en: "Enter {name}'s birth date (from the KK) to check the age limit of 23.",
  },
  // claims and their workflow
  claim_not_found: { id: "Klaim {id} tidak ditemukan.", en: "Claim {id} not found." },
  claim_heirs_not_needed: {
    id: "Ahli waris hanya untuk klaim kematian.",
    en: "Heirs are chosen only for death claims.",
  },
  claim_decided: {
    id: "Klaim {id} sudah selesai (dibayar atau ditolak, atau sudah diajukan ke BPJS); tidak bisa diubah lagi.",
    en: "Claim {id} is already decided (paid or rejected, or submitted to BPJS); it can no longer be changed.",
  },
  claim_heirs_none: {
    id: "Catat keluarga peserta dari KK dulu; tanpa keluarga, aturan menyerahkan santunan ke Balai Harta Peninggalan.",
    en: "Record the member's family from the KK first; with no family, the rule gives the benefit to the estate office.",
  },
  claim_heirs_missing: {
    id: "Tetapkan ahli waris dulu (usulan Payung atau pilihan sendiri dengan alasan).",
    en: "Choose the heirs first (Payung's proposal, or your own choice with a reason).",
  },
  claim_step_not_allowed: {
    id: "Langkah itu tidak bisa diambil dari langkah klaim sekarang ({from} → {to}). Urutannya: draf → dokumen lengkap → diajukan ke BPJS → dibayar atau ditolak.",
    en: "That step cannot be taken from the claim's current one ({from} → {to}). The order: draft → documents complete → submitted to BPJS → paid or rejected.",
  },
  family_member_deceased: {
    id: "{name} tercatat sudah meninggal dan tidak dapat menjadi ahli waris atau dirujuk.",
    en: "{name} is recorded as deceased and cannot be an heir or be referred.",
  },
  education_level_tk: { id: "TK", en: "kindergarten" },
  education_level_sd: { id: "SD", en: "primary school" },
  education_level_smp: { id: "SMP", en: "junior secondary" },
  education_level_sma: { id: "SMA", en: "senior secondary" },
  education_level_pt: { id: "perguruan tinggi/pelatihan", en: "university or training" },
  training_date_future: {
    id: "Tanggal {date} belum terjadi; catat langkah pelatihan pada hari terjadinya.",
    en: "The date {date} is in the future; record a training step on the day it happened.",
  },
  training_date_before: {
    id: "Tanggal {date} lebih awal dari langkah sebelumnya ({previous}).",
    en: "The date {date} is before the previous step ({previous}).",
  },
  claim_not_payable: {
    id: "Klaim ini tidak dapat dibayar: {reason} Tutup sebagai ditolak dengan alasan itu.",
    en: "This claim is not payable: {reason} Close it as rejected with that reason.",
  },
  claim_documents_missing: {
    id: "Dokumen belum lengkap atau belum diperiksa: {missing}.",
    en: "Documents missing or not yet checked: {missing}.",
  },
  claim_paid_amount_missing: {
    id: "Isi jumlah yang dibayar BPJS (rupiah, angka bulat).",
    en: "Enter the amount BPJS paid (rupiah, a whole number).",
  },
  claim_rejection_reason_missing: {
    id: "Tulis alasan penolakan dari BPJS.",
    en: "Write BPJS's reason for rejecting it.",
  },
  claim_education_needs_death: {
    id: "Beasiswa diajukan dari klaim kematian (JKM atau JKK).",
    en: "The education benefit is opened from a death claim (JKM or JKK).",
  },
  claim_school_year_invalid: {
    id: "Tahun ajaran {year} tidak valid.",
    en: "School year {year} is not valid.",
  },
  claim_education_children_missing: {
    id: "Pilih anak (paling banyak 2) dan jenjang sekolahnya.",
    en: "Choose the children (at most 2) and their school level.",
  },
  claim_education_children_limit: {
    id: "Beasiswa paling banyak untuk {max} anak.",
    en: "The education benefit is for at most {max} children.",
  },
  claim_education_year_exists: {
    id: "Beasiswa tahun ajaran {year} sudah diajukan.",
    en: "The education benefit for school year {year} has already been claimed.",
  },
  // documents
  claim_document_code_unknown: {
    id: "Dokumen {code} tidak ada di daftar klaim ini. Pilih salah satu: {codes}.",
    en: "Document {code} is not on this claim's checklist. Choose one of: {codes}.",
  },
  claim_document_too_large: {
    id: "Berkas {file} berukuran {mb} MB; batasnya {max} MB. Pindai ulang dengan resolusi lebih rendah atau kecilkan fotonya.",
    en: "File {file} is {mb} MB; the limit is {max} MB. Scan again at a lower resolution or make the photo smaller.",
  },
  claim_document_type: {
    id: "Berkas {file} bukan PDF, JPG atau PNG. Simpan atau foto dokumennya sebagai PDF, JPG atau PNG lalu unggah lagi.",
    en: "File {file} is not a PDF, JPG or PNG. Save or photograph the document as PDF, JPG or PNG and upload it again.",
  },
  claim_document_not_found: { id: "Dokumen {id} tidak ditemukan.", en: "Document {id} not found." },
  claim_document_note_missing: {
    id: "Tulis apa yang salah dengan dokumen ini, agar keluarga tahu apa yang harus dibawa.",
    en: "Write what is wrong with this document, so the family knows what to bring.",
  },
  doc_membership_card: { id: "Kartu peserta (KPJ)", en: "Membership card (KPJ)" },
  doc_kk: { id: "Kartu Keluarga (KK)", en: "Family card (KK)" },
  doc_ktp_member: { id: "KTP peserta", en: "Member's identity card (KTP)" },
  doc_ktp_heirs: { id: "KTP ahli waris", en: "Heirs' identity cards (KTP)" },
  doc_death_certificate: { id: "Akta kematian", en: "Death certificate" },
  doc_heir_statement: {
    id: "Surat keterangan ahli waris dari pejabat berwenang",
    en: "Heir statement from an authorised official",
  },
  doc_marriage_book: { id: "Buku nikah (ahli waris janda/duda)", en: "Marriage book (spouse as heir)" },
  doc_bank_book: { id: "Buku tabungan", en: "Bank book" },
  doc_npwp: {
    id: "NPWP (pembayaran di atas Rp50.000.000)",
    en: "Tax number NPWP (payment above Rp50.000.000)",
  },
  doc_accident_report: { id: "Laporan kecelakaan kerja", en: "Work accident report" },
  doc_medical_certificate: { id: "Surat keterangan dokter", en: "Doctor's certificate" },
  doc_education_form: { id: "Formulir beasiswa", en: "Education benefit form" },
  doc_birth_certificate: { id: "Akta kelahiran anak", en: "Child's birth certificate" },
  doc_enrolment_proof: { id: "Surat keterangan aktif sekolah/kuliah", en: "Proof of enrolment" },
  doc_school_report: { id: "Rapor atau KHS terakhir", en: "Latest school report" },
  claim_type_jkm: { id: "Jaminan Kematian (JKM)", en: "Death benefit (JKM)" },
  claim_type_jkk_death: {
    id: "Jaminan Kecelakaan Kerja — meninggal (JKK)",
    en: "Work accident benefit — death (JKK)",
  },
  claim_type_jkk_stmb: {
    id: "Jaminan Kecelakaan Kerja — tidak mampu bekerja (STMB)",
    en: "Work accident benefit — unable to work (STMB)",
  },
  claim_type_education: { id: "Beasiswa pendidikan anak", en: "Children's education benefit" },
  relation_spouse: { id: "Janda/duda", en: "Widow/widower" },
  relation_child: { id: "Anak", en: "Child" },
  relation_parent: { id: "Orang tua", en: "Parent" },
  relation_grandchild: { id: "Cucu", en: "Grandchild" },
  relation_grandparent: { id: "Kakek/nenek", en: "Grandparent" },
  relation_sibling: { id: "Saudara kandung", en: "Sibling" },
  relation_parent_in_law: { id: "Mertua", en: "Parent-in-law" },
  relation_will: { id: "Ditunjuk dalam wasiat", en: "Named in a will" },
  relation_member: { id: "Peserta", en: "Member" },
  // handovers
  handover_fields_missing: {
    id: "Isi nama acara dan tempatnya.",
    en: "Enter the event's name and place.",
  },
  handover_claims_missing: {
    id: "Pilih klaim yang sudah dibayar untuk acara ini.",
    en: "Choose paid claims for this event.",
  },
  handover_claim_not_paid: {
    id: "Klaim {id} masih {status}; hanya klaim yang sudah dibayar yang diserahkan.",
    en: "Claim {id} is still {status}; only paid claims are handed over.",
  },
  handover_claim_taken: {
    id: "Klaim {id} sudah diserahkan di acara {handover}.",
    en: "Claim {id} was already handed over at event {handover}.",
  },
  handover_not_found: { id: "Acara penyerahan {id} tidak ditemukan.", en: "Handover event {id} not found." },
  handover_letters_title: { id: "Surat penyerahan santunan", en: "Benefit handover letters" },
  handover_receipts_title: { id: "Tanda terima santunan", en: "Benefit receipts" },
  handover_list_title: { id: "Daftar penerima santunan", en: "List of benefit recipients" },
  handover_letter_heading: {
    id: "SURAT PENYERAHAN SANTUNAN JAMINAN SOSIAL KETENAGAKERJAAN",
    en: "LETTER OF HANDOVER OF A SOCIAL SECURITY BENEFIT",
  },
  handover_letter_number: { id: "Nomor: PS-{handover}/{claim}", en: "Number: PS-{handover}/{claim}" },
  handover_letter_opening_death: {
    id: "Pada hari ini, {date}, bertempat di {place}, dalam acara {event}, Pemerintah {regency} bersama BPJS Ketenagakerjaan menyerahkan santunan {program} atas meninggalnya {member} (KPJ {kpj}) kepada:",
    en: "Today, {date}, at {place}, during {event}, the Government of {regency} together with BPJS Ketenagakerjaan hands over the {program} for the death of {member} (KPJ {kpj}) to:",
  },
  handover_letter_opening_accident: {
    id: "Pada hari ini, {date}, bertempat di {place}, dalam acara {event}, Pemerintah {regency} bersama BPJS Ketenagakerjaan menyerahkan santunan {program} atas kecelakaan kerja yang dialami {member} (KPJ {kpj}) kepada:",
    en: "Today, {date}, at {place}, during {event}, the Government of {regency} together with BPJS Ketenagakerjaan hands over the {program} for the work accident of {member} (KPJ {kpj}) to:",
  },
  handover_recipient_name: { id: "Nama", en: "Name" },
  handover_recipient_relation: { id: "Hubungan", en: "Relation" },
  handover_recipient_nik: { id: "NIK", en: "NIK" },
  handover_amount_label: { id: "sebesar:", en: "the amount of:" },
  handover_shared_with: {
    id: "Santunan ini diterima bersama ahli waris lainnya: {names}.",
    en: "This benefit is received together with the other heirs: {names}.",
  },
  handover_receipt_heading: { id: "TANDA TERIMA SANTUNAN", en: "RECEIPT OF BENEFIT" },
  handover_receipt_body: {
    id: "Kami yang bertanda tangan di bawah ini telah menerima dari Pemerintah {regency} dan BPJS Ketenagakerjaan santunan {program} atas nama {member} sebesar {amount} ({words}), pada {date} di {place}.",
    en: "We, the undersigned, have received from the Government of {regency} and BPJS Ketenagakerjaan the {program} for {member} of {amount} ({words}), on {date} at {place}.",
  },
  handover_signature: { id: "Tanda tangan", en: "Signature" },
  handover_list_heading: { id: "DAFTAR PENERIMA SANTUNAN", en: "LIST OF BENEFIT RECIPIENTS" },
  handover_list_member: { id: "Peserta", en: "Member" },
  handover_list_program: { id: "Program", en: "Programme" },
  handover_list_recipients: { id: "Penerima", en: "Recipients" },
  handover_list_amount: { id: "Jumlah", en: "Amount" },
  handover_list_total: { id: "Jumlah {claims} klaim", en: "Total of {claims} claims" },
  handover_giver: { id: "Yang menyerahkan,", en: "Handed over by," },
  handover_receiver: { id: "Yang menerima,", en: "Received by," },
  // training
  training_program_missing: {
    id: "Isi nama program pelatihan (mis. Menjahit, BLK Tangerang).",
    en: "Enter the training programme's name (e.g. Sewing, BLK Tangerang).",
  },
  training_referral_exists: {
    id: "Anggota keluarga ini sudah dirujuk ke program {program}.",
    en: "This family member has already been referred to {program}.",
  },
  training_referral_not_found: {
    id: "Rujukan pelatihan {id} tidak ditemukan.",
    en: "Training referral {id} not found.",
  },
  training_step_not_allowed: {
    id: "Rujukan berstatus {from} tidak bisa kembali ke {to}.",
    en: "A referral that is {from} cannot go back to {to}.",
  },
};
