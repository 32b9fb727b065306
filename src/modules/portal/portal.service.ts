/**
 * The partner portal: what a CSR partner (a company paying from its CSR funds) may know of the
 * people it funds — counts and sums only, small counts hidden (suppression.ts). A partner sees its
 * own company; regency admins and auditors may look at any company to see what its partner sees.
 */
import { UserError } from "../../common/errors.ts";
import { isoDate } from "../../common/nik.ts";
import type { Db } from "../../core/db.ts";
import { localToday } from "../public-check/public-check.service.ts";
import type { User } from "../users/users.repository.ts";
import * as repo from "./portal.repository.ts";
import { breakdown, type Cell, cell, isSmall, type Money, money, threshold } from "./suppression.ts";

export type { Cell, Money } from "./suppression.ts";

/** Membership statuses in the order of a membership's life. */
export const membershipStatuses = ["registered", "active", "lapsed", "ended", "rejected"] as const;

export interface Portal {
  company: { code: string; name: string; sector: string | null };
  /** The data's date: people covered on this day; claims, invoices and payments up to it. */
  on: string;
  threshold: number;
  commitments: {
    id: number;
    mou: string | null;
    budget: number;
    workers: number;
    periodFrom: string;
    periodTo: string;
    kecamatan: string[];
    occupations: string[];
    /** Accepted by the regency as a funder, so its money can pay for cover. */
    accepted: boolean;
    covered: Cell;
  }[];
  people: { now: Cell; ever: Cell };
  byKecamatan: { code: string | null; name: string | null; covered: Cell }[];
  byOccupation: { occupation: string | null; covered: Cell }[];
  memberships: { status: (typeof membershipStatuses)[number]; count: Cell }[];
  claimsPaid: { claims: Cell; amount: Money };
  money: {
    budget: number;
    invoiced: Money;
    paid: Money;
    refunded: Money;
    /** (invoiced − refunded) ÷ budget, a fraction rounded to 4 places; null when hidden or no budget. */
    usedShare: number | null;
  };
}

/**
 * Whose portal the caller may see: a CSR partner its own company's (and may not name another),
 * a regency admin or an auditor the company it names; no other role.
 */
export async function portalCompanyFor(db: Db, user: User, requested?: string): Promise<repo.CompanyRow> {
  if (user.role === "csr_partner") {
    if (requested !== undefined) throw new UserError("portal_company_partner", { company: requested });
    const own = await repo.companyOfUser(db, user.id);
    if (!own) throw new UserError("portal_company_missing", { username: user.username });
    return own;
  }
  if (user.role !== "regency_admin" && user.role !== "auditor") {
    throw new UserError("forbidden_role", { role: user.role });
  }
  if (!requested) throw new UserError("portal_company_required");
  return findCompany(db, requested);
}

export async function findCompany(db: Db, code: string): Promise<repo.CompanyRow> {
  const company = await repo.findCompany(db, code);
  if (!company) throw new UserError("portal_company_not_found", { company: code });
  return company;
}

/** A yyyy-mm-dd day, or today when none is given; a 400 answer for a day that does not exist. */
export function portalDay(on: string | undefined, today = localToday()): string {
  if (on === undefined) return today;
  const [y, m, d] = on.split("-").map(Number);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(on) ? isoDate(y, m, d) : null;
  if (!day) throw new UserError("portal_day_invalid", { on });
  return day;
}

/** Everything the portal shows of one company on a day, suppressed. */
export async function portalOf(db: Db, company: repo.CompanyRow, on: string): Promise<Portal> {
  const [commitments, people, kecamatan, occupations, memberships, claims, cash] = await Promise.all([
    repo.listCommitments(db, company.id, on),
    repo.countPeople(db, company.id, on),
    repo.countByKecamatan(db, company.id, on),
    repo.countByOccupation(db, company.id, on),
    repo.countMemberships(db, company.id),
    repo.sumClaimsPaid(db, company.id, on),
    repo.sumMoney(db, company.id, on),
  ]);
  const committed = breakdown(commitments.map((c) => c.covered));
  const byKecamatan = breakdown(kecamatan.map((k) => k.count));
  const byOccupation = breakdown(occupations.map((o) => o.count));
  const byStatus = breakdown(membershipStatuses.map((s) => memberships[s] ?? 0));
  // Claims money goes to heirs: hidden when either the members or their heirs are few.
  const claimPeople = [claims.members, claims.heirs].find(isSmall) ?? claims.members;
  return {
    company: { code: company.code, name: company.name, sector: company.sector },
    on,
    threshold,
    commitments: commitments.map((c, i) => ({
      id: Number(c.id),
      mou: c.mou,
      budget: c.budget,
      workers: c.workers,
      periodFrom: c.period_from,
      periodTo: c.period_to,
      kecamatan: c.kecamatan,
      occupations: c.occupations,
      accepted: c.funder !== null,
      covered: committed[i],
    })),
    people: { now: cell(people.now), ever: cell(people.ever) },
    byKecamatan: kecamatan.map((k, i) => ({ code: k.code, name: k.name, covered: byKecamatan[i] })),
    byOccupation: occupations.map((o, i) => ({ occupation: o.occupation, covered: byOccupation[i] })),
    memberships: membershipStatuses.map((status, i) => ({ status, count: byStatus[i] })),
    claimsPaid: { claims: cell(claims.claims), amount: money(claims.amount, claimPeople) },
    money: {
      budget: cash.budget,
      invoiced: money(cash.invoiced, cash.people),
      paid: money(cash.paid, cash.people),
      refunded: money(cash.refunded, cash.people),
      usedShare:
        isSmall(cash.people) || cash.budget === 0
          ? null
          : Math.round(((cash.invoiced - cash.refunded) / cash.budget) * 10_000) / 10_000,
    },
  };
}
