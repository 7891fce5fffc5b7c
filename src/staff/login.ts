/**
 * One staff login attempt, whatever the transport: the throttle first (a name or address
 * that must wait is refused without checking anything), then the password, checked off the
 * event loop, against the account's hash or, for a name that does not exist, DUMMY_HASH, so
 * both take as long; then a disabled account is refused. Failures are counted (throttle) and,
 * for real accounts, written to the audit log; a made-up name is not, so a spray of names
 * cannot push real lines out of the log.
 */
import type { StaffSecurityStore } from '../core/ports/staff-security-store.ts';
import type { StaffAccount } from './accounts.ts';
import type { Audit } from './audit.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { checkPassword, DUMMY_HASH, type ScryptAsync } from './passwords.ts';

export interface LoginDeps {
  store: Pick<StaffSecurityStore, 'disabledAccounts'>;
  accounts: () => StaffAccount[];
  throttle: LoginThrottle;
  audit: Audit;
  /** scrypt off the event loop (Node's thread pool); @noble/hashes's scryptAsync when absent. */
  scrypt?: ScryptAsync;
}

export type LoginOutcome =
  | { ok: true; account: StaffAccount }
  /** Wrong name or password; `retryAt` > now when the next attempt must wait. */
  | { ok: false; reason: 'wrong'; retryAt: number; locked: boolean }
  /** Too many failures: refused unchecked until `retryAt`. */
  | { ok: false; reason: 'throttled'; retryAt: number; locked: boolean }
  /** The right password for an account an admin disabled. */
  | { ok: false; reason: 'disabled' };

export interface LoginAttempt {
  name: string;
  password: string;
  /** The client's address, as the runtime knows it. */
  address: string;
  now: number;
}

export function createLogin(deps: LoginDeps) {
  return async function attempt({ name, password, address, now }: LoginAttempt): Promise<LoginOutcome> {
    const keys = await deps.throttle.keys(name, address);
    const before = await deps.throttle.check(keys, now);
    if (before.retryAt > now) return { ok: false, reason: 'throttled', ...before };

    const account = deps.accounts().find((a) => a.name === name);
    const right = await checkPassword(password, account?.hash ?? DUMMY_HASH, deps.scrypt);
    if (account && right) {
      if ((await deps.store.disabledAccounts()).includes(account.name)) {
        await deps.audit({ by: account.name, action: 'login-disabled' });
        return { ok: false, reason: 'disabled' };
      }
      await deps.throttle.succeed(keys);
      await deps.audit({ by: account.name, action: 'login' });
      return { ok: true, account };
    }
    const after = await deps.throttle.fail(keys, now);
    if (account)
      await deps.audit({ by: account.name, action: after.locked ? 'login-locked' : 'login-failed' });
    return { ok: false, reason: 'wrong', ...after };
  };
}

export type Login = ReturnType<typeof createLogin>;
