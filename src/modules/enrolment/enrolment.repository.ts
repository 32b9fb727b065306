import type { Db } from "../../core/db.ts";

export interface TemplateColumn {
  header: string;
  field: string;
}

export async function templateColumns(db: Db, code: string): Promise<TemplateColumn[] | null> {
  const rows = await db.query<{ columns: TemplateColumn[] }>(
    "SELECT columns FROM registration_templates WHERE code = $1",
    [code],
  );
  return rows[0]?.columns ?? null;
}

export async function insertRegistration(
  tx: Db,
  r: { planId: number; funderId: number; template: string; format: string; by: string },
): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO registrations (plan_id, funder_id, template, format, rows, refused, created_by)
     VALUES ($1, $2, $3, $4, 0, 0, $5) RETURNING id`,
    [r.planId, r.funderId, r.template, r.format, r.by],
  );
  return row.id;
}

export async function finishRegistration(tx: Db, id: number, rows: number, refused: number): Promise<void> {
  await tx.query("UPDATE registrations SET rows = $2, refused = $3 WHERE id = $1", [id, rows, refused]);
}

/** A person of a plan's spell, with what a registration file may ask for. */
export interface SpellRow {
  person_id: number;
  nik: string | null;
  nik_valid: boolean;
  nik_unverified: boolean;
  name: string;
  birth_place: string | null;
  birth_date: string | null;
  sex: string | null;
  address: string | null;
  desa: string | null;
  kecamatan: string | null;
  occupation: string | null;
  start_month: string;
  end_month: string;
  kpj: string | null;
}

/**
 * The spells one funder pays for in a plan, and the persons who took the place of rejected ones,
 * 10,000 at a time in person order. Spells BPJS rejected are not sent again; `newOnly` leaves out
 * those already sent in an earlier file. `kpj`: the person's BPJS number, when they have one.
 */
export async function* spellPages(
  db: Db,
  planId: number,
  funderId: number,
  newOnly = false,
): AsyncGenerator<SpellRow[]> {
  let after = { person: 0, month: "0001-01-01" };
  for (;;) {
    const page = await db.query<SpellRow & { month_from: string }>(
      `SELECT s.person_id, p.nik, p.nik_valid, p.nik_unverified, p.name, p.birth_place, p.birth_date, p.sex,
              p.address, d.name AS desa, k.name AS kecamatan, p.occupation, s.month_from,
              to_char(s.month_from, 'YYYY-MM') AS start_month, to_char(s.month_to, 'YYYY-MM') AS end_month,
              (SELECT prior.kpj FROM memberships prior WHERE prior.person_id = s.person_id
                 AND prior.kpj IS NOT NULL ORDER BY prior.id DESC LIMIT 1) AS kpj
       FROM (SELECT person_id, month_from, month_to FROM plan_spells WHERE plan_id = $1 AND funder_id = $2
             UNION ALL
             SELECT person_id, start_month, end_month FROM memberships
             WHERE plan_id = $1 AND funder_id = $2 AND replaces IS NOT NULL) s
       JOIN persons p ON p.id = s.person_id
       LEFT JOIN memberships m ON m.plan_id = $1 AND m.person_id = s.person_id AND m.start_month = s.month_from
       LEFT JOIN regions d ON d.code = p.desa_code
       LEFT JOIN regions k ON k.code = p.kecamatan_code
       WHERE (s.person_id, s.month_from) > ($3, $4::date) AND m.status IS DISTINCT FROM 'rejected'
         AND NOT ($5 AND m.registration_id IS NOT NULL)
       ORDER BY s.person_id, s.month_from LIMIT 10000`,
      [planId, funderId, after.person, after.month, newOnly],
    );
    if (page.length === 0) return;
    yield page;
    const last = page[page.length - 1];
    after = { person: last.person_id, month: last.month_from };
  }
}

/**
 * Memberships in status `registered` for the rows not yet sent; returns how many, and how many of
 * them renew a cover that ends the month before.
 */
export async function registerMemberships(
  tx: Db,
  m: {
    registrationId: number;
    planId: number;
    funderId: number;
    packageCode: string;
    rows: SpellRow[];
    by: string;
  },
): Promise<{ registered: number; renewed: number }> {
  if (m.rows.length === 0) return { registered: 0, renewed: 0 };
  const added = await tx.query<{ id: number }>(
    `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, start_month, end_month, registration_id)
     SELECT person, $1, $2, $3, nik, (start || '-01')::date, (finish || '-01')::date, $4
     FROM unnest($5::bigint[], $6::text[], $7::text[], $8::text[]) AS r(person, nik, start, finish)
     ON CONFLICT (plan_id, person_id, start_month) DO UPDATE SET registration_id = EXCLUDED.registration_id
       WHERE memberships.registration_id IS NULL
     RETURNING id`,
    [
      m.planId,
      m.funderId,
      m.packageCode,
      m.registrationId,
      m.rows.map((r) => r.person_id),
      m.rows.map((r) => r.nik),
      m.rows.map((r) => r.start_month),
      m.rows.map((r) => r.end_month),
    ],
  );
  const ids = added.map((a) => a.id);
  await addEvents(tx, ids, "registered", { registration: m.registrationId }, m.by);
  // A member whose cover ends the month before carries on: same KPJ, active from the first month.
  const [{ renewed }] = await tx.query<{ renewed: number }>(
    `WITH renewed AS (
       UPDATE memberships m SET status = 'active', kpj = prior.kpj, active_from = m.start_month, updated_at = now()
       FROM memberships prior
       WHERE m.id = ANY($1::bigint[]) AND prior.person_id = m.person_id AND prior.status = 'active'
         AND prior.kpj IS NOT NULL AND prior.end_month = m.start_month - interval '1 month'
       RETURNING m.id, prior.id AS prior_id)
     , events AS (INSERT INTO membership_events (membership_id, event, details, by)
       SELECT id, 'renewed', jsonb_build_object('from', prior_id), $2 FROM renewed RETURNING 1)
     SELECT count(*)::int AS renewed FROM events`,
    [ids, m.by],
  );
  return { registered: added.length, renewed };
}

export async function addEvents(
  tx: Db,
  ids: number[],
  event: string,
  details: Record<string, unknown>,
  by: string,
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO membership_events (membership_id, event, details, by)
     SELECT id, $2, $3, $4 FROM unnest($1::bigint[]) id`,
    [ids, event, JSON.stringify(details), by],
  );
}

