/**
 * `npm run staff` as an office admin uses it: add, list, refuse a bad name; the file holds
 * a scrypt hash with today's parameters, never the password, and is left at mode 600 even
 * when it was 644 before (before: it kept 644).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashParams, PASSWORD_PARAMS, verifyPassword } from '../../src/staff/passwords.ts';

const file = join(mkdtempSync(join(tmpdir(), 'enlace-staff-')), 'staff.json');
const staffAt = (staffFile: string, input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/staff.ts', ...args], {
    env: { ...process.env, STAFF_FILE: staffFile },
    encoding: 'utf8',
    input,
  });
const staffWith = (input: string, ...args: string[]) => staffAt(file, input, ...args);
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
    for (const account of saved.accounts) expect(hashParams(account.hash)).toEqual(PASSWORD_PARAMS);
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

  it('leaves the file readable by its owner only (600), even one that was 644', () => {
    const old = join(mkdtempSync(join(tmpdir(), 'enlace-staff-')), 'staff.json');
    writeFileSync(old, '{"accounts":[]}\n');
    chmodSync(old, 0o644);
    expect(staffAt(old, '', 'add', 'ana').status).toBe(0);
    expect(statSync(old).mode & 0o777).toBe(0o600);
    chmodSync(old, 0o644);
    expect(staffAt(old, '', 'remove', 'ana').status).toBe(0);
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });
});
