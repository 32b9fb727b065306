import type { Db } from "../../core/db.ts";
import { isoDay, isoMoment } from "../../core/sql-time.ts";
import type { BenefitLine, BenefitRules, CoverDates } from "./benefits.ts";
import type { ClaimStatus, ClaimType } from "./claim-settings.ts";
import type { Scope } from "./claims-access.ts";

/** The benefit rules in force on a day (yyyy-mm-dd), or null before the first. */
export async function benefitRulesOn(
  db: Db,
  day: string,
): Promise<{ rules: BenefitRules; source: string } | null> {
  const [row] = await db.query<{ rules: BenefitRules; source: string }>(
    "SELECT rules, source FROM benefit_rules WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1",
    [day],
  );
  return row ?? null;
}

/** The person a report names (by a membership of theirs or by NIK), inside the area. */
export async function findPerson(
  db: Db,
  by: { membershipId?: number | null; nik?: string | null },
  scope: Scope,
): Promise<number | null> {
  const area = scope(3);
  const [row] = await db.query<{ id: number }>(
    `SELECT p.id FROM persons p
     WHERE (p.id = (SELECT person_id FROM memberships WHERE id = $1) OR p.nik = $2) AND ${area.sql}
     LIMIT 1`,
    [by.membershipId ?? null, by.nik ?? null, area.param],
  );
  return row?.id ?? null;
}

export interface CoverRow {
  membership_id: number;
  status: string;
  /** The start BPJS agreed; null while registered or rejected (no cover). */
  active_from: string | null;
  cover_to: string;
  ended_on: string | null;
  income: number;
}

/** The person's membership that covered the day, else their latest: the one a claim is made on. */
export async function coverOn(db: Db, personId: number, on: string): Promise<CoverRow | null> {
  const [row] = await db.query<CoverRow>(
    `SELECT m.id AS membership_id, m.status, ${isoDay("m.active_from")} AS active_from,
            ${isoDay("(m.end_month + interval '1 month' - interval '1 day')::date")} AS cover_to,
            ${isoDay("m.ended_on")} AS ended_on, pk.declared_income::float8 AS income
     FROM memberships m JOIN packages pk ON pk.code = m.package
     WHERE m.person_id = $1
     ORDER BY (m.active_from <= $2::date AND $2::date < m.end_month + interval '1 month'
               AND (m.ended_on IS NULL OR $2::date <= m.ended_on)) IS TRUE DESC,
              m.start_month DESC, m.id DESC
     LIMIT 1`,
    [personId, on],
  );
  return row ?? null;
}

/** A membership's dates as the benefit rules read them; one without an agreed start covers nothing. */
export function coverDates(row: CoverRow): CoverDates {
  return { activeFrom: row.active_from ?? "9999-12-31", coverTo: row.cover_to, endedOn: row.ended_on };
}

export interface NewClaim {
  eventId: number;
  type: ClaimType;
  payable: boolean;
  refusal: string | null;
  lines: BenefitLine[];
  expected: number;
  rulesSource: string;
  schoolYear?: number | null;
  children?: { familyMemberId: number; level: string }[] | null;
  by: string;
}

/** Opens a claim in draft, its first step recorded. */
export async function insertClaim(db: Db, claim: NewClaim): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO claims (event_id, type, payable, refusal, lines, expected, rules_source, school_year, children, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      claim.eventId,
      claim.type,
      claim.payable,
      claim.refusal,
      JSON.stringify(claim.lines),
      claim.expected,
      claim.rulesSource,
      claim.schoolYear ?? null,
      claim.children ? JSON.stringify(claim.children) : null,
      claim.by,
    ],
  );
  await addStep(db, row.id, "draft", claim.by, null);
  return row.id;
}

export async function addStep(
  db: Db,
  claimId: number,
  status: ClaimStatus,
  by: string,
  note: string | null,
): Promise<void> {
  await db.query("INSERT INTO claim_steps (claim_id, status, by, note) VALUES ($1, $2, $3, $4)", [
    claimId,
    status,
    by,
    note,
  ]);
}

