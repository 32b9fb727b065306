/**
 * The golden record rule, for a run that has all of a person's records in memory: each field from
 * the most trusted source, then the most recent batch, then the value most records agree on, then
 * the first row. Village and kecamatan come together from one record, as do desil and its date.
 * refreshGoldenRecords (matching.repository.ts) applies the same rule in SQL, for review decisions
 * and `match --refresh-all`; a test holds the two to the same result.
 */

/** What a source record offers a golden record. */
export interface GoldenSource {
  /** Only a valid NIK. */
  nik: string | null;
  name: string;
  sex: string | null;
  birth_date: string | null;
  birth_place: string | null;
  address: string | null;
  desa_code: string | null;
  kecamatan_code: string | null;
  regency_code: string;
  occupation: string | null;
  desil: number | null;
  desil_date: string | null;
  phone: string | null;
  kk_number: string | null;
}

export type GoldenRecord = GoldenSource & { nik_valid: boolean };

export interface Ranked {
  trust: number;
  batch: number;
  row: number;
  golden: GoldenSource;
}

type Field = keyof GoldenSource | "area";

/** Each field as text, the form in which values are counted (as the SQL rule does). */
const textOf: Record<
  Exclude<Field, "desa_code" | "kecamatan_code" | "regency_code" | "desil_date">,
  (g: GoldenSource) => string | null
> = {
  nik: (g) => g.nik,
  name: (g) => g.name,
  sex: (g) => g.sex,
  birth_date: (g) => g.birth_date,
  birth_place: (g) => g.birth_place,
  address: (g) => g.address,
  area: (g) => g.desa_code ?? g.kecamatan_code,
  occupation: (g) => g.occupation,
  desil: (g) => (g.desil === null ? null : String(g.desil)),
  phone: (g) => g.phone,
  kk_number: (g) => g.kk_number,
};

/** The record whose value wins among `records`, or null when none has one. */
function winner(records: readonly Ranked[], value: (g: GoldenSource) => string | null): Ranked | null {
  const agreeing = new Map<string, number>();
  for (const r of records) {
    const v = value(r.golden);
    if (v !== null) agreeing.set(v, (agreeing.get(v) ?? 0) + 1);
  }
  let best: Ranked | null = null;
  let bestAgree = 0;
  for (const r of records) {
    const v = value(r.golden);
    if (v === null) continue;
    const agree = agreeing.get(v)!;
    if (
      !best ||
      r.trust > best.trust ||
      (r.trust === best.trust &&
        (r.batch > best.batch ||
          (r.batch === best.batch && (agree > bestAgree || (agree === bestAgree && r.row < best.row)))))
    ) {
      best = r;
      bestAgree = agree;
    }
  }
  return best;
}

export function goldenOf(records: readonly Ranked[]): GoldenRecord {
  const pick = (field: keyof typeof textOf) => {
    const w = winner(records, textOf[field]);
    return w ? textOf[field](w.golden) : null;
  };
  const area = winner(records, textOf.area)?.golden;
  const desil = winner(records, textOf.desil)?.golden;
  const nik = pick("nik");
  return {
    nik,
    nik_valid: nik !== null,
    name: pick("name") ?? records[0].golden.name,
    sex: pick("sex"),
    birth_date: pick("birth_date"),
    birth_place: pick("birth_place"),
    address: pick("address"),
    desa_code: area?.desa_code ?? null,
    kecamatan_code: area?.kecamatan_code ?? null,
    regency_code: area?.regency_code ?? records[0].golden.regency_code,
    occupation: pick("occupation"),
    desil: desil?.desil ?? null,
    desil_date: desil?.desil_date ?? null,
    phone: pick("phone"),
    kk_number: pick("kk_number"),
  };
}

/**
 * The records of every person a run touched, as indexes into `records`: each new person (by
 * cluster) and each existing person that gained records, with all of their records. Golden
 * records are then built one person at a time, so a million never sit in memory together.
 */
export function touchedPersons(
  records: readonly { person: number }[],
  assignments: readonly { record: number; person: number; cluster: number }[],
  clusters: number,
): { fresh: number[][]; existing: Map<number, number[]> } {
  const fresh: number[][] = Array.from({ length: clusters }, () => []);
  const existing = new Map<number, number[]>();
  for (const a of assignments) {
    if (a.person === 0) fresh[a.cluster].push(a.record);
    else {
      const list = existing.get(a.person);
      if (list) list.push(a.record);
      else existing.set(a.person, [a.record]);
    }
  }
  records.forEach((r, i) => {
    if (r.person !== 0) existing.get(r.person)?.push(i);
  });
  return { fresh, existing };
}
