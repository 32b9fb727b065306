/**
 * A place BPJS refused is not lost: the next person on the plan's waitlist whom the same funder may
 * pay (its village, kecamatan and occupation limits) takes it, for the same months, as a membership
 * in status `registered` that the next registration file sends. Each rejected membership is
 * replaced at most once, so applying an answer again replaces no one twice. The approved plan
 * itself stays as it was approved.
 */
import type { Db } from "../../core/db.ts";

export async function fillFreedPlaces(tx: Db, rejectedIds: number[], by: string): Promise<number> {
  if (rejectedIds.length === 0) return 0;
  const freed = await tx.query<{
    id: number;
    plan_id: number;
    funder_id: number;
    package: string;
    start_month: string;
    end_month: string;
    desa_code: string | null;
    kecamatan_codes: string[];
    occupations: string[];
    dana_desa: boolean;
  }>(
    `SELECT m.id, m.plan_id, m.funder_id, m.package, m.start_month, m.end_month, f.desa_code,
            f.kecamatan_codes, f.occupations, f.type = 'dana_desa' AS dana_desa
     FROM memberships m JOIN funders f ON f.id = m.funder_id
     WHERE m.id = ANY($1::bigint[]) AND m.status = 'rejected'
       AND NOT EXISTS (SELECT 1 FROM memberships r WHERE r.replaces = m.id)
     ORDER BY m.id`,
    [rejectedIds],
  );
  let replaced = 0;
  for (const place of freed) {
    // The waitlist in rank order: persons of the plan with no months and no membership in it yet.
    const [next] = await tx.query<{ person_id: number; nik: string }>(
      `SELECT pp.person_id, p.nik FROM plan_persons pp JOIN persons p ON p.id = pp.person_id
       WHERE pp.plan_id = $1 AND pp.months = 0 AND p.nik_valid AND NOT p.nik_unverified
         AND (NOT $2 OR p.desa_code = $3)
         AND (cardinality($4::text[]) = 0 OR p.kecamatan_code = ANY($4::text[]))
         AND (cardinality($5::text[]) = 0
              OR upper(coalesce(p.occupation, '')) LIKE ANY (ARRAY(SELECT w || '%' FROM unnest($5::text[]) w)))
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.plan_id = $1 AND m.person_id = pp.person_id)
       ORDER BY pp.rank LIMIT 1`,
      [place.plan_id, place.dana_desa, place.desa_code, place.kecamatan_codes, place.occupations],
    );
    if (!next) continue;
    const [made] = await tx.query<{ id: number }>(
      `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, start_month, end_month, replaces)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        next.person_id,
        place.plan_id,
        place.funder_id,
        place.package,
        next.nik,
        place.start_month,
        place.end_month,
        place.id,
      ],
    );
    await tx.query(
      `INSERT INTO membership_events (membership_id, event, details, by)
       VALUES ($1, 'replaces', jsonb_build_object('membership', $2::bigint), $3)`,
      [made.id, place.id, by],
    );
    replaced++;
  }
  return replaced;
}
