/**
 * Pacing across instances (issue 29): two instances of the server, each with its own WhatsApp
 * Cloud pacer or Telegram spacing, on one Redis of the test's own. A person's spacing holds
 * whichever instance sends their next message, and another person is never kept waiting by
 * it; the number's rate holds for both instances together; Telegram's one message a second
 * in a chat too. While Redis is away, each instance paces alone and the messages still go.
 */
import { Bot } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSlotsOr } from '../../src/channels/send-slots.ts';
import { telegramSpacing } from '../../src/channels/telegram/spacing.ts';
import { createCloudPacer } from '../../src/channels/whatsapp-cloud/pacing.ts';
import type { SendSlots } from '../../src/core/ports/send-slots.ts';
import { createRedisSendSlots } from '../../src/store/redis/redis-send-slots.node.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

const quiet = { info() {}, warn() {}, error() {} };
let redis: Awaited<ReturnType<typeof startRedis>>;
let api: FakeBotApi;
const stores: RedisStore[] = [];
let n = 0;

beforeAll(async () => {
  [redis, api] = await Promise.all([startRedis(), startFakeBotApi()]);
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await Promise.all([redis?.stop(), api?.close()]);
}, 20_000);

/** One instance's shared slots: its own Redis connection, the office's prefix. */
function instance(prefix: string): SendSlots {
  const store = createRedisStore({ url: redis.url, prefix });
  stores.push(store);
  return sendSlotsOr(createRedisSendSlots(store.redis, { prefix }), quiet);
}

/** Two instances' pacers for one number, and the times each send went, by text. */
function twoPacers(options: { perSecond?: number; perPersonMs?: number } = {}) {
  const prefix = `pace${++n}:`;
  const sentAt = new Map<string, number>();
  const start = performance.now();
  const [a, b] = [instance(prefix), instance(prefix)].map((slots) =>
    createCloudPacer({ ...options, slots, sender: 'wa:106540352242922' }),
  ) as [ReturnType<typeof createCloudPacer>, ReturnType<typeof createCloudPacer>];
  const send = (pacer: typeof a, to: string, text: string) =>
    pacer.send(to, async () => void sentAt.set(text, performance.now() - start));
  return { a, b, send, at: (text: string) => sentAt.get(text) ?? Number.NaN, sentAt };
}

describe('pacing shared by two instances', () => {
  it('spaces one person whichever instance sends, and keeps no one else waiting', async () => {
    const { a, b, send, at } = twoPacers({ perPersonMs: 400 });
    // Instance A sends a turn's three messages (the burst); B has the person's next one and another person's.
    await Promise.all([send(a, 'p', 'a1'), send(a, 'p', 'a2'), send(a, 'p', 'a3')]);
    await Promise.all([send(b, 'p', 'b1'), send(b, 'q', 'other')]);
    expect(at('b1') - at('a1')).toBeGreaterThanOrEqual(350);
    expect(at('other') - at('a3')).toBeLessThan(200);
  });

  it('holds the number’s rate for both instances together', async () => {
    const { a, b, send, sentAt } = twoPacers({ perSecond: 20 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => send(i % 2 ? b : a, `person${i}`, `m${i}`)));
    const times = [...sentAt.values()].sort((x, y) => x - y);
    // 20 sends 50 ms apart: 950 ms from the first to the last (each instance alone would take 450).
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('spaces a Telegram chat a second apart across instances, and lets another chat go', async () => {
    const prefix = `pace${++n}:`;
    const [one, two] = [instance(prefix), instance(prefix)].map((slots) => {
      const bot = new Bot('123456789:SHARED-token-for-enlace-0000', {
        botInfo: fakeBotInfo(1, 'enlace_test_bot'),
        client: { apiRoot: api.apiRoot },
      });
      bot.api.config.use(telegramSpacing({ slots, bot: 'tg:123456789', perChatMs: 400 }));
      return bot;
    }) as [Bot, Bot];
    const start = performance.now();
    await one.api.sendMessage(111, 'uno');
    await Promise.all([two.api.sendMessage(111, 'dos'), two.api.sendMessage(222, 'otro')]);
    const at = (chat: number, text: string) =>
      (api.sent().find((c) => Number(c.body.chat_id) === chat && c.body.text === text)?.at ?? 0) - start;
    expect(at(111, 'dos') - at(111, 'uno')).toBeGreaterThanOrEqual(350);
    expect(at(222, 'otro') - at(111, 'uno')).toBeLessThan(300);
  });

  it('paces in the instance’s own memory while Redis is away, and the messages still go', async () => {
    const own = await startRedis();
    const store = createRedisStore({ url: own.url, prefix: 'away:' });
    const slots = sendSlotsOr(createRedisSendSlots(store.redis, { prefix: 'away:' }), quiet);
    const pacer = createCloudPacer({ slots, perPersonMs: 300 });
    await pacer.send('p', async () => 'before');
    await own.stop();
    const start = performance.now();
    const sent: number[] = [];
    for (let i = 0; i < 4; i++) await pacer.send('q', async () => void sent.push(performance.now() - start));
    expect(sent).toHaveLength(4);
    // Still paced: the fourth waited for q's spacing, in this process.
    expect((sent[3] ?? 0) - (sent[2] ?? 0)).toBeGreaterThanOrEqual(250);
    store.redis.disconnect();
  });
});
