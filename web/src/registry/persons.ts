/** The registry's data as the API gives it (NIKs masked unless revealed). */
export interface Person {
  id: number;
  nik: string | null;
  nik_valid: boolean;
  name: string;
  sex: string | null;
  birth_date: string | null;
  desa_code: string | null;
  kecamatan_code: string | null;
  desa_name: string | null;
  kecamatan_name: string | null;
  occupation: string | null;
  desil: number | null;
  records: number;
}
