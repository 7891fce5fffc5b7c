/**
 * The staff login's limits, by hand: the policy only; the counts live in the store
 * (StaffSecurityStore), so they hold across instances. Each attempt is reserved in the store
 * before its password is checked, in one atomic step that refuses it unchecked when a key
 * must wait, so parallel guesses cannot all pass one check; signing in gives the attempt back.
 *
 * Whose attempt counts where (OWASP's device cookies, and the pair-and-address limits of
 * rate-limiter-flexible's login protection):
 * - a browser holding the account's device cookie (device-cookie.ts): only under that device,
 *   which locks out after `client.lockAfter` failures (then it counts as a stranger);
 * - a stranger: under the (account, address) pair, which locks out likewise; under the
 *   address, across names (ADDRESS_FACTOR times as many: an office behind one router); and
 *   under the account, where failures make every stranger's next attempt wait longer (1 s,
 *   2 s, 4 s… up to `account.maxDelayMs`) but never lock it, so guessers cannot keep the
 *   office out: its browsers have their device cookies, and a new one waits that long at most.
 * Made-up names count too, so an answer says nothing about which names exist. Counts are
 * forgotten a day after the last failure; an admin's unlock starts an account's counts again
 * (its keys carry the unlock's time). Keys are HMACs (login-keys.ts).
 */
import { type LimitRule, type LoginFailures, lockedAt, retryAt } from '../core/login-limits.ts';
import type { LoginLimit, StaffSecurityStore } from '../core/ports/staff-security-store.ts';
import { foldName, keyedHash } from './login-keys.ts';

export interface LoginPolicy {
  /** One client at one account: a stranger's (account, address) pair, or a device cookie. */
  client: LimitRule;
  /** One address, whatever the names. */
  address: LimitRule;
  /** One account, from every client without its device cookie: a slowdown, never a lockout. */
  account: LimitRule;
  /** A key's count is forgotten this long after its last failure. */
  forgetAfterMs: number;
}

/** An address is shared (an office behind one router): it gets this many times a client's numbers. */
export const ADDRESS_FACTOR = 5;

/** The policy from the settings (LOGIN_MAX_FAILURES, LOGIN_LOCKOUT_MINUTES) and the slowdown's longest wait. */
export function loginPolicy(maxFailures = 10, lockoutMinutes = 15, slowdownMaxSeconds = 60): LoginPolicy {
  const lockoutMs = lockoutMinutes * 60_000;
  const free = Math.min(3, maxFailures - 1);
  const locking = (factor: number): LimitRule => ({
    free: free * factor,
    baseDelayMs: 1_000,
    maxDelayMs: lockoutMs,
    lockAfter: maxFailures * factor,
    lockoutMs,
  });
  const slowdownMs = slowdownMaxSeconds * 1_000;
  return {
    client: locking(1),
    address: locking(ADDRESS_FACTOR),
    account: { free, baseDelayMs: 1_000, maxDelayMs: slowdownMs, lockAfter: 0, lockoutMs: slowdownMs },
    forgetAfterMs: Math.max(24 * 3_600_000, lockoutMs),
  };
}

export interface ThrottleKeys {
  /** The (account, address) pair: a stranger's own count. */
  pair: string;
  address: string;
  /** The account's slowdown for strangers. */
  account: string;
  /** The device cookie's, when the browser holds a valid one for this account. */
  device: string | null;
}

/**
 * Where a login stands: `retryAt` in the future means wait until then; `locked`, a lockout;
 * `slowed`, the account's slowdown (others' failures) is what makes it wait.
 */
export interface ThrottleState {
  retryAt: number;
  locked: boolean;
  slowed: boolean;
}

/** A reserved attempt (or a refused one): its keys, the first being the client's own, and where they stand. */
export interface Reservation {
  reserved: boolean;
  limits: LoginLimit[];
  state: ThrottleState;
  /** This attempt began the account's slowdown (worth a line in the audit log). */
  slowdownBegan: boolean;
}

export function createLoginThrottle(store: StaffSecurityStore, secret: string, policy: LoginPolicy) {
  const hash = keyedHash(secret, 'login-throttle');
  const short = async (text: string) => (await hash(text)).slice(0, 32);
  /** Where an account's unlock time is kept; the account's keys end with it. */
  const unlockKey = async (name: string) => `a-${await short(`account|${foldName(name)}`)}`;

  const reserve = async (limits: LoginLimit[], accountKey: string, now: number): Promise<Reservation> => {
    const { reserved, failures } = await store.reserveLoginAttempt(limits, now, policy.forgetAfterMs);
    const found = (i: number) => failures[i] ?? { count: 0, last: 0 };
    const waits = limits.map(({ rule }, i) => retryAt(rule, found(i)));
    const account = limits.findIndex((limit) => limit.key === accountKey);
    const accountCount: LoginFailures = account < 0 ? { count: 0, last: 0 } : found(account);
    return {
      reserved,
      limits,
      state: {
        retryAt: Math.max(0, ...waits),
        locked: limits.some(({ rule }, i) => lockedAt(rule, found(i).count)),
        // Only when others' failures hold it longer than this client's own would.
        slowed:
          account >= 0 && (waits[account] ?? 0) > Math.max(now, ...waits.filter((_, i) => i !== account)),
      },
      slowdownBegan: reserved && accountCount.count === policy.account.free + 1,
    };
  };

  return {
    policy,
    /** The store keys of a typed name (case and width folded), a client address and a device's nonce. */
    async keys(name: string, address: string, deviceNonce: string | null): Promise<ThrottleKeys> {
      const folded = foldName(name);
      const base = await unlockKey(name);
      const unlockedAt = await store.loginUnlockedAt(base);
      const since = unlockedAt ? `-${unlockedAt.toString(36)}` : '';
      const [pair, addressKey, device] = await Promise.all([
        short(`pair|${folded}|${address}`),
        short(`address|${address}`),
        deviceNonce ? short(`device|${deviceNonce}`) : null,
      ]);
      return {
        pair: `p-${pair}${since}`,
        address: `i-${addressKey}`,
        account: `${base}${since}`,
        device: device && `d-${device}${since}`,
      };
    },
    /**
     * Reserves the attempt before its password is checked: a known device under its own key;
     * a stranger (or a device locked out) under the pair, the address and the account.
     */
    async reserve(keys: ThrottleKeys, now: number): Promise<Reservation> {
      if (keys.device) {
        const device = await reserve([{ key: keys.device, rule: policy.client }], keys.account, now);
        if (device.reserved || !device.state.locked) return device;
      }
      const stranger: LoginLimit[] = [
        { key: keys.pair, rule: policy.client },
        { key: keys.address, rule: policy.address },
        { key: keys.account, rule: policy.account },
      ];
      return reserve(stranger, keys.account, now);
    },
    /** The password was right: the client's own count starts again; the rest get the attempt back. */
    async succeed(reservation: Reservation): Promise<void> {
      const [own, ...shared] = reservation.limits.map((limit) => limit.key);
      if (own) await store.clearLoginFailures(own);
      await store.releaseLoginAttempt(shared);
    },
    /** An admin unlocked the account: every count of its (pairs, devices, slowdown) starts again. */
    async unlock(name: string, now: number): Promise<void> {
      await store.unlockLogins(await unlockKey(name), now);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
