/**
 * A small set of partners for tests (the access walk, the API test): one company with an MoU, a
 * commitment not yet accepted, and a circular it was sent; a second company sent the same letter.
 */
import type { Db } from "../../core/db.ts";
import { addCircular } from "./circulars.service.ts";
import { addCommitment } from "./commitments.service.ts";
import { addCompany, addMou } from "./companies.service.ts";

export interface SeededPartners {
  company: number;
  other: number;
  mou: number;
  commitment: number;
  circular: number;
}

export async function seedPartners(db: Db, regencyCode = "36.03"): Promise<SeededPartners> {
  const audit = { actor: "test", via: "test" };
  const company = await addCompany({
    db,
    code: "pt-uji-sejahtera",
    input: {
      name: "PT Uji Sejahtera",
      sector: "manufaktur",
      contactName: "Bu Rina",
      contactPhone: "021-5550123",
    },
    audit,
  });
  const other = await addCompany({ db, code: "cv-uji-mandiri", input: { name: "CV Uji Mandiri" }, audit });
  const mou = await addMou({
    db,
    companyId: company.id,
    input: {
      number: "415/001/MoU/2026",
      signedOn: "2026-01-15",
      validFrom: "2026-01-15",
      validTo: "2028-01-14",
      signatories: ["Bupati Tangerang", "Direktur PT Uji Sejahtera"],
    },
    audit,
  });
  const commitment = await addCommitment({
    db,
    companyId: company.id,
    input: { mouId: mou.id, budget: 25_200_000, workers: 1000, from: "2026-04", to: "2026-06" },
    regencyCode,
    audit,
  });
  const circular = await addCircular({
    db,
    input: {
      number: "560/001/Disnaker/2026",
      title: "Ajakan perlindungan pekerja rentan",
      sentOn: "2026-02-01",
    },
    companyIds: [company.id, other.id],
    audit,
  });
  return {
    company: company.id,
    other: other.id,
    mou: mou.id,
    commitment: commitment.id,
    circular: circular.circular.id,
  };
}
