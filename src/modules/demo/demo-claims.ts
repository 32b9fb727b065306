/**
 * Three deaths of demo members, reported as the village or the family would report them, each at
 * another step of its claim: one of an earlier year paid (family, heirs, every document accepted,
 * submitted, paid), a work death of this year submitted to BPJS, and a recent death in the demo
 * operator's kecamatan still a draft, waiting for its documents. Reporting a death ends the
 * membership, as it does for a village's report.
 */
import type { Db } from "../../core/db.ts";
import type { AuditContext } from "../audit/audit.service.ts";
import { chooseHeirs, claimDetail, moveClaim } from "../claims/claims.service.ts";
import { sampleFiles } from "../claims/claims-fixture.ts";
import { checkDocument, uploadDocument } from "../claims/documents.service.ts";
import { addFamilyMember, reportEvent } from "../claims/events.service.ts";
import type { Relation } from "../claims/heirs.ts";
import { femaleGivenNames, femaleSecondNames, maleGivenNames, maleSecondNames } from "./names.ts";
import { deriveSeed, Random } from "./population.ts";

export interface DemoClaim {
  claim: number;
  type: string;
  status: string;
  date: string;
}

interface Member {
  membership: number;
  nik: string;
  sex: "L" | "P" | null;
  birth_date: string | null;
}

/** Members of a year's regency (APBD) cover, drawn in a seeded order, each at most once. */
function memberPicker(db: Db, random: Random) {
  const taken = new Set<string>();
  return async (year: number, where = "true", params: unknown[] = []): Promise<Member | null> => {
    const members = await db.query<Member>(
      `SELECT m.id AS membership, m.nik, p.sex, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date
       FROM memberships m JOIN persons p ON p.id = m.person_id JOIN funders f ON f.id = m.funder_id
       WHERE m.status = 'active' AND f.type = 'apbd' AND m.start_month = $1::date AND ${where}
       ORDER BY m.id`,
      [`${year}-01-01`, ...params],
    );
    const free = members.filter((m) => !taken.has(m.nik));
    if (free.length === 0) return null;
    const member = free[Math.floor(random.next() * free.length)];
    taken.add(member.nik);
    return member;
  };
}

/** A death of an earlier year, its claim paid: reported before the next year's plan ranks anyone. */
export async function addPaidClaim({
  db,
  year,
  seed,
  audit,
}: {
  db: Db;
  year: number;
  seed: number;
  audit: AuditContext;
}): Promise<DemoClaim[]> {
  const random = new Random(deriveSeed(seed, "claims-paid"));
  const member = await memberPicker(db, random)(year);
  if (!member) return [];
  const date = `${year}-08-14`;
  const reported = await reportEvent({
    db,
    input: {
      nik: member.nik,
      kind: "death",
      date,
      workRelated: false,
      cause: "Sakit (stroke)",
      reportedBy: "village",
      reporter: "Sekretaris Desa",
    },
    audit,
  });
  await addFamily(db, reported, member, date, random, audit);
  await completeDocuments(db, reported.claimId, audit);
  await moveClaim({ db, id: reported.claimId, move: { to: "documents_complete" }, audit });
  const reference = `KLM-${year}-${String(reported.claimId).padStart(6, "0")}`;
  await moveClaim({
    db,
    id: reported.claimId,
    move: { to: "submitted", on: `${year}-09-01`, reference },
    audit,
  });
  await moveClaim({
    db,
    id: reported.claimId,
    move: { to: "paid", amount: reported.expected, on: `${year}-09-22` },
    audit,
  });
  return [{ claim: reported.claimId, type: reported.type, status: "paid", date }];
}

