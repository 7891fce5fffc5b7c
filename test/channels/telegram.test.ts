/**
 * The Telegram channel end to end over real HTTP: the real grammY client, polling through
 * @grammyjs/runner, against telegram-test-api (an independent Bot API emulator) on
 * localhost; and, for what the emulator cannot do (429, 403, counting calls), against a
 * small Bot API stub of our own. The engine sends every reply itself, through the channel's
 * `deliver`. The webhook route is in telegram-webhook.test.ts, the staff group in
 * telegram-staff-group.test.ts.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitText } from '../../src/channels/split-text.ts';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import { toInbound, updateSchema } from '../../src/channels/telegram/update.ts';
import type { Logger } from '../../src/core/ports/runtime.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { testAssistant } from '../support/assistant.ts';
import { freePort } from '../support/runtime.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const botInfo = fakeBotInfo(1, 'enlace_test_bot');
const logs: string[] = [];
const logger: Logger = {
  info: (m) => logs.push(`info ${m}`),
  warn: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
};

type Client = ReturnType<TelegramServer['getClient']>;
type BotMessage = {
  text: string;
  reply_markup?: { inline_keyboard: Array<Array<{ callback_data: string }>> };
};

/** Waits until the bot has sent `count` messages to this client, and returns them. */
async function replies(client: Client, count = 1, timeoutMs = 8000): Promise<BotMessage[]> {
  const got: BotMessage[] = [];
  const until = Date.now() + timeoutMs;
  while (got.length < count && Date.now() < until) {
    // The emulator's client throws a TimeoutError after a second without news.
    const result = await client.getUpdates().then(
      (r) => r.result,
      () => [],
    );
    for (const update of result) got.push(update.message as unknown as BotMessage);
  }
  return got;
}

const buttonsOf = (m: BotMessage | undefined) =>
  m?.reply_markup?.inline_keyboard.flat().map((b) => b.callback_data) ?? [];

describe('telegram, against telegram-test-api', () => {
  let server: TelegramServer;
  let runner: RunnerHandle;
  let clientId = 100;
  const client = (language_code: string) => {
    clientId += 1;
    const c = server.getClient(TOKEN, {
      userId: clientId,
      chatId: clientId,
      firstName: 'Ana',
      type: 'private',
    });
    const from = { id: clientId, first_name: 'Ana', username: `u${clientId}`, is_bot: false, language_code };
    return {
      raw: c,
      text: (text: string) => c.sendMessage(c.makeMessage(text, { from })),
      command: (text: string) => c.sendCommand(c.makeCommand(text, { from })),
      press: (data: string) =>
        c.sendCallback(
          c.makeCallbackQuery(data, { from, message: { chat: { id: clientId, type: 'private' } } } as never),
        ),
    };
  };

  beforeAll(async () => {
    server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60_000 });
    await server.start();
    const telegram = createTelegramChannel({
      token: TOKEN,
      apiRoot: server.config.apiURL,
      logger,
      botInfo,
      commandDescriptions: () => [{ command: 'start', description: 'start' }],
    });
    const { engine } = await testAssistant({ channels: [telegram.channel], staffDesks: [] });
    await telegram.registerCommands(); // the emulator lacks setMyCommands: a warning, not a crash
    runner = await telegram.startPolling(engine, run);
  });
  afterAll(async () => {
    if (runner?.isRunning()) await runner.stop();
    await server?.stop();
  });

  it('warns, without crashing, when the server lacks setMyCommands', () => {
    expect(logs.some((l) => l.startsWith('warn telegram: setMyCommands failed'))).toBe(true);
  });

  it.each([
    ['es', 'Hola, soy Enlace'],
    ['en', 'Hello, I am Enlace'],
    ['ht', 'Bonjou, mwen se Enlace'],
  ])('answers /start in the language Telegram reports (%s)', async (lang, greeting) => {
    const person = client(lang);
    await person.command('/start');
    // The welcome on its own, then the menu with its buttons.
    const [welcome, menu] = await replies(person.raw, 2);
    expect(welcome?.text).toContain(greeting);
    expect(buttonsOf(menu)).toContain('topic:apostille');
  });

  it('answers a free-text question, with buttons for what comes next', async () => {
    const person = client('es');
    await person.text('necesito apostillar el acta de nacimiento de mi hija que nacio en texas');
    const messages = await replies(person.raw, 2);
    const answer = messages.at(-1);
    expect(answer?.text).toMatch(/apostill/i);
    expect(buttonsOf(answer)).toContain('menu');
    // Each reply once: the channel does not send the turn's messages a second time.
    expect(await replies(person.raw, 1, 1200)).toEqual([]);
  });

  it('follows a pressed button', async () => {
    const person = client('en');
    await person.command('/start');
    await replies(person.raw, 2);
    await person.press('topic:us_pension');
    const [answer] = await replies(person.raw, 1);
    expect(answer?.text).toMatch(/Social Security|pension/i);
  });

  it('takes the remains intake to its end and passes it to staff', { timeout: 60_000 }, async () => {
    const person = client('es');
    await person.text('mi papá murió en houston y queremos traer su cuerpo a durango');
    const [, offer] = await replies(person.raw, 2);
    // The answer ends with one yes/no offer of the intake.
    expect(buttonsOf(offer)).toEqual(expect.arrayContaining(['yes', 'no']));
    await person.press('yes');
    const [first] = await replies(person.raw, 1); // the intro and the first question, one message
    expect(first?.text).toContain('(1/6)');
    for (const answer of ['Juan Pérez', 'Houston, Texas', 'el 2 de noviembre', 'hijo', 'Gómez Palacio']) {
      await person.text(answer);
      expect(await replies(person.raw, 1)).toHaveLength(1);
    }
    await person.text('este chat');
    const [summary] = await replies(person.raw, 1);
    expect(summary?.text).toContain('Juan Pérez');
    expect(buttonsOf(summary)).toContain('yes');
    await person.press('yes'); // one summary, confirmed once
    const [done] = await replies(person.raw, 1);
    expect(done?.text).toMatch(/personal/);
  });

  it('hands the conversation to staff, and acknowledges what the person writes while waiting', async () => {
    const person = client('es');
    await person.command('/humano');
    const queued = (await replies(person.raw, 2)).map((m) => m.text).join('\n');
    expect(queued).toMatch(/personal de la oficina/);
    expect(queued).toMatch(/nadie antes que tú|Tu lugar en la fila: \d+/);
    await person.text('¿hay alguien ahí?');
    // Never silence, and never twice.
    expect(await replies(person.raw, 1)).toHaveLength(1);
    expect(await replies(person.raw, 1, 1200)).toEqual([]);
  });
});

