/**
 * An emergency in the Telegram staff group, against a local Bot API server (issue 30, item
 * 4): the topic's first message names the kind in words and says no place was given yet; the
 * place, when the person gives it, is posted with a map link (and the shared point, with
 * coordinates);
 * an urgent conversation nobody takes is alerted again in its topic every re-alert period,
 * with its kind, place and latest lines, with sound, until a staff member answers it there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../src/channels/telegram/adapter.ts';
import type { HandoffTicket } from '../../src/core/ticket.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { fakeBotInfo } from '../../src/testing/bot-info.ts';
import { type FakeBotApi, startFakeBotApi } from '../../src/testing/fake-bot-api.node.ts';
import { telegramUpdates } from '../../src/testing/telegram-updates.ts';
import { START, TEST_CHANNELS, testAssistant } from '../support/assistant.ts';

const TOKEN = '123456789:TEST-token-for-enlace-tests';
const STAFF = -1001234567891;
const MINUTE = 60_000;
const REALERT = 3 * MINUTE;
const quiet = { info() {}, warn() {}, error() {} };
const t = createI18n().t('es');

let api: FakeBotApi;
beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(() => api?.close());

const update = telegramUpdates(9000);
const inTopic = (thread: unknown) =>
  api.sent().filter((c) => Number(c.body.chat_id) === STAFF && c.body.message_thread_id === thread);
const textsIn = (thread: unknown) => inTopic(thread).map((c) => String(c.body.text));

async function setUp() {
  const store = createMemoryStore();
  const clock = { time: START, now: () => clock.time };
  const telegram = createTelegramChannel({
    token: TOKEN,
    apiRoot: api.apiRoot,
    logger: quiet,
    botInfo: fakeBotInfo(1, 'enlace_test_bot'),
    staffGroup: { chatId: STAFF, threads: store, t },
  });
  const assistant = await testAssistant({
    store,
    clock,
    channels: [...TEST_CHANNELS, telegram.channel],
    staffDesks: telegram.desk ? [telegram.desk] : [],
    urgentRealertMs: REALERT,
  });
  telegram.connect(assistant.engine);
  const write = async (chatId: number, text: string, extra: Record<string, unknown> = {}) => {
    clock.time += 20_000;
    await telegram.handleUpdate(update(chatId, text, extra));
  };
  return { store, clock, telegram, engine: assistant.engine, write };
}

describe('an emergency in the telegram staff group', () => {
  it('names the kind and the missing place in the topic’s first message', async () => {
    const { store, write } = await setUp();
    await write(701, 'nos tienen secuestrados en una casa en reynosa ayuda');
    const thread = await store.threadOf('telegram:701');
    const [first] = textsIn(thread);
    expect(first).toContain('URGENTE');
    expect(first).toContain(t('staffGroup.kind', { kind: 'secuestro' }));
    expect(first).toContain(t('staffGroup.noPlace'));
  });

  it('posts the place with a map link when it comes, and the shared point when there are coordinates', async () => {
    const { store, clock, telegram, write } = await setUp();
    await write(702, 'me tienen encerrada y no me dejan salir');
    const thread = await store.threadOf('telegram:702');
    // She says where she is: the flow keeps it, and the topic gets it after her words.
    await write(702, 'estamos en Ojinaga, en una bodega junto a la central');
    expect(textsIn(thread).slice(-2)).toEqual([
      t('staffGroup.personSays', { text: 'estamos en Ojinaga, en una bodega junto a la central' }),
      [
        '📍 Dónde está (como lo escribió): estamos en Ojinaga, en una bodega junto a la central',
        'Buscar en el mapa: https://www.openstreetmap.org/search?query=estamos%20en%20Ojinaga%2C%20en%20una%20bodega%20junto%20a%20la%20central',
      ].join('\n'),
    ]);
    // No channel shares coordinates yet; a ticket that has them gets the point's own link too.
    const ticket = (await store.getTicket('telegram:702')) as HandoffTicket;
    const place = { text: 'aquí', at: clock.now(), lat: 29.5645, lon: -104.4163 };
    await telegram.desk?.notify({ type: 'place', ticket: { ...ticket, place } });
    expect(textsIn(thread).at(-1)).toContain(
      'Ubicación que compartió: https://www.openstreetmap.org/?mlat=29.564500&mlon=-104.416300#map=17/29.564500/-104.416300',
    );
  });

  it('alerts again in the topic every period while nobody takes it, with kind, place and latest lines', async () => {
    const { store, clock, engine, write } = await setUp();
    await write(703, 'nos tienen secuestrados en una casa en reynosa ayuda');
    const opened = clock.now();
    await write(703, 'somos cinco y hay niños');
    await write(703, 'estoy en Reynosa, en una casa azul');
    const thread = await store.threadOf('telegram:703');
    const realerts = () => inTopic(thread).filter((c) => String(c.body.text).includes('SIN TOMAR'));

    clock.time = opened + REALERT - 1;
    await engine.sweep();
    expect(realerts()).toEqual([]);
    clock.time = opened + REALERT;
    await engine.sweep();
    expect(realerts()).toHaveLength(1);
    const [again] = realerts();
    expect(again?.body.disable_notification).toBeUndefined(); // it rings
    expect(String(again?.body.text)).toBe(
      [
        t('staffGroup.realert', { minutes: 3, count: 1 }),
        t('staffGroup.kind', { kind: 'secuestro' }),
        '📍 Dónde está (como lo escribió): estoy en Reynosa, en una casa azul',
        'Buscar en el mapa: https://www.openstreetmap.org/search?query=estoy%20en%20Reynosa%2C%20en%20una%20casa%20azul',
        t('staffGroup.latest'),
        '• «nos tienen secuestrados en una casa en reynosa ayuda»',
        '• «somos cinco y hay niños»',
        '• «estoy en Reynosa, en una casa azul»',
        t('staffGroup.howTo'),
      ].join('\n'),
    );
    clock.time = opened + 2 * REALERT;
    await engine.sweep();
    expect(realerts().map((c) => String(c.body.text).split('\n')[0])).toEqual([
      t('staffGroup.realert', { minutes: 3, count: 1 }),
      t('staffGroup.realert', { minutes: 6, count: 2 }),
    ]);

    // A staff member answers in the topic: that takes it, and the re-alerts stop.
    await write(STAFF, 'Aquí Ana del Instituto, ya llamamos al 911.', { message_thread_id: thread });
    expect((await store.getTicket('telegram:703'))?.assignee).toBe('Ana');
    clock.time = opened + 5 * REALERT;
    await engine.sweep();
    expect(realerts()).toHaveLength(2);
  });
});
