/**
 * Staff sessions over HTTP, on the memory store and on Redis: logging out ends the session at
 * once, so a copy of the cookie taken before no longer opens /staff (before, it did until its
 * 12-hour expiry); "sign out everywhere" ends every session of the account and no one else's;
 * an admin disables an account from the inbox (its open sessions end, it cannot sign in, its
 * right password answers as a wrong one: 401, not the 403 that confirmed it; enabled again it can); only admins may, never their own account, only with the form's CSRF
 * token from the same site. A session also ends by itself after 12 hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  browser,
  csrfOf,
  form,
  login,
  type StoreMaker,
  signedIn,
  staffServer,
  testStores,
} from './staff-security-app.ts';

const stores = testStores();
beforeAll(() => stores.start(), 20_000);
afterAll(() => stores.stop());

/** Whether this browser's session opens the inbox (else it is sent to the login page). */
const opensInbox = async (client: Browser) => (await client('/staff')).status === 200;

describe.each([
  ['memory', stores.memory],
  ['redis', stores.redis],
] as Array<[string, StoreMaker]>)('staff sessions on the %s store', (_name, makeStore) => {
  it('ends the session at logout: a copy of the cookie taken before no longer opens /staff', async () => {
    const server = await staffServer(makeStore);
    let cookie = '';
    const client = browser(server);
    const copy = async (path: string, init: RequestInit = {}) => {
      const response = await client(path, init);
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      return response;
    };
    expect((await login(copy, 'ana')).status).toBe(302);
    expect(cookie).toMatch(/^enlace_staff=/);
    const stolen = (path: string) =>
      server.app.request(`http://localhost${path}`, { headers: { cookie }, redirect: 'manual' });
    expect((await stolen('/staff')).status).toBe(200);

    const logout = await client('/staff/logout', form({ csrf: await csrfOf(client) }));
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('/staff/login');
    const after = await stolen('/staff');
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toBe('/staff/login');
    expect((await stolen('/staff/audit')).status).toBe(302);
  });

  it('signs out everywhere: every session of the account ends, no one else’s', async () => {
    const server = await staffServer(makeStore);
    const office = await signedIn(server, 'ana');
    const phone = await signedIn(server, 'ana', '198.51.100.20');
    const colleague = await signedIn(server, 'luis');
    const page = await (await phone('/staff/accounts')).text();
    expect(page).toContain('Cerrar sesión en todos los dispositivos');

    const response = await phone('/staff/logout-all', form({ csrf: await csrfOf(phone) }));
    expect(response.headers.get('location')).toBe('/staff/login');
    expect(await opensInbox(office)).toBe(false);
    expect(await opensInbox(phone)).toBe(false);
    expect(await opensInbox(colleague)).toBe(true);
    // Signing in again works.
    expect(await opensInbox(await signedIn(server, 'ana'))).toBe(true);
  });

  it('lets an admin disable an account: its sessions end and it cannot sign in until enabled again', async () => {
    const server = await staffServer(makeStore);
    const agent = await signedIn(server, 'luis');
    const admin = await signedIn(server, 'ana');
    const page = await (await admin('/staff/accounts')).text();
    expect(page).toMatch(/<strong>luis<\/strong>.*activa.*Desactivar/s);
    const csrf = await csrfOf(admin, '/staff/accounts');

    const disable = await admin('/staff/accounts/disable', form({ csrf, name: 'luis' }));
    expect(disable.status).toBe(302);
    expect(await opensInbox(agent)).toBe(false);
    // The right password of a disabled account answers as a wrong one: it must not confirm it.
    const refused = await login(browser(server), 'luis');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toBeNull();
    const wrong = await login(browser(server, '203.0.113.99'), 'luis', 'not the password');
    const withoutToken = (text: string) => text.replace(/name="csrf" value="[^"]*"/g, '');
    expect(withoutToken(await refused.text())).toBe(withoutToken(await wrong.text()));
    expect(await (await admin('/staff/accounts')).text()).toMatch(
      /<strong>luis<\/strong>.*DESACTIVADA.*Activar/s,
    );

    expect((await admin('/staff/accounts/enable', form({ csrf, name: 'luis' }))).status).toBe(302);
    expect(await opensInbox(await signedIn(server, 'luis'))).toBe(true);
  });

  it('lets only admins disable accounts, never their own, only with the CSRF token from the same site', async () => {
    const server = await staffServer(makeStore);
    const agent = await signedIn(server, 'luis');
    const agentCsrf = await csrfOf(agent);
    const byAgent = await agent('/staff/accounts/disable', form({ csrf: agentCsrf, name: 'ana' }));
    expect(byAgent.status).toBe(403);
    expect(await byAgent.text()).toMatch(/Solo un administrador/);
    // An agent's accounts page has the "sign out everywhere" button only.
    const agentPage = await (await agent('/staff/accounts')).text();
    expect(agentPage).toContain('/staff/logout-all');
    expect(agentPage).not.toContain('/staff/accounts/disable');

    const admin = await signedIn(server, 'ana');
    const csrf = await csrfOf(admin);
    expect((await admin('/staff/accounts/disable', form({ name: 'luis' }))).status).toBe(403);
    const crossSite = await admin('/staff/accounts/disable', {
      ...form({ csrf, name: 'luis' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const self = await admin('/staff/accounts/disable', form({ csrf, name: 'ana' }));
    expect(self.status).toBe(400);
    expect(await self.text()).toMatch(/otro administrador/);
    expect((await admin('/staff/accounts/disable', form({ csrf, name: 'nadie' }))).status).toBe(404);
    expect(await server.store.disabledAccounts()).toEqual([]);
    expect(await opensInbox(agent)).toBe(true);
  });

  it('ends a session by itself after 12 hours', async () => {
    const server = await staffServer(makeStore);
    const client = await signedIn(server, 'ana');
    server.clock.time += 11.9 * 3_600_000;
    expect(await opensInbox(client)).toBe(true);
    server.clock.time += 0.2 * 3_600_000;
    expect(await opensInbox(client)).toBe(false);
  });
});
