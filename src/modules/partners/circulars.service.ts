/**
 * The circular letter campaign (surat edaran): a letter asking companies to cover workers, sent to
 * a set of companies; each company's answer (willing, declined, considering) with its day, the day
 * to contact it next, and the campaign's figures. A company that has not answered is due for a call
 * on the answer-by day; a follow-up day, once set, takes its place.
 */
import { UserError } from "../../common/errors.ts";
import type { Db } from "../../core/db.ts";
import { type AuditContext, recordAudit } from "../audit/audit.service.ts";
import { localToday } from "../public-check/public-check.service.ts";
import * as repo from "./circulars.repository.ts";
import { missingCompanies } from "./companies.repository.ts";
import {
  type Answer,
  addDays,
  answers,
  changes,
  checkDay,
  checkWithin,
  required,
  text,
} from "./partners-rules.ts";

export type {
  Circular,
  CircularRow,
  CircularSummary,
  FollowUpRow,
  RecipientRow,
} from "./circulars.repository.ts";

export interface CircularInput {
  number?: string;
  title?: string;
  sentOn?: string;
  /** null: no answer-by day. */
  answerBy?: string | null;
}

function circularFields(input: CircularInput, stored?: repo.CircularFields): repo.CircularFields {
  const answerBy = input.answerBy === undefined ? (stored?.answerBy ?? null) : input.answerBy;
  const f = {
    number: required(input.number ?? stored?.number, "number", 100),
    title: required(input.title ?? stored?.title, "title", 300),
    sentOn: checkDay(required(input.sentOn ?? stored?.sentOn, "sentOn")),
    answerBy: answerBy === null ? null : checkDay(answerBy),
  };
  if (f.answerBy !== null && f.answerBy < f.sentOn)
    throw new UserError("circular_answer_by_invalid", { answerBy: f.answerBy, sentOn: f.sentOn });
  return f;
}

function checkCompanyIds(ids: number[]): number[] {
  const unique = [...new Set(ids)];
  if (unique.length > 5_000) throw new UserError("circular_too_many_companies", { max: 5_000 });
  return unique;
}

export interface CircularDetail {
  circular: repo.CircularRow;
  /** Every company it was sent to, by name, with its answer and next contact day. */
  recipients: repo.RecipientRow[];
}

export async function listCirculars({
  db,
  today = localToday(),
}: {
  db: Db;
  today?: string;
}): Promise<repo.CircularRow[]> {
  return repo.listCirculars(db, today);
}

export async function showCircular({
  db,
  id,
  today = localToday(),
}: {
  db: Db;
  id: number;
  today?: string;
}): Promise<CircularDetail> {
  const [circular] = await repo.listCirculars(db, today, id);
  if (!circular) throw new UserError("circular_not_found", { id });
  return { circular, recipients: await repo.listRecipients(db, { circularId: id }, today) };
}

/** A new circular, sent on its day to the companies given (more can be added later). */
export async function addCircular({
  db,
  input,
  companyIds = [],
  audit,
  today = localToday(),
}: {
  db: Db;
  input: CircularInput;
  companyIds?: number[];
  audit: AuditContext;
  today?: string;
}): Promise<CircularDetail> {
  const fields = circularFields(input);
  const ids = checkCompanyIds(companyIds);
  const id = await db.transaction(async (tx) => {
    const missing = await missingCompanies(tx, ids);
    if (missing.length > 0) throw new UserError("company_not_found", { id: missing.join(", ") });
    const added = await repo.insertCircular(tx, fields, audit.actor);
    if (added === null) throw new UserError("circular_exists", { number: fields.number });
    const sent = await repo.addRecipients(tx, added, ids, fields.sentOn, audit.actor);
    await recordAudit(tx, audit, "partner_circular_add", null, {
      circular: added,
      ...fields,
      companies: sent,
    });
    return added;
  });
  return showCircular({ db, id, today });
}

export async function updateCircular({
  db,
  id,
  input,
  audit,
  today = localToday(),
}: {
  db: Db;
  id: number;
  input: CircularInput;
  audit: AuditContext;
  today?: string;
}): Promise<CircularDetail & { changed: boolean }> {
  const changed = await db.transaction(async (tx) => {
    const stored = await repo.findCircular(tx, id, true);
    if (!stored) throw new UserError("circular_not_found", { id });
    const fields = circularFields(input, stored);
    const diff = changes(circularFields({}, stored), fields);
    if (Object.keys(diff.after).length === 0) return false;
    if (!(await repo.updateCircular(tx, id, fields, stored.sentOn)))
      throw new UserError("circular_exists", { number: fields.number });
    await recordAudit(tx, audit, "partner_circular_update", null, { circular: id, ...diff });
    return true;
  });
  return { ...(await showCircular({ db, id, today })), changed };
}