/** This year's deaths: a fisher's at sea, submitted to BPJS; a recent one in the operator's kecamatan, a draft. */
export async function addOpenClaims({
  db,
  year,
  today,
  operatorKecamatan,
  seed,
  audit,
}: {
  db: Db;
  year: number;
  today: string;
  operatorKecamatan: string;
  seed: number;
  audit: AuditContext;
}): Promise<DemoClaim[]> {
  const random = new Random(deriveSeed(seed, "claims-open"));
  const pick = memberPicker(db, random);
  const daysAgo = (n: number) => {
    const day = new Date(`${today}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - n);
    // within this year's cover, and never after today
    return [day.toISOString().slice(0, 10), `${year}-01-02`, today].sort()[1];
  };
  const claims: DemoClaim[] = [];

  const fisher = (await pick(year, "upper(p.occupation) LIKE 'NELAYAN%'")) ?? (await pick(year));
  if (fisher) {
    const date = daysAgo(50);
    const reported = await reportEvent({
      db,
      input: {
        nik: fisher.nik,
        kind: "death",
        date,
        workRelated: true,
        cause: "Perahu terbalik diterjang ombak saat melaut",
        place: "Perairan utara Kabupaten Tangerang",
        reportedBy: "village",
        reporter: "Kepala Desa",
      },
      audit,
    });
    await addFamily(db, reported, fisher, date, random, audit);
    await completeDocuments(db, reported.claimId, audit);
    await moveClaim({ db, id: reported.claimId, move: { to: "documents_complete" }, audit });
    const reference = `KLM-${year}-${String(reported.claimId).padStart(6, "0")}`;
    await moveClaim({
      db,
      id: reported.claimId,
      move: { to: "submitted", on: daysAgo(30), reference },
      audit,
    });
    claims.push({ claim: reported.claimId, type: reported.type, status: "submitted", date });
  }

  const neighbour = (await pick(year, "p.kecamatan_code = $2", [operatorKecamatan])) ?? (await pick(year));
  if (neighbour) {
    const date = daysAgo(5);
    const reported = await reportEvent({
      db,
      input: {
        nik: neighbour.nik,
        kind: "death",
        date,
        workRelated: false,
        cause: "Sakit",
        reportedBy: "family",
        reporter: "Anak almarhum",
      },
      audit,
    });
    await addFamily(db, reported, neighbour, date, random, audit);
    claims.push({ claim: reported.claimId, type: reported.type, status: "draft", date });
  }
  return claims;
}

/** The family from the KK: a spouse and one or two children, and the heirs the rule proposes. */
async function addFamily(
  db: Db,
  { eventId, claimId }: { eventId: number; claimId: number },
  member: Member,
  died: string,
  random: Random,
  audit: AuditContext,
) {
  const born = Number((member.birth_date ?? "1980-01-01").slice(0, 4));
  const name = (female: boolean) =>
    female
      ? `${random.pick(femaleGivenNames)} ${random.pick(femaleSecondNames)}`
      : `${random.pick(maleGivenNames)} ${random.pick(maleSecondNames)}`;
  const family: { relation: Relation; female: boolean; year: number }[] = [
    { relation: "spouse", female: member.sex !== "P", year: born + random.int(-3, 4) },
    { relation: "child", female: random.chance(0.5), year: born + random.int(22, 30) },
  ];
  if (random.chance(0.6))
    family.push({ relation: "child", female: random.chance(0.5), year: born + random.int(31, 36) });
  for (const f of family) {
    const birthDate = `${Math.min(f.year, Number(died.slice(0, 4)) - 1)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
    await addFamilyMember({
      db,
      eventId,
      member: { name: name(f.female), relation: f.relation, birthDate },
      audit,
    });
  }
  await chooseHeirs({ db, id: claimId, audit });
}

/** Every document of the claim's checklist uploaded (a one-page sample PDF) and accepted. */
async function completeDocuments(db: Db, claimId: number, audit: AuditContext) {
  const { checklist } = await claimDetail({ db, id: claimId, lang: "id", audit });
  for (const item of checklist) {
    const saved = await uploadDocument({
      db,
      claimId,
      code: item.code,
      filename: `${item.code}.pdf`,
      content: sampleFiles.pdf,
      audit,
    });
    await checkDocument({ db, claimId, documentId: saved.id, status: "accepted", audit });
  }
}
