/**
 * Staff act only on conversations that exist (issue 31, item 7), on the memory store and on
 * a real Redis: a reply, note, take, transfer, close or status posted for an id nobody wrote
 * from (a WhatsApp number, a WhatsApp Cloud number whose reply window would otherwise answer
 * first) is a 404 page that says the conversation does not exist and leads back to the list,
 * and nothing is written (no record, line, ticket or case: every key the store keeps is
 * searched for the number) or sent. A reply to a conversation that exists still goes out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Address } from '../../src/core/address.ts';
import type { Outbound } from '../../src/core/messages.ts';
import type { Channel } from '../../src/core/ports/channel.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { cookieJar, form, personWrites, STAFF_PASSWORD, testServer } from '../support/server.ts';
import { type Kept, scanRedis, walkMemory } from '../support/store-scan.ts';

const NOBODY = '5215550009999';
const SOMEONE = '5215550001111';
const t = createI18n().t('es');

/** A channel that pushes messages, recording where they went; with WhatsApp's 24-hour window if asked. */
function recordingChannel(name: string, window = false) {
  const sent: Array<{ address: Address; messages: Outbound[] }> = [];
  const channel: Channel = {
    name,
    choices: 'numbered',
    async deliver(address, messages) {
      sent.push({ address, messages: [...messages] });
    },
    ...(window
      ? { replyWindow: { ms: 86_400_000, reengagement: () => null, reengage: async () => {} } }
      : {}),
  };
  return { channel, sent };
}

let redis: Awaited<ReturnType<typeof startRedis>>;
const opened: RedisStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  for (const store of opened) await store.close();
  await redis?.stop();
});

const STORES: Array<[string, () => { store: Store; kept: () => Promise<Kept[]> }]> = [
  [
    'memory',
    () => {
      const store = createMemoryStore();
      return { store, kept: async () => walkMemory(store) };
    },
  ],
  [
    'redis',
    () => {
      const prefix = `unknown-${opened.length}-${crypto.randomUUID().slice(0, 6)}:`;
      const store = createRedisStore({ url: redis.url, prefix });
      opened.push(store);
      return { store, kept: () => scanRedis(store.redis, prefix) };
    },
  ],
];

describe.each(STORES)('staff actions on a conversation that does not exist (%s)', (_name, makeStore) => {
  async function setUp() {
    const { store, kept } = makeStore();
    const whatsapp = recordingChannel('whatsapp');
    const cloud = recordingChannel('whatsapp-cloud', true);
    const server = await testServer({ store: () => store, channels: [whatsapp.channel, cloud.channel] });
    const agent = cookieJar(server.app);
    expect((await agent('/staff/login', form({ name: 'ana', password: STAFF_PASSWORD }))).status).toBe(302);
    const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(await (await agent('/staff')).text())?.[1] ?? '';
    const post = (id: string, action: string, fields: Record<string, string> = {}) =>
      agent(`/staff/c/${encodeURIComponent(id)}/${action}`, form({ csrf, ...fields }));
    const sentTo = (chatId: string) =>
      [...whatsapp.sent, ...cloud.sent].filter((s) => s.address.chatId === chatId).length;
    return { store, kept, server, post, sentTo, whatsapp };
  }

  it('refuses every action with a 404 page, writes nothing and sends nothing', async () => {
    const { store, kept, post, sentTo } = await setUp();
    const actions: Array<[string, Record<string, string>]> = [
      ['reply', { text: 'Hola, le escribe la oficina.' }],
      ['note', { text: 'Llamar mañana' }],
      ['claim', {}],
      ['transfer', { to: 'luis' }],
      ['status', { status: 'resolved', note: 'Listo' }],
      ['close', {}],
    ];
    for (const id of [`whatsapp:${NOBODY}@c.us`, `whatsapp-cloud:${NOBODY}`]) {
      for (const [action, fields] of actions) {
        const response = await post(id, action, fields);
        expect(response.status, `${id} ${action}`).toBe(404);
        const page = await response.text();
        expect(page).toContain(t('inbox.noConversation'));
        expect(page).toContain('href="/staff"');
      }
      expect(await store.getTicket(id)).toBeNull();
      expect(await store.getTranscript(id)).toEqual([]);
      expect(await store.casesOf(id)).toEqual([]);
      const turn = await store.openTurn(id, { leaseMs: 1_000, dedupeTtlMs: 1_000, now: Date.now() });
      expect(turn.record).toBeNull();
      await turn.release();
    }
    expect(sentTo(`${NOBODY}@c.us`) + sentTo(NOBODY)).toBe(0);
    // No key and no value the store keeps names the number.
    expect((await kept()).filter((k) => k.key.includes(NOBODY) || k.text.includes(NOBODY))).toEqual([]);
  });

  it('still carries a reply to a conversation that exists', async () => {
    const { store, server, post, whatsapp } = await setUp();
    const id = await personWrites(server, 'whatsapp', `${SOMEONE}@c.us`, ['quiero hablar con una persona']);
    const before = whatsapp.sent.length;
    expect((await post(id, 'reply', { text: 'Hola, soy Ana del Instituto.' })).status).toBe(302);
    const told = whatsapp.sent.slice(before).flatMap((s) => s.messages.map((m) => m.text));
    expect(told.join('\n')).toContain('Hola, soy Ana del Instituto.');
    const lines = await store.getTranscript(id);
    expect(lines.some((l) => l.from === 'staff' && l.text === 'Hola, soy Ana del Instituto.')).toBe(true);
  });
});
