import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Command, Option } from "commander";
import { UserError } from "../common/errors.ts";
import { checkDocument, readDocument, uploadDocument } from "../modules/claims/documents.service.ts";
import { idOf } from "./arguments.ts";
import { formatNumber, langOf, type ReportOptions, report, withApp } from "./output.ts";

const audit = (command: string) => ({
  actor: `cli:${os.userInfo().username}`,
  via: `payung claims doc ${command}`,
});

/** `payung claims doc …`: a claim's documents, added under the claims command. */
export function claimDocumentCommands(claims: Command): void {
  const doc = claims
    .command("doc")
    .description("A claim's documents: add a scan (PDF, JPG or PNG), check it, read it back");
  doc
    .command("add <id> <file>")
    .description("Add a document to a claim's checklist (again: the latest upload counts)")
    .requiredOption(
      "--code <code>",
      "the checklist item, e.g. kk or death_certificate (see payung claims show)",
    )
    .option("--json", "print JSON")
    .action(async (id: string, file: string, o: ReportOptions & { code: string }) => {
      const claimId = idOf(id, "claim_not_found");
      if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile())
        throw new UserError("file_not_found", { file });
      const content = fs.readFileSync(file);
      const saved = await withApp(({ db }) =>
        uploadDocument({
          db,
          claimId,
          code: o.code,
          filename: path.basename(file),
          content,
          audit: audit("add"),
        }),
      );
      report(
        o,
        saved,
        () =>
          `${saved.id}: ${saved.code} ${saved.contentType}, ${formatNumber(saved.bytes, langOf(o))} bytes`,
      );
    });
  doc
    .command("check <id> <doc>")
    .description("Accept a document, or reject it with a note saying what to bring instead")
    .addOption(new Option("--accept", "the document is right").conflicts("reject"))
    .option("--reject", "the document is wrong (give --note)")
    .option("--note <text>", "what is wrong, what to bring instead")
    .option("--json", "print JSON")
    .action(
      async (
        id: string,
        docId: string,
        o: ReportOptions & { accept?: boolean; reject?: boolean; note?: string },
        cmd: Command,
      ) => {
        // one of the two is the decision itself; commander cannot require either
        if (!o.accept && !o.reject) cmd.error("error: give --accept or --reject", { exitCode: 2 });
        const claimId = idOf(id, "claim_not_found");
        const documentId = idOf(docId, "claim_document_not_found");
        const checked = await withApp(({ db }) =>
          checkDocument({
            db,
            claimId,
            documentId,
            status: o.accept ? "accepted" : "rejected",
            note: o.note,
            audit: audit("check"),
          }),
        );
        report(o, checked, () => `${checked.id}: ${checked.status}`);
      },
    );
  doc
    .command("get <id> <doc>")
    .description("Write a document's file (recorded in the audit log)")
    .requiredOption("--out <file>", "where to write it")
    .option("--json", "print JSON")
    .action(async (id: string, docId: string, o: ReportOptions & { out: string }) => {
      const claimId = idOf(id, "claim_not_found");
      const documentId = idOf(docId, "claim_document_not_found");
      const found = await withApp(({ db }) => readDocument({ db, claimId, documentId, audit: audit("get") }));
      fs.writeFileSync(o.out, found.content);
      report(
        o,
        {
          document: documentId,
          filename: found.filename,
          contentType: found.contentType,
          out: o.out,
          bytes: found.content.length,
        },
        () => `${documentId} (${found.filename}) → ${o.out}`,
      );
    });
}
