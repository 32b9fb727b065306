import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db.ts";
import { jobHandlers } from "../src/modules/jobs/handlers.ts";
import { getJob, runQueuedJobs } from "../src/modules/jobs/jobs.service.ts";
import { buildServer } from "../src/server.ts";
import { loggedIn } from "./accounts.ts";
import { dbKind, freshDb } from "./db.ts";
import { tempDir } from "./files.ts";

describe(`imports through the API on ${dbKind}`, () => {
  let db: Db;
  let server: FastifyInstance;
  const tmp = tempDir();
  const config = loadConfig({ PAYUNG_DATA_DIR: path.join(tmp.dir, "data") });
  let sessions = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    db = await freshDb();
    server = await buildServer({ db, config });
    sessions = await loggedIn(db, server, [
      ["op.mauk", "kecamatan_operator", "36.03.08"],
      ["op.balaraja", "kecamatan_operator", "36.03.01"],
      ["auditor", "auditor", "36.03"],
    ]);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
    tmp.remove();
  });

  it("uploads a list, imports it as a job, and gives quarantined rows only to their kecamatan", async () => {
    const csv = [
      "NIK,NAMA,DESA,KECAMATAN",
      "3603084105910003,Sumarni,Mauk Barat,Mauk",
      "3603084105910004,,Mauk Barat,Mauk",
      "3603015202900001,,Sentul,Balaraja",
    ].join("\n");
    const upload = await server.inject({
      method: "POST",
      url: "/api/v1/imports?source=usulan-desa&filename=usulan%20mauk.csv",
      headers: { ...sessions.get("op.mauk"), "content-type": "text/csv" },
      payload: csv,
    });
    expect(upload.statusCode).toBe(202);
    await runQueuedJobs(db, jobHandlers(config));
    const job = await getJob({ db, id: upload.json().id });
    expect(job).toMatchObject({
      status: "done",
      result: { file: "usulan mauk.csv", rows: 3, accepted: 1, quarantined: 2 },
    });

    const batches = (
      await server.inject({ method: "GET", url: "/api/v1/imports", headers: sessions.get("op.mauk") })
    ).json();
    expect(batches.batches[0]).toMatchObject({ source: "usulan-desa", quarantined: 2 });
    const quarantine = (who: string) =>
      server.inject({
        method: "GET",
        url: `/api/v1/imports/${job.result?.batch}/quarantine`,
        headers: sessions.get(who),
      });
    const mauk = (await quarantine("op.mauk")).body.trim().split("\n");
    expect(mauk).toHaveLength(2);
    expect(mauk[1]).toContain("3603084105910004");
    const balaraja = (await quarantine("op.balaraja")).body;
    expect(balaraja).toContain("3603015202900001");
    expect(balaraja).not.toContain("3603084105910004");
    expect((await quarantine("auditor")).statusCode).toBe(403);

    // The operator fills in the missing name and sends the file back as it is.
    const fixed = mauk.map((line, i) =>
      i === 1 ? line.replace("3603084105910004,,", "3603084105910004,Karta,") : line,
    );
    const again = await server.inject({
      method: "POST",
      url: "/api/v1/imports?source=usulan-desa&filename=karantina-perbaikan.csv",
      headers: { ...sessions.get("op.mauk"), "content-type": "text/csv" },
      payload: `${fixed.join("\n")}\n`,
    });
    await runQueuedJobs(db, jobHandlers(config));
    expect((await getJob({ db, id: again.json().id })).result).toMatchObject({
      rows: 1,
      accepted: 1,
      quarantined: 0,
    });
  });

  it("refuses a file over the upload limit, in the caller's language, and keeps nothing of it", async () => {
    const small = await buildServer({ db, config: { ...config, uploadMaxBytes: 2 ** 10 } });
    const csv = `NIK,NAMA\n${"3603084105910003,Sumarni\n".repeat(200)}`;
    const upload = (payload: string | NodeJS.ReadableStream) =>
      small.inject({
        method: "POST",
        url: "/api/v1/imports?source=besar&filename=besar.csv",
        headers: { ...sessions.get("op.mauk"), "content-type": "text/csv", "accept-language": "en" },
        payload,
      });
    const declared = await upload(csv); // says its length up front
    const streamed = await upload(Readable.from([csv.slice(0, 1000), csv.slice(1000)])); // does not
    for (const refused of [declared, streamed]) {
      expect(refused.statusCode).toBe(413);
      expect(refused.json().error).toMatchObject({ code: "upload_too_large" });
      expect(refused.json().error.message).toContain("Split the list");
    }
    expect(fs.readdirSync(path.join(config.dataDir, "uploads"))).toHaveLength(2); // the two earlier lists
    expect(await db.query("SELECT 1 FROM jobs WHERE params->>'source' = 'besar'")).toEqual([]);
    await small.close();
  });

  it("previews an upload, imports it with the columns as confirmed, remembers them, and explains the batch", async () => {
    const headers = sessions.get("op.mauk")!;
    const csv =
      "NIK,NAMA LENGKAP,STATUS KAWIN,DESA,KECAMATAN\n3603084105910011,Warsih,KAWIN,Mauk Barat,Mauk\n,,BELUM,Mauk Barat,Mauk\n";
    const sent = await server.inject({
      method: "POST",
      url: "/api/v1/uploads?filename=usulan%20baru.csv",
      headers: { ...headers, "content-type": "text/csv" },
      payload: csv,
    });
    expect(sent.statusCode).toBe(201);
    const upload = sent.json().upload;
    const preview = (
      await server.inject({
        method: "GET",
        url: `/api/v1/uploads/${upload}/preview?source=usulan-baru`,
        headers,
      })
    ).json();
    expect(preview).toMatchObject({
      file: "usulan baru.csv",
      remembered: false,
      rows: [
        ["3603084105910011", "Warsih", "KAWIN", "Mauk Barat", "Mauk"],
        ["", "", "BELUM", "Mauk Barat", "Mauk"],
      ],
    });
    expect(preview.columns[2]).toEqual({ header: "STATUS KAWIN", field: null, recognised: false });
    // Someone else's upload does not exist for them.
    expect(
      (
        await server.inject({
          method: "GET",
          url: `/api/v1/uploads/${upload}/preview?source=x`,
          headers: sessions.get("op.balaraja"),
        })
      ).statusCode,
    ).toBe(404);
    // Without saying what STATUS KAWIN is, the import is refused at once, in the caller's language.
    const unsure = await server.inject({
      method: "POST",
      url: `/api/v1/uploads/${upload}/import`,
      headers: { ...headers, "accept-language": "en" },
      payload: { source: "usulan-baru" },
    });
    expect(unsure.statusCode).toBe(400);
    expect(unsure.json().error).toMatchObject({ code: "headers_unknown" });
    const columns = Object.fromEntries(
      preview.columns.map((c: { header: string; field: string | null }) => [c.header, c.field]),
    );
    const started = await server.inject({
      method: "POST",
      url: `/api/v1/uploads/${upload}/import`,
      headers,
      payload: { source: "usulan-baru", mapping: { columns } },
    });
    expect(started.statusCode).toBe(202);
    await runQueuedJobs(db, jobHandlers(config));
    const job = await getJob({ db, id: started.json().id });
    expect(job.result).toMatchObject({ rows: 2, accepted: 1, quarantined: 1 });
    const again = (
      await server.inject({
        method: "GET",
        url: `/api/v1/uploads/${upload}/preview?source=usulan-baru`,
        headers,
      })
    ).json();
    expect(again).toMatchObject({ remembered: true });
    expect(again.columns[2]).toEqual({ header: "STATUS KAWIN", field: null, recognised: true });

    const batch = (
      await server.inject({ method: "GET", url: `/api/v1/imports/${job.result?.batch}`, headers })
    ).json();
    expect(batch).toMatchObject({ source: "usulan-baru", quarantined: 1 });
    const quarantine = (
      await server.inject({
        method: "GET",
        url: `/api/v1/imports/${job.result?.batch}/quarantine?format=json`,
        headers,
      })
    ).json();
    expect(quarantine.rows).toEqual([
      {
        row: 2,
        disposition: "quarantined",
        reasons: [{ code: "name_missing", message: expect.stringContaining("Nama kosong") }],
        cells: ["", "", "BELUM", "Mauk Barat", "Mauk"],
      },
    ]);
  });
});
