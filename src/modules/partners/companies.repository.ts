import type { Db } from "../../core/db.ts";
import { isoDay, isoMoment } from "../../core/sql-time.ts";
import type { Answer } from "./partners-rules.ts";

export interface Company {
  id: number;
  code: string;
  name: string;
  sector: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  createdBy: string;
  createdAt: string;
}

/** The fields a user writes; the rest Payung keeps. */
export type CompanyFields = Omit<Company, "id" | "code" | "createdBy" | "createdAt">;

export interface CompanyRow extends Company {
  mous: number;
  /** The last day of the MoU in force today, if one is. */
  activeMouUntil: string | null;
  commitments: number;
  /** All its commitments' budgets, and those accepted as funders (integer rupiah). */
  committedBudget: number;
  acceptedBudget: number;
  /** The latest circular it was sent, and its answer to it. */
  lastCircular: {
    id: number;
    number: string;
    sentOn: string;
    answer: Answer | null;
    answeredOn: string | null;
  } | null;
  /** The earliest day someone is to contact it about a circular (see circulars.repository). */
  nextFollowUp: string | null;
}

export interface CompanyFilter {
  /** Part of the name or code. */
  q?: string;
  /** Answered (or not) the circular given, else the latest circular each company was sent. */
  answered?: boolean;
  circular?: number;
  /** Has an MoU in force today, or not. */
  activeMou?: boolean;
  hasCommitments?: boolean;
}

export const companyColumns = `co.id, co.code, co.name, co.sector, co.address, co.contact_name AS "contactName",
  co.contact_phone AS "contactPhone", co.contact_email AS "contactEmail", co.created_by AS "createdBy",
  ${isoMoment("co.created_at")} AS "createdAt"`;

/** The day a recipient is next to be contacted: its follow-up, else (no answer yet) the answer-by day. */
export const nextContact = "coalesce(r.follow_up_on, CASE WHEN r.answer IS NULL THEN c.answer_by END)";

export async function findCompany(db: Db, id: number, lock = false): Promise<Company | null> {
  const rows = await db.query<Company>(
    `SELECT ${companyColumns} FROM companies co WHERE co.id = $1${lock ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findCompanyByCode(db: Db, code: string): Promise<Company | null> {
  const rows = await db.query<Company>(`SELECT ${companyColumns} FROM companies co WHERE co.code = $1`, [
    code,
  ]);
  return rows[0] ?? null;
}

/** Ids of these that are no company. */
export async function missingCompanies(db: Db, ids: number[]): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT i AS id FROM unnest($1::bigint[]) i WHERE NOT EXISTS (SELECT 1 FROM companies WHERE id = i)
     ORDER BY i`,
    [ids],
  );
  return rows.map((r) => Number(r.id));
}

/** Adds a company; null when the code is taken. */
export async function insertCompany(
  db: Db,
  code: string,
  f: CompanyFields,
  by: string,
): Promise<Company | null> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO companies (code, name, sector, address, contact_name, contact_phone, contact_email, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [code, f.name, f.sector, f.address, f.contactName, f.contactPhone, f.contactEmail, by],
  );
  return rows[0] ? findCompany(db, rows[0].id) : null;
}

export async function updateCompany(db: Db, id: number, f: CompanyFields): Promise<void> {
  await db.query(
    `UPDATE companies SET name = $2, sector = $3, address = $4, contact_name = $5, contact_phone = $6,
       contact_email = $7 WHERE id = $1`,
    [id, f.name, f.sector, f.address, f.contactName, f.contactPhone, f.contactEmail],
  );
}

