/**
 * Replies and reactions on Telegram, through the whole server: the real grammY client against
 * the Bot API stub, the channel writing each message Telegram took to the server's delivery log
 * (as the servers wire it), updates in the Bot API's documented shapes: a Message with
 * `reply_to_message` (the bot's earlier message, whole), and a `message_reaction` update
 * (MessageReactionUpdated: `old_reaction` / `new_reaction` lists of `{type: 'emoji', emoji}`).
 * A reply is answered as the same words without the quote, and staff see the quoted answer; a
 * reaction gets nothing back and staff see it, and its taking back; the long poll asks
 * Telegram for reactions (they come only to a bot that lists them in `allowed_updates`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { cookieJar, form, STAFF_PASSWORD, testServer } from '../support/server.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const quiet = { info() {}, warn() {}, error() {} };
const DATE = 1_763_800_000;
const BOT = { id: 1, is_bot: true, first_name: 'Enlace', username: 'enlace_test_bot' };
const t = createI18n().t('es');

let api: FakeBotApi;
let server: Awaited<ReturnType<typeof testServer>>;
let telegram: ReturnType<typeof createTelegramChannel>;
beforeAll(async () => {
  api = await startFakeBotApi();
  server = await testServer({
    channels: (store) => {
      telegram = createTelegramChannel({
        token: TOKEN,
        apiRoot: api.apiRoot,
        logger: quiet,
        botInfo: fakeBotInfo(1, 'enlace_test_bot'),
        log: store,
      });
      return [telegram.channel];
    },
  });
  telegram.connect(server.engine);
});
afterAll(() => api?.close());

const message = telegramUpdates(5000, DATE);
let updateId = 6000;

/** What the bot sent this chat, each with the message_id the stub gave it (its call's number). */
const sentTo = (chatId: number) =>
  api.calls
    .map((call, i) => ({ call, messageId: i + 1 }))
    .filter(({ call }) => call.method === 'sendMessage' && Number(call.body.chat_id) === chatId);
const repliesTo = (chatId: number) =>
  sentTo(chatId).map(({ call: { body } }) => ({ text: body.text, markup: body.reply_markup }));

/** A line's start as staff are shown it: on one line, at most 120 characters with its ellipsis. */
function expectedQuote(line: string) {
  const words = line.replace(/\s+/g, ' ').trim();
  return words.length <= 120 ? words : `${words.slice(0, 119).trimEnd()}…`;
}
const escaped = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

async function casePage(conversationId: string) {
  const browse = cookieJar(server.app);
  await browse('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }));
  return (await browse(`/staff/c/${encodeURIComponent(conversationId)}`)).text();
}

/** Bot API `message_reaction`: the person's reactions on a message, before and after. */
const reaction = (chatId: number, messageId: number, before: string[], after: string[]) => ({
  update_id: ++updateId,
  message_reaction: {
    chat: { id: chatId, type: 'private', first_name: 'Ana' },
    message_id: messageId,
    user: { id: chatId, is_bot: false, first_name: 'Ana' },
    date: DATE + 300,
    old_reaction: before.map((emoji) => ({ type: 'emoji', emoji })),
    new_reaction: after.map((emoji) => ({ type: 'emoji', emoji })),
  },
});

const QUESTION = 'necesito apostillar el acta de nacimiento de mi hija';

describe('telegram replies', () => {
  it('are answered as the same words without the quote, and staff see the message answered', async () => {
    const [quoting, plain] = [901, 902];
    for (const chatId of [quoting, plain]) {
      await telegram.handleUpdate(message(chatId, 'hola'));
      await telegram.handleUpdate(message(chatId, QUESTION));
    }
    const before = sentTo(quoting);
    const first = before[0];
    expect(before.length).toBeGreaterThan(1);
    // Bot API Message.reply_to_message: the bot's message itself, as Telegram gives it.
    const quoted = {
      message_id: first?.messageId,
      date: DATE,
      chat: { id: quoting, type: 'private' },
      from: BOT,
      text: first?.call.body.text,
    };
    await telegram.handleUpdate(message(quoting, '¿cuánto cuesta?', { reply_to_message: quoted }));
    await telegram.handleUpdate(message(plain, '¿cuánto cuesta?'));
    expect(sentTo(quoting).length).toBeGreaterThan(before.length);
    expect(repliesTo(quoting)).toEqual(repliesTo(plain));

    const lines = await server.store.getTranscript(`telegram:${quoting}`);
    const quote = expectedQuote(lines.find((l) => l.from === 'bot')?.text ?? '');
    expect(quote).not.toBe('');
    expect(lines.findLast((l) => l.from === 'person')).toMatchObject({
      text: '¿cuánto cuesta?',
      replyTo: { quote },
    });
    expect(await casePage(`telegram:${quoting}`)).toContain(
      escaped(t('inbox.context.replyingTo', { quote })),
    );
  });
});

describe('telegram reactions', () => {
  it('get nothing back, and staff see them with the message they were on, and their taking back', async () => {
    const chatId = 903;
    await telegram.handleUpdate(message(chatId, 'hola'));
    await telegram.handleUpdate(message(chatId, QUESTION));
    const answer = sentTo(chatId).at(-1);
    const calls = api.calls.length;
    await telegram.handleUpdate(reaction(chatId, answer?.messageId ?? 0, [], ['👍']));
    expect(api.calls.length).toBe(calls);

    const id = `telegram:${chatId}`;
    const lines = await server.store.getTranscript(id);
    const quote = expectedQuote(lines.findLast((l) => l.from === 'bot')?.text ?? '');
    expect(lines.at(-1)).toMatchObject({ from: 'person', text: '👍', reaction: '👍', replyTo: { quote } });
    expect(await casePage(id)).toContain(escaped(t('inbox.context.reacted', { emoji: '👍', quote })));

    await telegram.handleUpdate(reaction(chatId, answer?.messageId ?? 0, ['👍'], []));
    expect(api.calls.length).toBe(calls);
    expect((await server.store.getTranscript(id)).at(-1)).toMatchObject({ reaction: '', replyTo: { quote } });
    expect(await casePage(id)).toContain(escaped(t('inbox.context.unreacted', { quote })));
  });

  it('are asked for by the long poll, with every update the channel reads', async () => {
    const options = await telegram.startPolling(server.engine, (_bot, asked) => asked);
    expect(options.runner.fetch.allowed_updates).toEqual(
      expect.arrayContaining([
        'message',
        'edited_message',
        'callback_query',
        'my_chat_member',
        'message_reaction',
      ]),
    );
  });
});
