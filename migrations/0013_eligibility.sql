-- Who may be covered, per program year: an age range at the start of the year, a valid NIK, a home
-- in the regency, an informal occupation (words an occupation starts with), not a civil servant,
-- not already a BPJS member. A year without its own row takes the latest earlier year's.
CREATE TABLE eligibility_rules (
  year                  integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  min_age               integer NOT NULL DEFAULT 18 CHECK (min_age >= 0),
  max_age               integer NOT NULL DEFAULT 65 CHECK (max_age >= min_age),
  require_valid_nik     boolean NOT NULL DEFAULT true,
  informal_occupations  text[] NOT NULL,
  civil_servant_occupations text[] NOT NULL,
  updated_by            text NOT NULL,
  updated_at            timestamptz NOT NULL DEFAULT now()
);

INSERT INTO eligibility_rules (year, informal_occupations, civil_servant_occupations, updated_by) VALUES (
  2026,
  '{NELAYAN,PETANI,PEKEBUN,PETERNAK,PEMBUDIDAYA,BURUH,PEDAGANG,PEMULUNG,PETUGAS KEBERSIHAN,TUKANG,SOPIR,OJEK,PEKERJA RUMAH TANGGA,PEKERJA BANTU,PENJAGA SEKOLAH,GURU NGAJI,GURU HONORER,MARBOT,AMIL,KADER,LINMAS,PENJAHIT,PENGRAJIN,HONORER,NON ASN}',
  '{PNS,ASN,PPPK,TNI,POLRI,ANGGOTA DPRD,PEGAWAI NEGERI}',
  'migration'
);