/** Companies with their counts, filtered, by name. */
export async function listCompanies(db: Db, filter: CompanyFilter, today: string): Promise<CompanyRow[]> {
  const params: unknown[] = [today];
  const where: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.q) {
    const q = param(`%${filter.q.replace(/[\\%_]/g, "\\$&")}%`);
    where.push(`(co.name ILIKE ${q} OR co.code ILIKE ${q})`);
  }
  if (filter.answered !== undefined) {
    // The circular asked about, or each company's latest: it must have been sent one.
    const which =
      filter.circular !== undefined
        ? `r.circular_id = ${param(filter.circular)}`
        : `r.circular_id = (SELECT l.circular_id FROM circular_recipients l WHERE l.company_id = co.id
             ORDER BY l.sent_on DESC, l.circular_id DESC LIMIT 1)`;
    where.push(`EXISTS (SELECT 1 FROM circular_recipients r WHERE r.company_id = co.id AND ${which}
      AND (r.answer IS NOT NULL) = ${param(filter.answered)})`);
  } else if (filter.circular !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM circular_recipients r WHERE r.company_id = co.id AND r.circular_id = ${param(filter.circular)})`,
    );
  }
  if (filter.activeMou !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM mous m WHERE m.company_id = co.id AND m.valid_from <= $1::date
      AND m.valid_to >= $1::date) = ${param(filter.activeMou)}`);
  }
  if (filter.hasCommitments !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM commitments k WHERE k.company_id = co.id) = ${param(filter.hasCommitments)}`,
    );
  }
  return db.query<CompanyRow>(
    `SELECT ${companyColumns},
       (SELECT count(*)::int FROM mous m WHERE m.company_id = co.id) AS mous,
       (SELECT ${isoDay("max(m.valid_to)")} FROM mous m
        WHERE m.company_id = co.id AND m.valid_from <= $1::date AND m.valid_to >= $1::date) AS "activeMouUntil",
       (SELECT count(*)::int FROM commitments k WHERE k.company_id = co.id) AS commitments,
       (SELECT coalesce(sum(k.budget), 0)::bigint FROM commitments k WHERE k.company_id = co.id) AS "committedBudget",
       (SELECT coalesce(sum(k.budget), 0)::bigint FROM commitments k
        WHERE k.company_id = co.id AND k.funder_id IS NOT NULL) AS "acceptedBudget",
       (SELECT jsonb_build_object('id', c.id, 'number', c.number, 'sentOn', ${isoDay("r.sent_on")},
                 'answer', r.answer, 'answeredOn', ${isoDay("r.answered_on")})
        FROM circular_recipients r JOIN circulars c ON c.id = r.circular_id WHERE r.company_id = co.id
        ORDER BY r.sent_on DESC, c.id DESC LIMIT 1) AS "lastCircular",
       (SELECT ${isoDay(`min(${nextContact})`)} FROM circular_recipients r JOIN circulars c ON c.id = r.circular_id
        WHERE r.company_id = co.id) AS "nextFollowUp"
     FROM companies co
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY co.name, co.id`,
    params,
  );
}

export interface Mou {
  id: number;
  companyId: number;
  companyCode: string;
  companyName: string;
  number: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  /** Who signed, in order. */
  signatories: string[];
  createdBy: string;
  createdAt: string;
}

export type MouFields = Pick<Mou, "number" | "signedOn" | "validFrom" | "validTo" | "signatories">;

const mouColumns = `m.id, m.company_id AS "companyId", co.code AS "companyCode", co.name AS "companyName", m.number,
  ${isoDay("m.signed_on")} AS "signedOn", ${isoDay("m.valid_from")} AS "validFrom",
  ${isoDay("m.valid_to")} AS "validTo", m.signatories, m.created_by AS "createdBy",
  ${isoMoment("m.created_at")} AS "createdAt"`;

export async function findMou(db: Db, id: number, lock = false): Promise<Mou | null> {
  const rows = await db.query<Mou>(
    `SELECT ${mouColumns} FROM mous m JOIN companies co ON co.id = m.company_id WHERE m.id = $1
     ${lock ? "FOR UPDATE OF m" : ""}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function listMous(db: Db, companyId: number): Promise<Mou[]> {
  return db.query<Mou>(
    `SELECT ${mouColumns} FROM mous m JOIN companies co ON co.id = m.company_id WHERE m.company_id = $1
     ORDER BY m.valid_from DESC, m.id DESC`,
    [companyId],
  );
}

/** MoUs in force today whose last day is within `until` (inclusive), soonest first. */
export async function listExpiring(db: Db, today: string, until: string): Promise<Mou[]> {
  return db.query<Mou>(
    `SELECT ${mouColumns} FROM mous m JOIN companies co ON co.id = m.company_id
     WHERE m.valid_to >= $1::date AND m.valid_to <= $2::date AND m.valid_from <= $1::date
     ORDER BY m.valid_to, co.name, m.id`,
    [today, until],
  );
}

/** Adds an MoU; null when the company has one with this number. */
export async function insertMou(db: Db, companyId: number, f: MouFields, by: string): Promise<Mou | null> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO mous (company_id, number, signed_on, valid_from, valid_to, signatories, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (company_id, number) DO NOTHING RETURNING id`,
    [companyId, f.number, f.signedOn, f.validFrom, f.validTo, f.signatories, by],
  );
  return rows[0] ? findMou(db, rows[0].id) : null;
}

/** Changes an MoU; false when another MoU of the company has the number. */
export async function updateMou(db: Db, id: number, f: MouFields): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    `UPDATE mous SET number = $2, signed_on = $3, valid_from = $4, valid_to = $5, signatories = $6
     WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM mous o WHERE o.company_id = mous.company_id AND o.number = $2
       AND o.id <> $1)
     RETURNING id`,
    [id, f.number, f.signedOn, f.validFrom, f.validTo, f.signatories],
  );
  return rows.length > 0;
}
