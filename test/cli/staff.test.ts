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
const staffWith = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/staff.ts', ...args], {
    env: { ...process.env, STAFF_FILE: file },
    encoding: 'utf8',
    input,
  });
const staff = (...args: string[]) => staffWith('', ...args);

describe('npm run staff', () => {
  it('adds accounts with a hashed password and lists them', () => {
    const typed = staffWith(
      'una clave larga\nuna clave larga\n',
      'add',
      'ana',
      '--role',
      'admin',
      '--lang',
      'es,ht',
      '--ask',
    );
    expect(typed.status, typed.stderr).toBe(0);
    expect(typed.stdout + typed.stderr).not.toContain('una clave larga');
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

  it('never takes a password as an argument, and refuses typed ones that differ or are short', () => {
    const argument = staff('add', 'eva', '--password', 'una clave larga');
    expect(argument.status).toBe(2);
    expect(argument.stderr).toMatch(/--ask/);
    expect(staffWith('una clave larga\notra clave larga\n', 'add', 'eva', '--ask').stderr).toMatch(/differ/);
    expect(staffWith('corta\ncorta\n', 'add', 'eva', '--ask').stderr).toMatch(/at least 12/);
    expect(staff('list').stdout).not.toMatch(/eva/);
  });

  it('refuses a bad name or command with the usage', () => {
    const bad = staff('add', 'bad name!');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: npm run staff/);
    expect(staff('frobnicate').status).toBe(2);
  });
});