/** Sends the circular to more companies (on `sentOn`, default its own day); those that have it are left. */
export async function sendCircular({
  db,
  id,
  companyIds,
  sentOn,
  audit,
}: {
  db: Db;
  id: number;
  companyIds: number[];
  sentOn?: string | null;
  audit: AuditContext;
}): Promise<{ circular: number; added: number[]; already: number[] }> {
  const ids = checkCompanyIds(companyIds);
  if (ids.length === 0) throw new UserError("circular_companies_missing");
  return db.transaction(async (tx) => {
    const circular = await repo.findCircular(tx, id, true);
    if (!circular) throw new UserError("circular_not_found", { id });
    const day = sentOn ? checkDay(sentOn) : circular.sentOn;
    if (day < circular.sentOn) throw new UserError("circular_sent_before", { day, sentOn: circular.sentOn });
    const missing = await missingCompanies(tx, ids);
    if (missing.length > 0) throw new UserError("company_not_found", { id: missing.join(", ") });
    const added = await repo.addRecipients(tx, id, ids, day, audit.actor);
    if (added.length > 0)
      await recordAudit(tx, audit, "partner_circular_send", null, {
        circular: id,
        sentOn: day,
        companies: added,
      });
    return { circular: id, added, already: ids.filter((i) => !added.includes(i)).sort((a, b) => a - b) };
  });
}

async function lockedRecipient(tx: Db, circularId: number, companyId: number, today: string) {
  const found = await repo.findRecipient(tx, circularId, companyId, today, true);
  if (!found) {
    if (!(await repo.findCircular(tx, circularId)))
      throw new UserError("circular_not_found", { id: circularId });
    throw new UserError("recipient_not_found", { circular: circularId, company: companyId });
  }
  return found;
}

/**
 * Records (or corrects) a company's answer and its day. An answer is a fresh contact: the follow-up
 * day becomes the one given, none when none is.
 */
export async function recordAnswer({
  db,
  circularId,
  companyId,
  answer,
  on,
  followUpOn = null,
  notes,
  audit,
  today = localToday(),
}: {
  db: Db;
  circularId: number;
  companyId: number;
  answer: Answer;
  /** The day the company answered. */
  on: string;
  followUpOn?: string | null;
  /** Replaces the note; undefined keeps it. */
  notes?: string | null;
  audit: AuditContext;
  today?: string;
}): Promise<repo.RecipientRow> {
  if (!answers.includes(answer))
    throw new UserError("circular_answer_unknown", { answer, answers: answers.join(", ") });
  checkDay(on);
  if (on > today) throw new UserError("circular_answer_in_future", { on, today });
  if (followUpOn !== null) checkDay(followUpOn);
  if (followUpOn !== null && followUpOn < on)
    throw new UserError("circular_follow_up_before", { day: followUpOn, after: on });
  const note = notes === undefined ? undefined : text(notes, "notes", 1000);
  return db.transaction(async (tx) => {
    const before = await lockedRecipient(tx, circularId, companyId, today);
    if (on < before.sentOn) throw new UserError("circular_answer_before_sent", { on, sentOn: before.sentOn });
    const next = { answer, answeredOn: on, followUpOn, notes: note === undefined ? before.notes : note };
    await repo.setAnswer(tx, circularId, companyId, next, audit.actor);
    await recordAudit(tx, audit, "partner_circular_answer", null, {
      circular: circularId,
      company: companyId,
      code: before.companyCode,
      ...next,
      before: {
        answer: before.answer,
        answeredOn: before.answeredOn,
        followUpOn: before.followUpOn,
        notes: before.notes,
      },
    });
    return (await repo.findRecipient(tx, circularId, companyId, today))!;
  });
}

/** Sets (or clears, with null) the day a company is to be contacted next about a circular. */
export async function setFollowUp({
  db,
  circularId,
  companyId,
  on,
  notes,
  audit,
  today = localToday(),
}: {
  db: Db;
  circularId: number;
  companyId: number;
  on: string | null;
  /** Replaces the note; undefined keeps it. */
  notes?: string | null;
  audit: AuditContext;
  today?: string;
}): Promise<repo.RecipientRow> {
  if (on !== null) checkDay(on);
  const note = notes === undefined ? undefined : text(notes, "notes", 1000);
  return db.transaction(async (tx) => {
    const before = await lockedRecipient(tx, circularId, companyId, today);
    if (on !== null && on < before.sentOn)
      throw new UserError("circular_follow_up_before", { day: on, after: before.sentOn });
    const notesAfter = note === undefined ? before.notes : note;
    if (on === before.followUpOn && notesAfter === before.notes) return before;
    await repo.setFollowUp(tx, circularId, companyId, on, notesAfter, audit.actor);
    await recordAudit(tx, audit, "partner_circular_follow_up", null, {
      circular: circularId,
      company: companyId,
      code: before.companyCode,
      followUpOn: on,
      notes: notesAfter,
      before: { followUpOn: before.followUpOn, notes: before.notes },
    });
    return (await repo.findRecipient(tx, circularId, companyId, today))!;
  });
}

/**
 * Companies to contact on or before today + `within` days (default 0: due today or overdue), overdue
 * first: a follow-up set, or an answer asked for by a day that came without one.
 */
export async function listFollowUps({
  db,
  within = 0,
  today = localToday(),
}: {
  db: Db;
  within?: number;
  today?: string;
}): Promise<{ today: string; within: number; followUps: repo.FollowUpRow[] }> {
  checkWithin(within);
  return { today, within, followUps: await repo.listFollowUps(db, today, addDays(today, within)) };
}
