/**
 * The whole server for fuzzing, wired as `npm start` wires it (src/runtime/compose.ts): the
 * project's knowledge and understanding, the memory store, the web chat, Telegram by webhook
 * (answered by a local Bot API stub), WhatsApp (its channel, fed message objects directly, with
 * a client that records what it would send) and the staff inbox with two accounts. Every
 * error the server logs is kept, so a fuzz case can tell an error that was swallowed and
 * logged from a clean answer. Requests go in process (app.request) or over HTTP to the app on
 * @hono/node-server. Used by test/fuzz/ and `npm run fuzz` (src/bench/fuzz.ts).
 */
import { type ServerType, serve } from '@hono/node-server';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../channels/telegram/adapter.ts';
import { createWebChannel } from '../channels/web/channel.ts';
import { createWhatsAppChannel } from '../channels/whatsapp/adapter.node.ts';
import type { Logger } from '../core/ports/runtime.ts';
import { createMetrics } from '../engine/metrics.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { loadKnowledge } from '../knowledge/load-knowledge.node.ts';
import { composeServer } from '../runtime/compose.ts';
import { createInboxEvents } from '../staff/inbox-events.ts';
import { hashPassword } from '../staff/passwords.ts';
import { createMemoryIntake } from '../store/memory/memory-intake.ts';
import { createMemoryStore } from '../store/memory/memory-store.ts';
import { fakeBotInfo } from '../testing/bot-info.ts';
import { startFakeBotApi } from '../testing/fake-bot-api.node.ts';
import { FUZZ_PASSWORD, type Send } from '../testing/fuzz/target.ts';
import { createUnderstanding } from '../understanding/understand.ts';

const SECRET = 'fuzz-session-secret-fuzz-session-secret-00';
const WEBHOOK_SECRET = 'fuzz-webhook-secret-0123456789';

export async function fuzzHarness(options: { overHttp?: boolean } = {}) {
  const knowledge = await loadKnowledge('knowledge');
  const understand = createUnderstanding(knowledge);
  const i18n = createI18n();
  const store = createMemoryStore();
  const errors: string[] = [];
  const logger: Logger = {
    info() {},
    warn() {},
    error: (message, data) => void errors.push(`${message} ${JSON.stringify(data ?? {})}`),
  };
  const api = await startFakeBotApi();
  const telegram = createTelegramChannel({
    token: '123456789:FUZZ-token-for-enlace-fuzzing',
    apiRoot: api.apiRoot,
    logger,
    botInfo: fakeBotInfo(1, 'enlace_fuzz_bot'),
    webhook: { secret: WEBHOOK_SECRET, intake: createMemoryIntake({ logger, untilHandled: true }) },
  });
  const sentOnWhatsApp: string[] = [];
  const whatsapp = createWhatsAppChannel({
    link: {
      onMessage: () => () => undefined,
      client: () => ({
        sendMessage: async (_chatId: string, text: string) => void sentOnWhatsApp.push(text),
        getChatById: async () => ({ sendStateTyping: async () => undefined }),
      }),
      readyAt: () => 0,
    },
    i18n,
    logger,
    pacing: { perChatGapMs: 0, perMinute: 1_000_000, minTypingMs: 0, typingMsPerChar: 0 },
  });
  const web = createWebChannel({
    transcripts: store,
    i18n,
    office: knowledge.office.shortName,
    secret: SECRET,
    secureCookies: false,
  });
  // Works whether hashing is synchronous or not.
  const hash = await hashPassword(FUZZ_PASSWORD);
  const accounts = [
    { name: 'ana', role: 'admin' as const, langs: ['es' as const, 'ht' as const], hash },
    { name: 'luis', role: 'agent' as const, langs: ['es' as const, 'en' as const], hash },
  ];
  const events = createInboxEvents();
  const { engine, app } = composeServer({
    store,
    knowledge,
    understand,
    i18n,
    channels: [web, telegram.channel, whatsapp.channel],
    staffDesks: [events],
    metrics: createMetrics(),
    logger,
    inbox: { events, accounts: () => accounts, secret: SECRET, secureCookies: false },
  });
  whatsapp.connect(engine);

  // In process (Hono's app.request), or over HTTP to the app on @hono/node-server as `npm start` serves it.
  let server: ServerType | undefined;
  let base = 'http://localhost';
  if (options.overHttp) {
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  // A server that answers before reading a big body (401, 413) drains it for a while, then
  // closes the connection; a request the client had already put on that kept-alive connection
  // fails with "other side closed" and was never read. Clients send it again, and so do we, once.
  let resent = 0;
  const send: Send = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('origin')) headers.set('origin', base);
    const request = { ...init, headers, redirect: 'manual' as const };
    if (!server) return app.request(`${base}${path}`, request);
    try {
      return await fetch(`${base}${path}`, request);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
      resent++;
      return fetch(`${base}${path}`, request);
    }
  };

  return {
    app,
    engine,
    store,
    send,
    errors,
    whatsapp,
    sentOnWhatsApp,
    telegram: { path: TELEGRAM_WEBHOOK_PATH, secret: WEBHOOK_SECRET, api },
    /** Requests sent again because the server had closed their kept-alive connection. */
    resent: () => resent,
    close: async () => {
      await api.close();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    },
  };
}

export type FuzzHarness = Awaited<ReturnType<typeof fuzzHarness>>;
