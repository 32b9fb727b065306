/**
 * The demo's CSR partner: a company with an MoU, which commits a budget for workers of two
 * kecamatan for the rest of the year; the regency accepts it, so it becomes a funder the year's
 * plan spends. Everything goes through the partners module, as an admin would do it.
 */
import type { Db } from "../../core/db.ts";
import type { AuditContext } from "../audit/audit.service.ts";
import { acceptCommitment, addCommitment } from "../partners/commitments.service.ts";
import { addCompany, addMou } from "../partners/companies.service.ts";
import { planCost } from "../tariffs/tariffs.service.ts";

/** The demo company and its partner's account (README, docs/partners.md use the same names). */
export const demoCompany = { code: "pt-maju-jaya", name: "PT Maju Jaya", account: "mitra.maju" };

export interface PartnerResult {
  company: string;
  commitment: number;
  funder: string;
  workers: number;
  from: string;
  to: string;
}

export async function addDemoPartner({
  db,
  year,
  today,
  workers,
  kecamatanCodes,
  regencyCode,
  audit,
}: {
  db: Db;
  year: number;
  today: string;
  /** Workers the company promises to cover. */
  workers: number;
  kecamatanCodes: string[];
  regencyCode: string;
  audit: AuditContext;
}): Promise<PartnerResult> {
  // From April, when PP 50/2025 halves a company's premium, or from this month if earlier in the year.
  const month = Math.min(4, Number(today.slice(5, 7)));
  const from = `${year}-${String(month).padStart(2, "0")}`;
  const to = `${year}-12`;
  // Signed on the 15th of the month before the cover starts, for two years.
  const signed = month === 1 ? `${year - 1}-12-15` : `${year}-${String(month - 1).padStart(2, "0")}-15`;
  const company = await addCompany({
    db,
    code: demoCompany.code,
    input: {
      name: demoCompany.name,
      sector: "manufaktur",
      address: "Jl. Raya Serang Km 12, Cikupa",
      contactName: "Rina Marlina",
      contactPhone: "021-5550123",
      contactEmail: "csr@majujaya.example",
    },
    audit,
  });
  const mou = await addMou({
    db,
    companyId: company.id,
    input: {
      number: `415/${String(month).padStart(3, "0")}/MoU/${signed.slice(0, 4)}`,
      signedOn: signed,
      validFrom: signed,
      validTo: `${Number(signed.slice(0, 4)) + 2}${signed.slice(4, 8)}14`,
      signatories: ["Bupati Tangerang", `Direktur Utama ${demoCompany.name}`],
    },
    audit,
    today,
  });
  const months = 12 - month + 1;
  const cost = await planCost({
    db,
    people: workers,
    months,
    from,
    query: { package: "jkk-jkm", funderType: "csr" },
  });
  const commitment = await addCommitment({
    db,
    companyId: company.id,
    input: {
      mouId: mou.id,
      budget: Math.ceil(cost.total / 100_000) * 100_000, // a round sum, as a company commits it
      workers,
      from,
      to,
      kecamatanCodes,
      package: "jkk-jkm",
    },
    regencyCode,
    audit,
  });
  const accepted = await acceptCommitment({ db, id: commitment.id, audit });
  return {
    company: demoCompany.code,
    commitment: commitment.id,
    funder: accepted.funderCode ?? "",
    workers,
    from,
    to,
  };
}
