/**
 * The Telegram webhook: the channel's own route, mounted by the app at /telegram/webhook as
 * the servers mount it, through Hono's app.request, with the real grammY client answering
 * through a Bot API stub. A wrong secret is a 401; a body that is not an update a 200 (an
 * error would only make Telegram send it again); a store outage a 503, so that Telegram does
 * send it again, and it is then answered once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../../src/channels/telegram/adapter.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { createFaultyStore, type FaultyStore } from '../../src/testing/faulty-store.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { testServer } from '../support/server.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const SECRET = 'a-secret-of-enough-length-123';
const quiet = { info() {}, warn() {}, error() {} };

let api: FakeBotApi;
let server: Awaited<ReturnType<typeof testServer>>;
let faulty: FaultyStore | undefined;
beforeAll(async () => {
  api = await startFakeBotApi();
  const telegram = createTelegramChannel({
    token: TOKEN,
    apiRoot: api.apiRoot,
    logger: quiet,
    botInfo: fakeBotInfo(1, 'enlace_test_bot'),
    webhook: { secret: SECRET, intake: createMemoryIntake({ logger: quiet, untilHandled: true }) },
  });
  server = await testServer({
    channels: [telegram.channel],
    wrap: (store) => {
      faulty = createFaultyStore(store);
      return faulty.store;
    },
  });
});
afterAll(() => api?.close());

const message = telegramUpdates(2000);
const toChat = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);
const post = (body: string, secret?: string) =>
  server.app.request(TELEGRAM_WEBHOOK_PATH, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
    },
  });

describe('telegram webhook route', () => {
  it('refuses a request with a wrong or missing secret', async () => {
    expect((await post(JSON.stringify(message(504, 'hola')), 'wrong')).status).toBe(401);
    expect((await post(JSON.stringify(message(504, 'hola')))).status).toBe(401);
    expect(toChat(504)).toEqual([]);
  });

  it('acknowledges a malformed body with 200', async () => {
    expect((await post('{not json', SECRET)).status).toBe(200);
    expect((await post('{"update_id": "x"}', SECRET)).status).toBe(200);
  });

  it('acknowledges and answers the person, once even when Telegram sends the update twice', async () => {
    const update = JSON.stringify(message(505, 'hola'));
    expect((await post(update, SECRET)).status).toBe(200);
    // The route answers once the update is handled, and the turn sends before it ends.
    expect(toChat(505).length).toBeGreaterThanOrEqual(2);
    const count = toChat(505).length;
    expect((await post(update, SECRET)).status).toBe(200);
    expect(toChat(505).length).toBe(count);
  });

  it('answers 503 while the store is away, so that Telegram sends the update again', async () => {
    const update = JSON.stringify(message(506, 'hola'));
    faulty?.failAt((faulty?.calls.length ?? 0) + 1, 'before');
    expect((await post(update, SECRET)).status).toBe(503);
    expect(toChat(506)).toEqual([]);
    // Telegram sends it again once the store is back: answered, once.
    expect((await post(update, SECRET)).status).toBe(200);
    expect(toChat(506).length).toBeGreaterThanOrEqual(2);
  });
});
