/**
 * No lockout by strangers, on the memory store and on Redis (the clock is the test's: a
 * simulated minute, no sleeps). Seven addresses guessing every staff name for a minute leave
 * every account able to sign in from the office: at once from a browser that signed in
 * before (its device cookie), during the attack and after it; and, from a new browser at an
 * address that never failed, after waiting the slowdown it is told (60 s at most). Before,
 * the accounts were locked for 15 minutes, the right password too. A stolen device cookie
 * that keeps failing is limited as one device and then counts as a stranger; a forged one
 * counts as none. An admin sees the attack (audit log, /metrics) and unlocks an account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginPolicy } from '../../src/staff/login-throttle.ts';
import {
  ACCOUNTS,
  type Browser,
  browser,
  countingScrypt,
  csrfOf,
  form,
  login,
  type StaffServer,
  type StoreMaker,
  signedIn,
  signsInAfterWait,
  staffServer,
  testStores,
} from './staff-security-app.ts';

const stores = testStores();
beforeAll(() => stores.start(), 20_000);
afterAll(() => stores.stop());

const NAMES = ACCOUNTS.map((a) => a.name);
const ATTACKERS = Array.from({ length: 7 }, (_, i) => `203.0.113.${100 + i}`);
const OFFICE = '192.0.2.10';

/** One simulated second of the attack: every address guesses every name twice, all at once. */
async function attackSecond(server: StaffServer, guessers: Browser[], second: number) {
  await Promise.all(
    guessers.flatMap((guesser, a) =>
      NAMES.flatMap((name) => [0, 1].map((k) => login(guesser, name, `guess ${second}-${a}-${k}`))),
    ),
  );
  server.clock.time += 1_000;
}

/** The office's browsers: each account signed in once before (so each holds its device cookie). */
async function officeBrowsers(server: StaffServer) {
  return Object.fromEntries(
    await Promise.all(NAMES.map(async (n) => [n, await signedIn(server, n, OFFICE)])),
  );
}

