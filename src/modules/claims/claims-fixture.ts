/**
 * Members for claims tests, written straight into the tables (the enrolment round trip is tested in
 * enrolment and invoices): a plan, a funder and one membership per member, with the dates a claim
 * case needs. Used by the claims tests of the services, the API and the browser.
 */
import type { Db } from "../../core/db.ts";

export interface FixtureMember {
  nik: string;
  name: string;
  /** yyyy-mm-dd; null: registered, not yet accepted */
  activeFrom: string | null;
  status?: "active" | "lapsed" | "registered";
  /** the day a lapsed membership's cover ended */
  endedOn?: string;
  /** a desa of kecamatan 36.03.08 by position (0: the first), so tests can probe two areas */
  desa?: number;
}

/** Inserts the members; answers their membership ids by NIK. */
export async function insertClaimMembers(db: Db, members: FixtureMember[]): Promise<Record<string, number>> {
  const desas = await db.query<{ code: string; parent_code: string }>(
    "SELECT code, parent_code FROM regions WHERE level = 4 AND parent_code = '36.03.08' ORDER BY code LIMIT 2",
  );
  const [funder] = await db.query<{ id: number }>(
    `INSERT INTO funders (code, name, type, bpjs_code, budget, period_from, period_to, package, created_by)
     VALUES ('apbd-klaim', 'APBD Kabupaten', 'apbd', 'SG', 1000000000, '2023-01-01', '2026-12-01', 'jkk-jkm', 'test')
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
  );
  const [plan] = await db.query<{ id: number }>(
    `INSERT INTO plans (period_from, period_to, status, summary, created_by)
     VALUES ('2023-01-01', '2026-12-01', 'approved', '{}', 'test') RETURNING id`,
  );
  const ids: Record<string, number> = {};
  for (const m of members) {
    const desa = desas[m.desa ?? 0];
    const [person] = await db.query<{ id: number }>(
      `INSERT INTO persons (nik, nik_valid, name, birth_date, birth_place, sex, regency_code, kecamatan_code,
         desa_code, occupation, desil, desil_date)
       VALUES ($1, true, $2, '1980-05-01', 'TANGERANG', 'L', '36.03', $3, $4, 'NELAYAN', 1, '2026-01-01')
       RETURNING id`,
      [m.nik, m.name, desa.parent_code, desa.code],
    );
    const status = m.status ?? "active";
    const [membership] = await db.query<{ id: number }>(
      `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
         active_from, ended_on, end_reason)
       VALUES ($1, $2, $3, 'jkk-jkm', $4, $5, $6, date_trunc('month', COALESCE($7::date, '2026-01-01'))::date,
         '2026-12-01', $7, $8, $9) RETURNING id`,
      [
        person.id,
        plan.id,
        funder.id,
        m.nik,
        status,
        status === "registered" ? null : `KPJ${m.nik.slice(-8)}`,
        m.activeFrom,
        m.endedOn ?? null,
        status === "lapsed" ? "unpaid" : null,
      ],
    );
    ids[m.nik] = Number(membership.id);
  }
  return ids;
}

/** The smallest files of each kind: enough for the type check and for a browser to open. */
export const sampleFiles = {
  pdf: minimalPdf(),
  png: Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"),
  /** A Word document (a zip): the wrong kind. */
  docx: Buffer.from("504b0304140000000800", "hex"),
};

/** A valid one-page PDF (readers check the cross-reference table's offsets). */
function minimalPdf(): Buffer {
  const objects = [
    "<</Type/Catalog/Pages 2 0 R>>",
    "<</Type/Pages/Kids[3 0 R]/Count 1>>",
    "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