export interface MembershipRow {
  id: number;
  person_id: number;
  name: string;
  nik: string;
  funder: string;
  package: string;
  status: string;
  kpj: string | null;
  start_month: string;
  end_month: string;
  active_from: string | null;
  rejection_reason: string | null;
  end_reason: string | null;
}

/** Memberships by filter; `area` (a condition on persons p with its parameter at $8) narrows them. */
export async function listMemberships(
  db: Db,
  filter: {
    id?: number;
    status?: string;
    funder?: string;
    plan?: number;
    nik?: string;
    limit: number;
    offset: number;
  },
  area?: { sql: string; param: string },
): Promise<MembershipRow[]> {
  return db.query<MembershipRow>(
    `SELECT m.id, m.person_id, p.name, m.nik, f.code AS funder, m.package, m.status, m.kpj,
            to_char(m.start_month, 'YYYY-MM') AS start_month, to_char(m.end_month, 'YYYY-MM') AS end_month,
            m.active_from, m.rejection_reason, m.end_reason
     FROM memberships m JOIN persons p ON p.id = m.person_id JOIN funders f ON f.id = m.funder_id
     WHERE ($1::text IS NULL OR m.status = $1) AND ($2::text IS NULL OR f.code = $2)
       AND ($3::bigint IS NULL OR m.plan_id = $3) AND ($4::text IS NULL OR m.nik = $4)
       AND ($7::bigint IS NULL OR m.id = $7) AND ${area?.sql ?? "$8::text IS NULL"}
     ORDER BY m.id OFFSET $5 LIMIT $6`,
    [
      filter.status ?? null,
      filter.funder ?? null,
      filter.plan ?? null,
      filter.nik ?? null,
      filter.offset,
      filter.limit,
      filter.id ?? null,
      area?.param ?? null,
    ],
  );
}

export async function membershipEvents(db: Db, id: number) {
  return db.query<{ at: string; event: string; details: Record<string, unknown>; by: string }>(
    "SELECT at, event, details, by FROM membership_events WHERE membership_id = $1 ORDER BY at, event",
    [id],
  );
}

/** What a member card shows of one membership; `area` (a condition on persons p, parameter $2) narrows it. */
export interface MemberCardRow {
  id: number;
  person_id: number;
  name: string;
  nik: string;
  kpj: string | null;
  status: string;
  /** yyyy-mm-dd: the first and last month, the start BPJS agreed, the day it ended */
  start_month: string;
  end_month: string;
  active_from: string | null;
  ended_on: string | null;
  end_reason: string | null;
  desa: string | null;
  kecamatan: string | null;
  funder_name: string;
  funder_type: string;
  package_name: string;
  programs: string[];
}

export async function memberCardRow(
  db: Db,
  id: number,
  area?: { sql: string; param: string },
): Promise<MemberCardRow | undefined> {
  const [row] = await db.query<MemberCardRow>(
    `SELECT m.id, m.person_id, p.name, m.nik, m.kpj, m.status,
            to_char(m.start_month, 'YYYY-MM-DD') AS start_month, to_char(m.end_month, 'YYYY-MM-DD') AS end_month,
            to_char(m.active_from, 'YYYY-MM-DD') AS active_from, to_char(m.ended_on, 'YYYY-MM-DD') AS ended_on,
            m.end_reason, d.name AS desa, k.name AS kecamatan, f.name AS funder_name, f.type AS funder_type,
            pk.name AS package_name, pk.programs
     FROM memberships m JOIN persons p ON p.id = m.person_id JOIN funders f ON f.id = m.funder_id
     JOIN packages pk ON pk.code = m.package
     LEFT JOIN regions d ON d.code = p.desa_code LEFT JOIN regions k ON k.code = p.kecamatan_code
     WHERE m.id = $1 AND ${area?.sql ?? "$2::text IS NULL"}`,
    [id, area?.param ?? null],
  );
  return row;
}
