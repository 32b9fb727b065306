import { copyText, N, parseCopyLine } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import type { MatchRecord } from "./candidates.ts";
import type { Outcome, Thresholds } from "./clustering.ts";
import { matchFeatures } from "./compare.ts";
import { type GoldenRecord, type GoldenSource, goldenOf, touchedPersons } from "./golden.ts";
import { type Model, reasonsOf } from "./model.ts";
import { soundKey } from "./name-key.ts";

export type ReviewStatus = "open" | "accepted" | "rejected" | "split";

/** A source record not yet linked to a person. */
const unlinked = `NOT EXISTS (SELECT 1 FROM record_links l WHERE l.batch_id = r.batch_id AND l.row_number = r.row_number)`;

export async function startRun(db: Db, runBy: string): Promise<number> {
  const [{ id }] = await db.query<{ id: number }>(
    "INSERT INTO match_runs (run_by) VALUES ($1) RETURNING id",
    [runBy],
  );
  return id;
}

export async function finishRun(
  db: Db,
  run: number,
  counts: Record<string, number>,
  model: Model | null,
): Promise<void> {
  await db.query(
    "UPDATE match_runs SET finished_at = clock_timestamp(), counts = $2, model = $3 WHERE id = $1",
    [run, JSON.stringify(counts), model && JSON.stringify(model)],
  );
}

/**
 * Every source record with what matching compares, the person it is linked to (0 = new) and its
 * source's trust, read in one COPY (a query would build an object per row and field).
 */
export async function loadRecords(db: Db, onProgress?: (loaded: number) => void): Promise<MatchRecord[]> {
  const records: MatchRecord[] = [];
  const chunks = db.copyTo(
    `SELECT r.batch_id, r.row_number, l.person_id, s.trust, r.nik, r.nik_valid, r.name, r.sex, r.birth_date,
            r.birth_place, r.address, r.desa_code, r.kecamatan_code, r.regency_code, r.occupation, r.desil,
            r.desil_date, r.phone, r.kk_number
     FROM source_records r
     JOIN sources s ON s.name = r.source
     LEFT JOIN record_links l ON l.batch_id = r.batch_id AND l.row_number = r.row_number
     ORDER BY r.batch_id, r.row_number`,
  );
  for await (const chunk of chunks) {
    for (const line of chunk.split("\n")) {
      if (line) records.push(recordOf(line));
    }
    onProgress?.(records.length);
  }
  return records;
}

function recordOf(line: string): MatchRecord {
  const c = parseCopyLine(line);
  const features = matchFeatures({
    name: c[6] as string,
    nik: c[4],
    nik_valid: c[5] === "t",
    sex: c[7],
    birth_date: c[8],
    address: c[10],
    desa_code: c[11],
    kecamatan_code: c[12],
    phone: c[17],
    kk_number: c[18],
  });
  return {
    ...features,
    sounds: features.words.map(soundKey).join(" "),
    batch: Number(c[0]),
    row: Number(c[1]),
    person: c[2] === null ? 0 : Number(c[2]),
    trust: Number(c[3]),
    line,
    regency: c[13] as string,
  };
}

/** What a record offers a golden record, from the line loadRecords read. */
export function goldenSourceOf(record: MatchRecord): GoldenSource {
  const c = parseCopyLine(record.line);
  return {
    nik: c[5] === "t" ? c[4] : null,
    name: c[6] as string,
    sex: c[7],
    birth_date: c[8],
    birth_place: c[9],
    address: c[10],
    desa_code: c[11],
    kecamatan_code: c[12],
    regency_code: c[13] as string,
    occupation: c[14],
    desil: c[15] === null ? null : Number(c[15]),
    desil_date: c[16],
    phone: c[17],
    kk_number: c[18],
  };
}

export async function loadSettings(db: Db): Promise<Thresholds> {
  const [row] = await db.query<Thresholds>(
    `SELECT link_weight AS "linkWeight", review_weight AS "reviewWeight" FROM match_settings`,
  );
  return row;
}

export async function saveSettings(db: Db, settings: Thresholds): Promise<void> {
  await db.query("UPDATE match_settings SET link_weight = $1, review_weight = $2", [
    settings.linkWeight,
    settings.reviewWeight,
  ]);
}