export interface EventRow {
  id: number;
  person_id: number;
  membership_id: number | null;
  kind: "death" | "accident";
  event_date: string;
  work_related: boolean;
  cause: string | null;
  place: string | null;
  injury: string | null;
  days_unable: number | null;
  reported_by: string;
  reporter: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
}

/** An event inside the area, or undefined. */
export async function eventRow(db: Db, id: number, scope: Scope): Promise<EventRow | undefined> {
  const area = scope(2);
  const [row] = await db.query<EventRow>(
    `SELECT e.id, e.person_id, e.membership_id, e.kind, ${isoDay("e.event_date")} AS event_date, e.work_related,
            e.cause, e.place, e.injury, e.days_unable, e.reported_by, e.reporter, e.note, e.created_by,
            ${isoMoment("e.created_at")} AS created_at
     FROM claim_events e JOIN persons p ON p.id = e.person_id
     WHERE e.id = $1 AND ${area.sql}`,
    [id, area.param],
  );
  return row;
}

export interface FamilyRow {
  id: number;
  name: string;
  nik: string | null;
  relation: string;
  birth_date: string | null;
  deceased: boolean;
  married: boolean;
  working: boolean;
  phone: string | null;
}

export async function familyOf(db: Db, eventId: number): Promise<FamilyRow[]> {
  return db.query<FamilyRow>(
    `SELECT id, name, nik, relation, ${isoDay("birth_date")} AS birth_date, deceased, married, working, phone
     FROM family_members WHERE event_id = $1 ORDER BY id`,
    [eventId],
  );
}

export interface ClaimRow {
  id: number;
  event_id: number;
  person_id: number;
  type: ClaimType;
  status: ClaimStatus;
  status_since: string;
  days_in_step: number;
  payable: boolean;
  refusal: string | null;
  lines: BenefitLine[];
  expected: number;
  rules_source: string;
  school_year: number | null;
  children: { familyMemberId: number; level: string }[] | null;
  heir_group: string | null;
  heir_reason: string | null;
  bpjs_reference: string | null;
  submitted_on: string | null;
  paid_amount: number | null;
  paid_on: string | null;
  rejection_reason: string | null;
  created_by: string;
  created_at: string;
  name: string;
  nik: string | null;
  birth_date: string | null;
  desa: string | null;
  kecamatan: string | null;
  kind: "death" | "accident";
  event_date: string;
  heirs: string[];
  /** The ceremony it was handed over at, if any. */
  handover_id: number | null;
}

/** The columns every claim listing shows: the claim, its member and event, the heirs' names. */
const claimColumns = `c.id, c.event_id, e.person_id, c.type, c.status, ${isoMoment("c.status_since")} AS status_since,
  floor(extract(epoch FROM now() - c.status_since) / 86400)::int AS days_in_step,
  c.payable, c.refusal, c.lines, c.expected::float8 AS expected, c.rules_source, c.school_year, c.children,
  c.heir_group, c.heir_reason, c.bpjs_reference, ${isoDay("c.submitted_on")} AS submitted_on,
  c.paid_amount::float8 AS paid_amount, ${isoDay("c.paid_on")} AS paid_on, c.rejection_reason, c.created_by,
  ${isoMoment("c.created_at")} AS created_at, p.name, p.nik, ${isoDay("p.birth_date")} AS birth_date,
  d.name AS desa, k.name AS kecamatan, e.kind, ${isoDay("e.event_date")} AS event_date,
  (SELECT hc.handover_id FROM handover_claims hc WHERE hc.claim_id = c.id) AS handover_id,
  ARRAY(SELECT f.name FROM claim_heirs h JOIN family_members f ON f.id = h.family_member_id
        WHERE h.claim_id = c.id ORDER BY f.id) AS heirs`;
