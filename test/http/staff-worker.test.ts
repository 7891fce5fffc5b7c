/**
 * The staff login and sessions on Cloudflare Workers (`wrangler dev`, local workerd, with the
 * office's Durable Object holding sessions, failed-login counts and the audit log): logging
 * out ends the session, so a copy of the cookie taken before no longer opens /staff; wrong
 * passwords lock the account out from that client (its address), the right password too; the
 * audit log lists the sign-in. A hash with the scrypt parameters of before still signs in, and
 * since the STAFF_ACCOUNTS secret cannot be rewritten, the audit log says how to re-create it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_PARAMS } from '../../src/staff/passwords.ts';
import { startWranglerDev, type WranglerDev } from '../../src/testing/wrangler-dev.node.ts';
import { httpClient } from '../support/runtime.ts';

const PASSWORD = 'una clave larga';
let worker: WranglerDev;

beforeAll(async () => {
  const hash = hashPassword(PASSWORD);
  worker = await startWranglerDev({
    persistTo: mkdtempSync(join(tmpdir(), 'enlace-staff-worker-')),
    vars: {
      SESSION_SECRET: 'worker-session-secret-worker-session-0',
      COOKIE_SECURE: 'false',
      // Three failures lock an account out, for a short test.
      LOGIN_MAX_FAILURES: '3',
      STAFF_ACCOUNTS: JSON.stringify({
        accounts: [
          { name: 'ana', role: 'admin', langs: ['es'], hash },
          { name: 'luis', role: 'agent', langs: ['es'], hash },
          // Hashed with the parameters every hash had before (N=2^14, r=8, p=1).
          {
            name: 'eva',
            role: 'agent',
            langs: ['es'],
            hash: hashPassword(PASSWORD, { ...PASSWORD_PARAMS, p: 1 }),
          },
        ],
      }),
    },
  });
}, 90_000);
afterAll(async () => {
  await worker?.stop();
});

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('staff sessions on Workers', () => {
  it('ends the session at logout: a copy of the cookie taken before no longer opens /staff', {
    timeout: 30_000,
  }, async () => {
    const staff = httpClient();
    const login = await staff(`${worker.base}/staff/login`, form({ name: 'ana', password: PASSWORD }));
    expect(login.status).toBe(302);
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const stolen = () => fetch(`${worker.base}/staff`, { headers: { cookie }, redirect: 'manual' });
    expect((await stolen()).status).toBe(200);

    const page = await (await staff(`${worker.base}/staff/audit`)).text();
    expect(page).toMatch(/<strong>ana<\/strong> entró a la bandeja/);
    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
    expect((await staff(`${worker.base}/staff/logout`, form({ csrf }))).status).toBe(302);
    const after = await stolen();
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toBe('/staff/login');
  });

  it('locks an account out from a client after its wrong passwords, the right one too', {
    timeout: 30_000,
  }, async () => {
    const staff = httpClient();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await staff(`${worker.base}/staff/login`, form({ name: 'luis', password: 'nope' }))).status,
      );
    expect(statuses).toEqual([401, 401, 401]);
    const right = await staff(`${worker.base}/staff/login`, form({ name: 'luis', password: PASSWORD }));
    expect(right.status).toBe(429);
    // The lock's time left, in seconds: 15 minutes less the second or so the request took on a slow machine.
    const left = Number(right.headers.get('retry-after'));
    expect(left).toBeGreaterThan(880);
    expect(left).toBeLessThanOrEqual(900);
    expect(await right.text()).toMatch(/Vuelve a intentarlo en 15 min/);
  });

  it('signs in with a hash of the parameters of before, and the audit log says how to re-create it', {
    timeout: 30_000,
  }, async () => {
    const eva = await httpClient()(`${worker.base}/staff/login`, form({ name: 'eva', password: PASSWORD }));
    expect(eva.status).toBe(302);
    const admin = httpClient();
    expect(
      (await admin(`${worker.base}/staff/login`, form({ name: 'ana', password: PASSWORD }))).status,
    ).toBe(302);
    const page = await (await admin(`${worker.base}/staff/audit`)).text();
    expect(page).toMatch(
      /<strong>eva<\/strong> — su contraseña sigue guardada con una protección antigua.*«npm run staff -- add eva --role agent --lang es --ask»/,
    );
  });
});