/** The model of the latest run that estimated one from enough pairs. */
export async function latestModel(db: Db): Promise<Model | null> {
  const rows = await db.query<{ model: Model }>(
    `SELECT model FROM match_runs WHERE model IS NOT NULL AND (model->>'pairs')::int > 0
     ORDER BY id DESC LIMIT 1`,
  );
  return rows[0]?.model ?? null;
}

/** Every pair a reviewer has been asked about, with its status, keyed as `pairKey` does. */
export async function loadReviewed(db: Db): Promise<Map<string, ReviewStatus>> {
  const rows = await db.query<{ a: string; b: string; status: ReviewStatus }>(
    `SELECT batch_a || ':' || row_a AS a, batch_b || ':' || row_b AS b, status FROM review_items`,
  );
  return new Map(rows.map((r) => [r.a < r.b ? `${r.a}|${r.b}` : `${r.b}|${r.a}`, r.status]));
}

const goldenColumns = `nik, nik_valid, name, sex, birth_date, birth_place, address, desa_code, kecamatan_code,
  regency_code, occupation, desil, desil_date, phone, kk_number`;

function goldenLine(id: number, g: GoldenRecord): string {
  return `${id}\t${g.nik ?? N}\t${g.nik_valid ? "t" : "f"}\t${copyText(g.name)}\t${g.sex ?? N}\t${
    g.birth_date ?? N
  }\t${copyText(g.birth_place)}\t${copyText(g.address)}\t${g.desa_code ?? N}\t${g.kecamatan_code ?? N}\t${
    g.regency_code
  }\t${copyText(g.occupation)}\t${g.desil ?? N}\t${g.desil_date ?? N}\t${copyText(g.phone)}\t${copyText(g.kk_number)}\n`;
}

/**
 * Writes a run's decisions: new persons with their golden records (ids drawn from the persons
 * sequence so links can be written in one COPY), the refreshed golden records of persons that
 * gained records, links, and review items.
 */
export async function writeOutcome(
  db: Db,
  run: number,
  records: readonly MatchRecord[],
  outcome: Outcome,
  weights: number[][],
): Promise<void> {
  const ids = await db.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('persons', 'id'))::bigint AS id FROM generate_series(1, $1)`,
    [outcome.clusters],
  );
  const touched = touchedPersons(records, outcome.assignments, outcome.clusters);
  const golden = (indexes: number[]) =>
    goldenOf(
      indexes.map((i) => ({
        trust: records[i].trust,
        batch: records[i].batch,
        row: records[i].row,
        golden: goldenSourceOf(records[i]),
      })),
    );
  // New persons and links go straight in with COPY (ids included); only existing persons that
  // gained records are updated, through a temporary table.
  await db.copyFrom(
    `COPY persons (id, ${goldenColumns}) FROM STDIN`,
    lines(touched.fresh, (indexes, cluster) => goldenLine(ids[cluster].id, golden(indexes))),
  );
  if (touched.existing.size > 0) {
    await db.exec(
      `CREATE TEMP TABLE golden_out ON COMMIT DROP AS SELECT id, ${goldenColumns} FROM persons WITH NO DATA`,
    );
    await db.copyFrom(
      "COPY golden_out FROM STDIN",
      lines([...touched.existing], ([id, indexes]) => goldenLine(id, golden(indexes))),
    );
    await db.exec(`
      UPDATE persons p SET
        nik = coalesce(g.nik, p.nik), nik_valid = g.nik_valid OR p.nik_valid, name = g.name, sex = g.sex,
        birth_date = g.birth_date, birth_place = g.birth_place, address = g.address, desa_code = g.desa_code,
        kecamatan_code = g.kecamatan_code, regency_code = g.regency_code, occupation = g.occupation,
        desil = g.desil, desil_date = g.desil_date, phone = g.phone, kk_number = g.kk_number, updated_at = now()
      FROM golden_out g WHERE p.id = g.id`);
  }
  await db.copyFrom(
    "COPY record_links (batch_id, row_number, person_id, method, score, reasons, regency_code, run_id) FROM STDIN",
    lines(outcome.assignments, (a) => {
      const r = records[a.record];
      const person = a.person || ids[a.cluster].id;
      const reasons = a.pattern === null ? N : copyText(JSON.stringify(reasonsOf(a.pattern, weights)));
      return `${r.batch}\t${r.row}\t${person}\t${a.method}\t${a.score ?? N}\t${reasons}\t${r.regency}\t${run}\n`;
    }),
  );
  // Record a is the one the run is about (new, or the odd one out under a shared NIK).
  const reviews = outcome.reviews.map((review) => ({
    kind: review.kind,
    batch_a: records[review.a].batch,
    row_a: records[review.a].row,
    batch_b: records[review.b].batch,
    row_b: records[review.b].row,
    score: review.score,
    reasons: reasonsOf(review.pattern, weights),
  }));
  await db.query(
    `INSERT INTO review_items (kind, batch_a, row_a, batch_b, row_b, score, reasons, run_id, regency_code, kecamatan_code)
     SELECT v.kind, v.batch_a, v.row_a, v.batch_b, v.row_b, v.score, v.reasons, $2, r.regency_code, r.kecamatan_code
     FROM jsonb_to_recordset($1::jsonb)
       AS v (kind text, batch_a bigint, row_a integer, batch_b bigint, row_b integer, score real, reasons jsonb)
     JOIN source_records r ON r.batch_id = v.batch_a AND r.row_number = v.row_a
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(reviews), run],
  );
}

