/**
 * Stronger password hashes, transparently: a staff member whose stored hash has the scrypt
 * parameters of before (N=2^14, r=8, p=1) signs in as always, and afterwards the stored hash
 * has today's (PASSWORD_PARAMS) and the same password still works; a wrong password, or the
 * right one of a disabled account, never rehashes anything; a made-up name is checked with
 * today's parameters. Where accounts cannot be rewritten (Workers' secret) the old hash keeps
 * working and the audit log says, once, how to re-create the account.
 */
import { describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../src/staff/accounts.ts';
import type { SaveHash } from '../../src/staff/password-upgrade.ts';
import {
  hashParams,
  hashPassword,
  PASSWORD_PARAMS,
  type ScryptAsync,
  type ScryptParams,
  verifyPassword,
} from '../../src/staff/passwords.ts';
import { nodeScryptAsync } from '../../src/staff/scrypt.node.ts';
import { testServer } from '../support/server.ts';
import { browser, login } from './staff-security-app.ts';

const PASSWORD = 'una clave de antes';
/** The parameters every hash had before. */
const BEFORE: ScryptParams = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 };
const oldHash = hashPassword(PASSWORD, BEFORE);
const today = { N: PASSWORD_PARAMS.N, r: PASSWORD_PARAMS.r, p: PASSWORD_PARAMS.p };

/** A server whose account "marta" has the old hash; `saves` lists what the login stored. */
async function serverWithOldHash(options: { canSave: boolean }) {
  const accounts: StaffAccount[] = [{ name: 'marta', role: 'agent', langs: ['es', 'ht'], hash: oldHash }];
  const saves: Array<{ name: string; previous: string; hash: string }> = [];
  const saveHash: SaveHash = async (name, previous, hash) => {
    saves.push({ name, previous, hash });
    for (const account of accounts)
      if (account.name === name && account.hash === previous) account.hash = hash;
  };
  // Every scrypt run's parameters, in order.
  const checked: Array<Pick<ScryptParams, 'N' | 'r' | 'p'>> = [];
  const scrypt: ScryptAsync = (password, salt, params) => {
    checked.push({ N: params.N, r: params.r, p: params.p });
    return nodeScryptAsync(password, salt, params);
  };
  const server = await testServer({
    accounts,
    inbox: { scrypt, ...(options.canSave ? { saveHash } : {}) },
  });
  const auditActions = async () =>
    (await server.store.listAudit(server.clock.now(), 0, 50)).map(
      (line) => `${line.action} ${line.detail ?? ''}`,
    );
  return { ...server, accounts, saves, checked, auditActions };
}

describe('staff passwords hashed with the parameters of before', () => {
  it('sign in as always, and are stored again with today’s parameters; the same password still works', async () => {
    const server = await serverWithOldHash({ canSave: true });
    const client = browser(server);
    expect((await login(client, 'marta', PASSWORD)).status).toBe(302);

    expect(server.saves).toHaveLength(1);
    const stored = server.accounts[0]?.hash ?? '';
    expect(stored).not.toBe(oldHash);
    expect(hashParams(stored)).toEqual(PASSWORD_PARAMS);
    expect(verifyPassword(PASSWORD, stored)).toBe(true);
    // The check with the old parameters, then the new hash with today's.
    expect(server.checked).toEqual([{ N: 2 ** 14, r: 8, p: 1 }, today]);
    expect(await server.auditActions()).toContain('password-rehashed ');

    // Next time: the new hash signs in, and nothing is hashed again.
    server.clock.time += 60_000;
    expect((await login(browser(server, '198.51.100.2'), 'marta', PASSWORD)).status).toBe(302);
    expect(server.saves).toHaveLength(1);
    expect(server.checked.at(-1)).toEqual(today);
  });

  it('are never rehashed by a wrong password, nor by the right one of a disabled account', async () => {
    const server = await serverWithOldHash({ canSave: true });
    expect((await login(browser(server), 'marta', 'not the password')).status).toBe(401);
    await server.store.setAccountDisabled('marta', true);
    server.clock.time += 3_600_000;
    expect((await login(browser(server), 'marta', PASSWORD)).status).toBe(401);

    expect(server.saves).toEqual([]);
    expect(server.accounts[0]?.hash).toBe(oldHash);
    expect(server.checked).toEqual([
      { N: 2 ** 14, r: 8, p: 1 },
      { N: 2 ** 14, r: 8, p: 1 },
    ]);
    expect((await server.auditActions()).filter((a) => a.startsWith('password-'))).toEqual([]);
  });

  it('keep working where accounts cannot be rewritten, and the audit log says once how to re-create them', async () => {
    const server = await serverWithOldHash({ canSave: false });
    for (const address of ['203.0.113.1', '203.0.113.2']) {
      server.clock.time += 60_000;
      expect((await login(browser(server, address), 'marta', PASSWORD)).status).toBe(302);
    }
    expect(server.accounts[0]?.hash).toBe(oldHash);
    expect((await server.auditActions()).filter((a) => a.startsWith('password-'))).toEqual([
      'password-outdated marta --role agent --lang es,ht',
    ]);
    // No second hash was made that could not be kept.
    expect(server.checked).toEqual([
      { N: 2 ** 14, r: 8, p: 1 },
      { N: 2 ** 14, r: 8, p: 1 },
    ]);
  });
});

describe('a made-up name', () => {
  it('is checked against the dummy hash with today’s parameters, as a new account is', async () => {
    const server = await serverWithOldHash({ canSave: true });
    expect((await login(browser(server), 'nadie', PASSWORD)).status).toBe(401);
    expect(server.checked).toEqual([today]);
    expect(hashParams(hashPassword('any new password'))).toEqual(PASSWORD_PARAMS);
    expect(server.saves).toEqual([]);
  });
});
