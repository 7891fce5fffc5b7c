/**
 * The whole app for HTTP tests, wired as the servers wire it (src/runtime/compose.ts): the
 * web chat channel, the real engine on a memory store, the inbox's live events as a staff
 * desk, one admin account ("ana", password "correct horse battery") and one agent ("luis"),
 * and a browser-like cookie jar for app.request.
 */
import { createWebChannel } from '../../src/channels/web/channel.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import type { StaffDesk } from '../../src/core/ports/staff-desk.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createMetrics } from '../../src/engine/metrics.ts';
import type { AppOptions } from '../../src/http/app.ts';
import type { QrChannel } from '../../src/http/inbox/channel-status.ts';
import type { SecurityOptions } from '../../src/http/security/headers.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { composeServer } from '../../src/runtime/compose.ts';
import type { StaffAccount } from '../../src/staff/accounts.ts';
import { createInboxEvents } from '../../src/staff/inbox-events.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { nodeScryptAsync } from '../../src/staff/scrypt.node.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import type { Understand } from '../../src/understanding/understand.ts';
import { sharedKnowledge } from './assistant.ts';

export const STAFF_PASSWORD = 'correct horse battery';
export const SESSION_SECRET = 'server-secret-server-secret-server-0000';
const hash = hashPassword(STAFF_PASSWORD);

export async function testServer(
  extra: {
    whatsapp?: QrChannel;
    /** More channels; a function gets the server's store (for channels that record deliveries). */
    channels?: Channel[] | ((store: Store) => Channel[]);
    staffDesks?: StaffDesk[];
    handoffAlertMs?: number;
    /** The re-alert period of urgent conversations nobody took (URGENT_REALERT_MINUTES). */
    urgentRealertMs?: number;
    /** Wraps the memory store (a faulty one, for outages). */
    wrap?: (store: Store) => Store;
    metricsToken?: string;
    /** HSTS and the sites that may frame the web chat (src/http/security/headers.ts). */
    security?: SecurityOptions;
    /** Another store than memory (Redis, for the staff-security tests). */
    store?: (clock: { now(): number }) => Store;
    /** Other staff accounts than "ana" and "luis". */
    accounts?: StaffAccount[];
    /** Understanding of its own (with the office's filed examples kept up to date, say). */
    understand?: Understand;
    /** More inbox options (login policy, client address, the review page). */
    inbox?: Partial<NonNullable<AppOptions['inbox']>>;
  } = {},
) {
  const shared = await sharedKnowledge();
  const knowledge = shared.knowledge;
  const understand = extra.understand ?? shared.understand;
  const clock = { time: Date.now(), now: () => clock.time };
  const memory = extra.store ? extra.store(clock) : createMemoryStore(clock);
  const store = extra.wrap ? extra.wrap(memory) : memory;
  const i18n = createI18n();
  const metrics = createMetrics();
  const events = createInboxEvents();
  let accounts = extra.accounts ?? [
    { name: 'ana', role: 'admin' as const, langs: ['es' as const, 'ht' as const], hash },
    { name: 'luis', role: 'agent' as const, langs: ['es' as const, 'en' as const], hash },
  ];
  const web = createWebChannel({
    transcripts: store,
    i18n,
    office: 'IAPMF Durango',
    secret: SESSION_SECRET,
    secureCookies: false,
    phoneLines: knowledge.office.emergencyLines.map((l) => l.number),
  });
  const { engine, app } = composeServer({
    store,
    knowledge,
    understand,
    i18n,
    channels: [
      web,
      ...(typeof extra.channels === 'function' ? extra.channels(store) : (extra.channels ?? [])),
    ],
    staffDesks: [events, ...(extra.staffDesks ?? [])],
    metrics,
    logger: { info() {}, warn() {}, error() {} },
    clock,
    secret: SESSION_SECRET,
    ...(extra.handoffAlertMs ? { handoffAlertMs: extra.handoffAlertMs } : {}),
    ...(extra.urgentRealertMs ? { urgentRealertMs: extra.urgentRealertMs } : {}),
    ...(extra.metricsToken ? { metricsToken: extra.metricsToken } : {}),
    ...(extra.security ? { security: extra.security } : {}),
    inbox: {
      events,
      accounts: () => accounts,
      // As the Node server's staff file does: the accounts change for every page at once.
      editAccounts: async (change) => {
        accounts = change(accounts) ?? accounts;
        return accounts;
      },
      secret: SESSION_SECRET,
      secureCookies: false,
      clock,
      // Passwords checked on the thread pool, as `npm start` checks them.
      scrypt: nodeScryptAsync,
      ...(extra.whatsapp ? { whatsapp: extra.whatsapp } : {}),
      ...extra.inbox,
    },
  });
  return { app, engine, store, events, metrics, clock, i18n };
}

/** A browser-like client: keeps cookies and sends same-origin headers. */
/** A person writes some messages on a channel, through the engine as the channel's route would; their conversation's id. */
export async function personWrites(
  server: { engine: { handle(inbound: unknown): Promise<unknown> } },
  channel: string,
  chatId: string,
  texts: readonly string[],
): Promise<string> {
  for (const [i, text] of texts.entries())
    await server.engine.handle({
      id: `${chatId}-${i + 1}`,
      channel,
      chatId,
      content: { type: 'text', text },
    });
  return `${channel}:${chatId}`;
}

/** One more message from a person (a new message id each time, so none is taken for a redelivery); their conversation's id. */
export async function personSays(
  server: { engine: { handle(inbound: unknown): Promise<unknown> } },
  chatId: string,
  text: string,
  channel = 'web',
): Promise<string> {
  await server.engine.handle({ id: crypto.randomUUID(), channel, chatId, content: { type: 'text', text } });
  return `${channel}:${chatId}`;
}

export function cookieJar(app: {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
}) {
  const cookies = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (!headers.has('origin')) headers.set('origin', 'http://localhost');
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