/** COPY input made lazily, ~10,000 lines per piece, so a million lines never sit in memory at once. */
function* lines<T>(items: readonly T[], line: (item: T, index: number) => string): Generator<string> {
  for (let i = 0; i < items.length; i += 10_000) {
    let text = "";
    for (let j = i; j < Math.min(i + 10_000, items.length); j++) text += line(items[j], j);
    yield text;
  }
}

/** The fields of a golden record, as text, from one source record `r`. */
const goldenFields = `(VALUES
  ('nik', CASE WHEN r.nik_valid THEN r.nik END),
  ('name', r.name),
  ('sex', r.sex::text),
  ('birth_date', r.birth_date::text),
  ('birth_place', r.birth_place),
  ('address', r.address),
  ('area', coalesce(r.desa_code, r.kecamatan_code)),
  ('occupation', r.occupation),
  ('desil', r.desil::text),
  ('phone', r.phone),
  ('kk_number', r.kk_number)
) AS f (field, value)`;

/**
 * Every value the linked records offer for each field of the chosen persons, ranked: the most
 * trusted source first, then the most recent batch, then the value most records agree on.
 * Rank 1 is the golden value. `persons` is a query returning person ids.
 */
function rankedValues(persons: string): string {
  return `vals AS (
       SELECT l.person_id, f.field, f.value, r.source, s.trust, r.batch_id, r.row_number
       FROM (${persons}) AS t (person_id)
       JOIN record_links l ON l.person_id = t.person_id
       JOIN source_records r ON r.batch_id = l.batch_id AND r.row_number = l.row_number
       JOIN sources s ON s.name = r.source
       CROSS JOIN LATERAL ${goldenFields}
       WHERE f.value IS NOT NULL
     ), counted AS (
       SELECT *, count(*) OVER (PARTITION BY person_id, field, value)::int AS agree FROM vals
     ), ranked AS (
       SELECT *, row_number() OVER (
         PARTITION BY person_id, field ORDER BY trust DESC, batch_id DESC, agree DESC, row_number) AS rank
       FROM counted
     )`;
}

/** Whose golden records to rebuild: those a run linked records to, some persons, or everyone. */
export type GoldenScope = { run: number } | { persons: number[] } | "all";

/**
 * Rebuilds golden records (after a run, a review decision, or a change of trust). Village and
 * kecamatan come together from one record, as do desil and its snapshot date, so they never mix
 * two records.
 */
