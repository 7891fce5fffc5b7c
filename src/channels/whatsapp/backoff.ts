/**
 * How long to wait before reconnecting to WhatsApp after the n-th failure in a row: exponential,
 * capped, with "equal jitter". Half the delay is fixed, so a flapping network never gets hammered
 * at 0 ms, and half is random, so several offices restarting after the same outage do not all
 * come back in the same second. Pure: the caller passes `random` in tests.
 */

export interface BackoffOptions {
  /** Delay around the first retry (attempt 0). Default 2 s. */
  baseMs?: number;
  /** Upper bound of any delay. Default 5 minutes. */
  maxMs?: number;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 2_000, maxMs: 5 * 60_000 } as const;

/**
 * The delay in ms before retry number `attempt` (0 for the first retry after a failure):
 * between half and all of min(maxMs, baseMs × 2^attempt).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const baseMs = Math.max(0, options.baseMs ?? DEFAULT_BACKOFF.baseMs);
  const maxMs = Math.max(0, options.maxMs ?? DEFAULT_BACKOFF.maxMs);
  const random = options.random ?? Math.random;
  // Clamp the exponent: 2^1024 is Infinity, and any attempt past ~30 is at the cap anyway.
  const n = Number.isFinite(attempt) ? Math.min(Math.max(0, Math.floor(attempt)), 40) : 0;
  const ceiling = Math.min(maxMs, baseMs * 2 ** n);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
