import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskNik } from "../src/common/nik.ts";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { chooseHeirs } from "../src/modules/claims/claims.service.ts";
import { sampleFiles } from "../src/modules/claims/claims-fixture.ts";
import { uploadDocument } from "../src/modules/claims/documents.service.ts";
import { addFamilyMember, reportEvent } from "../src/modules/claims/events.service.ts";
import { createHandover } from "../src/modules/claims/handovers.service.ts";
import { referToTraining } from "../src/modules/claims/training.service.ts";
import { exportRegistration } from "../src/modules/enrolment/registration.service.ts";
import { addFunder } from "../src/modules/funders/funders.service.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { runQueuedJobs } from "../src/modules/jobs/jobs.service.ts";
import { runMatching } from "../src/modules/matching/matching.service.ts";
import { type SeededPartners, seedPartners } from "../src/modules/partners/partners-fixture.ts";
import { approvePlan, createPlan } from "../src/modules/plans/plans.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir, writeCsv } from "./files.ts";
import { pdfText } from "./pdf-text.ts";

/**
 * Every endpoint of the OpenAPI document, called by every role with every id there is (its own
 * area's and everyone else's): no response, count, export or error message may carry anything of
 * a person outside the caller's area. A new endpoint without a probe here fails the test.
 */

interface Resident {
  name: string;
  nik: string;
  /** dd-mm-yyyy as the list writes it. */
  born: string;
  desa: string;
  kecamatan: string;
  phone: string;
  kk: string;
}

// Three areas: two desa of Mauk, and Balaraja. Each NIK ends in its own four digits, so even a
// masked NIK (3603••••••••0004) names one person; phones and KK numbers are unique too.
const resident = (name: string, nik: string, born: string, desa: string, kecamatan: string, n: number) => ({
  name,
  nik,
  born,
  desa,
  kecamatan,
  phone: `08129999${String(n).padStart(4, "0")}`,
  kk: nik ? `360308120000${5000 + n}` : "",
});
const sumarni = resident("SUMARNI RAHAYU", "3603084105910003", "01-05-1991", "Mauk Barat", "Mauk", 1);
const karta = resident("KARTA WIJAYA", "3603081506850004", "15-06-1985", "Marga Mulya", "Mauk", 2);
const siti = resident("SITI AMINAH", "3603015202900001", "12-02-1990", "Sentul", "Balaraja", 3);
// Quarantined rows (no name): personal data all the same.
const badMauk = resident("", "3603084107920007", "01-07-1992", "Mauk Barat", "Mauk", 4);
const badBalaraja = resident("", "3603014408930009", "04-08-1993", "Sentul", "Balaraja", 5);
// A village list names them again, without NIK or birth date, in another desa: unsure pairs, one
// across two desa of Mauk, one inside Balaraja.
const kartaVillage = resident("Karta Wijaya", "", "", "Mauk Barat", "Mauk", 6);
const sitiVillage = resident("Siti Aminah", "", "", "Talagasari", "Balaraja", 7);

/** What gives a resident away: the name, the NIK whole or masked, the birth date, phone and KK. */
function traces(r: Resident, { withName = true } = {}): string[] {
  const [d, m, y] = r.born.split("-");
  return [
    ...(withName && r.name ? [r.name] : []),
    ...(r.nik ? [r.nik, maskNik(r.nik), r.kk, maskNik(r.kk), `${y}-${m}-${d}`, r.born] : []),
    r.phone,
  ];
}

const regency = [sumarni, karta, siti, badMauk, badBalaraja, kartaVillage, sitiVillage];

/** The accounts, and whose traces each one must never see. */
const accounts: { username: string; role: string; area: () => string; unseen: () => string[] }[] = [
  {
    username: "pt.maju",
    role: "csr_partner",
    area: () => "36.03",
    unseen: () => regency.flatMap((r) => traces(r)),
  },
  {
    username: "inspektorat",
    role: "auditor",
    area: () => "36.03",
    // Auditors see who is on the lists, with birth years only and never a whole NIK or KK number.
    unseen: () =>
      regency
        .filter((r) => r.nik)
        .flatMap((r) => [r.nik, r.kk, `${r.born.slice(6)}-${r.born.slice(3, 5)}-${r.born.slice(0, 2)}`]),
  },
  { username: "bpjs", role: "bpjs_officer", area: () => "36.03", unseen: () => [] },
  {
    username: "desa.maukbarat",
    role: "desa_operator",
    area: () => codes.maukBarat,
    // Both desa have a Karta Wijaya on some list: the name is no trace here, the rest is.
    unseen: () => [
      ...traces(karta, { withName: false }),
      ...traces(siti),
      ...traces(sitiVillage),
      ...traces(badBalaraja),
    ],
  },
  {
    username: "desa.margamulya",
    role: "desa_operator",
    area: () => codes.margaMulya,
    unseen: () => [
      ...traces(sumarni),
      ...traces(kartaVillage, { withName: false }),
      ...traces(siti),
      ...traces(sitiVillage),
      ...traces(badMauk),
      ...traces(badBalaraja),
    ],
  },
  {
    username: "op.balaraja",
    role: "kecamatan_operator",
    area: () => "36.03.01",
    unseen: () => [...traces(sumarni), ...traces(karta), ...traces(kartaVillage), ...traces(badMauk)],
  },
  {
    username: "op.mauk",
    role: "kecamatan_operator",
    area: () => "36.03.08",
    unseen: () => [...traces(siti), ...traces(sitiVillage), ...traces(badBalaraja)],
  },
  { username: "admin", role: "regency_admin", area: () => "36.03", unseen: () => [] },
];
const codes = { maukBarat: "", margaMulya: "" };

interface Probe {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
}