export async function refreshGoldenRecords(db: Db, scope: GoldenScope): Promise<number> {
  const persons =
    scope === "all"
      ? "SELECT id FROM persons"
      : "run" in scope
        ? "SELECT DISTINCT person_id FROM record_links WHERE run_id = $1"
        : "SELECT unnest($1::bigint[])";
  const params = scope === "all" ? [] : "run" in scope ? [scope.run] : [scope.persons];
  // Most persons have one record: their golden record is that record, with no ranking to do.
  const counted = `SELECT l.person_id, count(*) AS n, min(l.batch_id) AS batch_id, min(l.row_number) AS row_number
    FROM (${persons}) AS t (person_id) JOIN record_links l ON l.person_id = t.person_id GROUP BY l.person_id`;
  const [single] = await db.query<{ n: number }>(
    `WITH counted AS (${counted}), updated AS (
       UPDATE persons p SET
         nik = CASE WHEN r.nik_valid THEN r.nik ELSE p.nik END,
         nik_valid = r.nik_valid OR p.nik_valid,
         name = r.name, sex = r.sex, birth_date = r.birth_date, birth_place = r.birth_place,
         address = r.address, desa_code = r.desa_code, kecamatan_code = r.kecamatan_code,
         regency_code = r.regency_code, occupation = r.occupation, desil = r.desil,
         desil_date = CASE WHEN r.desil IS NOT NULL THEN r.desil_date END, phone = r.phone,
         kk_number = r.kk_number, updated_at = now()
       FROM counted c JOIN source_records r ON r.batch_id = c.batch_id AND r.row_number = c.row_number
       WHERE c.n = 1 AND p.id = c.person_id
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM updated`,
    params,
  );
  const pick = (field: string) => `max(value) FILTER (WHERE field = '${field}')`;
  const from = (field: string, column: string) => `max(${column}) FILTER (WHERE field = '${field}')`;
  const rows = await db.query<{ n: number }>(
    `WITH ${rankedValues(`SELECT person_id FROM (${counted}) AS c WHERE n > 1`)},
     golden AS (
       SELECT person_id, ${pick("nik")} AS nik, ${pick("name")} AS name, ${pick("sex")} AS sex,
         ${pick("birth_date")} AS birth_date, ${pick("birth_place")} AS birth_place,
         ${pick("address")} AS address, ${pick("occupation")} AS occupation, ${pick("phone")} AS phone,
         ${pick("kk_number")} AS kk_number,
         ${from("area", "batch_id")} AS area_batch, ${from("area", "row_number")} AS area_row,
         ${from("desil", "batch_id")} AS desil_batch, ${from("desil", "row_number")} AS desil_row
       FROM ranked WHERE rank = 1 GROUP BY person_id
     ), updated AS (
       UPDATE persons p SET
         nik = coalesce(g.nik, p.nik),
         nik_valid = g.nik IS NOT NULL OR p.nik_valid,
         name = coalesce(g.name, p.name),
         sex = g.sex,
         birth_date = g.birth_date::date,
         birth_place = g.birth_place,
         address = g.address,
         desa_code = area.desa_code,
         kecamatan_code = area.kecamatan_code,
         regency_code = coalesce(area.regency_code, p.regency_code),
         occupation = g.occupation,
         desil = desil.desil,
         desil_date = desil.desil_date,
         phone = g.phone,
         kk_number = g.kk_number,
         updated_at = now()
       FROM golden g
       LEFT JOIN source_records area ON area.batch_id = g.area_batch AND area.row_number = g.area_row
       LEFT JOIN source_records desil ON desil.batch_id = g.desil_batch AND desil.row_number = g.desil_row
       WHERE p.id = g.person_id
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM updated`,
    params,
  );
  return single.n + rows[0].n;
}

export interface FieldValue {
  field: string;
  value: string;
  source: string;
  batch: number;
  row: number;
  /** How many of the person's records give this value. */
  agree: number;
  /** 1 = the golden value. */
  rank: number;
}

/** Where each value of one person's golden record came from, with every alternative. */
export async function listProvenance(db: Db, personId: number): Promise<FieldValue[]> {
  return db.query<FieldValue>(
    `WITH ${rankedValues("SELECT $1::bigint")}
     SELECT field, value, source, batch_id AS batch, row_number AS row, agree, rank::int AS rank
     FROM ranked ORDER BY field, rank`,
    [personId],
  );
}

export interface MatchTotals {
  records: number;
  persons: number;
  unlinked: number;
  /** Open review items. */
  review: number;
  /** Persons on a BPJS membership list that is not marked inactive: already covered. */
  covered: number;
}

export async function countMatching(db: Db): Promise<MatchTotals> {
  const [row] = await db.query<MatchTotals>(
    `SELECT (SELECT count(*)::int FROM source_records) AS records,
            (SELECT count(*)::int FROM persons) AS persons,
            (SELECT count(*)::int FROM source_records r WHERE ${unlinked}) AS unlinked,
            (SELECT count(*)::int FROM review_items WHERE status = 'open') AS review,
            (SELECT count(DISTINCT person_id)::int FROM bpjs_coverage
              WHERE membership_status IS DISTINCT FROM 'inactive') AS covered`,
  );
  return row;
}
