import { createHash } from "node:crypto";
import { UserError } from "../../common/errors.ts";

/**
 * At most `max` requests a key within a window that opens at the key's first request; the rest
 * are refused until it closes. In memory, like the login limiter: one server, cleared by a
 * restart. O(1) a request, so a raised limit (the benchmark's) costs nothing per request.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    readonly max: number,
    readonly windowMs: number,
    /** Keys kept at most; past it the oldest windows are forgotten (a flood of new keys must not exhaust memory). */
    private readonly maxKeys = 200_000,
  ) {}

  /** Counts one request of `key`: 0 when it is allowed, else the seconds until its window closes. */
  take(key: string, now = Date.now()): number {
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.delete(key); // re-inserted last: the map stays in order of window start
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.max) return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    window.count++;
    return 0;
  }

  /** Drops closed windows once a window's length, or sooner when there are too many keys. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs && this.windows.size < this.maxKeys) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs || this.windows.size > this.maxKeys * 0.9)
        this.windows.delete(key);
      else break; // in order of start: the rest are younger
    }
  }
}

/**
 * The public pages' two limits: per client address (a script hammering from one place) and per
 * NIK (guessing one person's birth date from many places). The address is counted first, on
 * every request; the NIK only once it is well formed. NIKs are kept hashed, not as written.
 */
export class PublicLimiter {
  private readonly perIp: RateLimiter;
  private readonly perNik: RateLimiter;

  constructor(limits: { perIp: number; ipWindowMs: number; perNik: number; nikWindowMs: number }) {
    this.perIp = new RateLimiter(limits.perIp, limits.ipWindowMs);
    this.perNik = new RateLimiter(limits.perNik, limits.nikWindowMs);
  }

  /** Counts a request from `ip`; refuses it (429, Retry-After) over the limit. */
  takeIp(ip: string, now = Date.now()): void {
    const seconds = this.perIp.take(ip, now);
    if (seconds > 0) throw new UserError("public_rate_limited", { seconds });
  }

  /** Counts a request for `nik` (a valid one); refuses it over the limit. */
  takeNik(nik: string, now = Date.now()): void {
    const seconds = this.perNik.take(createHash("sha256").update(nik).digest("base64"), now);
    if (seconds > 0)
      throw new UserError("public_nik_rate_limited", { seconds, minutes: Math.ceil(seconds / 60) });
  }
}
