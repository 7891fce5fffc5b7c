/**
 * The Telegram channel end to end over real HTTP: the real grammY client, polling through
 * @grammyjs/runner, against telegram-test-api (an independent Bot API emulator) on
 * localhost; and, for what the emulator cannot do (429, 403, counting calls), against a
 * small Bot API stub of our own. The webhook route is tested through Hono's app.request.
 */
import { createServer } from 'node:net';
import { type RunnerHandle, run } from '@grammyjs/runner';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitText } from '../../src/channels/split-text.ts';
import { createTelegramAdapter } from '../../src/channels/telegram/adapter.ts';
import { toInbound, updateSchema } from '../../src/channels/telegram/update.ts';
import type { Logger } from '../../src/core/ports.ts';
import { telegramWebhook } from '../../src/http/telegram-webhook.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { testAssistant } from '../support/assistant.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const botInfo = fakeBotInfo(1, 'enlace_test_bot');
const logs: string[] = [];
const logger: Logger = {
  info: (m) => logs.push(`info ${m}`),
  warn: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

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
    const { engine } = await testAssistant();
    const adapter = createTelegramAdapter({
      token: TOKEN,
      apiRoot: server.config.apiURL,
      engine,
      logger,
      botInfo,
      commandDescriptions: () => [{ command: 'start', description: 'start' }],
    });
    await adapter.registerCommands(); // the emulator lacks setMyCommands: a warning, not a crash
    runner = await adapter.startPolling(run);
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
    expect(buttonsOf(answer)).toEqual(expect.arrayContaining(['helped', 'human', 'menu']));
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
    await replies(person.raw, 2);
    await person.press('intake:remains');
    await replies(person.raw, 2); // intro + first question
    for (const answer of [
      'Juan Pérez',
      'Houston, Texas',
      'el 2 de noviembre',
      'hijo',
      'Gómez Palacio',
      'este chat',
    ]) {
      await person.text(answer);
      expect(await replies(person.raw, 1)).toHaveLength(1);
    }
    await person.press('confirm');
    const [offer] = await replies(person.raw, 1);
    expect(buttonsOf(offer)).toContain('send');
    await person.press('send');
    const [done] = await replies(person.raw, 1);
    expect(done?.text).toMatch(/personal/);
  });

  it('hands the conversation to staff and then stays silent', async () => {
    const person = client('es');
    await person.command('/humano');
    // The queued message, then how many are ahead (other tests queued too).
    const queued = (await replies(person.raw, 3, 2500)).map((m) => m.text).join('\n');
    expect(queued).toMatch(/personal de la oficina/);
    expect(queued).toMatch(/Conversaciones antes de la tuya: \d+/);
    await person.text('¿siguen ahí?');
    expect(await replies(person.raw, 1, 800)).toEqual([]);
  });
});

describe('telegram, against a Bot API stub', () => {
  let api: FakeBotApi;
  let adapter: ReturnType<typeof createTelegramAdapter>;
  let updateId = 1000;
  const message = (chatId: number, text: string, id = ++updateId) => ({
    update_id: id,
    message: {
      message_id: id,
      date: 1_763_800_000,
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: 'Ana', language_code: 'es' },
      text,
    },
  });

  beforeAll(async () => {
    api = await startFakeBotApi();
    const { engine } = await testAssistant();
    adapter = createTelegramAdapter({
      token: TOKEN,
      apiRoot: api.apiRoot,
      engine,
      logger,
      botInfo,
      maxRetryAttempts: 2,
    });
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
    await adapter.handleUpdate(message(501, 'hola'));
    const sent = api.sent().slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(3); // the failed try, then the welcome and the menu
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sent.at(-1)?.body.text).toBeTruthy();
  });

  it('handles a redelivered update once', async () => {
    const update = message(502, 'hola');
    const before = api.sent().length;
    await adapter.handleUpdate(update);
    const once = api.sent().length - before;
    await adapter.handleUpdate(update);
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
    await adapter.handleUpdate(message(503, 'hola'));
    expect(api.sent().length - before).toBe(1);
    expect(adapter.inactive.has('503')).toBe(true);
    // Writing again makes them active.
    await adapter.handleUpdate(message(503, 'menu'));
    expect(adapter.inactive.has('503')).toBe(false);
  });

  it.each([
    ['voice', { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } }],
    ['photo', { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }],
    ['sticker', { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1 } }],
  ])('answers a %s politely and offers a person', async (kind, media) => {
    const chatId = 510 + ['voice', 'photo', 'sticker'].indexOf(kind);
    const { text: _drop, ...base } = message(chatId, '').message;
    await adapter.handleUpdate({ update_id: ++updateId, message: { ...base, ...media } });
    const last = api
      .sent()
      .filter((c) => Number(c.body.chat_id) === chatId)
      .at(-1);
    expect(String(last?.body.text)).toMatch(/solo puedo leer mensajes de texto/i);
    expect(JSON.stringify(last?.body.reply_markup)).toContain('"human"');
  });

  it('ignores malformed updates without crashing', async () => {
    await expect(adapter.handleUpdate({ nonsense: true })).resolves.toBeUndefined();
    await expect(adapter.handleUpdate({ update_id: 7, message: { chat: 'x' } })).resolves.toBeUndefined();
  });

  describe('webhook route', () => {
    const secret = 'a-secret-of-enough-length-123';
    const app = () => telegramWebhook({ secret, handleUpdate: adapter.handleUpdate, logger });
    const post = (body: string, header?: string) =>
      app().request('/', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...(header ? { 'x-telegram-bot-api-secret-token': header } : {}),
        },
      });

    it('refuses a request with a wrong or missing secret', async () => {
      expect((await post(JSON.stringify(message(504, 'hola')), 'wrong')).status).toBe(401);
      expect((await post(JSON.stringify(message(504, 'hola')))).status).toBe(401);
    });

    it('acknowledges a malformed body with 200', async () => {
      expect((await post('{not json', secret)).status).toBe(200);
      expect((await post('{"update_id": "x"}', secret)).status).toBe(200);
    });

    it('acknowledges at once and answers the person', async () => {
      const before = api.sent().length;
      expect((await post(JSON.stringify(message(505, 'hola')), secret)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(api.sent().length).toBeGreaterThan(before);
    });
  });
});

