/**
 * Handoff with Telegram only, against a Bot API stub: the staff group is the engine's staff
 * desk "telegram-group" (a topic per conversation, what the person writes, reminders), and
 * what staff write in a topic is the engine's staff reply or close. The ticket itself is
 * looked at in the store: /cerrar closes it and stops its reminders (issue 13, bug 1), and a
 * close from the web inbox closes the topic too. Words in a topic whose conversation the
 * store does not keep start none and go to no one; a person's reaction is posted in their
 * topic (issue 29); and names (the person's, the staff
 * member's) reach the store without direction controls (issue 31, item 7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { START, TEST_CHANNELS, testAssistant } from '../support/assistant.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const STAFF = -1001234567890;
const ALERT_MS = 10 * 60_000;
const quiet = { info() {}, warn() {}, error() {} };
const t = createI18n().t('es');

let api: FakeBotApi;
beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(() => api?.close());

const update = telegramUpdates(5000);
const toPerson = (chatId: number) => api.sent().filter((c) => Number(c.body.chat_id) === chatId);
const toStaff = () => api.sent().filter((c) => Number(c.body.chat_id) === STAFF);
const inTopic = (thread: unknown) => toStaff().filter((c) => c.body.message_thread_id === thread);
const threadOf = async (store: ReturnType<typeof createMemoryStore>, chatId: number) =>
  store.threadOf(`telegram:${chatId}`);

/** An engine with the Telegram channel and its staff group as desk, on a store and clock of its own. */
async function setUp(store = createMemoryStore(), clock = { time: START, now: () => clock.time }) {
  const make = () =>
    createTelegramChannel({
      token: TOKEN,
      apiRoot: api.apiRoot,
      logger: quiet,
      botInfo: fakeBotInfo(1, 'enlace_test_bot'),
      staffGroup: { chatId: STAFF, threads: store, t },
      log: store,
    });
  const start = async () => {
    const telegram = make();
    const assistant = await testAssistant({
      store,
      clock,
      channels: [...TEST_CHANNELS, telegram.channel],
      staffDesks: telegram.desk ? [telegram.desk] : [],
    });
    telegram.connect(assistant.engine);
    /** The person (or staff, in the group) writes; the clock moves a minute first. */
    const write = async (chatId: number, text: string, extra: Record<string, unknown> = {}) => {
      clock.time += 60_000;
      await telegram.handleUpdate(update(chatId, text, extra));
    };
    return { telegram, engine: assistant.engine, write };
  };
  return { store, clock, start };
}

