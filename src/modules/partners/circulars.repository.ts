import type { Db } from "../../core/db.ts";
import { isoDay, isoMoment } from "../../core/sql-time.ts";
import { nextContact } from "./companies.repository.ts";
import type { Answer } from "./partners-rules.ts";

export interface Circular {
  id: number;
  number: string;
  title: string;
  sentOn: string;
  /** The day answers are asked for; null: none named. */
  answerBy: string | null;
  createdBy: string;
  createdAt: string;
}

export type CircularFields = Pick<Circular, "number" | "title" | "sentOn" | "answerBy">;

/** A campaign's figures: letters sent, answers by kind, contacts due. */
export interface CircularSummary {
  sent: number;
  answered: number;
  willing: number;
  declined: number;
  considering: number;
  noAnswer: number;
  /** Contacts whose day has passed, and those due today. */
  overdue: number;
  due: number;
}

export interface CircularRow extends Circular {
  summary: CircularSummary;
}

/** One company's letter: its answer and the day it is next to be contacted. */
export interface RecipientRow {
  circularId: number;
  circularNumber: string;
  circularTitle: string;
  answerBy: string | null;
  companyId: number;
  companyCode: string;
  companyName: string;
  contactName: string | null;
  contactPhone: string | null;
  sentOn: string;
  answer: Answer | null;
  answeredOn: string | null;
  followUpOn: string | null;
  notes: string | null;
  updatedBy: string;
  updatedAt: string;
  /** The follow-up day, else (no answer yet) the answer-by day; null: nothing to do. */
  nextContact: string | null;
  nextReason: "follow_up" | "answer_by" | null;
  /** Against today: overdue (past), due (today), upcoming (later). */
  status: "overdue" | "due" | "upcoming" | null;
  /** Days past the contact day (overdue only; else 0). */
  daysLate: number;
}

export type FollowUpRow = RecipientRow;

const circularColumns = `c.id, c.number, c.title, ${isoDay("c.sent_on")} AS "sentOn", ${isoDay("c.answer_by")} AS "answerBy",
  c.created_by AS "createdBy", ${isoMoment("c.created_at")} AS "createdAt"`;

/** Recipients joined to their circular `c` and company `co`, with `$1` as today. */
const recipientColumns = `r.circular_id AS "circularId", c.number AS "circularNumber", c.title AS "circularTitle",
  ${isoDay("c.answer_by")} AS "answerBy", r.company_id AS "companyId", co.code AS "companyCode",
  co.name AS "companyName", co.contact_name AS "contactName", co.contact_phone AS "contactPhone",
  ${isoDay("r.sent_on")} AS "sentOn", r.answer, ${isoDay("r.answered_on")} AS "answeredOn",
  ${isoDay("r.follow_up_on")} AS "followUpOn", r.notes, r.updated_by AS "updatedBy",
  ${isoMoment("r.updated_at")} AS "updatedAt", ${isoDay(nextContact)} AS "nextContact",
  CASE WHEN r.follow_up_on IS NOT NULL THEN 'follow_up' WHEN r.answer IS NULL AND c.answer_by IS NOT NULL
    THEN 'answer_by' END AS "nextReason",
  CASE WHEN ${nextContact} < $1::date THEN 'overdue' WHEN ${nextContact} = $1::date THEN 'due'
    WHEN ${nextContact} IS NOT NULL THEN 'upcoming' END AS status,
  greatest(0, coalesce($1::date - ${nextContact}, 0))::int AS "daysLate"`;

const recipientsFrom = `circular_recipients r JOIN circulars c ON c.id = r.circular_id
  JOIN companies co ON co.id = r.company_id`;

