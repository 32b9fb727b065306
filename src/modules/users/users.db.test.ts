import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDb } from "../../../test/db.ts";
import type { Db } from "../../core/db.ts";
import { verifyAudit } from "../audit/audit.service.ts";
import { addUser, checkPassword, listUsers } from "./users.service.ts";

describe(`accounts on ${dbKind}`, () => {
  let db: Db;
  const ani = {
    username: "ani.mauk",
    fullName: "Ani Suryani",
    role: "kecamatan_operator",
    areaCode: "36.03.08",
    password: "payung-mauk-2026",
    by: "cli:admin",
  };
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(() => db.close());

  it("adds an account with an argon2 hash and checks its password", async () => {
    const user = await addUser({ db, ...ani });
    expect(user).toMatchObject({
      username: "ani.mauk",
      role: "kecamatan_operator",
      areaCode: "36.03.08",
      active: true,
    });
    const [{ password_hash }] = await db.query<{ password_hash: string }>("SELECT password_hash FROM users");
    expect(password_hash).toMatch(/^\$argon2id\$/);
    expect(password_hash).not.toContain(ani.password);
    expect(await checkPassword({ db, username: "ani.mauk", password: ani.password })).toMatchObject({
      id: user.id,
    });
    expect(await checkPassword({ db, username: "ani.mauk", password: "salah-sandi-123" })).toBeNull();
    expect(await checkPassword({ db, username: "nobody", password: ani.password })).toBeNull();
    expect((await listUsers({ db })).map((u) => u.username)).toEqual(["ani.mauk"]);
    expect(await verifyAudit({ db })).toMatchObject({ ok: true, entries: 1 });
  });

  it("says what is wrong with a role, an area, a name or a password", async () => {
    const wrong = (changes: Partial<typeof ani>) => addUser({ db, ...ani, username: "budi", ...changes });
    await expect(wrong({ role: "lurah" })).rejects.toMatchObject({ code: "role_unknown" });
    await expect(wrong({ areaCode: "36.03" })).rejects.toMatchObject({ code: "role_area_level" });
    await expect(wrong({ areaCode: "99.99.99" })).rejects.toMatchObject({ code: "region_not_found" });
    await expect(wrong({ username: "Budi Santoso" })).rejects.toMatchObject({ code: "username_invalid" });
    await expect(wrong({ password: "pendek" })).rejects.toMatchObject({ code: "password_too_short" });
    await expect(wrong({ username: "ani.mauk" })).rejects.toMatchObject({ code: "username_taken" });
  });

  it("links a CSR partner to its company, and only a CSR partner", async () => {
    await db.query("INSERT INTO companies (code, name, created_by) VALUES ('pt-maju', 'PT Maju', 'test')");
    const partner = { ...ani, username: "mitra.maju", role: "csr_partner", areaCode: "36.03" };
    await expect(addUser({ db, ...partner })).rejects.toMatchObject({ code: "user_company_required" });
    await expect(addUser({ db, ...partner, companyCode: "pt-lain" })).rejects.toMatchObject({
      code: "user_company_unknown",
    });
    await expect(addUser({ db, ...ani, username: "budi", companyCode: "pt-maju" })).rejects.toMatchObject({
      code: "user_company_not_allowed",
    });
    expect(await addUser({ db, ...partner, companyCode: "pt-maju" })).toMatchObject({
      username: "mitra.maju",
      companyCode: "pt-maju",
    });
    const listed = await listUsers({ db });
    expect(listed.map((u) => [u.username, u.companyCode])).toEqual([
      ["ani.mauk", null],
      ["mitra.maju", "pt-maju"],
    ]);
  });
});
