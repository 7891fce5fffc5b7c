/**
 * The server the erase scan drives (test/http/erase-scan.test.ts), wired as src/runtime/node.ts
 * wires it, on a store the test gives: the web chat with its limits, the WhatsApp Cloud API
 * channel against the local Graph API stub and Telegram against a Bot API stub, both with the
 * chat guard and the store as their delivery log, limiters and origins in Redis when the store
 * is, under the server's secret. A person per channel who writes as the channel's webhook or
 * browser would, and what it takes to let Meta report its statuses.
 */
import type { Redis } from 'ioredis';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../../src/channels/telegram/adapter.ts';
import { createWhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/channel.ts';
import { signBody } from '../../src/channels/whatsapp-cloud/signature.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { flexibleLimiters } from '../../src/http/limits/flexible-limiter.node.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { officeOrigins } from '../../src/runtime/origins.node.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { createRedisChatAliases } from '../../src/store/redis/redis-aliases.node.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { startGraphApiStub } from '../../src/testing/graph-api-stub.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { personMessagePayload, statusPayload } from '../../src/testing/whatsapp-cloud-payload.ts';
import { CLOUD, cloudSettings } from '../support/whatsapp-cloud.ts';
import { browserAt, limitedServer, SECRET } from './limits-app.ts';

const TELEGRAM = { token: '123456789:TEST-token-for-enlace-tests', secret: 'a-secret-of-enough-length-123' };
const WEBHOOK = 'http://localhost/whatsapp-cloud/webhook';
/** The WhatsApp person's business-scoped user id (Meta sends it with the number). */
const BSUID = 'US.13491208655302741918';
const quiet = { info() {}, warn() {}, error() {} };

/** Someone writing on a channel: each call answers the HTTP status their message got. */
export interface Person {
  say(text: string): Promise<number>;
  /** Taps the button with this value on the last message. */
  tap(value: string): Promise<number>;
}

export async function eraseRig(store: Store, redis?: { client: Redis; prefix: string }) {
  const graph = await startGraphApiStub({ accessToken: CLOUD.token, phoneNumberId: CLOUD.phoneId });
  const bot = await startFakeBotApi();
  const intake = createMemoryIntake({ logger: quiet });
  const settings = cloudSettings(graph.graphRoot);
  const server = await limitedServer({
    store,
    limiters: flexibleLimiters(redis ? { redis: redis.client, prefix: redis.prefix } : {}),
    origins: officeOrigins(SECRET, redis?.client, redis?.prefix ?? ''),
    channels: (limits, kept) => [
      createWhatsAppCloudChannel({
        ...{ settings, intake, log: kept, i18n: createI18n(), logger: quiet, guard: limits.guard },
        // A person's other identifiers (their username's BSUID) in Redis, as `npm start` keeps them.
        ...(redis ? { aliases: createRedisChatAliases(redis.client, { prefix: redis.prefix }) } : {}),
        pacing: { perPersonMs: 0, backoffMs: 1 },
      }).channel,
      createTelegramChannel({
        ...{ token: TELEGRAM.token, apiRoot: bot.apiRoot, logger: quiet, guard: limits.guard, log: kept },
        botInfo: fakeBotInfo(1, 'enlace_test_bot'),
        webhook: { secret: TELEGRAM.secret, intake },
      }).channel,
    ],
  });
  const request = (path: string, body: string, headers: Record<string, string>) =>
    server.app.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
  const postCloud = async (body: string) => {
    const response = await request(WEBHOOK, body, {
      'x-hub-signature-256': await signBody(CLOUD.secret, body),
    });
    await intake.settled();
    return response.status;
  };
  graph.reportTo({
    url: WEBHOOK,
    appSecret: CLOUD.secret,
    fetch: (url, init) => server.app.request(url, init),
  });
  const update = telegramUpdates(7000, Math.floor(Date.now() / 1000));
  let n = 0;

  return {
    ...server,
    /** A person on WhatsApp: each text, or tap on a reply button, a signed webhook shaped like Meta's. */
    whatsapp(waId: string): Person {
      const send = async (message: Record<string, unknown>) => {
        graph.heardFrom(waId, Date.now());
        const id = `wamid.erase${++n}`;
        const at = Date.now();
        return postCloud(
          personMessagePayload({
            phoneNumberId: CLOUD.phoneId,
            waId,
            userId: BSUID,
            name: 'Rosa',
            id,
            at,
            message,
          }),
        );
      };
      return {
        say: (text) => send({ type: 'text', text: { body: text } }),
        tap: (value) =>
          send({
            type: 'interactive',
            interactive: { type: 'button_reply', button_reply: { id: value, title: value } },
          }),
      };
    },
    /** A person on Telegram: each text, or tap on a button, an update through the webhook. */
    telegram(chatId: number): Person {
      const send = async (body: unknown) => {
        const headers = { 'x-telegram-bot-api-secret-token': TELEGRAM.secret };
        const response = await request(TELEGRAM_WEBHOOK_PATH, JSON.stringify(body), headers);
        await intake.settled();
        return response.status;
      };
      return {
        say: (text) => send(update(chatId, text)),
        tap: (value) => {
          const { update_id, message } = update(chatId, '');
          const from = message.from;
          return send({ update_id, callback_query: { id: `q${update_id}`, from, message, data: value } });
        },
      };
    },
    /** A person in the web chat, from one address, keeping their cookie. */
    web(address: string): Person {
      const browser = browserAt(server.app, address);
      return {
        say: async (text) => (await browser({ text })).status,
        tap: async (choice) => (await browser({ choice })).status,
      };
    },
    /** Meta reports the statuses of what it accepted since the last call (the webhook's status). */
    reportStatuses: () => graph.reportStatuses(),
    /** A status Meta sends late, about a message it took earlier. */
    lateStatus: (waId: string) =>
      postCloud(
        statusPayload({
          phoneNumberId: CLOUD.phoneId,
          id: 'wamid.late',
          status: 'read',
          at: Date.now(),
          recipientId: waId,
        }),
      ),
    /** Messages the office sent on WhatsApp and Telegram. */
    sent: () => ({ whatsapp: graph.sent(), telegram: bot.sent() }),
    close: async () => {
      await graph.close();
      await bot.close();
    },
  };
}