describe('telegram, against a Bot API stub', () => {
  let api: FakeBotApi;
  let telegram: ReturnType<typeof createTelegramChannel>;
  const message = telegramUpdates(1000);
  const toChat = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);

  beforeAll(async () => {
    api = await startFakeBotApi();
    telegram = createTelegramChannel({
      token: TOKEN,
      apiRoot: api.apiRoot,
      logger,
      botInfo,
      maxRetryAttempts: 2,
    });
    const { engine } = await testAssistant({ channels: [telegram.channel], staffDesks: [] });
    telegram.connect(engine);
  });
  afterAll(() => api?.close());

  it('waits out a 429 with retry_after, then sends', async () => {
    api.failNext('sendMessage', 429, {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const before = api.sent().length;
    const started = Date.now();
    await telegram.handleUpdate(message(501, 'hola'));
    const sent = api.sent().slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(3); // the failed try, then the welcome and the menu
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sent.at(-1)?.body.text).toBeTruthy();
  });

  it('handles a redelivered update once', async () => {
    const update = message(502, 'hola');
    const before = api.sent().length;
    await telegram.handleUpdate(update);
    const once = api.sent().length - before;
    await telegram.handleUpdate(update);
    expect(once).toBeGreaterThan(0);
    expect(api.sent().length - before).toBe(once);
  });

  it('marks a person who blocked the bot inactive, with no retries', async () => {
    api.failNext('sendMessage', 403, {
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    const before = api.sent().length;
    await telegram.handleUpdate(message(503, 'hola'));
    expect(api.sent().length - before).toBe(1);
    expect(telegram.inactive.has('503')).toBe(true);
    // Writing again makes them active.
    await telegram.handleUpdate(message(503, 'menu'));
    expect(telegram.inactive.has('503')).toBe(false);
  });

  it.each([
    ['voice', { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } }],
    ['photo', { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }],
    ['sticker', { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1 } }],
  ])('answers a %s politely and offers a person', async (kind, media) => {
    const chatId = 510 + ['voice', 'photo', 'sticker'].indexOf(kind);
    const { update_id, message: withText } = message(chatId, '');
    const { text: _drop, ...base } = withText;
    await telegram.handleUpdate({ update_id, message: { ...base, ...media } });
    const last = toChat(chatId).at(-1);
    expect(String(last?.body.text)).toMatch(/solo puedo leer mensajes de texto/i);
    expect(JSON.stringify(last?.body.reply_markup)).toContain('"human"');
  });

  it('ignores malformed updates without crashing', async () => {
    await expect(telegram.handleUpdate({ nonsense: true })).resolves.toBeUndefined();
    await expect(telegram.handleUpdate({ update_id: 7, message: { chat: 'x' } })).resolves.toBeUndefined();
  });
});

describe('telegram message splitting', () => {
  it('splits long answers at paragraph boundaries within 4,096 characters', () => {
    const paragraph = 'x'.repeat(1500);
    const parts = splitText([paragraph, paragraph, paragraph, paragraph].join('\n\n'), 4096);
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n\n')).toBe([paragraph, paragraph, paragraph, paragraph].join('\n\n'));
    expect(splitText('y'.repeat(9000), 4096).every((p) => p.length <= 4096)).toBe(true);
  });
});

describe('telegram updates in', () => {
  it('take the display name for staff, and nothing else of the profile', () => {
    const parsed = updateSchema.parse({
      update_id: 1,
      message: {
        message_id: 1,
        date: 1_763_800_000,
        chat: { id: 9, type: 'private' },
        from: {
          id: 9,
          is_bot: false,
          first_name: ' Jean ',
          last_name: 'Baptiste\n',
          username: 'jb',
          language_code: 'ht',
        },
        text: 'bonjou',
      },
    });
    expect(toInbound(parsed)).toEqual({
      id: 'tg-1',
      channel: 'telegram',
      chatId: '9',
      at: 1_763_800_000_000,
      name: 'Jean Baptiste',
      langHint: 'ht',
      content: { type: 'text', text: 'bonjou' },
    });
  });
});