/** What is in the database to ask about: every id, including those of other areas. */
interface Known {
  persons: number[];
  reviews: number[];
  batches: number[];
  jobs: number[];
  uploads: string[];
  plans: number[];
  memberships: number[];
  /** BPJS's answers uploaded by the admin (the others' uploads are lists). */
  answers: string[];
  /** Self-proposals in the queues of Mauk Barat and of Sentul (Balaraja). */
  proposals: number[];
  /** Deaths of Sumarni (Mauk) and Siti (Balaraja): their events, claims, family, documents. */
  events: number[];
  claims: number[];
  family: [event: number, member: number][];
  documents: [claim: number, document: number][];
  /** One ceremony handing over both paid claims; its papers must show each caller only their area's. */
  handovers: number[];
  training: number[];
  /** Companies, an MoU, a commitment and a circular (partners carry no resident's data). */
  partners: SeededPartners;
}

/** Requests for each operation of the OpenAPI document, keyed "METHOD /path". */
const probes: Record<string, (k: Known) => Probe[]> = {
  "GET /api/v1/auth/me": () => [{ method: "GET", url: "/api/v1/auth/me" }],
  "POST /api/v1/auth/password": () => [
    { method: "POST", url: "/api/v1/auth/password", payload: { current: "not-the-password", next: "x" } },
  ],
  "GET /api/v1/regions": () => [{ method: "GET", url: "/api/v1/regions?parent=36.03.08" }],
  "POST /api/v1/nik/check": () => [
    { method: "POST", url: "/api/v1/nik/check", payload: { nik: "3603010101010001" } },
  ],
  "GET /api/v1/persons": () => [
    { method: "GET", url: "/api/v1/persons?limit=200" },
    ...regency.map((r) => ({
      method: "GET" as const,
      url: `/api/v1/persons?name=${encodeURIComponent(r.name)}`,
    })),
    ...regency.map((r) => ({ method: "GET" as const, url: `/api/v1/persons?nik=${r.nik}` })),
    { method: "GET", url: "/api/v1/persons?kecamatan=36.03.01" },
    { method: "GET", url: "/api/v1/persons?sort=name&flag=under_review" },
    { method: "GET", url: "/api/v1/persons?sort=birth_date&offset=1&occupation=p&desil=10" },
    { method: "GET", url: "/api/v1/persons?kecamatan=36.03.08" },
  ],
  "GET /api/v1/persons/{id}": (k) => k.persons.map((id) => ({ method: "GET", url: `/api/v1/persons/${id}` })),
  "POST /api/v1/persons/{id}/reveal-nik": (k) =>
    k.persons.map((id) => ({
      method: "POST",
      url: `/api/v1/persons/${id}/reveal-nik`,
      payload: { reason: "uji akses" },
    })),
  "GET /api/v1/review": () => [{ method: "GET", url: "/api/v1/review?status=all" }],
  "GET /api/v1/review/{id}": (k) => k.reviews.map((id) => ({ method: "GET", url: `/api/v1/review/${id}` })),
  "POST /api/v1/review/{id}/accept": (k) => k.reviews.map((id) => decide(id, "accept")),
  "POST /api/v1/review/{id}/reject": (k) => k.reviews.map((id) => decide(id, "reject")),
  "POST /api/v1/review/{id}/split": (k) => k.reviews.map((id) => decide(id, "split")),
  "POST /api/v1/match": () => [{ method: "POST", url: "/api/v1/match", payload: {} }],
  "GET /api/v1/jobs": () => [{ method: "GET", url: "/api/v1/jobs" }],
  "GET /api/v1/jobs/{id}": (k) => k.jobs.map((id) => ({ method: "GET", url: `/api/v1/jobs/${id}` })),
  "GET /api/v1/jobs/{id}/file": (k) =>
    k.jobs.map((id) => ({ method: "GET", url: `/api/v1/jobs/${id}/file` })),
  "POST /api/v1/jobs/{id}/cancel": (k) =>
    k.jobs.map((id) => ({ method: "POST", url: `/api/v1/jobs/${id}/cancel` })),
  "POST /api/v1/persons/export": () => [
    { method: "POST", url: "/api/v1/persons/export", payload: { format: "csv" } },
  ],
  "POST /api/v1/imports": () => [
    {
      method: "POST",
      url: "/api/v1/imports?source=uji-akses&filename=uji.csv",
      payload: "NIK,NAMA,DESA,KECAMATAN\n3603080101800005,Warga Baru,Mauk Barat,Mauk\n",
      headers: { "content-type": "text/csv" },
    },
  ],
  "GET /api/v1/imports": () => [{ method: "GET", url: "/api/v1/imports" }],
  "GET /api/v1/imports/{batch}": (k) =>
    k.batches.map((batch) => ({ method: "GET", url: `/api/v1/imports/${batch}` })),
  "GET /api/v1/imports/{batch}/quarantine": (k) =>
    k.batches.flatMap((batch) => [
      { method: "GET" as const, url: `/api/v1/imports/${batch}/quarantine` },
      { method: "GET" as const, url: `/api/v1/imports/${batch}/quarantine?format=json` },
    ]),
  "POST /api/v1/uploads": () => [
    {
      method: "POST",
      url: "/api/v1/uploads?filename=uji.csv",
      payload: "NIK,NAMA,DESA,KECAMATAN\n3603080101800005,Warga Baru,Mauk Barat,Mauk\n",
      headers: { "content-type": "text/csv" },
    },
  ],
  "GET /api/v1/uploads/{upload}/preview": (k) =>
    k.uploads.map((upload) => ({ method: "GET", url: `/api/v1/uploads/${upload}/preview?source=uji-akses` })),
  "POST /api/v1/uploads/{upload}/import": (k) =>
    k.uploads.map((upload) => ({
      method: "POST",
      url: `/api/v1/uploads/${upload}/import`,
      payload: { source: "uji-akses" },
    })),
  "GET /api/v1/users": () => [{ method: "GET", url: "/api/v1/users" }],
  "POST /api/v1/users": () => [
    {
      method: "POST",
      url: "/api/v1/users",
      payload: {
        username: "baru",
        fullName: "Baru",
        role: "auditor",
        areaCode: "36.03",
        password: "kata-sandi-baru-2026",
      },
    },
  ],
  "POST /api/v1/users/{username}/deactivate": () => [
    { method: "POST", url: "/api/v1/users/korban/deactivate" },
  ],
  "POST /api/v1/users/{username}/activate": () => [{ method: "POST", url: "/api/v1/users/korban/activate" }],
  "GET /api/v1/audit": (k) => [
    { method: "GET", url: "/api/v1/audit?limit=1000" },
    ...k.persons.map((id) => ({ method: "GET" as const, url: `/api/v1/audit?person=${id}` })),
  ],
  "GET /api/v1/audit/verify": () => [{ method: "GET", url: "/api/v1/audit/verify" }],
  "GET /api/v1/overview": () => [{ method: "GET", url: "/api/v1/overview" }],
  "GET /api/v1/tariffs": () => [{ method: "GET", url: "/api/v1/tariffs" }],
  "GET /api/v1/persons/{id}/eligibility": (k) =>
    k.persons.map((id) => ({ method: "GET", url: `/api/v1/persons/${id}/eligibility?year=2026` })),
  "GET /api/v1/eligibility": () => [{ method: "GET", url: "/api/v1/eligibility?year=2026" }],
  "GET /api/v1/ranking": () => [{ method: "GET", url: "/api/v1/ranking?year=2026&limit=200" }],
  "GET /api/v1/funders": () => [{ method: "GET", url: "/api/v1/funders" }],
  "GET /api/v1/plans": () => [{ method: "GET", url: "/api/v1/plans" }],
  "GET /api/v1/memberships": () => [{ method: "GET", url: "/api/v1/memberships?limit=200" }],
  "POST /api/v1/registrations": (k) => [
    { method: "POST", url: "/api/v1/registrations", payload: { plan: k.plans[0], funder: "apbd-walk" } },
  ],
  "GET /api/v1/registrations": (k) => [
    { method: "GET", url: "/api/v1/registrations" },
    { method: "GET", url: `/api/v1/registrations?plan=${k.plans[0]}` },
  ],
  // Before the memberships' probes: the admin's answer makes them active, so the admin can end them.
  "POST /api/v1/answers": (k) =>
    [...k.answers, ...k.uploads].map((upload) => ({
      method: "POST",
      url: "/api/v1/answers",
      payload: { upload },
    })),
  "GET /api/v1/memberships/{id}": (k) =>
    k.memberships.map((id) => ({ method: "GET", url: `/api/v1/memberships/${id}` })),
  "POST /api/v1/memberships/{id}/end": (k) =>
    k.memberships.flatMap((id) => [
      {
        method: "POST" as const,
        url: `/api/v1/memberships/${id}/end`,
        payload: { reason: "moved", on: "2026-03-10" },
      },
      {
        method: "POST" as const,
        url: `/api/v1/memberships/${id}/end`,
        payload: { reason: "death", on: "2026-03-10" },
      },
    ]),
  // After the answer and the ends: the admin's cards are of ended memberships, the others' not yet accepted.
  "GET /api/v1/memberships/{id}/card": (k) =>
    k.memberships.map((id) => ({ method: "GET", url: `/api/v1/memberships/${id}/card` })),
  "GET /api/v1/invoices": () => [{ method: "GET", url: "/api/v1/invoices?month=2026-03" }],
  "POST /api/v1/invoices": () => [{ method: "POST", url: "/api/v1/invoices", payload: { month: "2026-03" } }],
  // After the invoices: the admin's payment is of March, the invoice just made.
  "POST /api/v1/payments": () => [
    {
      method: "POST",
      url: "/api/v1/payments",
      payload: { funder: "apbd-walk", month: "2026-03", amount: 1, paidOn: "2026-03-20" },
    },
  ],
  "GET /api/v1/payments": () => [{ method: "GET", url: "/api/v1/payments?month=2026-03" }],
  "GET /api/v1/invoices/late": () => [{ method: "GET", url: "/api/v1/invoices/late?month=2026-08" }],
  "POST /api/v1/invoices/late": () => [
    { method: "POST", url: "/api/v1/invoices/late", payload: { month: "2026-08" } },
  ],
  "GET /api/v1/refunds": () => [{ method: "GET", url: "/api/v1/refunds" }],
  "POST /api/v1/refunds": (k) =>
    k.memberships.map((membership) => ({
      method: "POST",
      url: "/api/v1/refunds",
      payload: { membership, refundedOn: "2026-04-30" },
    })),
  "POST /api/v1/invoices/reconcile": (k) =>
    [...k.answers, ...k.uploads].map((upload) => ({
      method: "POST",
      url: "/api/v1/invoices/reconcile",
      payload: { upload, funder: "apbd-walk", month: "2026-03" },
    })),
  "POST /api/v1/plans": () => [
    { method: "POST", url: "/api/v1/plans", payload: { from: "2026-01", to: "2026-12" } },
  ],
  "GET /api/v1/plans/reach": () => [
    { method: "GET", url: "/api/v1/plans/reach?budget=201600,403200&months=12&package=jkk-jkm&from=2026-01" },
  ],
  "GET /api/v1/plans/compare": (k) => [
    { method: "GET", url: `/api/v1/plans/compare?a=${k.plans[0]}&b=${k.plans[0]}` },
  ],
  "GET /api/v1/plans/{id}": (k) => k.plans.map((id) => ({ method: "GET", url: `/api/v1/plans/${id}` })),
  "GET /api/v1/plans/{id}/persons": (k) =>
    k.plans.flatMap((id) => [
      { method: "GET", url: `/api/v1/plans/${id}/persons?limit=200` },
      { method: "GET", url: `/api/v1/plans/${id}/persons?waiting=true&limit=200` },
    ]),
  "POST /api/v1/plans/{id}/approve": (k) =>
    k.plans.map((id) => ({ method: "POST", url: `/api/v1/plans/${id}/approve` })),
  "DELETE /api/v1/plans/{id}": (k) => k.plans.map((id) => ({ method: "DELETE", url: `/api/v1/plans/${id}` })),
  "GET /api/v1/funders/{code}": () => [{ method: "GET", url: "/api/v1/funders/apbd-uji" }],
  "POST /api/v1/funders": () => [
    {
      method: "POST",
      url: "/api/v1/funders",
      payload: {
        code: "apbd-uji",
        name: "APBD uji",
        type: "apbd",
        budget: 168000,
        from: "2026-01",
        to: "2026-10",
        package: "jkk-jkm",
      },
    },
  ],
  "GET /api/v1/tariffs/premium": () => [
    { method: "GET", url: "/api/v1/tariffs/premium?package=jkk-jkm&month=2026-04&funderType=csr" },
  ],
  "GET /api/v1/plans/cost": () => [
    { method: "GET", url: "/api/v1/plans/cost?package=jkk-jkm&people=100000&months=12&from=2026-01" },
  ],
  "GET /api/v1/proposals": () => [{ method: "GET", url: "/api/v1/proposals?status=all&limit=200" }],
  "POST /api/v1/proposals": () => [
    {
      method: "POST",
      url: "/api/v1/proposals",
      payload: {
        nik: "3603080101800005",
        name: "Warga Baru",
        birthDate: "1980-01-01",
        occupation: "Petani",
        desaCode: codes.maukBarat,
        consent: true,
      },
    },
  ],
  "POST /api/v1/proposals/{id}/verify": (k) =>
    k.proposals.map((id) => ({ method: "POST", url: `/api/v1/proposals/${id}/verify` })),
  "POST /api/v1/proposals/{id}/reject": (k) =>
    k.proposals.map((id) => ({
      method: "POST",
      url: `/api/v1/proposals/${id}/reject`,
      payload: { reason: "uji akses" },
    })),
  "POST /api/v1/claim-events": (k) =>
    k.memberships.map((membershipId) => ({
      method: "POST",
      url: "/api/v1/claim-events",
      payload: {
        membershipId,
        kind: "accident",
        date: "2026-11-02",
        workRelated: true,
        daysUnable: 10,
        reportedBy: "bpjs",
      },
    })),
  "POST /api/v1/claim-events/{id}/family": (k) =>
    k.events.map((id) => ({
      method: "POST",
      url: `/api/v1/claim-events/${id}/family`,
      payload: { name: "SAUDARA UJI", relation: "sibling" },
    })),
  "DELETE /api/v1/claim-events/{id}/family/{member}": (k) =>
    k.family.map(([event, member]) => ({
      method: "DELETE",
      url: `/api/v1/claim-events/${event}/family/${member}`,
    })),
  "GET /api/v1/claims": () => [
    { method: "GET", url: "/api/v1/claims?limit=200" },
    { method: "GET", url: "/api/v1/claims?status=paid&overdue=false" },
  ],
  "GET /api/v1/claims/{id}": (k) => k.claims.map((id) => ({ method: "GET", url: `/api/v1/claims/${id}` })),
  "POST /api/v1/claims/{id}/heirs": (k) =>
    k.claims.map((id) => ({ method: "POST", url: `/api/v1/claims/${id}/heirs`, payload: {} })),
  "POST /api/v1/claims/{id}/step": (k) =>
    k.claims.map((id) => ({
      method: "POST",
      url: `/api/v1/claims/${id}/step`,
      payload: { to: "submitted" },
    })),
  "POST /api/v1/claims/{id}/education": (k) =>
    k.claims.map((id, i) => ({
      method: "POST",
      url: `/api/v1/claims/${id}/education`,
      payload: { schoolYear: 2026, children: [{ familyMemberId: k.family[i][1], level: "sd" }] },
    })),
  "POST /api/v1/claims/{id}/documents": (k) =>
    k.claims.map((id) => ({
      method: "POST",
      url: `/api/v1/claims/${id}/documents?code=kk&filename=kk.pdf`,
      payload: sampleFiles.pdf,
      headers: { "content-type": "application/pdf" },
    })),
  "GET /api/v1/claims/{id}/documents/{document}": (k) =>
    k.documents.map(([claim, doc]) => ({ method: "GET", url: `/api/v1/claims/${claim}/documents/${doc}` })),
  "POST /api/v1/claims/{id}/documents/{document}/check": (k) =>
    k.documents.map(([claim, doc]) => ({
      method: "POST",
      url: `/api/v1/claims/${claim}/documents/${doc}/check`,
      payload: { status: "accepted" },
    })),
  "GET /api/v1/handovers": () => [{ method: "GET", url: "/api/v1/handovers" }],
  "POST /api/v1/handovers": (k) => [
    {
      method: "POST",
      url: "/api/v1/handovers",
      payload: { title: "Uji", heldOn: "2026-12-01", place: "Pendopo", claimIds: k.claims },
    },
  ],
  "GET /api/v1/handovers/{id}": (k) =>
    k.handovers.map((id) => ({ method: "GET", url: `/api/v1/handovers/${id}` })),
  "GET /api/v1/handovers/{id}/papers": (k) =>
    k.handovers.flatMap((id) =>
      ["letters", "receipts", "list"].map((paper) => ({
        method: "GET" as const,
        url: `/api/v1/handovers/${id}/papers?paper=${paper}`,
      })),
    ),
  "GET /api/v1/training": () => [{ method: "GET", url: "/api/v1/training" }],
  "POST /api/v1/training": (k) =>
    k.claims.map((claimId, i) => ({
      method: "POST",
      url: "/api/v1/training",
      payload: { claimId, familyMemberId: k.family[i][1], program: "Menjahit" },
    })),
  "POST /api/v1/training/{id}/step": (k) =>
    k.training.map((id) => ({
      method: "POST",
      url: `/api/v1/training/${id}/step`,
      payload: { status: "enrolled" },
    })),
  // The dashboard: counts only, operators inside their area; partners have their portal.
  "GET /api/v1/dashboard": () => [
    { method: "GET", url: "/api/v1/dashboard" },
    { method: "GET", url: "/api/v1/dashboard?area=36.03.08" },
    { method: "GET", url: "/api/v1/dashboard?area=36.03.01&on=2026-03-15" },
  ],
  // Targets and workforce: counts only, for every role but partners; changes for regency admins.
  "GET /api/v1/targets": () => [
    { method: "GET", url: "/api/v1/targets?year=2026" },
    { method: "GET", url: "/api/v1/targets?year=2026&on=2026-03-15" },
  ],
  "PUT /api/v1/targets/{year}/{region}": () => [
    { method: "PUT", url: "/api/v1/targets/2026/36.03", payload: { target: 100000, source: "uji akses" } },
    { method: "PUT", url: "/api/v1/targets/2026/36.03.08", payload: { target: 10 } },
  ],
  "DELETE /api/v1/targets/{year}/{region}": () => [
    { method: "DELETE", url: "/api/v1/targets/2026/36.03.08" },
  ],
  "PUT /api/v1/workforce/{year}/{region}": () => [
    {
      method: "PUT",
      url: "/api/v1/workforce/2026/36.03.01",
      payload: { informalWorkers: 20000, source: "BPS Sakernas Agustus 2025" },
    },
  ],
  "DELETE /api/v1/workforce/{year}/{region}": () => [
    { method: "DELETE", url: "/api/v1/workforce/2026/36.03.01" },
  ],
  // The schematic map: shapes and area names, no one's data, for every role.
  "GET /api/v1/map": () => [
    { method: "GET", url: "/api/v1/map?level=kecamatan" },
    { method: "GET", url: "/api/v1/map?level=desa&kecamatan=36.03.08" },
  ],
  // Lists of people and BPJS's answer are no workforce tables: refused for their columns, naming no one.
  "POST /api/v1/workforce/import": (k) =>
    [...k.answers, ...k.uploads].map((upload) => ({
      method: "POST",
      url: "/api/v1/workforce/import",
      payload: { upload, year: 2026, source: "uji akses" },
    })),
  // CSR partners: regency admins change, auditors read, everyone else is refused.
  "GET /api/v1/partners/companies": () => [
    { method: "GET", url: "/api/v1/partners/companies" },
    { method: "GET", url: "/api/v1/partners/companies?answered=false&activeMou=true&commitments=true" },
  ],
  "POST /api/v1/partners/companies": () => [
    { method: "POST", url: "/api/v1/partners/companies", payload: { code: "pt-walk", name: "PT Walk" } },
  ],
  "GET /api/v1/partners/companies/{id}": (k) =>
    [k.partners.company, k.partners.other].map((id) => ({
      method: "GET",
      url: `/api/v1/partners/companies/${id}`,
    })),
  "POST /api/v1/partners/companies/{id}": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/companies/${k.partners.other}`,
      payload: { contactName: "Pak Walk" },
    },
  ],
  "POST /api/v1/partners/companies/{id}/mous": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/companies/${k.partners.other}/mous`,
      payload: { number: "MoU/WALK", signedOn: "2026-03-01", validFrom: "2026-03-01", validTo: "2027-02-28" },
    },
  ],
  "POST /api/v1/partners/mous/{id}": (k) => [
    { method: "POST", url: `/api/v1/partners/mous/${k.partners.mou}`, payload: { signatories: ["Bupati"] } },
  ],
  "GET /api/v1/partners/mous/expiring": () => [
    { method: "GET", url: "/api/v1/partners/mous/expiring?within=366" },
  ],
  "GET /api/v1/partners/commitments": () => [{ method: "GET", url: "/api/v1/partners/commitments" }],
  "POST /api/v1/partners/companies/{id}/commitments": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/companies/${k.partners.other}/commitments`,
      payload: {
        budget: 10_000_000,
        workers: 100,
        from: "2026-07",
        to: "2026-12",
        kecamatanCodes: ["36.03.08"],
      },
    },
  ],
  "POST /api/v1/partners/commitments/{id}": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/commitments/${k.partners.commitment}`,
      payload: { workers: 900 },
    },
  ],
  "POST /api/v1/partners/commitments/{id}/accept": (k) => [
    { method: "POST", url: `/api/v1/partners/commitments/${k.partners.commitment}/accept`, payload: {} },
  ],
  "GET /api/v1/partners/circulars": () => [{ method: "GET", url: "/api/v1/partners/circulars" }],
  "POST /api/v1/partners/circulars": (k) => [
    {
      method: "POST",
      url: "/api/v1/partners/circulars",
      payload: { number: "SE/WALK", title: "Uji", sentOn: "2026-03-01", companyIds: [k.partners.company] },
    },
  ],
  "GET /api/v1/partners/circulars/{id}": (k) => [
    { method: "GET", url: `/api/v1/partners/circulars/${k.partners.circular}` },
  ],
  "POST /api/v1/partners/circulars/{id}": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/circulars/${k.partners.circular}`,
      payload: { title: "Uji akses" },
    },
  ],
  "POST /api/v1/partners/circulars/{id}/recipients": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/circulars/${k.partners.circular}/recipients`,
      payload: { companyIds: [k.partners.other] },
    },
  ],
  "POST /api/v1/partners/circulars/{id}/recipients/{company}/answer": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/circulars/${k.partners.circular}/recipients/${k.partners.company}/answer`,
      payload: { answer: "considering", on: "2026-02-10", followUpOn: "2026-03-01" },
    },
  ],
  "POST /api/v1/partners/circulars/{id}/recipients/{company}/follow-up": (k) => [
    {
      method: "POST",
      url: `/api/v1/partners/circulars/${k.partners.circular}/recipients/${k.partners.other}/follow-up`,
      payload: { on: "2026-12-01", notes: "uji akses" },
    },
  ],
  "GET /api/v1/partners/follow-ups": () => [{ method: "GET", url: "/api/v1/partners/follow-ups?within=30" }],
  // The partner portal: aggregates of the people a company funds; a partner may not name a company.
  "GET /api/v1/portal": () => [
    { method: "GET", url: "/api/v1/portal" },
    { method: "GET", url: "/api/v1/portal?company=pt-maju&on=2026-11-30" },
  ],
  "GET /api/v1/portal/report.pdf": () => [
    { method: "GET", url: "/api/v1/portal/report.pdf" },
    { method: "GET", url: "/api/v1/portal/report.pdf?company=pt-maju&on=2026-11-30" },
  ],
  // Reports: counts and amounts as XLSX or PDF (a PDF's text is read for traces); operators their area only.
  "GET /api/v1/reports/{kind}": () =>
    [
      `coverage?format=pdf&month=${new Date().toISOString().slice(0, 7)}`,
      `coverage?format=xlsx&month=${new Date().toISOString().slice(0, 7)}&area=36.03.08`,
      "coverage?format=pdf&month=2026-03&area=36.03.01",
      "funder?format=pdf&funder=apbd-walk",
      "claims?format=pdf",
      "claims?format=xlsx&from=2026-01-01&to=2026-12-31",
      `paritrana?format=pdf&year=${new Date().getFullYear()}`,
    ].map((query) => ({ method: "GET" as const, url: `/api/v1/reports/${query}` })),
  "GET /api/v1/regulations": () => [{ method: "GET", url: "/api/v1/regulations" }],
  "POST /api/v1/regulations": () => [
    {
      method: "POST",
      url: "/api/v1/regulations",
      payload: { kind: "perbup", number: "1 Tahun 2026", title: "Uji akses", issuedOn: "2026-01-02" },
    },
  ],
  "DELETE /api/v1/regulations/{id}": () => [{ method: "DELETE", url: "/api/v1/regulations/1" }],
  "GET /api/v1/innovations": () => [{ method: "GET", url: "/api/v1/innovations" }],
  "POST /api/v1/innovations": () => [
    {
      method: "POST",
      url: "/api/v1/innovations",
      payload: { name: "Uji akses", startedOn: "2026-01-02", description: "Inovasi uji akses" },
    },
  ],
  "DELETE /api/v1/innovations/{id}": () => [{ method: "DELETE", url: "/api/v1/innovations/1" }],
  // Last: it ends the session.
  "POST /api/v1/auth/logout": () => [{ method: "POST", url: "/api/v1/auth/logout" }],
};
/** Open to anyone, by design; they carry no one's data. */
const open = new Set([
  "POST /api/v1/auth/login",
  "GET /health",
  // The public status check and self-proposals: tested in src/modules/public-check and proposals.
  "POST /api/v1/public/status",
  "GET /api/v1/public/villages",
  "POST /api/v1/public/proposals",
]);

function decide(id: number, action: string): Probe {
  return { method: "POST", url: `/api/v1/review/${id}/${action}`, payload: { note: "uji akses" } };
}

describe(`every endpoint, every role, on ${dbKind}: nobody sees a person outside their area`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: path.join(tmp.dir, "data") });
  let sessions = new Map<string, Record<string, string>>();
  const known: Known = {
    persons: [],
    reviews: [],
    batches: [],
    jobs: [],
    uploads: [],
    plans: [],
    memberships: [],
    answers: [],
    proposals: [],
    events: [],
    claims: [],
    family: [],
    documents: [],
    handovers: [],
    training: [],
    partners: { company: 0, other: 0, mou: 0, commitment: 0, circular: 0 },
  };
  const audit = { actor: "test", via: "test" };
  // Two places for the year: some residents covered, the others on the waitlist.
  const walkFunder = {
    name: "APBD",
    type: "apbd",
    budget: 2 * 201_600,
    from: "2026-01",
    to: "2026-12",
    package: "jkk-jkm",
  };
  const list = (file: string, source: string, rows: Resident[]) =>
    importFile({
      db,
      file: writeCsv(path.join(tmp.dir, file), [
        ["NIK", "NAMA", "TANGGAL LAHIR", "DESA", "KECAMATAN", "NO HP", "NO KK", "PEKERJAAN"],
        ...rows.map((r) => [r.nik, r.name, r.born, r.desa, r.kecamatan, r.phone, r.kk, "Petani"]),
      ]),
      source,
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });

  beforeAll(async () => {
    db = await freshDb();
    const desaCode = async (name: string) =>
      (
        await db.query<{ code: string }>(
          "SELECT code FROM regions WHERE parent_code = '36.03.08' AND name ILIKE $1",
          [name],
        )
      )[0].code;
    codes.maukBarat = await desaCode("Mauk Barat");
    codes.margaMulya = await desaCode("Marga Mulya");
    await list("dtks.csv", "dtks", [sumarni, karta, siti, badMauk, badBalaraja]);
    await list("usulan.csv", "usulan-desa", [kartaVillage, sitiVillage]);
    expect((await runMatching({ db, runBy: "test" })).review).toBe(2);
    // A plan covering the eligible of every area, to ask about through the plan endpoints.
    await addFunder({ db, funder: { ...walkFunder, code: "apbd-walk" }, by: "test" });
    const plan = await createPlan({ db, from: "2026-01", to: "2026-12", regencyCode: "36.03", audit });
    expect(plan.covered).toBe(2);
    expect(plan.waitlist).toBeGreaterThan(0);
    known.plans.push(plan.plan);
    // Its covered persons registered with BPJS, so there are memberships to ask about.
    await approvePlan({ db, id: plan.plan, audit });
    const registered = await exportRegistration({
      db,
      planId: plan.plan,
      funderCode: "apbd-walk",
      format: "csv",
      out: path.join(tmp.dir, "daftar.csv"),
      audit,
    });
    expect(registered.registered).toBe(2);
    // The CSR partner's company pays through the walk's funder: its portal counts these residents.
    await db.query("INSERT INTO companies (code, name, created_by) VALUES ('pt-maju', 'PT Maju', 'test')");
    await db.query(
      `INSERT INTO commitments (company_id, budget, workers, period_from, period_to, funder_id, created_by)
       SELECT c.id, 403200, 2, '2026-01-01', '2026-12-31', f.id, 'test'
       FROM companies c, funders f WHERE c.code = 'pt-maju' AND f.code = 'apbd-walk'`,
    );
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ...accounts.map((a): [string, string, string, string?] => [
        a.username,
        a.role,
        a.area(),
        a.role === "csr_partner" ? "pt-maju" : undefined,
      ]),
      ["korban", "desa_operator", codes.maukBarat],
    ]);
    // Every role starts a job, so there are jobs of others to ask about.
    for (const a of accounts) {
      await server.inject({
        method: "POST",
        url: "/api/v1/persons/export",
        payload: { format: "csv" },
        headers: sessions.get(a.username),
      });
    }
    await runQueuedJobs(db, jobHandlers(config));
    known.persons = (await db.query<{ id: number }>("SELECT id FROM persons ORDER BY id")).map((r) => r.id);
    known.reviews = (await db.query<{ id: number }>("SELECT id FROM review_items ORDER BY id")).map(
      (r) => r.id,
    );
    known.batches = (await db.query<{ id: number }>("SELECT id FROM import_batches ORDER BY id")).map(
      (r) => r.id,
    );
    known.jobs = (await db.query<{ id: number }>("SELECT id FROM jobs ORDER BY id")).map((r) => r.id);
    // Uploads of a list naming Siti (Balaraja): a preview of it must reach only its sender.
    for (const username of ["op.balaraja", "admin"]) {
      const upload = await server.inject({
        method: "POST",
        url: "/api/v1/uploads?filename=balaraja.csv",
        payload: `NIK,NAMA,DESA,KECAMATAN\n${siti.nik},${siti.name},Sentul,Balaraja\n`,
        headers: { ...sessions.get(username), "content-type": "text/csv" },
      });
      known.uploads.push(upload.json().upload);
    }
    // BPJS's answer accepting every registered member, uploaded by the admin; and the memberships.
    const registeredNiks = await db.query<{ nik: string }>("SELECT nik FROM memberships ORDER BY id");
    const answer = await server.inject({
      method: "POST",
      url: "/api/v1/uploads?filename=jawaban.csv",
      payload: `NIK,NO KPJ,STATUS\n${registeredNiks.map((m, i) => `${m.nik},2603000000${i},DITERIMA`).join("\n")}\n`,
      headers: { ...sessions.get("admin"), "content-type": "text/csv" },
    });
    known.answers.push(answer.json().upload);
    known.memberships = (await db.query<{ id: number }>("SELECT id FROM memberships ORDER BY id")).map(
      (r) => r.id,
    );
    // Sumarni and Siti propose themselves on the public page: each in their own village's queue.
    const sentul = await db.query<{ code: string }>(
      "SELECT code FROM regions WHERE parent_code = '36.03.01' AND name ILIKE 'Sentul'",
    );
    for (const [r, desaCode] of [
      [sumarni, codes.maukBarat],
      [siti, sentul[0].code],
    ] as const) {
      const [d, m, y] = r.born.split("-");
      const proposed = await server.inject({
        method: "POST",
        url: "/api/v1/public/proposals",
        payload: {
          nik: r.nik,
          name: r.name,
          birthDate: `${y}-${m}-${d}`,
          occupation: "Nelayan",
          phone: r.phone,
          desaCode,
          consent: true,
        },
      });
      expect(proposed.statusCode).toBe(202);
    }
    known.proposals = (await db.query<{ id: number }>("SELECT id FROM proposals ORDER BY id")).map(
      (r) => r.id,
    );
    await deathsWithClaims();
    known.partners = await seedPartners(db);
  });

  /** Sumarni (Mauk) and Siti (Balaraja) die covered; their paid claims are handed over together. */
  async function deathsWithClaims() {
    for (const [i, r] of [sumarni, siti].entries()) {
      const [person] = await db.query<{ id: number }>("SELECT id FROM persons WHERE nik = $1", [r.nik]);
      await db.query(
        `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
           active_from)
         SELECT $1, $2, id, 'jkk-jkm', $3, 'active', $4, '2026-01-01', '2026-12-01', '2026-01-01'
         FROM funders WHERE code = 'apbd-walk'
         ON CONFLICT (plan_id, person_id, start_month) DO UPDATE SET status = 'active', kpj = EXCLUDED.kpj,
           active_from = EXCLUDED.active_from`,
        [person.id, known.plans[0], r.nik, `KPJ-WALK-${i}`],
      );
      const reported = await reportEvent({
        db,
        input: { nik: r.nik, kind: "death", date: "2026-10-01", workRelated: false, reportedBy: "village" },
        audit,
      });
      const heir = await addFamilyMember({
        db,
        eventId: reported.eventId,
        member: { name: `ANAK ${i}`, relation: "child", birthDate: "2015-01-01" },
        audit,
      });
      await chooseHeirs({ db, id: reported.claimId, audit });
      const doc = await uploadDocument({
        db,
        claimId: reported.claimId,
        code: "death_certificate",
        filename: "akta.pdf",
        content: sampleFiles.pdf,
        audit,
      });
      await db.query(
        "UPDATE claims SET status = 'paid', paid_amount = 42000000, paid_on = '2026-11-20' WHERE id = $1",
        [reported.claimId],
      );
      known.events.push(reported.eventId);
      known.claims.push(reported.claimId);
      known.family.push([reported.eventId, heir.id]);
      known.documents.push([reported.claimId, doc.id]);
      const referral = await referToTraining({
        db,
        claimId: reported.claimId,
        familyMemberId: heir.id,
        program: "Tata boga",
        audit,
      });
      known.training.push(referral.id);
    }
    const handover = await createHandover({
      db,
      input: { title: "Penyerahan uji", heldOn: "2026-12-01", place: "Pendopo", claimIds: known.claims },
      audit,
    });
    known.handovers.push(handover.id);
  }
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("has a probe for every operation of the API", async () => {
    const doc = (await server.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(operations.filter((op) => !probes[op] && !open.has(op))).toEqual([]);
  });

  it("answers 401 to every probe without a login", async () => {
    for (const probe of Object.values(probes).flatMap((make) => make(known))) {
      const response = await server.inject({ ...probe, headers: probe.headers });
      expect(response.statusCode, `${probe.method} ${probe.url}`).toBe(401);
    }
  });

  it("keeps every export inside its maker's area, and its file from everyone else", async () => {
    for (const account of accounts) {
      const headers = sessions.get(account.username);
      const job = await server.inject({
        method: "POST",
        url: "/api/v1/persons/export",
        payload: { format: "csv" },
        headers,
      });
      if (account.role === "csr_partner") {
        expect(job.statusCode).toBe(403);
        continue;
      }
      await runQueuedJobs(db, jobHandlers(config));
      const file = await server.inject({ method: "GET", url: `/api/v1/jobs/${job.json().id}/file`, headers });
      expect(file.statusCode, account.username).toBe(200);
      for (const trace of account.unseen()) {
        expect(
          file.body.toUpperCase().includes(trace.toUpperCase()),
          `${account.username}'s export shows ${trace}`,
        ).toBe(false);
      }
      for (const other of accounts.filter(
        (a) => a.username !== account.username && a.role !== "regency_admin",
      )) {
        const theirs = await server.inject({
          method: "GET",
          url: `/api/v1/jobs/${job.json().id}/file`,
          headers: sessions.get(other.username),
        });
        expect(theirs.statusCode, `${other.username} fetching ${account.username}'s export`).toBe(404);
      }
    }
  });
  it("lets no role see anyone outside its area, through any endpoint", async () => {
    const seen = new Map<string, string>(); // what each account was shown, for the checks at the end
    for (const account of accounts) {
      let shown = "";
      for (const [operation, make] of Object.entries(probes)) {
        for (const probe of make(known)) {
          const response = await server.inject({
            ...probe,
            headers: { ...sessions.get(account.username), ...probe.headers },
          });
          const where = `${account.username}: ${probe.method} ${probe.url} → ${response.statusCode}`;
          expect(response.statusCode, `${where} ${response.body}`).toBeLessThan(500);
          if (operation !== "POST /api/v1/auth/logout") {
            expect(response.statusCode, `${where}: the session must hold`).not.toBe(401);
          }
          // A PDF's text is compressed: read it as a reader would.
          const pdf = String(response.headers["content-type"]).startsWith("application/pdf")
            ? await pdfText(response.rawPayload)
            : "";
          const text = `${JSON.stringify(response.headers)}\n${response.body}\n${pdf}`;
          for (const trace of account.unseen()) {
            expect(text.toUpperCase().includes(trace.toUpperCase()), `${where} shows "${trace}"`).toBe(false);
          }
          shown += `${text}\n`;
        }
      }
      seen.set(account.username, shown);
    }
    // The probes reach the data: those who may see a resident do see them.
    const admin = seen.get("admin")!;
    for (const r of regency)
      expect(admin.includes(maskNik(r.nik)) || admin.includes(r.nik), r.nik).toBe(true);
    expect(admin).toContain(siti.nik); // revealed
    expect(seen.get("op.mauk")).toContain(maskNik(karta.nik));
    expect(seen.get("op.balaraja")).toContain(maskNik(siti.nik));
    expect(seen.get("desa.maukbarat")).toContain(maskNik(sumarni.nik));
    expect(seen.get("inspektorat")).toContain(maskNik(siti.nik));
    // Claims and handover papers reach their area's members only (the KPJ is on the letters too).
    expect(seen.get("op.mauk")).toContain("KPJ-WALK-0");
    expect(seen.get("op.mauk")).not.toContain("KPJ-WALK-1");
    expect(seen.get("op.balaraja")).toContain("KPJ-WALK-1");
    // The partner reaches its own company's portal and report, and nothing else of anyone.
    expect(seen.get("pt.maju")).toContain('"company":{"code":"pt-maju"');
    expect(seen.get("pt.maju")).toContain("Laporan Dampak");
  });
});
