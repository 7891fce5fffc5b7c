/**
 * The whole app with its limits on, for the body- and rate-limit tests: the web chat with
 * the rate limits, the staff inbox (login), optional extra channels (a Telegram webhook)
 * and desks (its staff group), all staff desks behind the urgent-alert grouping, as src/runtime/node.ts wires them.
 * The client's address is read from x-forwarded-for, so each test picks who is writing.
 */
import { createWebChannel } from '../../src/channels/web/channel.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import type { InboxEvent, StaffDesk, StaffNotice } from '../../src/core/ports/staff-desk.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createMetrics } from '../../src/engine/metrics.ts';
import { clientAddress } from '../../src/http/limits/client-address.ts';
import { flexibleLimiters } from '../../src/http/limits/flexible-limiter.node.ts';
import type { LimiterFactory } from '../../src/http/limits/limiter.ts';
import { createLimits, type Limits } from '../../src/http/limits/limits.ts';
import { memoryOrigins, type Origins } from '../../src/http/limits/origins.ts';
import { defaultLimitSettings, type LimitSettings } from '../../src/http/limits/settings.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { composeServer } from '../../src/runtime/compose.ts';
import { createInboxEvents } from '../../src/staff/inbox-events.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { sharedKnowledge } from '../support/assistant.ts';

export const SECRET = 'limits-secret-limits-secret-limits-0000';
const quiet = { info() {}, warn() {}, error() {} };

export async function limitedServer(
  options: {
    settings?: Partial<LimitSettings>;
    limiters?: LimiterFactory;
    origins?: Origins;
    store?: Store;
    /** More channels, given the chat guard (a Telegram webhook). */
    channels?: (limits: Limits, store: Store) => Channel[];
    /** More staff desks (a Telegram staff group), asked for after the channels. */
    desks?: () => StaffDesk[];
    /** Pages that may write to the chat's API (WEB_CHAT_FRAME_ANCESTORS' sources). */
    allowedOrigins?: readonly string[];
  } = {},
) {
  const { knowledge, understand } = await sharedKnowledge();
  const i18n = createI18n();
  const store = options.store ?? createMemoryStore();
  const limits = createLimits(
    { ...defaultLimitSettings(), ...options.settings },
    {
      limiters: options.limiters ?? flexibleLimiters(),
      secret: SECRET,
      origins: options.origins ?? memoryOrigins(),
      address: clientAddress('x-forwarded-for'),
      i18n,
      logger: quiet,
    },
  );
  if (!limits) throw new Error('limitedServer: RATE_LIMITS is off');
  const events = createInboxEvents();
  const rang: InboxEvent[] = [];
  events.subscribe((event) => rang.push(event));
  const notices: StaffNotice[] = [];
  const recorder: StaffDesk = { name: 'recorder', notify: async (notice) => void notices.push(notice) };
  const web = createWebChannel({
    transcripts: store,
    i18n,
    office: 'IAPMF Durango',
    secret: SECRET,
    secureCookies: false,
    limits: limits.web,
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
  });
  const channels = [web, ...(options.channels?.(limits, store) ?? [])];
  const { engine, app } = composeServer({
    store,
    knowledge,
    understand,
    secret: SECRET, // keyed hashes: case checks' senders, the audit log's pseudonyms
    i18n,
    channels,
    staffDesks: limits.groupAlerts([events, recorder, ...(options.desks?.() ?? [])]),
    metrics: createMetrics(),
    logger: quiet,
    inbox: {
      events,
      accounts: () => [
        { name: 'ana', role: 'admin', langs: ['es'], hash: hashPassword('correct horse battery') },
      ],
      secret: SECRET,
      secureCookies: false,
    },
  });
  return { app, engine, store, limits, events: rang, notices };
}

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** A browser at one address: keeps its chat cookie, unless `fresh` (a script that drops it). */
export function browserAt(app: Requester, address: string, fresh = false) {
  let cookie = '';
  let n = 0;
  const send = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await app.request('http://localhost/api/chat/messages', {
      method: 'POST',
      body: JSON.stringify({ id: `m-${address}-${++n}-${Math.random().toString(36).slice(2)}`, ...body }),
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(cookie && !fresh ? { cookie } : {}),
        ...headers,
      },
    });
    const set = response.headers.getSetCookie()[0];
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  /** What the conversation's transcript shows this browser. */
  const history = async () => {
    const response = await app.request('http://localhost/api/chat/history', {
      headers: { 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
    });
    return (await response.json()) as { lines: Array<{ from: string; text: string }> };
  };
  return Object.assign(send, { history });
}
