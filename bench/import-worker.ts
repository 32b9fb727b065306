import fs from "node:fs";
import { prepareDb } from "../src/core/app.ts";
import { importFile } from "../src/modules/imports/imports.service.ts";
import { freshDatabase } from "./fresh-database.ts";

/** One measurement in a fresh process and a fresh database: `copy` (baseline) or `import`. */
const [mode, backend, file] = process.argv.slice(2);

/** The file in ~4 MiB pieces cut at line ends, header line dropped: what COPY reads. */
async function* fileChunks(): AsyncGenerator<string> {
  let rest = "";
  let header = true;
  for await (const chunk of fs.createReadStream(file, { encoding: "utf8", highWaterMark: 4 << 20 })) {
    let text = rest + chunk;
    if (header) {
      text = text.slice(text.indexOf("\n") + 1);
      header = false;
    }
    const cut = text.lastIndexOf("\n") + 1;
    rest = text.slice(cut);
    yield text.slice(0, cut);
  }
  if (rest) yield rest;
}

const { db, drop } = await freshDatabase(backend);
await prepareDb(db);
const started = performance.now();
let rows: number;
if (mode === "copy") {
  const head = Buffer.alloc(65536);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const columns = head.toString("utf8").split("\n")[0].split(";").length;
  await db.exec(
    `CREATE TABLE raw_list (${Array.from({ length: columns }, (_, i) => `c${i} text`).join(", ")})`,
  );
  rows = await db.transaction((tx) =>
    tx.copyFrom(`COPY raw_list FROM STDIN (FORMAT csv, DELIMITER ';')`, fileChunks()),
  );
} else {
  const summary = await importFile({ db, file, source: "bench", regencyCode: "36.03", importedBy: "bench" });
  rows = summary.rows;
}
const seconds = (performance.now() - started) / 1000;
await db.close();
await drop();
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds, rows, maxRssMiB }));
