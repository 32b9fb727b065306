import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { loadConfig } from "../../core/config.ts";
import type { Db } from "../../core/db.ts";
import { buildServer } from "../../server.ts";
import { addFunder } from "../funders/funders.service.ts";
import { localToday } from "./public-check.service.ts";

/** The first day of the month `n` months from today's, yyyy-mm-01. */
function month(n: number): string {
  const [y, m] = localToday().split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}
function day(n: number): string {
  const d = new Date(`${localToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// Synthetic people: each NIK encodes its birth date, as a real one does.
const covered = { nik: "3603084105910003", born: "1991-05-01", name: "SUMARNI RAHAYU" };
const ended = { nik: "3603081506850004", born: "1985-06-15", name: "KARTA WIJAYA" };
const registered = { nik: "3603015202900001", born: "1990-02-12", name: "SITI AMINAH" };
const listed = { nik: "3603010303800002", born: "1980-03-03", name: "DARSONO" };
const endingSoon = { nik: "3603010404810005", born: "1981-04-04", name: "ENTIN KURNIASIH" };
const unknownNik = "3603010505820006";

const coveredKeys = ["funder", "funderType", "guidance", "kpj", "message", "result", "since"];

describe(`the public status check on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const check = (nik: string, birthDate: string, lang = "en") =>
    server.inject({
      method: "POST",
      url: "/api/v1/public/status",
      payload: { nik, birthDate },
      headers: { "accept-language": lang },
    });

  beforeAll(async () => {
    db = await freshDb();
    const person = async (p: { nik: string; born: string; name: string }) =>
      (
        await db.query<{ id: number }>(
          `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code, kecamatan_code, desa_code, phone,
             occupation)
           VALUES ($1, true, $2, $3, '36.03', '36.03.08', NULL, '081299990001', 'PETANI') RETURNING id`,
          [p.nik, p.name, p.born],
        )
      )[0].id;
    const funder = async (code: string, type: string, name: string) => {
      await addFunder({
        db,
        funder: {
          code,
          name,
          type,
          budget: 1e9,
          from: month(-12).slice(0, 7),
          to: month(12).slice(0, 7),
          package: "jkk-jkm",
        },
        by: "test",
      });
      return (await db.query<{ id: number }>("SELECT id FROM funders WHERE code = $1", [code]))[0].id;
    };
    const apbd = await funder("apbd-uji", "apbd", "APBD Kabupaten Uji");
    const csr = await funder("csr-pabrik", "csr", "PT Pabrik Kertas Rahasia");
    const [{ id: plan }] = await db.query<{ id: number }>(
      `INSERT INTO plans (period_from, period_to, status, summary, created_by)
       VALUES ($1, $2, 'approved', '{}', 'test') RETURNING id`,
      [month(-12), month(12)],
    );
    const membership = (
      personId: number,
      nik: string,
      funderId: number,
      m: { status: string; start: string; end: string; from?: string; kpj?: string; endedOn?: string },
    ) =>
      db.query(
        `INSERT INTO memberships (person_id, plan_id, funder_id, package, nik, status, kpj, start_month, end_month,
           active_from, ended_on, end_reason)
         VALUES ($1, $2, $3, 'jkk-jkm', $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          personId,
          plan,
          funderId,
          nik,
          m.status,
          m.kpj ?? null,
          m.start,
          m.end,
          m.from ?? null,
          m.endedOn ?? null,
          m.endedOn ? "death" : null,
        ],
      );
    // Covered by a company for three months, then by the regency without a break.
    const a = await person(covered);
    await membership(a, covered.nik, csr, {
      status: "active",
      start: month(-6),
      end: month(-4),
      kpj: "KPJ-1111",
    });
    await membership(a, covered.nik, apbd, {
      status: "active",
      start: month(-3),
      end: month(8),
      from: month(-3),
      kpj: "26010012345678",
    });
    // Died last month: the cover ended that day.
    const b = await person(ended);
    await membership(b, ended.nik, apbd, {
      status: "ended",
      start: month(-3),
      end: month(8),
      kpj: "26010099990004",
      endedOn: day(-20),
    });
    // Sent to BPJS, no answer yet.
    const c = await person(registered);
    await membership(c, registered.nik, apbd, { status: "registered", start: month(-1), end: month(8) });
    // On a list, never enrolled.
    await person(listed);
    // Ends in five days (the funder stops): covered until then.
    const e = await person(endingSoon);
    await membership(e, endingSoon.nik, csr, {
      status: "ended",
      start: month(-2),
      end: month(3),
      kpj: "26010077770005",
      endedOn: day(5),
    });
    server = await buildServer({ db, config: loadConfig({}) });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it("tells a covered worker since when, by what kind of funder, the KPJ masked, and what to do", async () => {
    const response = await check(covered.nik, covered.born);
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect(Object.keys(answer).sort()).toEqual(coveredKeys);
    expect(Object.keys(answer.guidance).sort()).toEqual(["accident", "death"]);
    expect(answer).toMatchObject({
      result: "covered",
      since: month(-6), // the company's spell and the regency's join without a break
      funderType: "apbd",
      funder: "the regency/city government (APBD)",
      kpj: "••••5678",
    });
    expect(answer.message).toContain(`since ${month(-6).split("-").reverse().join("-")}`);
    expect(answer.guidance.accident).toContain("5 years");
    expect(answer.guidance.death).toContain("heir");
    // Nothing else of the record: no name, NIK, birth date, phone, funder's name, whole KPJ, region.
    for (const secret of [
      covered.name,
      covered.nik,
      covered.born,
      "081299990001",
      "APBD Kabupaten Uji",
      "PT Pabrik",
      "26010012345678",
      "0012345678",
      "36.03.08",
      "PETANI",
    ]) {
      expect(response.body.toUpperCase()).not.toContain(secret.toUpperCase());
    }
    const id = (await check(covered.nik, covered.born, "id")).json();
    expect(id.funder).toBe("pemerintah kabupaten/kota (APBD)");
    expect(id.message).toContain("Terlindungi");
  });

  it("counts an ended cover to its last day, and never a name of a company", async () => {
    const soon = (await check(endingSoon.nik, endingSoon.born)).json();
    expect(soon).toMatchObject({ result: "covered", funderType: "csr", funder: "a partner company (CSR)" });
    expect(JSON.stringify(soon)).not.toContain("Pabrik");
  });

  it("answers no cover, an unknown NIK and a wrong birth date byte for byte the same", async () => {
    const unknown = await check(unknownNik, "1982-05-05");
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json()).toEqual({
      result: "not_covered",
      message: expect.stringContaining("No active cover is recorded"),
    });
    const same = [
      await check(covered.nik, "1991-05-02"), // a wrong day
      await check(covered.nik, "1990-05-01"), // a wrong year
      await check(ended.nik, ended.born), // died last month
      await check(registered.nik, registered.born), // no answer from BPJS yet
      await check(listed.nik, listed.born), // on a list, never enrolled
    ];
    const headers = (r: typeof unknown) => {
      const { date: _date, ...rest } = r.headers;
      return rest;
    };
    for (const r of same) {
      expect(r.body).toBe(unknown.body);
      expect(headers(r)).toEqual(headers(unknown));
    }
  });

  it("says clearly what is wrong with an NIK or a birth date", async () => {
    const short = await check("36030841051", covered.born);
    expect([short.statusCode, short.json().error.code]).toEqual([400, "public_nik_invalid"]);
    expect(short.json().error.message).toContain("16 digits");
    const day35 = await check("3603083505910003", covered.born, "id");
    expect(day35.json().error.message).toContain("NIK tidak sah");
    const date = await check(covered.nik, "1991-02-30");
    expect([date.statusCode, date.json().error.code]).toEqual([400, "public_birth_date_invalid"]);
  });

  it("records a check that showed a cover under that person, with the address; no other check names anyone", async () => {
    const ids = await db.query<{ id: number; nik: string }>("SELECT id, nik FROM persons");
    const idOf = (nik: string) => ids.find((p) => p.nik === nik)!.id;
    // Written in batches, a fraction of a second after the checks.
    const entries = await vi.waitFor(async () => {
      const rows = await db.query<{
        person_ids: number[];
        source: string;
        actor: string;
        details: { checks: { persons: number[]; source: string; at: string }[] };
      }>("SELECT person_ids, source, actor, details FROM audit_log WHERE action = 'public_status_check'");
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    const named = new Set(entries.flatMap((e) => e.person_ids.map(Number)));
    expect([...named].sort()).toEqual([idOf(covered.nik), idOf(endingSoon.nik)].sort());
    expect(entries.every((e) => e.actor === "public" && e.source === "127.0.0.1")).toBe(true);
    const checks = entries.flatMap((e) => e.details.checks);
    // Three checks showed a cover: the covered worker twice (en, id), the one whose cover ends soon.
    expect(checks).toHaveLength(3);
    expect(checks.every((c) => c.source === "127.0.0.1" && c.at.endsWith("Z"))).toBe(true);
  });
});

describe(`the public status check's limits under a burst on ${dbKind} (loopback)`, () => {
  let db: Db;

  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db?.close());

  /** A listening server with these limits, and a fetch of the check through it. */
  async function listening(env: Record<string, string>) {
    const server = await buildServer({ db, config: loadConfig(env) });
    await server.listen({ port: 0, host: "127.0.0.1" });
    const { port } = server.server.address() as { port: number };
    const post = (nik: string, birthDate = "1982-05-05", lang = "en") =>
      fetch(`http://127.0.0.1:${port}/api/v1/public/status`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": lang },
        body: JSON.stringify({ nik, birthDate }),
      });
    return { server, post };
  }

  it("lets exactly the per-address limit through out of 50 parallel requests, the rest 429 with Retry-After", async () => {
    const { server, post } = await listening({ PAYUNG_PUBLIC_CHECKS_PER_IP: "20" });
    try {
      // Fifty different NIKs: only the address limit applies.
      const niks = Array.from({ length: 50 }, (_, i) => `3603010505${820001 + i}`);
      const responses = await Promise.all(niks.map((nik) => post(nik)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
      const refused = responses.find((r) => r.status === 429)!;
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = await refused.json();
      expect(body.error).toEqual({
        code: "public_rate_limited",
        message: `Too many requests from your address. Try again in ${retryAfter} seconds.`,
      });
      const id = await (await post(niks[0], "1982-05-05", "id")).json();
      expect(id.error.message).toContain("Terlalu banyak permintaan");
    } finally {
      await server.close();
    }
  });

  it("lets exactly the per-NIK limit through, for a known or an unknown NIK alike", async () => {
    const { server, post } = await listening({
      PAYUNG_PUBLIC_CHECKS_PER_IP: "1000",
      PAYUNG_PUBLIC_CHECKS_PER_NIK: "10",
    });
    try {
      await db.query(
        `INSERT INTO persons (nik, nik_valid, name, birth_date, regency_code) VALUES ($1, true, 'X', $2, '36.03')`,
        [covered.nik, covered.born],
      );
      for (const nik of [covered.nik, unknownNik]) {
        // Half of them guess the birth date: every guess counts.
        const responses = await Promise.all(
          Array.from({ length: 25 }, (_, i) => post(nik, i % 2 ? covered.born : "1991-05-02")),
        );
        const statuses = responses.map((r) => r.status);
        expect(
          statuses.filter((s) => s === 200),
          nik,
        ).toHaveLength(10);
        expect(
          statuses.filter((s) => s === 429),
          nik,
        ).toHaveLength(15);
        const refused = await responses.find((r) => r.status === 429)!.json();
        expect(refused.error.code).toBe("public_nik_rate_limited");
        expect(refused.error.message).toContain("60 minutes");
      }
      // Another NIK is still answered.
      expect((await post(registered.nik, registered.born)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
