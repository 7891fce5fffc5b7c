/**
 * How failed logins counted under one key make the next attempt wait: the one rule the
 * stores apply when they reserve an attempt (atomically, so they must decide themselves) and
 * the login throttle reads back to say how long to wait. Redis runs the same arithmetic in
 * Lua (src/store/redis/redis-staff.node.ts), kept in step by the store contract's tests.
 */

/** One key's schedule: a few free failures, then waits that double, then (maybe) a lockout. */
export interface LimitRule {
  /** Failures that cost nothing (typos). */
  free: number;
  /** The wait after the first failure past the free ones; it doubles with each. */
  baseDelayMs: number;
  /** The longest wait short of a lockout. */
  maxDelayMs: number;
  /** At this many failures the key is locked out for `lockoutMs`; 0: it never locks, only slows. */
  lockAfter: number;
  lockoutMs: number;
}

/** Failed logins counted under one key (an account, an address, a device). */
export interface LoginFailures {
  /** How many since the count began (0: none, or forgotten). */
  count: number;
  /** Epoch ms of the last one (0 when none). */
  last: number;
}

/** Whether `count` failures lock the key out. */
export const lockedAt = (rule: LimitRule, count: number): boolean =>
  rule.lockAfter > 0 && count >= rule.lockAfter;

/** How long after its last failure a key must wait, given how many it has. */
export function waitAfter(rule: LimitRule, count: number): number {
  if (count <= rule.free) return 0;
  if (lockedAt(rule, count)) return rule.lockoutMs;
  return Math.min(rule.baseDelayMs * 2 ** (count - rule.free - 1), rule.maxDelayMs);
}

/** When the key may try again (0 or a past time: now). */
export function retryAt(rule: LimitRule, failures: LoginFailures): number {
  const wait = failures.count ? waitAfter(rule, failures.count) : 0;
  // No wait is no wait: a parallel attempt whose clock read came a moment before the last
  // failure's ("last" later than its "now") must not be told to wait (CI: 2 of 10 parallel
  // logins got 429 under load).
  return wait > 0 ? failures.last + wait : 0;
}