describe('telegram staff group', () => {
  it('opens a forum topic for the person, posts what they write, and carries staff replies both ways', async () => {
    const { store, start } = await setUp();
    const { write } = await start();
    await write(601, 'quiero hablar con una persona');
    const topic = api.calls.find(
      (c) => c.method === 'createForumTopic' && String(c.body.name).includes('601'),
    );
    expect(topic?.body.chat_id).toBe(STAFF);
    const thread = await threadOf(store, 601);
    expect(thread).not.toBeNull();
    expect(inTopic(thread).at(-1)?.body.text).toMatch(/telegram:601/);

    await write(601, 'mi hijo está detenido en Arizona');
    expect(inTopic(thread).at(-1)?.body.text).toContain('mi hijo está detenido en Arizona');

    const before = toPerson(601).length;
    await write(STAFF, 'Hola, soy Ana del Instituto. ¿Cómo se llama su hijo?', { message_thread_id: thread });
    const reply = toPerson(601)
      .slice(before)
      .map((c) => String(c.body.text));
    expect(reply.join('\n')).toContain('Hola, soy Ana del Instituto');
    // The first answer took the conversation, in the staff member's name.
    expect((await store.getTicket('telegram:601'))?.assignee).toBe('Ana');

    await write(STAFF, '/cerrar', { message_thread_id: thread });
    const told = toPerson(601).map((c) => String(c.body.text));
    expect(told.join('\n')).toMatch(/Terminó la conversación con el personal/);
    expect(told.at(-1)).toMatch(/¿Te ayudamos/);
    expect(inTopic(thread).at(-1)?.body.text).toBe(t('staffGroup.closed'));
    expect(api.calls.some((c) => c.method === 'closeForumTopic' && c.body.message_thread_id === thread)).toBe(
      true,
    );
  });

  it('/cerrar closes the ticket itself, and no reminder follows (issue 13, bug 1)', async () => {
    const { store, clock, start } = await setUp();
    const { write, engine } = await start();
    // Two people wait for staff; nobody answers either of them.
    await write(620, 'quiero hablar con una persona');
    await write(621, 'quiero hablar con una persona');
    const closedThread = await threadOf(store, 620);
    const openThread = await threadOf(store, 621);
    expect(await store.getTicket('telegram:620')).not.toBeNull();

    await write(STAFF, '/cerrar', { message_thread_id: closedThread });
    expect(await store.getTicket('telegram:620')).toBeNull();
    expect((await store.listClosed()).map((ticket) => ticket.conversationId)).toContain('telegram:620');
    expect((await store.listTickets()).map((ticket) => ticket.conversationId)).not.toContain('telegram:620');

    // Past the reminder time: the one still waiting is reminded, the closed one is not.
    clock.time += ALERT_MS + 60_000;
    await engine.sweep();
    const overdue = /sin que nadie la tome|minutos/;
    expect(inTopic(openThread).some((c) => overdue.test(String(c.body.text)))).toBe(true);
    const afterClose = inTopic(closedThread).slice(
      inTopic(closedThread).findIndex((c) => c.body.text === t('staffGroup.closed')),
    );
    expect(afterClose.some((c) => overdue.test(String(c.body.text)))).toBe(false);
    clock.time += 3 * ALERT_MS;
    await engine.sweep();
    expect(inTopic(closedThread).filter((c) => overdue.test(String(c.body.text)))).toEqual([]);
  });

  it('closes the topic when the web inbox closes the conversation', async () => {
    const { store, start } = await setUp();
    const { write, engine } = await start();
    await write(630, 'quiero hablar con una persona');
    const thread = await threadOf(store, 630);
    // What the inbox's close button does.
    await engine.staff.close('telegram:630', 'luis');
    expect(inTopic(thread).at(-1)?.body.text).toBe(t('staffGroup.closed'));
    expect(api.calls.some((c) => c.method === 'closeForumTopic' && c.body.message_thread_id === thread)).toBe(
      true,
    );
    expect(await store.getTicket('telegram:630')).toBeNull();
  });

  it('answers a person on another channel from the group (the engine delivers on their channel)', async () => {
    const { store, start } = await setUp();
    const { write, engine } = await start();
    await engine.handle({
      id: 'w1',
      channel: 'web',
      chatId: 'visitor-1',
      content: { type: 'text', text: 'quiero hablar con una persona' },
    });
    const thread = await store.threadOf('web:visitor-1');
    expect(thread).not.toBeNull();
    await write(STAFF, 'Buenos días, le atiende Ana.', { message_thread_id: thread });
    const lines = await store.getTranscript('web:visitor-1');
    expect(lines.filter((l) => l.from === 'staff').map((l) => l.text)).toEqual([
      'Buenos días, le atiende Ana.',
    ]);
  });

  it('keeps a conversation’s topic across a restart: both ways, and no second topic', async () => {
    const { store, start } = await setUp();
    const before = await start();
    await before.write(603, 'quiero hablar con una persona');
    const topics = () => api.calls.filter((c) => c.method === 'createForumTopic').length;
    const opened = topics();
    const thread = await threadOf(store, 603);

    const after = await start(); // a new process on the same store
    await after.write(603, 'sigo esperando');
    expect(inTopic(thread).at(-1)?.body.text).toContain('sigo esperando');
    const sent = toPerson(603).length;
    await after.write(STAFF, 'Aquí estoy, soy Luis.', { message_thread_id: thread });
    expect(
      toPerson(603)
        .slice(sent)
        .map((c) => String(c.body.text))
        .join('\n'),
    ).toContain('Aquí estoy, soy Luis.');
    expect(topics()).toBe(opened);
  });

  it('a topic whose conversation the store does not keep: nothing is written or sent, and the topic is told', async () => {
    const { store, start } = await setUp();
    const { write } = await start();
    // A topic linked to a conversation nobody has (never written from, or erased since).
    await store.saveThread('telegram:699', 7699);
    const calls = api.sent().length;
    await write(STAFF, 'Hola, ¿sigue ahí?', { message_thread_id: 7699 });
    await write(STAFF, '/cerrar', { message_thread_id: 7699 });
    expect(toPerson(699)).toEqual([]);
    expect(await store.getTranscript('telegram:699')).toEqual([]);
    expect(await store.getTicket('telegram:699')).toBeNull();
    const turn = await store.openTurn('telegram:699', { leaseMs: 1_000, dedupeTtlMs: 1_000, now: START });
    expect(turn.record).toBeNull();
    expect(
      api
        .sent()
        .slice(calls)
        .map((c) => [c.body.message_thread_id, c.body.text]),
    ).toEqual([
      [7699, t('staffGroup.gone')],
      [7699, t('staffGroup.gone')],
    ]);
  });

  it("keeps a person's and a staff member's names without direction controls (issue 31, item 7)", async () => {
    const { store, start } = await setUp();
    const { write } = await start();
    const person = { id: 604, is_bot: false, first_name: '\u202eanA', last_name: 'Ló\u2066pez\u2069\u200f' };
    await write(604, 'quiero hablar con una persona', { from: person });
    expect((await store.getTicket('telegram:604'))?.name).toBe('anA López');
    const staff = { id: 42, is_bot: false, first_name: 'Lu\u202eis', last_name: '\u2028Díaz\u200e' };
    await write(STAFF, 'Hola, soy Luis.', { message_thread_id: await threadOf(store, 604), from: staff });
    expect((await store.getTicket('telegram:604'))?.assignee).toBe('Luis Díaz');
    const lines = await store.getTranscript('telegram:604');
    expect(lines.filter((l) => l.from === 'staff').map((l) => l.by)).toEqual(['Luis Díaz']);
  });

  it('posts a reaction of a person with staff in their topic, with what it was on, and its taking back', async () => {
    const { store, start } = await setUp();
    const { telegram, write } = await start();
    await write(630, 'quiero hablar con una persona');
    const thread = await threadOf(store, 630);
    // The bot's last message to the person: its message_id is the stub's call number.
    const answered = api.calls.findLastIndex(
      (c) => c.method === 'sendMessage' && Number(c.body.chat_id) === 630,
    );
    const on = String(api.calls[answered]?.body.text).replace(/\s+/g, ' ').slice(0, 40);
    const react = (before: string[], after: string[]) =>
      telegram.handleUpdate({
        update_id: 700_000 + api.calls.length,
        message_reaction: {
          chat: { id: 630, type: 'private', first_name: 'Ana' },
          message_id: answered + 1,
          user: { id: 630, is_bot: false, first_name: 'Ana' },
          date: Math.floor(START / 1000) + 600,
          old_reaction: before.map((emoji) => ({ type: 'emoji', emoji })),
          new_reaction: after.map((emoji) => ({ type: 'emoji', emoji })),
        },
      });
    const toThem = toPerson(630).length;
    await react([], ['👍']);
    const posted = String(inTopic(thread).at(-1)?.body.text);
    expect(posted).toMatch(/^La persona reaccionó con 👍 a «/);
    expect(posted).toContain(on);
    await react(['👍'], []);
    expect(String(inTopic(thread).at(-1)?.body.text)).toMatch(/^La persona quitó su reacción a «/);
    // Nothing went to the person: a reaction is never answered.
    expect(toPerson(630).length).toBe(toThem);
  });

  it('marks an emergency urgent in the staff group', async () => {
    const { start } = await setUp();
    const { write } = await start();
    await write(602, 'nos tienen secuestrados en una casa en reynosa ayuda');
    expect(toStaff().some((c) => String(c.body.text).includes('URGENTE'))).toBe(true);
  });
});
