/**
 * A person who blocks the bot, seen by two instances of the Telegram channel that share a
 * real Redis (our own redis-server) and talk to the Bot API stub with the real grammY client:
 * what one instance hears (Bot API Update.my_chat_member, ChatMemberUpdated with the bot's new
 * status "kicked" or "member"; or a 403 on a send) the other obeys: no sends while blocked,
 * sends again after the unblock or once the person writes again.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import { StoreUnavailableError } from '../../src/core/errors.ts';
import type { Outbound } from '../../src/core/messages.ts';
import { createRedisBlockedChats } from '../../src/store/redis/redis-blocked.node.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { testAssistant } from '../support/assistant.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const quiet = { info() {}, warn() {}, error() {} };
const DATE = 1_763_800_000;

let redis: Awaited<ReturnType<typeof startRedis>>;
let api: FakeBotApi;
const connections: Redis[] = [];

/** One server instance: its own Redis connection, channel and engine. */
async function instance() {
  // As RedisStore connects: no offline queue, so an outage fails at once.
  const connection = new Redis(redis.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  connection.on('error', () => undefined);
  connections.push(connection);
  const telegram = createTelegramChannel({
    token: TOKEN,
    apiRoot: api.apiRoot,
    logger: quiet,
    botInfo: fakeBotInfo(1, 'enlace_test_bot'),
    maxRetryAttempts: 1,
    blocked: createRedisBlockedChats(connection, { prefix: 'blocked-test:' }),
  });
  telegram.connect((await testAssistant({ channels: [telegram.channel], staffDesks: [] })).engine);
  return telegram;
}

let a: Awaited<ReturnType<typeof instance>>;
let b: Awaited<ReturnType<typeof instance>>;
beforeAll(async () => {
  redis = await startRedis();
  api = await startFakeBotApi();
  a = await instance();
  b = await instance();
}, 20_000);
afterAll(async () => {
  for (const c of connections) c.disconnect();
  await api?.close();
  await redis?.stop();
});

let updateId = 5000;
/** Bot API Update.my_chat_member for the bot in the person's private chat. */
const membership = (chatId: number, status: 'kicked' | 'member') => {
  updateId += 1;
  const user = { id: chatId, is_bot: false, first_name: 'Rosa' };
  const bot = { id: 1, is_bot: true, first_name: 'enlace_test_bot', username: 'enlace_test_bot' };
  return {
    update_id: updateId,
    my_chat_member: {
      chat: { id: chatId, type: 'private', first_name: 'Rosa' },
      from: user,
      date: DATE,
      old_chat_member:
        status === 'kicked'
          ? { status: 'member', user: bot }
          : { status: 'kicked', user: bot, until_date: 0 },
      new_chat_member:
        status === 'kicked'
          ? { status: 'kicked', user: bot, until_date: 0 }
          : { status: 'member', user: bot },
    },
  };
};
const message = telegramUpdates(6000, DATE);
const reply = (chatId: number, text: string): Outbound[] => [
  { channel: 'telegram', chatId: String(chatId), lang: 'es', text, buttons: [] },
];
const address = (chatId: number) => ({ channel: 'telegram', chatId: String(chatId) });
const sentTo = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId).length;

describe('a person who blocks the bot, across instances', () => {
  it('is skipped by every instance until they unblock it', async () => {
    await a.handleUpdate(membership(801, 'kicked'));
    await b.channel.deliver?.(address(801), reply(801, 'Su caso avanzó.'));
    await a.channel.deliver?.(address(801), reply(801, 'Su caso avanzó.'));
    expect(sentTo(801)).toBe(0);

    await b.handleUpdate(membership(801, 'member'));
    await a.channel.deliver?.(address(801), reply(801, 'Su caso avanzó.'));
    expect(sentTo(801)).toBe(1);
  });

  it('is skipped by the others after one instance met a 403, until the person writes again', async () => {
    api.failNext('sendMessage', 403, {
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    await a.channel.deliver?.(address(802), reply(802, 'Hola'));
    expect(sentTo(802)).toBe(1); // the refused try
    await b.channel.deliver?.(address(802), reply(802, 'Hola'));
    expect(sentTo(802)).toBe(1);

    // They write (their my_chat_member missed): the other instance answers them, and sends again.
    await a.handleUpdate(message(802, 'hola'));
    expect(sentTo(802)).toBeGreaterThan(1);
    const before = sentTo(802);
    await b.channel.deliver?.(address(802), reply(802, 'Seguimos aquí.'));
    expect(sentTo(802)).toBe(before + 1);
  });

  it('ignores a change of the bot in a group (the staff group is no person)', async () => {
    const inGroup = membership(-100555, 'kicked');
    inGroup.my_chat_member.chat = { id: -100555, type: 'supergroup', first_name: 'Staff' };
    await a.handleUpdate(inGroup);
    await b.channel.deliver?.(address(-100555), reply(-100555, 'Aviso'));
    expect(sentTo(-100555)).toBe(1);
  });

  // Last: Redis goes away for good.
  it('while Redis is away: a block is refused to be handled again later, and sends go on', async () => {
    await redis.stop();
    await expect(a.handleUpdate(membership(803, 'kicked'))).rejects.toThrow(StoreUnavailableError);
    await b.channel.deliver?.(address(803), reply(803, 'Hola'));
    expect(sentTo(803)).toBe(1);
  });
});
