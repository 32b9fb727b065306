import { CopyBuffer, copyText, N, parseCopyLine } from "../../core/copy.ts";
import type { Db } from "../../core/db.ts";
import { inlineParams } from "../../core/sql-literal.ts";
import type { EligibilityRules } from "../eligibility/eligibility.repository.ts";
import { reasonCodes } from "../eligibility/eligibility.service.ts";
import { verdictSql } from "../ranking/ranking.service.ts";
import type { Profile } from "./windows.ts";

export interface PlanRow {
  id: number;
  status: "draft" | "approved" | "superseded";
  from: string;
  to: string;
  revises: number | null;
  summary: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

const columns = `id, status, to_char(period_from, 'YYYY-MM') AS "from", to_char(period_to, 'YYYY-MM') AS "to",
  revises, summary, created_by AS "createdBy", created_at AS "createdAt", approved_by AS "approvedBy",
  approved_at AS "approvedAt"`;

/** The eligible persons in rank order, held compactly: a million take a few tens of megabytes. */
export interface Candidates {
  ids: Float64Array;
  tiers: Int8Array;
  desils: Int8Array;
  profileOf: Int32Array;
  profiles: Profile[];
  /** Persons not eligible, per reason (a person with two reasons counts under both). */
  excluded: Record<string, number>;
}

/**
 * One pass over the persons: the eligible in rank order, then the others, whose reasons are only
 * counted. COPY takes no parameters, so the rules are written into the query as literals.
 */
export async function rankCandidates(
  tx: Db,
  rules: EligibilityRules,
  regencyCode: string,
  from: string,
): Promise<Candidates> {
  const verdicts = verdictSql(rules, regencyCode, from, 1);
  const query = inlineParams(
    `SELECT id, tier, desil, kecamatan_code, desa_code, upper(coalesce(occupation, '')), reasons
     FROM (${verdicts.sql}) v ORDER BY CASE WHEN cardinality(reasons) = 0 THEN rank_key END NULLS LAST`,
    verdicts.params,
  );
  const ids: number[] = [];
  const tiers: number[] = [];
  const desils: number[] = [];
  const profileOf: number[] = [];
  const profiles: Profile[] = [];
  const profileIndex = new Map<string, number>();
  const excluded: Record<string, number> = Object.fromEntries(reasonCodes.map((code) => [code, 0]));
  for await (const chunk of tx.copyTo(query)) {
    for (const line of chunk.split("\n")) {
      if (!line) continue;
      // id, tier, desil | kecamatan, desa, occupation (the profile, kept as one key) | reasons
      const t1 = line.indexOf("\t");
      const t2 = line.indexOf("\t", t1 + 1);
      const t3 = line.indexOf("\t", t2 + 1);
      const last = line.lastIndexOf("\t");
      const reasons = line.slice(last + 1);
      if (reasons !== "{}") {
        for (const reason of reasons.slice(1, -1).split(",")) excluded[reason]++;
        continue;
      }
      const key = line.slice(t3 + 1, last);
      let profile = profileIndex.get(key);
      if (profile === undefined) {
        const [kecamatan, desa, occupation] = parseCopyLine(key);
        profile = profiles.length;
        profileIndex.set(key, profile);
        profiles.push({ desa: desa ?? "", kecamatan: kecamatan ?? "", occupation: occupation ?? "" });
      }
      const desil = line.slice(t2 + 1, t3);
      ids.push(Number(line.slice(0, t1)));
      tiers.push(Number(line.slice(t1 + 1, t2)));
      desils.push(desil === N ? -1 : Number(desil));
      profileOf.push(profile);
    }
  }
  return {
    ids: Float64Array.from(ids),
    tiers: Int8Array.from(tiers),
    desils: Int8Array.from(desils),
    profileOf: Int32Array.from(profileOf),
    profiles,
    excluded,
  };
}

export async function insertPlan(
  tx: Db,
  plan: { from: string; to: string; revises: number | null; summary: object; by: string },
): Promise<PlanRow> {
  const [row] = await tx.query<PlanRow>(
    `INSERT INTO plans (period_from, period_to, revises, summary, created_by)
     VALUES (($1 || '-01')::date, ($2 || '-01')::date, $3, $4, $5) RETURNING ${columns}`,
    [plan.from, plan.to, plan.revises, JSON.stringify(plan.summary), plan.by],
  );
  return row;
}

/** COPY lines as UTF-8 in chunks of 50,000 rows, made as they are sent. */
function* chunked(count: number, line: (i: number) => string): Generator<Uint8Array> {
  const buffer = new CopyBuffer();
  for (let i = 0; i < count; i++) {
    buffer.append(line(i));
    if (buffer.rows === 50_000) yield buffer.take();
  }
  if (buffer.rows > 0) yield buffer.take();
}

export async function savePersons(
  tx: Db,
  planId: number,
  regencyCode: string,
  c: Candidates,
  cover: { months: Uint8Array; cost: Float64Array; shortSpell: Uint8Array; gap: Uint8Array },
): Promise<void> {
  const t = (b: number) => (b ? "t" : "f");
  const areas = c.profiles.map(
    (p) => `${copyText(regencyCode)}\t${copyText(p.kecamatan || null)}\t${copyText(p.desa || null)}`,
  );
  await tx.copyFrom(
    `COPY plan_persons (plan_id, person_id, rank, tier, desil, regency_code, kecamatan_code, desa_code, months,
       cost, short_spell, gap) FROM STDIN`,
    chunked(c.ids.length, (i) => {
      const desil = c.desils[i] < 0 ? N : c.desils[i];
      return `${planId}\t${c.ids[i]}\t${i + 1}\t${c.tiers[i]}\t${desil}\t${areas[c.profileOf[i]]}\t${cover.months[i]}\t${cover.cost[i]}\t${t(cover.shortSpell[i])}\t${t(cover.gap[i])}\n`;
    }),
  );
}

/** Who pays for whom: `count` spells, the i-th as person id and its funder's columns. */
export async function saveSpells(
  tx: Db,
  planId: number,
  count: number,
  spell: (i: number) => { personId: number; funderId: number; from: string; to: string },
): Promise<void> {
  await tx.copyFrom(
    "COPY plan_spells (plan_id, person_id, funder_id, month_from, month_to) FROM STDIN",
    chunked(count, (i) => {
      const s = spell(i);
      return `${planId}\t${s.personId}\t${s.funderId}\t${s.from}-01\t${s.to}-01\n`;
    }),
  );
}

export async function saveFunders(
  tx: Db,
  planId: number,
  funders: { funderId: number; perPerson: number; capacity: number; allocated: number; cost: number }[],
): Promise<void> {
  for (const f of funders) {
    await tx.query(
      `INSERT INTO plan_funders (plan_id, funder_id, per_person, capacity, allocated, cost)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [planId, f.funderId, f.perPerson, f.capacity, f.allocated, f.cost],
    );
  }
}

export async function findPlan(db: Db, id: number): Promise<PlanRow | null> {
  const rows = await db.query<PlanRow>(`SELECT ${columns} FROM plans WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listPlans(db: Db): Promise<PlanRow[]> {
  return db.query<PlanRow>(`SELECT ${columns} FROM plans ORDER BY id DESC`);
}

/** Approved plans whose months overlap these, other than `except`. */
export async function overlappingApproved(db: Db, plan: PlanRow, except: number | null): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT id FROM plans WHERE status = 'approved' AND id <> $1 AND id IS DISTINCT FROM $2
       AND period_from <= ($4 || '-01')::date AND period_to >= ($3 || '-01')::date ORDER BY id`,
    [plan.id, except, plan.from, plan.to],
  );
  return rows.map((r) => r.id);
}

export async function setStatus(
  tx: Db,
  id: number,
  status: "approved" | "superseded",
  by: string | null,
): Promise<PlanRow> {
  const [row] = await tx.query<PlanRow>(
    `UPDATE plans SET status = $2,
       approved_by = CASE WHEN $2 = 'approved' THEN $3 ELSE approved_by END,
       approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END
     WHERE id = $1 RETURNING ${columns}`,
    [id, status, by],
  );
  return row;
}

export async function deleteDraft(tx: Db, id: number): Promise<void> {
  await tx.query("DELETE FROM plan_spells WHERE plan_id = $1", [id]);
  await tx.query("DELETE FROM plan_persons WHERE plan_id = $1", [id]);
  await tx.query("DELETE FROM plans WHERE id = $1", [id]);
}
