/**
 * The dashboard tests' server: the whole app (test/support/server.ts) at a fixed time
 * (2026-11-22 18:00 UTC), with an admin ("ana", reads Spanish first), an agent ("luis") and a
 * viewer ("vera", reads English), and a way to sign each in.
 */
import { expect } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

export const NOW = Date.parse('2026-11-22T18:00:00Z');
const hash = hashPassword(STAFF_PASSWORD);

export async function dashboardServer() {
  const server = await testServer({
    accounts: [
      { name: 'ana', role: 'admin', langs: ['es', 'ht'], hash },
      { name: 'luis', role: 'agent', langs: ['es', 'en'], hash },
      { name: 'vera', role: 'viewer', langs: ['en'], hash },
    ],
  });
  server.clock.time = NOW;
  return server;
}
export type DashboardServer = Awaited<ReturnType<typeof dashboardServer>>;

export async function signedIn(server: DashboardServer, name: string) {
  const client = cookieJar(server.app);
  expect((await client('/staff/login', form({ name, password: STAFF_PASSWORD }))).status).toBe(302);
  return client;
}

/** The cells of the table row whose heading is `label`, as text. */
export function rowOf(page: string, label: string): string[] | undefined {
  for (const row of page.matchAll(/<tr><th scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)) {
    if (text(row[1] ?? '') !== label) continue;
    return [...(row[2] ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => text(cell[1] ?? ''));
  }
  return undefined;
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
