/**
 * Stronger hashes without anyone noticing: after a right password whose stored hash has older,
 * weaker scrypt parameters than today's (passwords.ts), the password, known for this moment
 * only, is hashed again with today's and stored where the accounts live (on Node, the staff
 * file), and the audit log says so. Only a right password of an enabled account gets here: a
 * wrong one never costs a second hash or changes anything. Where the accounts cannot be
 * rewritten (Workers reads them from the STAFF_ACCOUNTS secret) the old hash keeps working,
 * and the log tells the operator, once per account and process, how to re-create it: keeping
 * a stronger copy elsewhere would leave the weak one in the secret, so it would protect nothing.
 */
import type { Logger } from '../core/ports/runtime.ts';
import type { StaffAccount } from './accounts.ts';
import type { Audit } from './audit.ts';
import { hashPasswordAsync, isOutdated, type ScryptAsync } from './passwords.ts';

/** Stores `hash` as the account's in place of `previous`; rejects when it cannot. */
export type SaveHash = (name: string, previous: string, hash: string) => Promise<void>;

export interface PasswordUpgradeDeps {
  audit: Audit;
  /** Where the new hash goes; absent where the accounts are read only. */
  save?: SaveHash;
  scrypt?: ScryptAsync;
  logger?: Logger;
}

/** The `npm run staff` arguments that re-create an account as it is (its name, role and languages). */
const staffArguments = (account: StaffAccount) =>
  `${account.name} --role ${account.role} --lang ${account.langs.join(',')}`;

export function createPasswordUpgrade(deps: PasswordUpgradeDeps) {
  const told = new Set<string>();

  /**
   * The account's hash stays weak here: said once per account, in the audit log (with the
   * command that fixes it) and the server's log (without the name, which the audit log has).
   */
  const tellOnce = async (account: StaffAccount, why: string) => {
    if (told.has(account.name)) return;
    told.add(account.name);
    deps.logger?.warn('staff: a password hash has older, weaker scrypt parameters and stays so', {
      why,
      fix: 'the audit log (/staff/audit) names the account and the npm run staff command that re-creates it',
    });
    await deps.audit({ by: account.name, action: 'password-outdated', detail: staffArguments(account) });
  };

  /** Called after `password` signed `account` in. Never throws: the login stands either way. */
  return async function upgrade(account: StaffAccount, password: string): Promise<void> {
    if (!isOutdated(account.hash)) return;
    if (!deps.save) return tellOnce(account, 'the accounts are read only here (STAFF_ACCOUNTS)');
    try {
      await deps.save(account.name, account.hash, await hashPasswordAsync(password, deps.scrypt));
      await deps.audit({ by: account.name, action: 'password-rehashed' });
    } catch (error) {
      await tellOnce(account, `the new hash could not be stored: ${(error as Error).message}`);
    }
  };
}

export type PasswordUpgrade = ReturnType<typeof createPasswordUpgrade>;
