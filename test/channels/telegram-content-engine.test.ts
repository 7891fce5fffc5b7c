/**
 * Telegram content through the whole channel and a real assistant: the real grammY client
 * against the Bot API stub, updates in the Bot API's documented shapes handed to the channel
 * as Telegram sends them. An edited message reaches the transcript staff read as an edit,
 * after the original, not taken for a redelivery of it; a photo whose caption tells of an
 * emergency gets the emergency's answer, and staff read the caption with the photo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { testAssistant } from '../support/assistant.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const quiet = { info() {}, warn() {}, error() {} };
const DATE = 1_763_800_000;

let api: FakeBotApi;
let store: Store;
let telegram: ReturnType<typeof createTelegramChannel>;
beforeAll(async () => {
  api = await startFakeBotApi();
  telegram = createTelegramChannel({
    token: TOKEN,
    apiRoot: api.apiRoot,
    logger: quiet,
    botInfo: fakeBotInfo(1, 'enlace_test_bot'),
  });
  const assistant = await testAssistant({ channels: [telegram.channel], staffDesks: [] });
  store = assistant.store;
  telegram.connect(assistant.engine);
});
afterAll(() => api?.close());

const message = telegramUpdates(3000, DATE);
const toChat = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);
const personLines = async (chatId: number) =>
  (await store.getTranscript(`telegram:${chatId}`)).filter((l) => l.from === 'person').map((l) => l.text);

describe('telegram edited messages', () => {
  it('reach the transcript as an edit, after the original', async () => {
    const original = message(701, 'necesito apostillar el acta de nacimiento de mi hija');
    await telegram.handleUpdate(original);
    const answered = toChat(701).length;
    expect(answered).toBeGreaterThan(0);
    // Bot API Update.edited_message: the same message, its new text, and when it was edited.
    await telegram.handleUpdate({
      update_id: original.update_id + 1,
      edited_message: {
        ...original.message,
        text: 'necesito apostillar el acta de matrimonio de mis padres',
        edit_date: DATE + 120,
      },
    });
    expect(await personLines(701)).toEqual([
      'necesito apostillar el acta de nacimiento de mi hija',
      '✏️ (editado) necesito apostillar el acta de matrimonio de mis padres',
    ]);
    // Read as a message of its own: the person is answered again.
    expect(toChat(701).length).toBeGreaterThan(answered);
  });
});

describe('telegram captions', () => {
  // What the same words as a text get the emergency's answer for.
  const CAPTION = 'Me tienen secuestrado en Reynosa y piden rescate, ayúdenme';

  it('answer an emergency told in a photo caption, and staff read the caption', async () => {
    const { update_id, message: withText } = message(702, '');
    const { text: _none, ...rest } = withText;
    await telegram.handleUpdate({
      update_id,
      message: {
        ...rest,
        photo: [{ file_id: 'p1', file_unique_id: 'p1-u', width: 90, height: 90 }],
        caption: CAPTION,
      },
    });
    const replies = toChat(702).map((c) => String(c.body.text));
    expect(replies.join('\n')).toContain('911');
    expect(replies.join('\n')).not.toMatch(/solo puedo leer mensajes de texto/i);
    expect((await personLines(702)).join('\n')).toContain(CAPTION);
  });
});
