/**
 * The staff login over HTTP, on the memory store and on Redis: wrong passwords cost growing
 * waits and then a lockout of that client (the account from that address) that holds even for
 * the right password (before, 200 wrong ones in 30 s were all 401 and the right one worked at
 * once after), while elsewhere the account only waits its slowdown; an address trying many names is
 * throttled too, and another address is not; a made-up name gets the same answers as a real
 * one, and takes as long (before: 1.9 ms against 75 ms, so names could be listed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginPolicy } from '../../src/staff/login-throttle.ts';
import { browser, login, type StoreMaker, staffServer, testStores } from './staff-security-app.ts';

const stores = testStores();
beforeAll(() => stores.start(), 20_000);
afterAll(() => stores.stop());

const WRONG = 'not the password';

describe.each([
  ['memory', stores.memory],
  ['redis', stores.redis],
] as Array<[string, StoreMaker]>)('staff login on the %s store', (_name, makeStore) => {
  it('makes each wrong password wait longer, then locks this client out, the right password too (not the account)', async () => {
    const server = await staffServer(makeStore);
    const client = browser(server);
    // Three typos cost nothing.
    for (let i = 0; i < 3; i++) {
      const response = await login(client, 'luis', WRONG);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toMatch(/Espera/);
    }
    // Then 1 s, 2 s, 4 s… before the next attempt; one made while waiting is refused unchecked.
    for (const seconds of [1, 2, 4, 8, 16, 32]) {
      const wrong = await login(client, 'luis', WRONG);
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toContain(`Espera ${seconds} s antes de volver a intentarlo`);
      const early = await login(client, 'luis');
      expect(early.status).toBe(429);
      expect(early.headers.get('retry-after')).toBe(String(seconds));
      expect(early.headers.get('set-cookie')).toBeNull();
      server.clock.time += seconds * 1000;
    }
    // The tenth failure locks this client (the account from this address) out for 15 minutes, whatever the password.
    const tenth = await login(client, 'luis', WRONG);
    expect(await tenth.text()).toMatch(/Demasiados intentos fallidos.*Vuelve a intentarlo en 15 min/);
    const right = await login(client, 'luis');
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe('900');
    expect(await right.text()).toMatch(/Vuelve a intentarlo en 15 min/);
    // Not the account: another address waits out the account's slowdown (a minute at most), then signs in.
    const elsewhere = browser(server, '198.51.100.7');
    const slowed = await login(elsewhere, 'luis');
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('60');
    expect(await slowed.text()).toMatch(/desde otros lugares.*Espera 60 s/);
    server.clock.time += 60_000;
    expect((await login(elsewhere, 'luis')).status).toBe(302);

    server.clock.time += 15 * 60_000;
    expect((await login(client, 'luis')).status).toBe(302);
    // Signing in starts this client's count again.
    expect((await login(client, 'luis', WRONG)).status).toBe(401);
    expect((await login(client, 'luis')).status).toBe(302);
  });

  it('says when to try again in the language the browser asks for', async () => {
    const server = await staffServer(makeStore, loginPolicy(3, 15));
    const client = browser(server);
    const english = { headers: { 'accept-language': 'en-US,en;q=0.8' } };
    for (let i = 0; i < 3; i++)
      await client('/staff/login', {
        ...english,
        method: 'POST',
        body: new URLSearchParams({ name: 'jean', password: WRONG }).toString(),
        headers: { ...english.headers, 'content-type': 'application/x-www-form-urlencoded' },
      });
    const kreyol = await client('/staff/login', {
      method: 'POST',
      body: new URLSearchParams({ name: 'jean', password: WRONG }).toString(),
      headers: { 'accept-language': 'ht', 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(kreyol.status).toBe(429);
    expect(await kreyol.text()).toContain('Eseye ankò nan 15 minit');
  });

  it('throttles an address that tries many names, not the others', async () => {
    // Three failures lock an account; an address gets five times as many (15).
    const server = await staffServer(makeStore, loginPolicy(3, 15));
    const guesser = browser(server, '203.0.113.66');
    for (let i = 0; i < 14; i++) {
      const response = await login(guesser, `guess${i}`, WRONG);
      expect(response.status).toBe(401);
      server.clock.time += 60_000; // past any wait, so only the address's count grows
    }
    expect(await (await login(guesser, 'guess14', WRONG)).text()).toMatch(/Vuelve a intentarlo en 15 min/);
    expect((await login(guesser, 'ana')).status).toBe(429);
    expect((await login(browser(server, '203.0.113.67'), 'ana')).status).toBe(302);
  });

  it('answers a made-up name exactly as a real one, throttling included', async () => {
    const server = await staffServer(makeStore);
    const client = browser(server);
    const answers = async (name: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await login(client, name, WRONG);
        const text = (await response.text()).replace(/name="csrf" value="[^"]*"/g, '');
        seen.push(`${response.status} ${response.headers.get('retry-after')} ${text}`);
      }
      return seen;
    };
    const real = await answers('luis');
    const madeUp = await answers('nadie');
    expect(madeUp).toEqual(real);
    expect(real.at(-1)).toMatch(/^429 1 /);
  });

  it('takes as long for a made-up name as for a real one', async () => {
    const server = await staffServer(makeStore, loginPolicy(100, 15));
    const client = browser(server);
    const time = async (name: string) => {
      server.clock.time += 3_600_000; // past any wait: every attempt checks the password
      const started = performance.now();
      expect((await login(client, name, WRONG)).status).toBe(401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    // Both paths once first, so neither pays for the first run of its code.
    await time('warm-up');
    await time('luis');
    const real: number[] = [];
    const madeUp: number[] = [];
    for (let i = 0; i < 7; i++) {
      real.push(await time('luis'));
      madeUp.push(await time(`nadie${i}`));
    }
    const ratio = median(madeUp) / median(real);
    console.info(
      `login: made-up name ${median(madeUp).toFixed(1)} ms, real name ${median(real).toFixed(1)} ms (×${ratio.toFixed(2)})`,
    );
    // About 1.0 on a quiet machine; a factor of 3 leaves room for a busy one (before: ×0.03).
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });
});
