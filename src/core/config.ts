import path from "node:path";

/** Settings read from the environment; every one has a default that works on a fresh machine. */
export interface Config {
  /** postgres://… to run on a PostgreSQL server; empty means the embedded database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
  port: number;
  host: string;
  /** The regency this installation serves (region code), used to resolve desa/kecamatan names. */
  regencyCode: string;
  /** Load the synthetic demo data set on the first start. */
  demoOnFirstStart: boolean;
  lang: "id" | "en";
  /** Mark session cookies Secure: set PAYUNG_SECURE_COOKIES=1 when served over HTTPS. */
  secureCookies: boolean;
  /** How long a login lasts. */
  sessionHours: number;
  /** What this process runs: the web server, the job worker, or both (PAYUNG_SERVICES=web,worker). */
  services: ("web" | "worker")[];
  /** A running job whose worker is silent this long is a crash's and runs again (PostgreSQL). */
  jobStaleSeconds: number;
  /** The largest list accepted through the API (PAYUNG_UPLOAD_MAX_MB, default 1024). */
  uploadMaxBytes: number;
  /** How often the public pages may be used (docs/enrolment.md, "Public status check"). */
  publicLimits: PublicLimits;
}

/** Counted in the server's memory: requests a window allows, per client address and per NIK. */
export interface PublicLimits {
  /** Status checks per address a minute (PAYUNG_PUBLIC_CHECKS_PER_IP, default 30). */
  checksPerIp: number;
  /** Status checks per NIK an hour (PAYUNG_PUBLIC_CHECKS_PER_NIK, default 10). */
  checksPerNik: number;
  /** Self-proposals per address an hour (PAYUNG_PUBLIC_PROPOSALS_PER_IP, default 10). */
  proposalsPerIp: number;
  /** Self-proposals per NIK a day (PAYUNG_PUBLIC_PROPOSALS_PER_NIK, default 3). */
  proposalsPerNik: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.PAYUNG_DATA_DIR || "data"),
    port: Number(env.PORT || 3000),
    host: env.HOST || "0.0.0.0",
    regencyCode: env.PAYUNG_REGENCY || "36.03",
    demoOnFirstStart: env.PAYUNG_DEMO !== "0",
    lang: env.PAYUNG_LANG === "en" ? "en" : "id",
    secureCookies: env.PAYUNG_SECURE_COOKIES === "1",
    sessionHours: Number(env.PAYUNG_SESSION_HOURS || 8),
    services: (env.PAYUNG_SERVICES || "web,worker")
      .split(",")
      .map((s) => s.trim())
      .filter((s): s is "web" | "worker" => s === "web" || s === "worker"),
    jobStaleSeconds: Number(env.PAYUNG_JOB_STALE_SECONDS || 60),
    uploadMaxBytes: Number(env.PAYUNG_UPLOAD_MAX_MB || 1024) * 2 ** 20,
    publicLimits: {
      checksPerIp: Number(env.PAYUNG_PUBLIC_CHECKS_PER_IP || 30),
      checksPerNik: Number(env.PAYUNG_PUBLIC_CHECKS_PER_NIK || 10),
      proposalsPerIp: Number(env.PAYUNG_PUBLIC_PROPOSALS_PER_IP || 10),
      proposalsPerNik: Number(env.PAYUNG_PUBLIC_PROPOSALS_PER_NIK || 3),
    },
  };
}