describe('telegram staff group (handoff with Telegram only)', () => {
  const STAFF = -1001234567890;
  let api: FakeBotApi;
  let adapter: ReturnType<typeof createTelegramAdapter>;
  let updateId = 5000;
  const update = (chatId: number, text: string, extra: Record<string, unknown> = {}) => ({
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: 1_763_800_000,
      chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
      from: { id: 42, is_bot: false, first_name: 'Ana', language_code: 'es' },
      text,
      ...extra,
    },
  });
  const toPerson = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);
  const toStaff = () => api.sent().filter((c) => Number(c.body.chat_id) === STAFF);
  const staffGroupAdapter = (
    engine: Awaited<ReturnType<typeof testAssistant>>['engine'],
    tickets?: Parameters<typeof createTelegramAdapter>[0]['tickets'],
  ) =>
    createTelegramAdapter({
      token: TOKEN,
      apiRoot: api.apiRoot,
      engine,
      logger,
      botInfo,
      staffChatId: STAFF,
      staffText: (key, vars) => createI18n().t('es')(key, vars),
      ...(tickets ? { tickets } : {}),
    });

  beforeAll(async () => {
    api = await startFakeBotApi();
    let desk: ReturnType<typeof createTelegramAdapter>['staffDesk'];
    const staff = {
      queued: async (t: never) => desk?.queued(t),
      relay: async (id: string, text: string) => desk?.relay(id, text),
    };
    const { engine } = await testAssistant({ staff });
    adapter = staffGroupAdapter(engine);
    desk = adapter.staffDesk;
  });
  afterAll(() => api?.close());

  it('opens a forum topic for the person, relays them, and carries staff replies both ways', async () => {
    await adapter.handleUpdate(update(601, 'quiero hablar con una persona'));
    const topic = api.calls.find((c) => c.method === 'createForumTopic');
    expect(topic?.body.chat_id).toBe(STAFF);
    const thread = toStaff().at(-1)?.body.message_thread_id;
    expect(thread).toBeDefined();

    await adapter.handleUpdate(update(601, 'mi hijo está detenido en Arizona'));
    expect(toStaff().at(-1)?.body.text).toContain('mi hijo está detenido en Arizona');

    const before = toPerson(601).length;
    await adapter.handleUpdate(
      update(STAFF, 'Hola, soy Ana del Instituto. ¿Cómo se llama su hijo?', { message_thread_id: thread }),
    );
    const reply = toPerson(601)
      .slice(before)
      .map((c) => String(c.body.text));
    expect(reply.join('\n')).toContain('Hola, soy Ana del Instituto');

    await adapter.handleUpdate(update(STAFF, '/cerrar', { message_thread_id: thread }));
    expect(
      toPerson(601)
        .map((c) => String(c.body.text))
        .join('\n'),
    ).toMatch(/Terminó la conversación con el personal/);
    expect(String(toPerson(601).at(-1)?.body.text)).toMatch(/¿Te ayudamos/);
    expect(api.calls.some((c) => c.method === 'closeForumTopic')).toBe(true);
  });

  it('keeps a conversation’s topic across a restart: staff replies in it still reach the person', async () => {
    // Two adapters one after the other on one store: the process restarted in between.
    let desk: ReturnType<typeof createTelegramAdapter>['staffDesk'];
    const staff = {
      queued: async (t: never) => desk?.queued(t),
      relay: async (id: string, text: string) => desk?.relay(id, text),
    };
    const first = await testAssistant({ staff });
    const tickets = {
      list: () => first.store.listHandoffs(),
      save: (t: never) => first.store.enqueueHandoff(t),
    };
    const make = (engine: typeof first.engine) => staffGroupAdapter(engine, tickets);
    const before = make(first.engine);
    desk = before.staffDesk;
    await before.handleUpdate(update(603, 'quiero hablar con una persona'));
    const topics = () => api.calls.filter((c) => c.method === 'createForumTopic').length;
    const opened = topics();
    const thread = toStaff().at(-1)?.body.message_thread_id;

    const after = make((await first.restart({ staff })).engine);
    desk = after.staffDesk;
    await after.handleUpdate(update(603, 'sigo esperando'));
    expect(toStaff().at(-1)?.body.message_thread_id).toBe(thread); // relayed into the same topic
    const sent = toPerson(603).length;
    await after.handleUpdate(update(STAFF, 'Aquí estoy, soy Luis.', { message_thread_id: thread }));
    expect(
      toPerson(603)
        .slice(sent)
        .map((c) => String(c.body.text))
        .join('\n'),
    ).toContain('Aquí estoy, soy Luis.');
    expect(topics()).toBe(opened); // no second topic
  });

  it('marks an emergency urgent in the staff group', async () => {
    await adapter.handleUpdate(update(602, 'nos tienen secuestrados en una casa en reynosa ayuda'));
    expect(toStaff().some((c) => String(c.body.text).includes('URGENTE'))).toBe(true);
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
    const inbound = toInbound(parsed);
    expect(inbound).toEqual({
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
