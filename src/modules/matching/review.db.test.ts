import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import { tempDir, writeCsv } from "../../../test/files.ts";
import type { Db } from "../../core/db.ts";
import { auditOfPerson } from "../audit/audit.service.ts";
import { importFile } from "../imports/imports.service.ts";
import { runMatching } from "./matching.service.ts";
import { decideReview, listReview, showReview, splitReview } from "./review.service.ts";

const header = ["NIK", "NAMA", "JENIS KELAMIN", "TANGGAL LAHIR", "DESA", "KECAMATAN"];
const ahmad = ["3603011211870002", "AHMAD FAUZI", "L", "12-11-1987", "Sentul", "Balaraja"];

describe(`review queue on ${dbKind}`, () => {
  let db: Db;
  const tmp = tempDir();
  let files = 0;
  const load = (source: string, rows: string[][]) =>
    importFile({
      db,
      file: writeCsv(path.join(tmp.dir, `${source}-${++files}.csv`), [header, ...rows]),
      source,
      regencyCode: "36.03",
      importedBy: "test",
      today: new Date("2026-11-27"),
    });
  const personOf = async (batch: number, row: number) => {
    const [link] = await db.query<{ person_id: number; method: string }>(
      "SELECT person_id, method FROM record_links WHERE batch_id = $1 AND row_number = $2",
      [batch, row],
    );
    return link;
  };
  const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;

  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(async () => {
    // Links and persons have no foreign keys (ADR 0003): every decision must leave them whole.
    expect(
      await count(`SELECT count(*)::int AS n FROM record_links l LEFT JOIN persons p ON p.id = l.person_id
                   WHERE p.id IS NULL`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM persons p
                   WHERE NOT EXISTS (SELECT 1 FROM record_links l WHERE l.person_id = p.id)`),
    ).toBe(0);
    await db.close();
  });
  afterAll(() => tmp.remove());

  it("asks about a likely pair, and accepting it makes one person that later runs keep", async () => {
    await load("dtks", [["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja"]]);
    // No NIK, no birth date, another desa of the same kecamatan: likely her, but not sure.
    await load("usulan-desa", [["", "Siti Aminah", "P", "", "Talagasari", "Balaraja"]]);
    const first = await runMatching({ db, runBy: "test" });
    expect(first).toMatchObject({ persons: 2, review: 1, linked_fuzzy: 0 });

    const [item] = await listReview({ db });
    expect(item).toMatchObject({ kind: "possible_duplicate", status: "open" });
    expect(item.score).toBeGreaterThanOrEqual(4);
    expect(item.score).toBeLessThan(12);
    const shown = await showReview({ db, id: item.id, by: "reviewer" });
    expect(shown.reasons.name.level).toBe("same");
    expect(shown.reasons.birth_date.level).toBe("missing");
    expect([shown.a.name, shown.b.name].sort()).toEqual(["SITI AMINAH", "Siti Aminah"]);

    const decided = await decideReview({ db, id: item.id, decision: "accept", by: "reviewer" });
    expect(decided.persons[0]).toBe(decided.persons[1]);
    expect(decided.item).toMatchObject({ status: "accepted" });
    expect(await count("SELECT count(*)::int AS n FROM persons")).toBe(1);
    expect((await personOf(2, 1)).method).toBe("review");
    // The golden record was rebuilt from both records: desa from the trusted register.
    const [person] = await db.query<{ desa_code: string; birth_date: string }>(
      "SELECT desa_code, birth_date FROM persons",
    );
    expect(person.birth_date).toBe("1990-02-12");

    const again = await runMatching({ db, runBy: "test" });
    expect(again).toMatchObject({ persons: 1, review: 0 });
    // The look at both records and the merge are in the audit log, under the surviving person.
    const trail = await auditOfPerson({ db, personId: decided.persons[0] });
    expect(trail.map((e) => [e.actor, e.action, e.via])).toEqual([
      ["reviewer", "read", "payung review show"],
      ["reviewer", "change", "payung review accept"],
    ]);
    await expect(decideReview({ db, id: item.id, decision: "reject", by: "x" })).rejects.toMatchObject({
      code: "review_decided",
    });
  });

  it("keeps a rejected pair apart and never asks again", async () => {
    await load("dtks", [["3603015202900001", "SITI AMINAH", "P", "12-02-1990", "Sentul", "Balaraja"]]);
    await load("usulan-desa", [["", "Siti Aminah", "P", "", "Talagasari", "Balaraja"]]);
    await runMatching({ db, runBy: "test" });
    const [item] = await listReview({ db });
    await decideReview({ db, id: item.id, decision: "reject", by: "reviewer" });
    await load("dinsos", [["3603084105910003", "Sumarni", "P", "01-05-1991", "Mauk Barat", "Mauk"]]);
    const later = await runMatching({ db, runBy: "test" });
    expect(later).toMatchObject({ persons: 3, review: 0 });
    expect(await listReview({ db, status: null })).toHaveLength(1);
  });

  it("flags an NIK shared by two different people, and a split survives the next list", async () => {
    await load("dtks", [ahmad]);
    // The village list put his NIK on his wife's row.
    await load("usulan-desa", [
      ["3603011211870002", "Rina Marlina", "P", "05-03-1995", "Sentul", "Balaraja"],
    ]);
    const first = await runMatching({ db, runBy: "test" });
    expect(first).toMatchObject({ persons: 1, review: 1, linked_exact: 2 });
    const [item] = await listReview({ db });
    expect(item).toMatchObject({ kind: "shared_nik" });
    expect(item.a.person).toBe(item.b.person);

    const split = await splitReview({ db, target: String(item.id), by: "reviewer" });
    expect(split.item.status).toBe("split");
    expect(split.persons[0]).not.toBe(split.persons[1]);
    expect(await count("SELECT count(*)::int AS n FROM persons")).toBe(2);

    // A later list with his NIK and his details goes to him, not to her.
    await load("dkp-nelayan", [["3603011211870002", "Ahmad Fauzi", "L", "12-11-1987", "Sentul", "Balaraja"]]);
    await runMatching({ db, runBy: "test" });
    expect((await personOf(3, 1)).person_id).toBe((await personOf(1, 1)).person_id);
    expect((await personOf(2, 1)).person_id).not.toBe((await personOf(1, 1)).person_id);
  });

  it("splits any record out of its person by batch:row, and refuses a record that is alone", async () => {
    await load("dtks", [ahmad]);
    await load("dkp-nelayan", [["3603011211870002", "Ahmad Fauzi", "L", "12-11-1987", "Sentul", "Balaraja"]]);
    await runMatching({ db, runBy: "test" });
    const result = await splitReview({ db, target: "2:1", by: "reviewer" });
    expect(result.item).toMatchObject({ kind: "split", status: "split" });
    expect(await count("SELECT count(*)::int AS n FROM persons")).toBe(2);
    await expect(splitReview({ db, target: "2:1", by: "reviewer" })).rejects.toMatchObject({
      code: "review_split_alone",
    });
    await expect(splitReview({ db, target: "9:9", by: "reviewer" })).rejects.toMatchObject({
      code: "record_not_found",
    });
  });
});
