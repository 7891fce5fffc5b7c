/**
 * Erase means erased (issue 31, item 5), on memory, Redis and Durable Objects: a person on
 * WhatsApp (Cloud API), one on Telegram and one in the web chat each tell of a missing
 * nephew, answer the form, ask for staff (a case with its folio) and report an emergency (an
 * urgent ticket); Meta reports its delivery statuses. Every key the store keeps is listed with
 * its value (memory: its maps; Redis: SCAN under the prefix, each value read by its type;
 * Durable Objects: each object's storage), then each person erases ("BORRAR", then the "Sí, borrar todo" button), the
 * confirmation goes out, Meta's statuses about it and a late one arrive, and everything is
 * listed again: no key or value names or holds the phone number, the chat id, the visitor id
 * or the IP. The counts before and after are printed.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore } from '../../src/store/redis/redis-store.node.ts';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { asText, type Kept, scanRedis, walkMemory } from '../support/store-scan.ts';
import { eraseRig } from './erase-scan-app.ts';

const PHONE = '5215587654321';
const TELEGRAM_CHAT = 6120458973;
const IP = '198.51.100.73';
const SCRIPT = [
  'hola',
  'a mi sobrino lo perdimos de vista en Reynosa hace dos semanas, ya no contesta el teléfono',
  'sí',
  'Brandon Ulises Carrillo',
  'mejor ya pásame con alguien de la oficina',
  'nos tienen secuestrados en una casa en reynosa ayuda',
];

/** Which of the person's identifiers each kept key names or holds, counted per identifier. */
function naming(kept: readonly Kept[], ids: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(ids).map(([name, id]) => [
      name,
      kept.filter((k) => k.key.includes(id) || k.text.includes(id)).length,
    ]),
  );
}

/** The three people's conversations, driven through the real HTTP routes, then erased. */
async function eraseAll(
  store: Store,
  list: (visitor: string) => Promise<Kept[]>,
  label: string,
  redis?: { client: Redis; prefix: string },
) {
  const rig = await eraseRig(store, redis);
  try {
    const people = [rig.whatsapp(PHONE), rig.telegram(TELEGRAM_CHAT), rig.web(IP)];
    for (const person of people) for (const text of SCRIPT) expect(await person.say(text)).toBe(200);
    expect(await rig.reportStatuses()).toBe(200);
    const tickets = await store.listTickets();
    const visitor = tickets.find((t) => t.conversationId.startsWith('web:'))?.conversationId.slice(4) ?? '';
    expect(visitor).not.toBe('');
    expect(tickets.filter((t) => t.urgent && t.folio)).toHaveLength(3);
    const ids = { phone: PHONE, telegram: String(TELEGRAM_CHAT), visitor, ip: IP };
    const before = await list(visitor);
    const sentBefore = rig.sent();

    for (const person of people) {
      expect(await person.say('BORRAR')).toBe(200);
      expect(await person.tap('yes')).toBe(200); // "Sí, borrar todo"
    }
    expect(await rig.reportStatuses()).toBe(200); // Meta's statuses of the confirmation, after the erase
    expect(await rig.lateStatus(PHONE)).toBe(200);
    const after = await list(visitor);
    // The confirmation went out on both channels that push messages.
    expect(rig.sent().whatsapp.length).toBeGreaterThan(sentBefore.whatsapp.length);
    expect(rig.sent().telegram.length).toBeGreaterThan(sentBefore.telegram.length);
    console.info(
      `${label}: ${before.length} keys before, naming ${JSON.stringify(naming(before, ids))}; ` +
        `${after.length} after, naming ${JSON.stringify(naming(after, ids))}`,
    );
    // Before, each person is named by keys of their own (the scan sees them).
    const named = naming(before, ids);
    expect([named.phone, named.telegram, named.visitor].every((count) => (count ?? 0) > 0)).toBe(true);
    expect(naming(after, ids)).toEqual({ phone: 0, telegram: 0, visitor: 0, ip: 0 });
    expect(await store.listTickets()).toEqual([]);
    return after;
  } finally {
    await rig.close();
  }
}

describe('after an erase, nothing under the prefix names the person', () => {
  it('on memory (every map it keeps)', async () => {
    const store = createMemoryStore();
    await eraseAll(store, async () => walkMemory(store), 'memory');
  }, 60_000);

  describe('on Redis', () => {
    let server: Awaited<ReturnType<typeof startRedis>>;
    let client: Redis;
    beforeAll(async () => {
      server = await startRedis();
      client = new Redis(server.url);
    }, 20_000);
    afterAll(async () => {
      client?.disconnect();
      await server?.stop();
    });

    it('(SCAN under the prefix, every value by its type)', async () => {
      const prefix = `erase-${crypto.randomUUID().slice(0, 8)}:`;
      const store = createRedisStore({ url: server.url, prefix });
      try {
        const after = await eraseAll(store, () => scanRedis(client, prefix), 'redis', { client, prefix });
        // The flood limiter's keys are there, under keyed hashes (none names the IP or the person).
        const limits = after.filter((k) => k.key.startsWith(`${prefix}limit:`)).map((k) => k.key);
        expect(limits).toEqual(
          expect.arrayContaining([expect.stringMatching(/limit:address:[0-9a-f]{64}$/)]),
        );
        expect(limits.every((key) => /limit:[a-z-]+:[0-9a-f]{64}$/.test(key))).toBe(true);
      } finally {
        await store.close();
      }
    }, 60_000);
  });

  describe('on Durable Objects', () => {
    let worker: StoreWorker;
    beforeAll(async () => {
      worker = await startStoreWorker();
    }, 60_000);
    afterAll(async () => {
      await worker?.dispose();
    });

    it('(each object’s storage: the three conversations’ and the office’s)', async () => {
      const { store, peek } = worker.connect();
      const list = async (visitor: string) => {
        const objects = [
          peek('office', 'office'),
          ...[`whatsapp-cloud:${PHONE}`, `telegram:${TELEGRAM_CHAT}`, `web:${visitor}`].map((id) =>
            peek('conversation', id),
          ),
        ];
        return (await Promise.all(objects)).flatMap(({ entries }) =>
          entries.map(([key, value]) => ({ key, text: asText(value) })),
        );
      };
      await eraseAll(store, list, 'durable objects');
    }, 120_000);
  });
});
