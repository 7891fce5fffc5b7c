/**
 * The staff file on Node: every write leaves it at mode 600, even when it was 644 before (a
 * mode given to writeFile only applies to a file it creates); storing one account's stronger
 * hash changes that hash and nothing else, leaves no temporary file behind, and writes nothing
 * when the account's hash changed meanwhile; a change made while another writer rewrote the
 * file is made again on the new file, so that writer's accounts are kept.
 */
import { writeFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StaffFile } from '../../src/staff/accounts.ts';
import { replaceStaffHash, updateStaffFile } from '../../src/staff/accounts-file.node.ts';

const account = (name: string, hash: string) => ({
  name,
  role: 'agent' as const,
  langs: ['es' as const],
  hash,
});
const THREE: StaffFile = {
  accounts: [account('ana', 'scrypt$a'), account('luis', 'scrypt$old'), account('eva', 'scrypt$e')],
};

/** A staff file holding THREE, world-readable (mode 644) as an older write or a copy left it. */
async function worldReadableFile() {
  const dir = await mkdtemp(join(tmpdir(), 'enlace-staff-file-'));
  const file = join(dir, 'staff.json');
  await writeFile(file, `${JSON.stringify(THREE, null, 2)}\n`);
  await chmod(file, 0o644);
  return { dir, file };
}

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as StaffFile;

describe('the staff file', () => {
  it('is left at mode 600 by every write, whatever its mode was', async () => {
    const { file } = await worldReadableFile();
    expect(await modeOf(file)).toBe(0o644);
    await updateStaffFile((data) => ({ accounts: data.accounts.slice(1) }), file);
    expect(await modeOf(file)).toBe(0o600);
    expect((await readJson(file)).accounts.map((a) => a.name)).toEqual(['luis', 'eva']);
  });

  it('gets one account’s new hash and nothing else changed, with no temporary file left', async () => {
    const { dir, file } = await worldReadableFile();
    await replaceStaffHash('luis', 'scrypt$old', 'scrypt$new', file);
    expect(await readJson(file)).toEqual({
      accounts: [account('ana', 'scrypt$a'), account('luis', 'scrypt$new'), account('eva', 'scrypt$e')],
    });
    expect(await modeOf(file)).toBe(0o600);
    expect(await readdir(dir)).toEqual(['staff.json']);
  });

  it('is not written when the account’s hash is no longer the one replaced', async () => {
    const { file } = await worldReadableFile();
    const before = await readFile(file, 'utf8');
    await replaceStaffHash('luis', 'scrypt$other', 'scrypt$new', file);
    await replaceStaffHash('nadie', 'scrypt$old', 'scrypt$new', file);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('keeps what another writer wrote between the reading and the rename', async () => {
    const { file } = await worldReadableFile();
    let tries = 0;
    await updateStaffFile((data) => {
      // The first time, `npm run staff` adds an account as this change is being made.
      if (++tries === 1)
        writeFileSync(file, JSON.stringify({ accounts: [...THREE.accounts, account('jean', 'scrypt$j')] }));
      return { accounts: data.accounts.map((a) => (a.name === 'luis' ? { ...a, hash: 'scrypt$new' } : a)) };
    }, file);
    expect(tries).toBe(2);
    expect((await readJson(file)).accounts.map((a) => `${a.name} ${a.hash}`)).toEqual([
      'ana scrypt$a',
      'luis scrypt$new',
      'eva scrypt$e',
      'jean scrypt$j',
    ]);
  });
});
