/**
 * Uploaded files: each in its own folder of the data directory (the folder keeps the file's name,
 * which the batch records) with a note of who sent it. The folder's random name is the upload's
 * token; only its sender may use it.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { UserError } from "../../common/errors.ts";
import type { Config } from "../../core/config.ts";

export const uploadTypes = [
  "text/csv",
  "application/octet-stream",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

/** Upload bodies reach the routes as streams, never parsed or held in memory. */
export function acceptUploads(server: FastifyInstance): void {
  server.addContentTypeParser(uploadTypes, (_request, payload, done) => done(null, payload));
}

interface UploadNote {
  owner: string;
  filename: string;
  bytes: number;
}

/**
 * Streams the request body to disk. A body over the limit is refused, and nothing of it is kept;
 * the rest of it is read and dropped, so the caller gets the answer rather than a broken connection.
 */
export async function saveUpload(
  request: FastifyRequest,
  reply: FastifyReply,
  { filename, config, owner }: { filename: string; config: Config; owner: string },
): Promise<{ token: string; file: string; bytes: number }> {
  const tooLarge = () => new UserError("upload_too_large", { mb: config.uploadMaxBytes / 2 ** 20 });
  if (Number(request.headers["content-length"] ?? 0) > config.uploadMaxBytes) {
    reply.header("connection", "close");
    throw tooLarge();
  }
  const token = randomBytes(16).toString("hex");
  const folder = path.join(config.dataDir, "uploads", token);
  fs.mkdirSync(folder, { recursive: true });
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next(bytes > config.uploadMaxBytes ? tooLarge() : null, chunk);
    },
  });
  const body = request.body as NodeJS.ReadableStream;
  const written = pipeline(limit, fs.createWriteStream(path.join(folder, filename)));
  body.on("error", (error) => limit.destroy(error));
  body.once("close", () => request.raw.complete || limit.destroy(new Error("upload interrupted")));
  body.pipe(limit);
  try {
    await written;
  } catch (error) {
    body.unpipe(limit);
    body.resume();
    reply.header("connection", "close");
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const note: UploadNote = { owner, filename, bytes };
  fs.writeFileSync(path.join(folder, "upload.json"), JSON.stringify(note));
  return { token, file: path.join(folder, filename), bytes };
}

/** The file of an upload its sender asks for; anyone else is told it does not exist. */
export function findUpload(config: Config, token: string, owner: string): { file: string; filename: string } {
  const folder = path.join(config.dataDir, "uploads", token);
  const notePath = path.join(folder, "upload.json");
  if (!/^[0-9a-f]{32}$/.test(token) || !fs.existsSync(notePath))
    throw new UserError("upload_not_found", { token });
  const note = JSON.parse(fs.readFileSync(notePath, "utf8")) as UploadNote;
  if (note.owner !== owner) throw new UserError("upload_not_found", { token });
  return { file: path.join(folder, note.filename), filename: note.filename };
}
