import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { auditOfPerson, recordAudit, verifyAudit } from "./audit.service.ts";

describe(`audit log on ${dbKind}`, () => {
  let db: Db;
  const cli = { actor: "cli:ani", via: "payung review show", source: "127.0.0.1" };
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("chains entries, lists who saw a person, and verifies the chain", async () => {
    expect(await verifyAudit({ db })).toEqual({ entries: 0, ok: true, broken: null });
    await recordAudit(db, cli, "read", [7, 9], { item: 1, nested: { b: 2, a: 1 } });
    await recordAudit(db, { actor: "cli:budi", via: "payung export persons" }, "export", null, { rows: 3 });
    await recordAudit(db, cli, "change", [9], { item: 1, reason: undefined }); // absent from JSON, so from the hash
    expect(await verifyAudit({ db })).toEqual({ entries: 3, ok: true, broken: null });
    const seen = await auditOfPerson({ db, personId: 9 });
    expect(seen.map((e) => [e.actor, e.action, e.personIds])).toEqual([
      ["cli:ani", "read", [7, 9]],
      ["cli:ani", "change", [9]],
    ]);
    expect(seen[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("refuses to change or delete an entry, and finds one changed behind its back", async () => {
    await expect(db.query("UPDATE audit_log SET actor = 'x' WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(db.query("DELETE FROM audit_log WHERE id = 1")).rejects.toThrow(/append-only/);
    await expect(db.query("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    // Someone with the database owner's rights switches the guard off and edits history.
    await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;
      UPDATE audit_log SET person_ids = '{7}' WHERE id = 1;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;`);
    expect(await verifyAudit({ db })).toEqual({ entries: 1, ok: false, broken: { id: 1, reason: "hash" } });
  });
});
