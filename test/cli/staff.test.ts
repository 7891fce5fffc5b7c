/**
 * `npm run staff` as an office admin uses it: add, list, refuse a bad name; the file holds
 * a scrypt hash, never the password.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/staff/passwords.ts';

const file = join(mkdtempSync(join(tmpdir(), 'enlace-staff-')), 'staff.json');
const staff = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/staff.ts', ...args], {
    env: { ...process.env, STAFF_FILE: file },
    encoding: 'utf8',
  });

describe('npm run staff', () => {
  it('adds accounts with a hashed password and lists them', () => {
    expect(
      staff('add', 'ana', '--role', 'admin', '--lang', 'es,ht', '--password', 'una clave larga').status,
    ).toBe(0);
    const generated = staff('add', 'luis');
    const password = /Password \(shown once.*\): (\S+)/.exec(generated.stdout)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      accounts: Array<{ name: string; hash: string }>;
    };
    expect(readFileSync(file, 'utf8')).not.toContain('una clave larga');
    expect(verifyPassword('una clave larga', saved.accounts.find((a) => a.name === 'ana')?.hash ?? '')).toBe(
      true,
    );
    expect(verifyPassword(password, saved.accounts.find((a) => a.name === 'luis')?.hash ?? '')).toBe(true);
    expect(staff('list').stdout).toMatch(/ana\tadmin\tes,ht\nluis\tagent\tes/);
  });

  it('refuses a bad name or command with the usage', () => {
    const bad = staff('add', 'bad name!');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: npm run staff/);
    expect(staff('frobnicate').status).toBe(2);
  });
});
