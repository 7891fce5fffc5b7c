/**
 * One staff login attempt, whatever the transport: the attempt is reserved first (throttle: a
 * key that must wait refuses it without checking anything, and parallel attempts cannot all
 * pass), then the password is checked off the event loop, against the account's hash or, for
 * a name that does not exist, DUMMY_HASH, so both take as long. A disabled account's right
 * password fails exactly as a wrong one (it must not confirm the password). Signing in gives
 * the reservation back and a new device cookie; a failure keeps it counted. Failures of real
 * accounts are written to the audit log (a made-up name's are not, so a spray of names cannot
 * push real lines out of the log), and every outcome is counted for /metrics. A right
 * password whose hash has older, weaker scrypt parameters is hashed again with today's and
 * stored (password-upgrade.ts) before the answer: the person waits one more hash, once.
 */
import type { Logger } from '../core/ports/runtime.ts';
import type { StaffSecurityStore } from '../core/ports/staff-security-store.ts';
import type { StaffAccount } from './accounts.ts';
import type { Audit } from './audit.ts';
import type { DeviceCookie, DeviceCookies } from './device-cookie.ts';
import type { LoginThrottle, Reservation, ThrottleState } from './login-throttle.ts';
import { createPasswordUpgrade, type SaveHash } from './password-upgrade.ts';
import { checkPassword, DUMMY_HASH, type ScryptAsync } from './passwords.ts';

/** What became of an attempt, as /metrics counts it. */
export type LoginCount = 'signed-in' | 'wrong' | 'throttled';

export interface LoginDeps {
  store: Pick<StaffSecurityStore, 'disabledAccounts'>;
  accounts: () => StaffAccount[];
  throttle: LoginThrottle;
  devices: DeviceCookies;
  audit: Audit;
  /** scrypt off the event loop (Node's thread pool); @noble/hashes's scryptAsync when absent. */
  scrypt?: ScryptAsync;
  /** Counts each outcome (the server's /metrics). */
  count?: (outcome: LoginCount) => void;
  /** Where a rehashed password is stored (Node: the staff file); absent where accounts are read only. */
  saveHash?: SaveHash;
  /** Says why a weak hash stays weak (the server's log). */
  logger?: Logger;
}

export type LoginOutcome =
  /** Signed in; `device` is the browser's new device cookie for this account. */
  | { ok: true; account: StaffAccount; device: DeviceCookie }
  /** Wrong name or password (or a disabled account); `retryAt` > now when the next attempt must wait. */
  | ({ ok: false; reason: 'wrong' } & ThrottleState)
  /** Too many failures: refused unchecked until `retryAt`. */
  | ({ ok: false; reason: 'throttled' } & ThrottleState);

export interface LoginAttempt {
  name: string;
  password: string;
  /** The client's address, as the runtime knows it. */
  address: string;
  /** The device cookies the browser sent (validated); the one for this name, if ours, marks a known device. */
  devices: readonly DeviceCookie[];
  now: number;
}

export function createLogin(deps: LoginDeps) {
  const count = deps.count ?? (() => {});
  const upgrade = createPasswordUpgrade({
    audit: deps.audit,
    ...(deps.saveHash ? { save: deps.saveHash } : {}),
    ...(deps.scrypt ? { scrypt: deps.scrypt } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });

  /** The audit lines of a real account's failed attempt. */
  const auditFailure = async (account: StaffAccount, disabled: boolean, reservation: Reservation) => {
    const action = disabled ? 'login-disabled' : reservation.state.locked ? 'login-locked' : 'login-failed';
    await deps.audit({ by: account.name, action });
    if (reservation.slowdownBegan) await deps.audit({ by: account.name, action: 'login-slowed' });
  };

  return async function attempt({
    name,
    password,
    address,
    devices,
    now,
  }: LoginAttempt): Promise<LoginOutcome> {
    const device = await deps.devices.deviceOf(name, devices);
    const reservation = await deps.throttle.reserve(await deps.throttle.keys(name, address, device), now);
    if (!reservation.reserved) {
      count('throttled');
      return { ok: false, reason: 'throttled', ...reservation.state };
    }

    const account = deps.accounts().find((a) => a.name === name);
    const right = await checkPassword(password, account?.hash ?? DUMMY_HASH, deps.scrypt);
    const disabled = Boolean(
      account && right && (await deps.store.disabledAccounts()).includes(account.name),
    );
    if (account && right && !disabled) {
      await deps.throttle.succeed(reservation);
      await deps.audit({ by: account.name, action: 'login' });
      await upgrade(account, password);
      count('signed-in');
      return { ok: true, account, device: await deps.devices.issue(account.name) };
    }
    if (account) await auditFailure(account, disabled, reservation);
    count('wrong');
    return { ok: false, reason: 'wrong', ...reservation.state };
  };
}

export type Login = ReturnType<typeof createLogin>;
