/**
 * `npm start` (the real composition root, as a child process) upgrades an old password hash
 * in the staff file: "ana" signs in with a hash of the parameters of before (N=2^14, r=8,
 * p=1), and afterwards the file holds her hash with today's parameters, "luis" exactly as he
 * was, mode 600 (it was 644) and no temporary file; the audit log says so, and the same
 * password signs in again.
 */
import type { ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffFile } from '../../src/staff/accounts.ts';
import { hashParams, hashPassword, PASSWORD_PARAMS, verifyPassword } from '../../src/staff/passwords.ts';
import { httpClient, startServer } from '../support/runtime.ts';

const PASSWORD = 'una clave de antes';
const ana = {
  name: 'ana',
  role: 'admin' as const,
  langs: ['es' as const],
  hash: hashPassword(PASSWORD, { N: 2 ** 14, r: 8, p: 1, dkLen: 32 }),
};
const luis = {
  name: 'luis',
  role: 'agent' as const,
  langs: ['es' as const, 'en' as const],
  hash: hashPassword('otra clave'),
};

let server: { base: string; process: ChildProcess };
let dir: string;
let staffFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'enlace-rehash-'));
  staffFile = join(dir, 'staff.json');
  await writeFile(staffFile, JSON.stringify({ accounts: [ana, luis] }, null, 2));
  await chmod(staffFile, 0o644);
  server = await startServer({ STAFF_FILE: staffFile, REDIS_URL: '' });
}, 60_000);
afterAll(() => {
  server?.process.kill('SIGTERM');
});

const signIn = (client: ReturnType<typeof httpClient>) =>
  client(`${server.base}/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name: 'ana', password: PASSWORD }).toString(),
  });

describe('an old password hash on the Node server', () => {
  it('is replaced in the staff file by one with today’s parameters when its owner signs in', async () => {
    const client = httpClient();
    expect((await signIn(client)).status).toBe(302);

    const saved = JSON.parse(await readFile(staffFile, 'utf8')) as StaffFile;
    const stored = saved.accounts.find((a) => a.name === 'ana');
    expect(hashParams(stored?.hash ?? '')).toEqual(PASSWORD_PARAMS);
    expect(verifyPassword(PASSWORD, stored?.hash ?? '')).toBe(true);
    expect(saved.accounts).toEqual([{ ...ana, hash: stored?.hash }, luis]);
    expect((await stat(staffFile)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['staff.json']);

    const audit = await (await client(`${server.base}/staff/audit`)).text();
    expect(audit).toMatch(/<strong>ana<\/strong> — su contraseña se guardó de nuevo/);
    expect((await signIn(httpClient())).status).toBe(302);
  });
});
