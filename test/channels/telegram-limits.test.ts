/**
 * Rate limits on Telegram, through the webhook as the server mounts it, with the real grammY
 * client answering through a Bot API stub: a chat that writes past its limit is told once,
 * in its app's language, to wait a moment, and then hears nothing while the window lasts;
 * the messages past the limit are not handled, other chats go on. In the staff group, an
 * urgent ticket grouped with an alert staff already got is posted without a notification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel, TELEGRAM_WEBHOOK_PATH } from '../../src/channels/telegram/adapter.ts';
import type { StaffDesk } from '../../src/core/ports/staff-desk.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryIntake } from '../../src/store/memory/memory-intake.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { browserAt, limitedServer } from '../http/limits-app.ts';

const SECRET = 'a-secret-of-enough-length-123';
const STAFF_CHAT = -1001234567890;
const quiet = { info() {}, warn() {}, error() {} };

let api: FakeBotApi;
let server: Awaited<ReturnType<typeof limitedServer>>;
beforeAll(async () => {
  api = await startFakeBotApi();
  let desk: StaffDesk | undefined;
  server = await limitedServer({
    settings: { RATE_LIMIT_CONVERSATION: { points: 5, seconds: 60 } },
    channels: (limits, store) => {
      const telegram = createTelegramChannel({
        token: '123456789:TEST-token-for-enlace-tests',
        apiRoot: api.apiRoot,
        logger: quiet,
        botInfo: fakeBotInfo(1, 'enlace_test_bot'),
        webhook: { secret: SECRET, intake: createMemoryIntake({ logger: quiet, untilHandled: true }) },
        guard: limits.guard,
        staffGroup: { chatId: STAFF_CHAT, threads: store, t: createI18n().t('es') },
      });
      desk = telegram.desk;
      return [telegram.channel];
    },
    desks: () => (desk ? [desk] : []),
  });
});
afterAll(() => api?.close());

const message = telegramUpdates(7000);
const post = (update: unknown) =>
  server.app.request(TELEGRAM_WEBHOOK_PATH, {
    method: 'POST',
    body: JSON.stringify(update),
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
  });
const toChat = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);

describe('telegram rate limits', () => {
  it('tells a flooding chat once to wait, then stays silent; the rest is not handled', async () => {
    for (let i = 0; i < 5; i++) expect((await post(message(801, `hola ${i}`))).status).toBe(200);
    const answered = toChat(801).length;
    expect(answered).toBeGreaterThan(0);
    for (let i = 5; i < 12; i++) expect((await post(message(801, `hola ${i}`))).status).toBe(200);
    const after = toChat(801)
      .slice(answered)
      .map((c) => String(c.body.text));
    expect(after).toEqual([
      'Recibimos muchos mensajes tuyos seguidos y no pudimos leer el último. Espera un momento y envíalo otra vez, por favor. Si estás en peligro ahora, llama al 911.',
    ]);
    const lines = await server.store.getTranscript('telegram:801');
    expect(lines.filter((l) => l.from === 'person').map((l) => l.text)).toEqual([
      'hola 0',
      'hola 1',
      'hola 2',
      'hola 3',
      'hola 4',
    ]);
    // Another chat is not held up.
    await post(message(802, 'hola'));
    expect(toChat(802).length).toBeGreaterThan(0);
  });

  // Issue 31: one-message urgent web chats from one address after a first alert are a flood's
  // shape; they reach the inbox (silently), not the Telegram staff group one by one.
  it('posts the first urgent ticket of a burst from one address to the staff group, the rest to the inbox', async () => {
    const emergency = 'me marcan diciendo que tienen a mi hijo y que deposite 20 mil o lo matan';
    for (let i = 0; i < 3; i++) await browserAt(server.app, '203.0.113.50', true)({ text: emergency });
    const summaries = api
      .sent()
      .filter((c) => Number(c.body.chat_id) === STAFF_CHAT && String(c.body.text).startsWith('🚨 URGENTE'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.body.disable_notification ?? false).toBe(false);
    const urgent = (await server.store.listTickets()).filter((t) => t.urgent);
    expect(urgent.length).toBeGreaterThanOrEqual(3);
  });
});
