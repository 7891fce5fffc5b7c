/**
 * Redis restarted in the middle of a run: while it is away, the web chat answers 503 and the
 * Telegram webhook answers 503 (Telegram sends the update again); nothing is half-done. When
 * Redis is back the store reconnects by itself, and the messages sent again are handled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from '../../src/channels/telegram/adapter.ts';
import { createEngine } from '../../src/core/engine.ts';
import { createMetrics } from '../../src/core/metrics.ts';
import { createApp } from '../../src/http/app.ts';
import { telegramWebhook } from '../../src/http/telegram-webhook.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createRedisStore } from '../../src/store/redis-store.node.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { sharedKnowledge } from '../support/assistant.ts';
import { cookieJar, json } from '../support/server.ts';

const quiet = { info() {}, warn() {}, error() {} };
let redis: Awaited<ReturnType<typeof startRedis>>;
let store: ReturnType<typeof createRedisStore>;
let api: Awaited<ReturnType<typeof startFakeBotApi>>;

beforeAll(async () => {
  redis = await startRedis();
  api = await startFakeBotApi();
}, 20_000);
afterAll(async () => {
  await store?.close();
  await redis?.stop();
  await api?.close();
});

describe('a Redis outage', () => {
  it('refuses messages with 503 while Redis is away, and handles them when they come again', {
    timeout: 60_000,
  }, async () => {
    store = createRedisStore({ url: redis.url, prefix: 'outage:' });
    const { knowledge, understand } = await sharedKnowledge();
    const engine = createEngine({ store, knowledge, understand, i18n: createI18n() });
    const app = createApp({
      engine,
      store,
      i18n: createI18n(),
      metrics: createMetrics(),
      logger: quiet,
      office: 'IAPMF Durango',
      sessionSecret: 'outage-secret-outage-secret-outage-00',
      secureCookies: false,
    });
    const telegram = createTelegramAdapter({
      token: '123456789:OUTAGE-token-for-enlace-test',
      apiRoot: api.apiRoot,
      engine,
      logger: quiet,
      botInfo: fakeBotInfo(1, 'e_bot'),
    });
    const webhook = telegramWebhook({
      secret: 'outage-webhook-secret-000',
      handleUpdate: telegram.handleUpdate,
      logger: quiet,
    });
    const update = {
      update_id: 77,
      message: {
        message_id: 77,
        date: 0,
        chat: { id: 4242, type: 'private' },
        from: { id: 4242, is_bot: false, first_name: 'A' },
        text: 'hola',
      },
    };
    const deliver = () =>
      webhook.request('/', {
        method: 'POST',
        body: JSON.stringify(update),
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': 'outage-webhook-secret-000',
        },
      });

    const person = cookieJar(app);
    expect((await person('/api/chat/messages', json({ id: 'out-0000001', text: 'hola' }))).status).toBe(200);

    // Redis goes away.
    await redis.stop();
    const refused = await person('/api/chat/messages', json({ id: 'out-0000002', text: 'apostilla' }));
    expect(refused.status).toBe(503);
    expect((await deliver()).status).toBe(503);
    expect(api.sent().filter((c) => Number(c.body.chat_id) === 4242)).toHaveLength(0);

    // Redis comes back on the same port; the store reconnects by itself.
    redis = await startRedis(redis.port);
    await expect.poll(() => store.redis.status, { timeout: 20_000 }).toBe('ready');
    const again = await person('/api/chat/messages', json({ id: 'out-0000002', text: 'apostilla' }));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { messages: Array<{ text: string }> }).messages.at(-1)?.text).toMatch(
      /apostill/i,
    );
    expect((await deliver()).status).toBe(200);
    expect(api.sent().filter((c) => Number(c.body.chat_id) === 4242).length).toBeGreaterThan(0);
  });
});
