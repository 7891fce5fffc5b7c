/**
 * The whole app for HTTP tests: real engine, memory store, inbox events, one admin account
 * ("ana", password "correct horse battery"), and a browser-like cookie jar for app.request.
 */
import { createInboxEvents } from '../../src/core/inbox-events.ts';
import { createMetrics } from '../../src/core/metrics.ts';
import { createApp } from '../../src/http/app.ts';
import type { QrChannel } from '../../src/http/staff/channel-status.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { testAssistant } from './assistant.ts';

export const STAFF_PASSWORD = 'correct horse battery';

export async function testServer(extra: { whatsapp?: QrChannel } = {}) {
  const metrics = createMetrics();
  const events = createInboxEvents();
  const assistant = await testAssistant({ metrics, staff: events.desk });
  const hash = hashPassword(STAFF_PASSWORD);
  const accounts = [
    { name: 'ana', role: 'admin' as const, langs: ['es' as const, 'ht' as const], hash },
    { name: 'luis', role: 'agent' as const, langs: ['es' as const, 'en' as const], hash },
  ];
  const app = createApp({
    engine: assistant.engine,
    store: assistant.store,
    i18n: createI18n(),
    metrics,
    logger: { info() {}, warn() {}, error() {} },
    office: 'IAPMF Durango',
    sessionSecret: 'server-secret-server-secret-server-0000',
    secureCookies: false,
    staff: { events, accounts: () => accounts, deliver: async () => {}, ...extra },
  });
  return { app, assistant, events, metrics };
}

/** A browser-like client: keeps cookies and sends same-origin headers. */
export function cookieJar(app: {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
}) {
  const cookies = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('origin', 'http://localhost');
    const response = await app.request(`http://localhost${path}`, { ...init, headers, redirect: 'manual' });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', ...value] = pair.split('=');
      cookies.set(name, value.join('='));
    }
    return response;
  };
}

export const form = (fields: Record<string, string>) => ({
  method: 'POST',
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
export const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
