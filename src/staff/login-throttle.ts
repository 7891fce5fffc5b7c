/**
 * The staff login's throttle, by hand: the policy only; the counts live in the store
 * (StaffSecurityStore), so they hold across instances. Failed logins are counted per account
 * name (made-up names too, so a throttled answer says nothing about which names exist) and
 * per client address. After a few free failures each one makes the next attempt wait, twice
 * as long each time (1 s, 2 s, 4 s…), and at `lockAfter` the key is locked out for the
 * lockout time; an attempt while waiting is refused without checking the password and is not
 * counted. Counts are forgotten a day after the last failure, and an account's when it signs
 * in (an address's only with time, so one valid account cannot wash out guesses at others).
 * Keys are HMACs of the name or address: the store never holds what people typed.
 */
import type { LoginFailures, StaffSecurityStore } from '../core/ports/staff-security-store.ts';

export interface ThrottleRule {
  /** Failures that cost nothing (typos). */
  free: number;
  /** At this many failures the key is locked out. */
  lockAfter: number;
  /** The wait after the first failure past the free ones; it doubles with each. */
  baseDelayMs: number;
  /** How long a lockout lasts (and the longest wait). */
  lockoutMs: number;
}

export interface LoginPolicy {
  account: ThrottleRule;
  address: ThrottleRule;
  /** A key's count is forgotten this long after its last failure. */
  forgetAfterMs: number;
}

/** An address is shared (an office behind one router): it gets this many times the account's numbers. */
export const ADDRESS_FACTOR = 5;

/** The policy from the two settings (LOGIN_MAX_FAILURES, LOGIN_LOCKOUT_MINUTES). */
export function loginPolicy(maxFailures = 10, lockoutMinutes = 15): LoginPolicy {
  const lockoutMs = lockoutMinutes * 60_000;
  const free = Math.min(3, maxFailures - 1);
  return {
    account: { free, lockAfter: maxFailures, baseDelayMs: 1_000, lockoutMs },
    address: {
      free: free * ADDRESS_FACTOR,
      lockAfter: maxFailures * ADDRESS_FACTOR,
      baseDelayMs: 1_000,
      lockoutMs,
    },
    forgetAfterMs: Math.max(24 * 3_600_000, lockoutMs),
  };
}

/** How long after its last failure a key must wait, given how many it has. */
export function waitAfter(rule: ThrottleRule, count: number): number {
  if (count <= rule.free) return 0;
  if (count >= rule.lockAfter) return rule.lockoutMs;
  return Math.min(rule.baseDelayMs * 2 ** (count - rule.free - 1), rule.lockoutMs);
}

const until = (rule: ThrottleRule, failures: LoginFailures) =>
  failures.count ? failures.last + waitAfter(rule, failures.count) : 0;

const encoder = new TextEncoder();

export interface ThrottleKeys {
  account: string;
  address: string;
}

/** Where a login stands: `retryAt` in the future means wait until then; `locked`, a lockout. */
export interface ThrottleState {
  retryAt: number;
  locked: boolean;
}

export function createLoginThrottle(store: StaffSecurityStore, secret: string, policy: LoginPolicy) {
  const key = crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const hmac = async (text: string) =>
    [...new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(`login-throttle|${text}`)))]
      .slice(0, 16)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');

  const state = ([account, address]: LoginFailures[]): ThrottleState => {
    const a = account ?? { count: 0, last: 0 };
    const b = address ?? { count: 0, last: 0 };
    return {
      retryAt: Math.max(until(policy.account, a), until(policy.address, b)),
      locked: a.count >= policy.account.lockAfter || b.count >= policy.address.lockAfter,
    };
  };

  return {
    policy,
    /** The store keys of a typed name (case and width folded) and a client address. */
    async keys(name: string, address: string): Promise<ThrottleKeys> {
      const folded = name.normalize('NFKC').trim().toLowerCase().slice(0, 100);
      const [account, addressKey] = await Promise.all([
        hmac(`account|${folded}`),
        hmac(`address|${address}`),
      ]);
      return { account: `a-${account}`, address: `i-${addressKey}` };
    },
    /** Where the keys stand now. */
    async check(keys: ThrottleKeys, now: number): Promise<ThrottleState> {
      return state(await store.loginFailures([keys.account, keys.address], now));
    },
    /** Counts a failure under both keys; where they stand after it. */
    async fail(keys: ThrottleKeys, now: number): Promise<ThrottleState> {
      return state(await store.countLoginFailure([keys.account, keys.address], now, policy.forgetAfterMs));
    },
    /** The account signed in: its count starts again. */
    async succeed(keys: ThrottleKeys): Promise<void> {
      await store.clearLoginFailures(keys.account);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