describe.each([
  ['memory', stores.memory],
  ['redis', stores.redis],
] as Array<[string, StoreMaker]>)('strangers guessing staff names on the %s store', (name, makeStore) => {
  it('leave every account able to sign in from the office, during a minute of guessing and after it', {
    timeout: 120_000,
  }, async () => {
    const counter = countingScrypt();
    const server = await staffServer(makeStore, loginPolicy(10, 15), { scrypt: counter.scrypt });
    const office = await officeBrowsers(server);
    counter.checks = 0;
    const guessers = ATTACKERS.map((address) => browser(server, address));

    for (let second = 0; second < 30; second++) await attackSecond(server, guessers, second);
    // Mid-attack, the office's browsers sign in at once.
    for (const n of NAMES) expect((await login(office[n] as Browser, n)).status).toBe(302);
    for (let second = 30; second < 60; second++) await attackSecond(server, guessers, second);
    const guesses = 60 * ATTACKERS.length * NAMES.length * 2;
    console.info(`${name}: ${guesses} guesses in a simulated minute, ${counter.checks} passwords checked`);

    for (const n of NAMES) expect((await login(office[n] as Browser, n)).status).toBe(302);
    // A new browser at an address that never failed waits the slowdown it is told, no longer than a minute.
    const waits: number[] = [];
    for (const [i, n] of NAMES.entries())
      waits.push(await signsInAfterWait(server, browser(server, `192.0.2.${20 + i}`), n, 60));
    console.info(`${name}: a new browser waited ${waits.join(', ')} s`);
  });

  it('limits a stolen device cookie as one device, then as a stranger; a forged one is no cookie', {
    timeout: 60_000,
  }, async () => {
    const counter = countingScrypt();
    const server = await staffServer(makeStore, loginPolicy(10, 15), { scrypt: counter.scrypt });
    const owner = await signedIn(server, 'ana', OFFICE);
    const stolen = thief(server, '203.0.113.80', await deviceCookieOf(server, 'ana'));
    counter.checks = 0;

    await Promise.all(Array.from({ length: 500 }, (_, i) => login(stolen, 'ana', `guess ${i}`)));
    console.info(
      `${name}: 500 parallel guesses with a stolen device cookie, ${counter.checks} passwords checked`,
    );
    expect(counter.checks).toBeLessThanOrEqual(10);
    // Guessed on, past each wait, it locks itself out at ten.
    let last = '';
    while (counter.checks < 10) {
      server.clock.time += 40_000;
      last = await (await login(stolen, 'ana', 'wrong')).text();
    }
    expect(last).toMatch(/Demasiados intentos fallidos/);

    // A forged cookie (its signature changed) is a stranger's: its failures slow the account down…
    const forged = (address: string) => thief(server, address, forgedFrom(stolen.cookie));
    for (let i = 0; i < 6; i++) await login(forged(`203.0.113.${90 + i}`), 'ana', 'wrong');
    const slowed = /desde otros lugares/;
    expect(await (await login(forged('203.0.113.99'), 'ana')).text()).toMatch(slowed);
    // …and so is the locked-out stolen one now, while the owner's own browser is held by none of it.
    const refused = await login(stolen, 'ana');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(slowed);
    expect((await login(owner, 'ana')).status).toBe(302);
  });

  it('sends the device cookie Secure when the inbox is served over HTTPS', async () => {
    const server = await staffServer(makeStore, undefined, { secureCookies: true });
    expect(await deviceCookieOf(server, 'luis', '; Secure')).toMatch(/^enlace_device_[0-9a-f]{16}=/);
  });

  it('lets an admin see the attack and unlock a client locked out by its own wrong passwords', {
    timeout: 60_000,
  }, async () => {
    const server = await staffServer(makeStore);
    const luis = browser(server, OFFICE);
    for (let i = 0; i < 10; i++) {
      await login(luis, 'luis', 'wrong');
      server.clock.time += 40_000; // past each wait: only the count grows
    }
    const locked = await login(luis, 'luis');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);

    const admin = await signedIn(server, 'ana', '198.51.100.21');
    const accounts = await (await admin('/staff/accounts')).text();
    expect(accounts).toMatch(/<strong>luis<\/strong>.*action="\/staff\/accounts\/unlock".*Desbloquear/s);
    expect((await admin('/staff/accounts/unlock', form({ name: 'luis' }))).status).toBe(403); // no CSRF token
    const csrf = await csrfOf(admin, '/staff/accounts');
    expect((await admin('/staff/accounts/unlock', form({ csrf, name: 'nadie' }))).status).toBe(404);
    expect((await admin('/staff/accounts/unlock', form({ csrf, name: 'luis' }))).status).toBe(302);
    expect((await login(luis, 'luis')).status).toBe(302);

    const audit = await (await admin('/staff/audit')).text();
    expect(audit).toMatch(/<strong>ana<\/strong> desbloqueó la entrada de la cuenta de luis/);
    expect(audit).toMatch(
      /<strong>luis<\/strong> — muchas contraseñas incorrectas desde navegadores desconocidos/,
    );
    expect(audit).toMatch(/<strong>luis<\/strong> — demasiadas contraseñas incorrectas/);
    const metrics = await (await server.app.request('http://localhost/metrics')).text();
    expect(metrics).toMatch(/enlace_staff_logins_total\{outcome="throttled"\} [1-9]/);
    expect(metrics).toMatch(/enlace_staff_logins_total\{outcome="wrong"\} 10\b/);
  });
});

/** A fresh sign-in's device cookie for the account, as `name=value`, with its flags checked. */
async function deviceCookieOf(server: StaffServer, account: string, secure = ''): Promise<string> {
  const response = await login(browser(server, '192.0.2.11'), account);
  const device = response.headers.getSetCookie().find((c) => c.startsWith('enlace_device_')) ?? '';
  expect(device).toBe(
    `${device.split(';')[0]}; Max-Age=${180 * 86_400}; Path=/staff/login; HttpOnly${secure}; SameSite=Strict`,
  );
  return device.split(';')[0] ?? '';
}

/** Someone else's client at `address` sending a copied (or forged) device cookie. */
function thief(server: StaffServer, address: string, cookie: string) {
  const client = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    headers.set('x-test-address', address);
    headers.set('origin', 'http://localhost');
    return server.app.request(`http://localhost${path}`, { ...init, headers, redirect: 'manual' });
  };
  return Object.assign(client, { cookie });
}

/** The cookie with the last digit of its signature changed. */
const forgedFrom = (cookie: string) => cookie.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
