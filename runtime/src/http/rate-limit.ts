// A fixed-window counter per key, in memory: enough for one API node, and
// what login throttling needs (per username and per client address).
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one attempt against the key and says whether it may proceed. */
  hit(key: string): RateLimitDecision;
  /** Peeks without counting. */
  check(key: string): RateLimitDecision;
  reset(key: string): void;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  function current(key: string) {
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.start >= options.windowMs) {
      w = { start: t, count: 0 };
      windows.set(key, w);
    }
    // Drop stale windows now and then so unknown keys cannot grow memory without bound.
    if (windows.size > 10_000) {
      for (const [k, v] of windows) if (t - v.start >= options.windowMs) windows.delete(k);
    }
    return { w, t };
  }
  function decide(key: string, count: boolean): RateLimitDecision {
    const { w, t } = current(key);
    if (count) w.count += 1;
    const over = count ? w.count > options.limit : w.count >= options.limit;
    return {
      allowed: !over,
      retryAfterSeconds: over ? Math.max(1, Math.ceil((w.start + options.windowMs - t) / 1000)) : 0,
    };
  }
  return {
    hit: (key) => decide(key, true),
    check: (key) => decide(key, false),
    reset: (key) => void windows.delete(key),
  };
}
