/**
 * Covered people for the coverage and dashboard tests, written straight into the tables (the
 * enrolment round trip is tested in enrolment): persons in two kecamatan of 36.03 with every kind
 * of address, trait and membership status, some with two memberships that overlap or follow.
 */
import type { Db } from "../../core/db.ts";

/** A small deterministic random source, so a failure can be replayed. */
export function randomSource(seed: number) {
  let s = seed;
  const random = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  return { random, pick };
}

export type Random = ReturnType<typeof randomSource>;

/** Persons in Mauk (36.03.08) and Balaraja (36.03.01); a tenth name no desa, a tenth no kecamatan. */
export async function insertPersons(db: Db, { random, pick }: Random, n: number): Promise<number[]> {
  const desa = await db.query<{ code: string; parent: string }>(
    `SELECT code, parent_code AS parent FROM regions
     WHERE level = 4 AND parent_code IN ('36.03.08', '36.03.01') ORDER BY code`,
  );
  const rows = Array.from({ length: n }, () => {
    const place = pick(desa);
    const where = random();
    return [
      where < 0.8 ? place.code : null,
      where < 0.9 ? place.parent : null,
      pick(["NELAYAN", "PETANI", "PEDAGANG", null]),
      pick([1, 2, 3, 4, null]),
      pick(["L", "P", null]),
      random() < 0.9 ? `${1950 + Math.floor(random() * 50)}-0${1 + Math.floor(random() * 9)}-15` : null,
    ];
  });
  const made = await db.query<{ id: number }>(
    `INSERT INTO persons (name, regency_code, desa_code, kecamatan_code, occupation, desil, sex, birth_date)
     SELECT 'ORANG ' || r.i, '36.03', r.desa, r.kec, r.occ, r.desil, r.sex, r.born
     FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::date[])
       WITH ORDINALITY AS r (desa, kec, occ, desil, sex, born, i)
     RETURNING id`,
    [0, 1, 2, 3, 4, 5].map((col) => rows.map((r) => r[col])),
  );
  return made.map((m) => Number(m.id));
}

/**
 * One membership per person in one statement (a plan and funder of their own), starting in one of
 * the 40 months from `firstMonth`, with every status; `edges` are days some spells begin or end on.
 */
export async function insertMemberships(
  db: Db,
  { random, pick }: Random,
  persons: number[],
  { firstMonth, edges = [] }: { firstMonth: string; edges?: string[] },
): Promise<void> {
  const [{ plan }] = await db.query<{ plan: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ('2022-01-01', '2029-12-01', 'approved', '{}', 'test') RETURNING id AS plan`,
  );
  const [{ funder }] = await db.query<{ funder: number }>(
    `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, created_by)
     VALUES ('apbd-' || $1, 'APBD', 'apbd', 'SG', 1000000000, '2022-01-01', '2029-12-01', 'jkk-jkm', 'test')
     RETURNING id AS funder`,
    [plan],
  );
  const base = Number(firstMonth.slice(0, 4)) * 12 + Number(firstMonth.slice(5, 7)) - 1;
  const month = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
  const rows = persons.map((person) => {
    const start = base + Math.floor(random() * 40);
    const months = 3 + Math.floor(random() * 18);
    const status = pick(["active", "active", "active", "lapsed", "ended", "registered", "rejected"]);
    const accepted = status !== "registered" && status !== "rejected";
    const edge = edges.length > 0 && random() < 0.25;
    const day = () => String(1 + Math.floor(random() * 20)).padStart(2, "0");
    const from = edge ? pick(edges) : `${month(start).slice(0, 8)}${day()}`;
    const ended =
      (status === "lapsed" || status === "ended") && random() < 0.9
        ? edge
          ? pick(edges)
          : `${month(start + Math.floor(random() * months)).slice(0, 8)}${day()}`
        : null;
    return [person, status, month(start), month(start + months - 1), accepted ? from : null, ended];
  });
  await db.query(
    `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, start_month, end_month,
       active_from, ended_on)
     SELECT r.person, $1, $2, 'jkk-jkm', '3603000000000000', r.status, r.start, r.finish, r.from_day, r.ended
     FROM unnest($3::bigint[], $4::text[], $5::date[], $6::date[], $7::date[], $8::date[])
       AS r (person, status, start, finish, from_day, ended)`,
    [plan, funder, ...[0, 1, 2, 3, 4, 5].map((col) => rows.map((r) => r[col]))],
  );
}