export async function findCircular(db: Db, id: number, lock = false): Promise<Circular | null> {
  const rows = await db.query<Circular>(
    `SELECT ${circularColumns} FROM circulars c WHERE c.id = $1${lock ? " FOR UPDATE" : ""}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Circulars with their figures on `today`, latest sent first (or the one asked for). */
export async function listCirculars(db: Db, today: string, id?: number): Promise<CircularRow[]> {
  const rows = await db.query<Circular & CircularSummary>(
    `SELECT ${circularColumns}, count(r.company_id)::int AS sent, count(r.answer)::int AS answered,
       count(*) FILTER (WHERE r.answer = 'willing')::int AS willing,
       count(*) FILTER (WHERE r.answer = 'declined')::int AS declined,
       count(*) FILTER (WHERE r.answer = 'considering')::int AS considering,
       count(*) FILTER (WHERE r.company_id IS NOT NULL AND r.answer IS NULL)::int AS "noAnswer",
       count(*) FILTER (WHERE ${nextContact} < $1::date)::int AS overdue,
       count(*) FILTER (WHERE ${nextContact} = $1::date)::int AS due
     FROM circulars c LEFT JOIN circular_recipients r ON r.circular_id = c.id
     WHERE $2::bigint IS NULL OR c.id = $2
     GROUP BY c.id ORDER BY c.sent_on DESC, c.id DESC`,
    [today, id ?? null],
  );
  return rows.map(({ sent, answered, willing, declined, considering, noAnswer, overdue, due, ...c }) => ({
    ...c,
    summary: { sent, answered, willing, declined, considering, noAnswer, overdue, due },
  }));
}

/** The letters of a circular (by company name) or of a company (latest first). */
export async function listRecipients(
  db: Db,
  by: { circularId?: number; companyId?: number },
  today: string,
): Promise<RecipientRow[]> {
  return db.query<RecipientRow>(
    `SELECT ${recipientColumns} FROM ${recipientsFrom}
     WHERE ($2::bigint IS NULL OR r.circular_id = $2) AND ($3::bigint IS NULL OR r.company_id = $3)
     ORDER BY ${by.circularId !== undefined ? "co.name, co.id" : "r.sent_on DESC, c.id DESC"}`,
    [today, by.circularId ?? null, by.companyId ?? null],
  );
}

export async function findRecipient(
  db: Db,
  circularId: number,
  companyId: number,
  today: string,
  lock = false,
): Promise<RecipientRow | null> {
  const rows = await db.query<RecipientRow>(
    `SELECT ${recipientColumns} FROM ${recipientsFrom} WHERE r.circular_id = $2 AND r.company_id = $3
     ${lock ? "FOR UPDATE OF r" : ""}`,
    [today, circularId, companyId],
  );
  return rows[0] ?? null;
}

/** Contacts whose day is on or before `until`: overdue first, then by day and company. */
export async function listFollowUps(
  db: Db,
  today: string,
  until: string,
  companyId?: number,
): Promise<FollowUpRow[]> {
  return db.query<FollowUpRow>(
    `SELECT ${recipientColumns} FROM ${recipientsFrom}
     WHERE ${nextContact} <= $2::date AND ($3::bigint IS NULL OR r.company_id = $3)
     ORDER BY ${nextContact}, co.name, c.id`,
    [today, until, companyId ?? null],
  );
}

/** Adds a circular; null when its number is taken. */
export async function insertCircular(db: Db, f: CircularFields, by: string): Promise<number | null> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO circulars (number, title, sent_on, answer_by, created_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (number) DO NOTHING RETURNING id`,
    [f.number, f.title, f.sentOn, f.answerBy, by],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

/** Changes a circular; false when another has the number. Letters sent with it move with its day. */
export async function updateCircular(
  db: Db,
  id: number,
  f: CircularFields,
  sentBefore: string,
): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    `UPDATE circulars SET number = $2, title = $3, sent_on = $4, answer_by = $5
     WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM circulars o WHERE o.number = $2 AND o.id <> $1) RETURNING id`,
    [id, f.number, f.title, f.sentOn, f.answerBy],
  );
  if (rows.length === 0) return false;
  await db.query("UPDATE circular_recipients SET sent_on = $3 WHERE circular_id = $1 AND sent_on = $2", [
    id,
    sentBefore,
    f.sentOn,
  ]);
  return true;
}

/** Sends the circular to these companies; those that have it already are left. Answers the added. */
export async function addRecipients(
  db: Db,
  circularId: number,
  companyIds: number[],
  sentOn: string,
  by: string,
): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO circular_recipients (circular_id, company_id, sent_on, updated_by)
     SELECT $1, i, $3, $4 FROM unnest($2::bigint[]) i
     ON CONFLICT (circular_id, company_id) DO NOTHING RETURNING company_id AS id`,
    [circularId, companyIds, sentOn, by],
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

export async function setAnswer(
  db: Db,
  circularId: number,
  companyId: number,
  a: { answer: Answer; answeredOn: string; followUpOn: string | null; notes: string | null },
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE circular_recipients SET answer = $3, answered_on = $4, follow_up_on = $5, notes = $6, updated_by = $7,
       updated_at = now()
     WHERE circular_id = $1 AND company_id = $2`,
    [circularId, companyId, a.answer, a.answeredOn, a.followUpOn, a.notes, by],
  );
}

export async function setFollowUp(
  db: Db,
  circularId: number,
  companyId: number,
  followUpOn: string | null,
  notes: string | null,
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE circular_recipients SET follow_up_on = $3, notes = $4, updated_by = $5, updated_at = now()
     WHERE circular_id = $1 AND company_id = $2`,
    [circularId, companyId, followUpOn, notes, by],
  );
}