const claimJoins = `FROM claims c JOIN claim_events e ON e.id = c.event_id JOIN persons p ON p.id = e.person_id
  LEFT JOIN regions d ON d.code = p.desa_code LEFT JOIN regions k ON k.code = p.kecamatan_code`;

export async function claimRow(db: Db, id: number, scope: Scope): Promise<ClaimRow | undefined> {
  const area = scope(2);
  const [row] = await db.query<ClaimRow>(
    `SELECT ${claimColumns} ${claimJoins} WHERE c.id = $1 AND ${area.sql}`,
    [id, area.param],
  );
  return row;
}

/** A claim `c` has stayed in its step longer than the step's days (a JSON object at `$n`) allow. */
function overdueSql(n: number): string {
  return `COALESCE(c.status_since < now() - make_interval(days => ($${n}::jsonb ->> c.status)::int), false)`;
}

/** Claims of the area by type: all, paid and the rupiah paid; and how many are open or overdue. */
export async function countClaims(db: Db, stepDays: Partial<Record<ClaimStatus, number>>, scope: Scope) {
  const area = scope(2);
  return db.query<{
    type: ClaimType;
    claims: number;
    paid: number;
    paidAmount: number;
    open: number;
    overdue: number;
  }>(
    `SELECT c.type, count(*)::int AS claims, count(*) FILTER (WHERE c.status = 'paid')::int AS paid,
            COALESCE(sum(c.paid_amount) FILTER (WHERE c.status = 'paid'), 0)::float8 AS "paidAmount",
            count(*) FILTER (WHERE c.status NOT IN ('paid', 'rejected'))::int AS open,
            count(*) FILTER (WHERE ${overdueSql(1)})::int AS overdue
     ${claimJoins} WHERE ${area.sql} GROUP BY c.type ORDER BY c.type`,
    [JSON.stringify(stepDays), area.param],
  );
}

/** Claims by filter, overdue first then the longest waiting; `stepDays` decides overdue. */
export async function listClaims(
  db: Db,
  filter: {
    status?: ClaimStatus;
    type?: ClaimType;
    overdue?: boolean;
    handedOver?: boolean;
    stepDays: Partial<Record<ClaimStatus, number>>;
    offset: number;
    limit: number;
  },
  scope: Scope,
): Promise<{ rows: (ClaimRow & { overdue: boolean })[]; total: number }> {
  const area = scope(6);
  const overdue = overdueSql(5);
  const where = `WHERE ($1::text IS NULL OR c.status = $1) AND ($2::text IS NULL OR c.type = $2)
    AND ($3::boolean IS NULL OR ${overdue} = $3) AND ($4::boolean IS NULL OR EXISTS (SELECT 1 FROM handover_claims hc WHERE hc.claim_id = c.id) = $4)
    AND ${area.sql}`;
  const params = [
    filter.status ?? null,
    filter.type ?? null,
    filter.overdue ?? null,
    filter.handedOver ?? null,
    JSON.stringify(filter.stepDays),
    area.param,
  ];
  const rows = await db.query<ClaimRow & { overdue: boolean }>(
    `SELECT ${claimColumns}, ${overdue} AS overdue ${claimJoins} ${where}
     ORDER BY ${overdue} DESC, c.status IN ('paid', 'rejected'), c.status_since, c.id
     OFFSET $7 LIMIT $8`,
    [...params, filter.offset, filter.limit],
  );
  const [{ total }] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total ${claimJoins} ${where}`,
    params,
  );
  return { rows, total };
}

export async function stepsOf(db: Db, claimId: number) {
  return db.query<{ status: ClaimStatus; at: string; by: string; note: string | null; days: number | null }>(
    `SELECT status, ${isoMoment("at")} AS at, by, note,
            CASE WHEN status NOT IN ('paid', 'rejected') THEN
              floor(extract(epoch FROM COALESCE(lead(at) OVER (ORDER BY at, id), now()) - at) / 86400)::int
            END AS days
     FROM claim_steps WHERE claim_id = $1 ORDER BY at, id`,
    [claimId],
  );
}
