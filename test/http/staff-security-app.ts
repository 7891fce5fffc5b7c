/**
 * For the staff login, session and audit tests: the whole app wired as the servers wire it
 * (test/support/server.ts) on the memory store or on a real Redis of the test's own, with a
 * clock the test moves, the client's address read from an `x-test-address` header (as a
 * trusted proxy's header would be), and accounts: admins "ana" (Spanish, Kreyòl) and "jean"
 * (Kreyòl first), agent "luis". `stores` gives one entry per store the tests run on;
 * `countingScrypt` counts the passwords a server checks.
 */
import { expect } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import type { AppOptions } from '../../src/http/app.ts';
import { clientAddress } from '../../src/http/limits/client-address.ts';
import type { LoginPolicy } from '../../src/staff/login-throttle.ts';
import { hashPassword, type ScryptAsync } from '../../src/staff/passwords.ts';
import { nodeScryptAsync } from '../../src/staff/scrypt.node.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { cookieJar, STAFF_PASSWORD, testServer } from '../support/server.ts';

export { STAFF_PASSWORD };

const hash = hashPassword(STAFF_PASSWORD);
export const ACCOUNTS = [
  { name: 'ana', role: 'admin' as const, langs: ['es' as const, 'ht' as const], hash },
  { name: 'jean', role: 'admin' as const, langs: ['ht' as const, 'es' as const], hash },
  { name: 'luis', role: 'agent' as const, langs: ['es' as const, 'en' as const], hash },
];

/** Makes an empty store for one test server, on the clock the server uses. */
export type StoreMaker = (clock: { now(): number }) => Store;

/** The stores the tests run on: memory, and Redis (started once per test file, stopped by `stop`). */
export function testStores() {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const opened: RedisStore[] = [];
  let n = 0;
  return {
    memory: ((clock) => createMemoryStore(clock)) as StoreMaker,
    redis: ((_clock) => {
      if (!redis) throw new Error('call start() in beforeAll first');
      const store = createRedisStore({ url: redis.url, prefix: `staff-${process.pid}-${++n}:` });
      opened.push(store);
      return store;
    }) as StoreMaker,
    async start() {
      redis = await startRedis();
    },
    async stop() {
      for (const store of opened) await store.close();
      await redis?.stop();
    },
  };
}

export async function staffServer(
  makeStore: StoreMaker,
  loginPolicy?: LoginPolicy,
  inbox: Partial<NonNullable<AppOptions['inbox']>> = {},
) {
  const { app, engine, store, clock } = await testServer({
    store: makeStore,
    accounts: ACCOUNTS,
    inbox: {
      clientAddress: clientAddress('x-test-address'),
      ...(loginPolicy ? { loginPolicy } : {}),
      ...inbox,
    },
  });
  return { app, engine, store, clock };
}

/** Node's scrypt, counting how many passwords it checks (`checks`). */
export function countingScrypt() {
  const counter = {
    checks: 0,
    scrypt: ((...args) => {
      counter.checks++;
      return nodeScryptAsync(...args);
    }) as ScryptAsync,
  };
  return counter;
}

export type StaffServer = Awaited<ReturnType<typeof staffServer>>;

/** A browser at one address: keeps its cookies, sends same-origin headers and its address. */
export function browser(server: StaffServer, address = '203.0.113.1') {
  const jar = cookieJar(server.app);
  return (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('x-test-address', address);
    return jar(path, { ...init, headers });
  };
}

export type Browser = ReturnType<typeof browser>;

export const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

export const login = (client: Browser, name: string, password = STAFF_PASSWORD) =>
  client('/staff/login', form({ name, password }));

/** A browser signed in as `name`. */
export async function signedIn(server: StaffServer, name: string, address?: string) {
  const client = browser(server, address);
  const response = await login(client, name);
  if (response.status !== 302) throw new Error(`${name} could not sign in: ${response.status}`);
  return client;
}

/**
 * Signs in with the right password; when told to wait (429), waits that long on the server's
 * clock (at most `maxSeconds`, or the test fails) and tries once more. The seconds waited.
 */
export async function signsInAfterWait(
  server: StaffServer,
  client: Browser,
  name: string,
  maxSeconds: number,
) {
  const first = await login(client, name);
  if (first.status !== 429) {
    expect(first.status).toBe(302);
    return 0;
  }
  const wait = Number(first.headers.get('retry-after'));
  expect(wait).toBeLessThanOrEqual(maxSeconds);
  server.clock.time += wait * 1000;
  expect((await login(client, name)).status).toBe(302);
  return wait;
}

/** The CSRF token in a page's forms. */
export async function csrfOf(client: Browser, path = '/staff') {
  const page = await (await client(path)).text();
  return /name="csrf" value="([0-9a-f]+)"/.exec(page)?.[1] ?? '';
}
