import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { from as copyFromStream, to as copyToStream } from "pg-copy-streams";
import { UserError } from "../common/errors.ts";
import { rowChunks } from "./copy.ts";

/**
 * The one database interface every repository uses. Two implementations: PGlite (embedded,
 * a real PostgreSQL compiled to WebAssembly) and a PostgreSQL server through `pg`. Both speak
 * the same SQL, so the code above this file never asks which one it has.
 */
export interface Db {
  readonly kind: "pglite" | "postgres";
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction; a throw rolls everything back. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * Bulk load: `copySql` is a `COPY … FROM STDIN` statement, `chunks` yields text (or its UTF-8
   * bytes) in COPY format, each chunk ending on a row boundary. Returns the rows loaded.
   */
  copyFrom(
    copySql: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<number>;
  /**
   * Bulk read: the rows of `query` in COPY text format (parse lines with parseCopyLine), in chunks
   * that end on a row boundary. Much faster than a query for hundreds of thousands of rows.
   */
  copyTo(query: string): AsyncIterable<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder for the embedded database; undefined means in memory (tests). */
  dataDir?: string;
  /** A dump of an embedded database to start from (tests copy a prepared one). */
  loadDataDir?: Blob;
}

export async function openDb(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir, options.loadDataDir);
}

/** Dates stay plain ISO strings (no time-zone shifts); bigint counts become numbers. */
const sameParsers = { 1082: (v: string) => v, 20: (v: string) => Number(v) };

type PgliteLike = Pick<PGlite, "query" | "exec">;

export class PgliteDb implements Db {
  readonly kind = "pglite";
  constructor(
    private readonly conn: PgliteLike,
    private readonly root: PGlite,
    private readonly release?: () => void,
  ) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.conn.query<T>(sql, params);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.conn.exec(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.conn !== this.root) return fn(this); // already inside one: join it
    return this.root.transaction((tx) => fn(new PgliteDb(tx, this.root)));
  }

  async copyFrom(
    copySql: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<number> {
    // PGlite reads COPY input from a blob; one COPY per chunk keeps memory bounded.
    const statement = copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'");
    let rows = 0;
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      const result = await this.conn.query(statement, [], { blob: new Blob([chunk as BlobPart]) });
      rows += result.affectedRows ?? 0;
    }
    return rows;
  }

  async *copyTo(query: string): AsyncGenerator<string> {
    // PGlite writes COPY output to a blob, whole; it is read back in pieces.
    const result = await this.conn.query(`COPY (${query}) TO '/dev/blob'`);
    // Node's web streams are async iterable; the DOM typings do not say so.
    if (result.blob) yield* rowChunks(result.blob.stream() as unknown as AsyncIterable<Uint8Array>);
  }

  /** A gzip dump of the whole database (test templates, backups). */
  dump(): Promise<Blob> {
    return this.root.dumpDataDir("gzip") as Promise<Blob>;
  }

  async close(): Promise<void> {
    if (this.conn !== this.root) return;
    await this.root.close();
    this.release?.();
  }
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Db> {
  let release: (() => void) | undefined;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir);
  }
  try {
    const db = await PGlite.create({
      dataDir,
      loadDataDir,
      extensions: { pg_trgm, btree_gin },
      parsers: sameParsers,
    });
    return new PgliteDb(db, db, release);
  } catch (error) {
    release?.();
    throw error;
  }
}

/**
 * The embedded database may be opened by one process at a time; a second one would corrupt
 * it. A lock file with the owner's pid turns that into a clear message.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "payung.lock");
  try {
    const pid = Number(fs.readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new UserError("db_locked", { dir: dataDir, pid });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

type PgQueryable = pg.Pool | pg.PoolClient;

class PostgresDb implements Db {
  readonly kind = "postgres";
  /** Set when this transaction has committed or rolled back: its client is back in the pool. */
  private ended = false;

  constructor(
    private readonly conn: PgQueryable,
    private readonly pool: pg.Pool,
  ) {}

  private live(): PgQueryable {
    // A late write through a finished transaction would otherwise run outside it, on a pooled client.
    if (this.ended) throw new Error("transaction already ended");
    return this.conn;
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.live().query(sql, params);
    return result.rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.live().query(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.conn !== this.pool) return fn(this);
    const client = await this.pool.connect();
    const tx = new PostgresDb(client, this.pool);
    try {
      await client.query("BEGIN");
      const result = await fn(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      tx.ended = true;
      client.release();
    }
  }

  async copyFrom(
    copySql: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<number> {
    if (this.conn === this.pool) return this.transaction((tx) => tx.copyFrom(copySql, chunks));
    const stream = (this.live() as pg.PoolClient).query(copyFromStream(copySql));
    const done = new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", reject);
    });
    for await (const chunk of chunks) {
      if (!stream.write(chunk)) await once(stream, "drain"); // rejects if the stream errors
    }
    stream.end();
    await done;
    return Number(stream.rowCount ?? 0);
  }

  async *copyTo(query: string): AsyncGenerator<string> {
    const client = this.conn === this.pool ? await this.pool.connect() : (this.live() as pg.PoolClient);
    try {
      yield* rowChunks(client.query(copyToStream(`COPY (${query}) TO STDOUT`)));
    } finally {
      if (this.conn === this.pool) client.release();
    }
  }

  async close(): Promise<void> {
    if (this.conn === this.pool) await this.pool.end();
  }
}

async function openPostgres(url: string): Promise<Db> {
  for (const [oid, parse] of Object.entries(sameParsers)) pg.types.setTypeParser(Number(oid), parse);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", () => {}); // an idle client's error must not crash the process
  const db = new PostgresDb(pool, pool);
  await db.query("SELECT 1");
  return db;
}
