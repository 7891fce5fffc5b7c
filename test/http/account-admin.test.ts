/**
 * Accounts managed in the browser (the whole app through app.request): an admin adds an
 * account and reads its password once, on the answer to the form (never in an address, not
 * cached), and the new account signs in with it; a new password ends that account's sessions
 * and the old password stops working; a role change applies at once; an admin cannot change
 * their own role; agents cannot do any of it; every change is in the audit log; the viewer
 * role is named in words, never as a raw key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof testServer>>;
const csrfOf = (page: string) => /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
const passwordOf = (page: string) => /<code class="password">([^<]+)<\/code>/.exec(page)?.[1] ?? '';

async function signedIn(name: string, password = STAFF_PASSWORD) {
  const client = cookieJar(server.app);
  const response = await client('/staff/login', form({ name, password }));
  return { client, ok: response.status === 302 && response.headers.get('location') === '/staff' };
}
async function admin() {
  const { client } = await signedIn('ana');
  const csrf = csrfOf(await (await client('/staff/accounts')).text());
  return { client, csrf };
}
const post = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
  return {
    method: 'POST',
    body: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
};

beforeAll(async () => {
  server = await testServer();
});

describe('accounts in the browser', () => {
  it('adds an account and shows its password once, which signs in', async () => {
    const { client, csrf } = await admin();
    const added = await client(
      '/staff/accounts/add',
      post({ csrf, name: 'rosa', role: 'agent', langs: ['es', 'ht'] }),
    );
    expect(added.status).toBe(200);
    expect(added.headers.get('cache-control')).toBe('no-store');
    const page = await added.text();
    expect(page).toContain('Se agregó la cuenta de rosa.');
    const password = passwordOf(page);
    expect(password).toMatch(/^[A-Za-z0-9+/]{16}$/);
    expect((await signedIn('rosa', password)).ok).toBe(true);
    expect((await signedIn('rosa', 'not the password')).ok).toBe(false);
    // Listed, and never shown again.
    const list = await (await client('/staff/accounts')).text();
    expect(list).toContain('<strong>rosa</strong> · agente · es, ht');
    expect(list).not.toContain(password);
    // Once only, with a name the form allows and a language.
    expect(
      (await client('/staff/accounts/add', post({ csrf, name: 'rosa', role: 'agent', langs: 'es' }))).status,
    ).toBe(400);
    expect(
      (await client('/staff/accounts/add', post({ csrf, name: 'x y<', role: 'agent', langs: 'es' }))).status,
    ).toBe(400);
    expect((await client('/staff/accounts/add', post({ csrf, name: 'pedro', role: 'agent' }))).status).toBe(
      400,
    );
    expect(
      (await client('/staff/accounts/add', post({ csrf, name: 'pedro', role: 'boss', langs: 'es' }))).status,
    ).toBe(400);
  });

  it('gives a new password: the old one stops working and open sessions end', async () => {
    const { client, csrf } = await admin();
    const luis = await signedIn('luis');
    expect((await luis.client('/staff')).status).toBe(200);
    const reset = await client('/staff/accounts/reset', post({ csrf, name: 'luis' }));
    expect(reset.status).toBe(200);
    const password = passwordOf(await reset.text());
    expect(password).not.toBe('');
    expect((await luis.client('/staff')).headers.get('location')).toBe('/staff/login');
    expect((await signedIn('luis')).ok).toBe(false);
    expect((await signedIn('luis', password)).ok).toBe(true);
    expect((await client('/staff/accounts/reset', post({ csrf, name: 'nobody' }))).status).toBe(404);
  });

  it("changes a role at once, never an admin's own, and names the viewer role in words", async () => {
    const { client, csrf } = await admin();
    const added = await client(
      '/staff/accounts/add',
      post({ csrf, name: 'mario', role: 'agent', langs: 'es' }),
    );
    const mario = await signedIn('mario', passwordOf(await added.text()));
    expect((await mario.client('/staff')).status).toBe(200);
    expect((await client('/staff/accounts/role', post({ csrf, name: 'mario', role: 'viewer' }))).status).toBe(
      302,
    );
    expect((await mario.client('/staff')).headers.get('location')).toBe('/staff/dashboard');
    const list = await (await client('/staff/accounts')).text();
    expect(list).toContain('<strong>mario</strong> · solo ve el panel');
    expect(list).not.toContain('inbox.accounts.roles');
    expect((await client('/staff/accounts/role', post({ csrf, name: 'ana', role: 'agent' }))).status).toBe(
      400,
    );
    expect((await client('/staff/accounts/role', post({ csrf, name: 'mario', role: 'owner' }))).status).toBe(
      400,
    );
  });

  it('is for admins only, and every change is in the audit log', async () => {
    const ana = await admin();
    const reset = await ana.client('/staff/accounts/reset', post({ csrf: ana.csrf, name: 'luis' }));
    const luis = await signedIn('luis', passwordOf(await reset.text()));
    const csrf = csrfOf(await (await luis.client('/staff/accounts')).text());
    for (const path of ['/staff/accounts/add', '/staff/accounts/reset', '/staff/accounts/role'])
      expect(
        (await luis.client(path, post({ csrf, name: 'ana', role: 'agent', langs: 'es' }))).status,
        path,
      ).toBe(403);
    const audit = (await server.store.listAudit(server.clock.now() + 1, 0, 50)).map(
      (e) => `${e.action} ${e.detail}`,
    );
    expect(audit).toEqual(
      expect.arrayContaining(['account-add rosa', 'account-password luis', 'account-role mario → viewer']),
    );
  });
});
