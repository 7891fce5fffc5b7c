/**
 * The Redis store against the shared contract, on a real redis-server of its own; and the
 * Redis-only promises: keys under the office's prefix, nothing left after erase.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.ts';
import { createInboxEvents, type InboxEvent } from '../../src/core/inbox-events.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { bridgeInboxEvents } from '../../src/store/redis-inbox-bridge.node.ts';
import { createRedisStore } from '../../src/store/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { storeContract } from '../contracts/store.contract.ts';
import { sharedKnowledge } from '../support/assistant.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const stores: Array<ReturnType<typeof createRedisStore>> = [];
let n = 0;

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.stop();
});

function make(prefix = `test${++n}:`) {
  const store = createRedisStore({ url: redis.url, prefix });
  stores.push(store);
  return store;
}

storeContract(
  'redis',
  async () => make(),
  async () => {
    const prefix = `pair${++n}:`;
    return [make(prefix), make(prefix)];
  },
);

describe('redis store', () => {
  it('lets a burst of first calls wait for the one connection instead of failing', async () => {
    const store = make();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.getConversation(`burst-${i}`)),
    );
    expect(results).toEqual(Array.from({ length: 20 }, () => null));
  });

  it('keeps every key under the office prefix, and erase leaves none behind for that person', async () => {
    const store = make('office-a:');
    const held = await store.openTurn('web:p1', { messageId: 'm1', leaseMs: 5_000, dedupeTtlMs: 60_000 });
    await held.commit({ flow: 'conversation', version: 1, state: { value: 'idle', context: {} } }, [
      { at: 1, from: 'person', text: 'hola' },
    ]);
    await store.openTurn('web:p1', { leaseMs: 5_000, dedupeTtlMs: 60_000 }); // held, never let go
    await store.enqueueHandoff({
      conversationId: 'web:p1',
      lang: 'es',
      reason: 'asked',
      urgent: false,
      topic: 'human',
      since: 1,
    });
    const keys = await store.redis.keys('*');
    expect(keys.filter((k) => k.includes('web:p1')).every((k) => k.startsWith('office-a:'))).toBe(true);
    await store.erase('web:p1');
    const left = (await store.redis.keys('*')).filter((k) => k.includes('p1'));
    expect(left).toEqual([]);
    expect(await store.redis.hexists('office-a:queue', 'web:p1')).toBe(0);
  });

  it('expires a person’s data after the retention period', async () => {
    const store = createRedisStore({ url: redis.url, prefix: 'office-b:', retentionDays: 1 });
    stores.push(store);
    await store.putConversation(
      'web:p2',
      { flow: 'conversation', version: 1, state: { value: 'idle', context: {} } },
      null,
    );
    await store.appendTranscript('web:p2', { at: 1, from: 'person', text: 'hola' });
    for (const key of ['office-b:conv:web:p2', 'office-b:transcript:web:p2', 'office-b:tseq:web:p2']) {
      const ttl = await store.redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(86_000);
      expect(ttl, key).toBeLessThanOrEqual(86_400);
    }
  });

  it('serves one conversation from two instances at once without losing or repeating a message', async () => {
    const { knowledge, understand } = await sharedKnowledge();
    const engines = [make('shared:'), make('shared:')].map((store) =>
      createEngine({ store, knowledge, understand, i18n: createI18n() }),
    );
    const send = (i: number, text: string) =>
      engines[i % 2]?.handle({
        id: `two-${i}`,
        channel: 'web',
        chatId: 'both',
        content: { type: 'text', text },
      });
    await send(0, 'mi hijo está desaparecido');
    const texts = Array.from({ length: 20 }, (_, i) => `respuesta ${i + 1}`);
    await Promise.all(texts.map((t, i) => send(i + 1, t)));
    const store = stores.at(-1);
    const said = (await store?.getTranscript('web:both', 500))
      ?.filter((l) => l.from === 'person')
      .map((l) => l.text);
    expect(said?.slice(1).sort()).toEqual([...texts].sort());
    expect((await store?.getConversation('web:both'))?.rev).toBe(21);
    // The lock is let go after each turn.
    expect(await store?.redis.exists('shared:lock:web:both')).toBe(0);
  });

  it('carries inbox events from one instance to the others', async () => {
    const [a, b] = [createInboxEvents(), createInboxEvents()];
    const store = make('bridge:');
    const bridges = [
      await bridgeInboxEvents(a, store.redis, 'bridge:'),
      await bridgeInboxEvents(b, store.redis, 'bridge:'),
    ];
    const seenOnB: InboxEvent[] = [];
    const seenOnA: InboxEvent[] = [];
    b.subscribe((e) => seenOnB.push(e));
    a.subscribe((e) => seenOnA.push(e));
    a.emit({ kind: 'queued', conversationId: 'telegram:9', urgent: true });
    await expect.poll(() => seenOnB.length).toBe(1);
    expect(seenOnB[0]).toEqual({ kind: 'queued', conversationId: 'telegram:9', urgent: true });
    expect(seenOnA).toHaveLength(1); // its own, once: no echo back from Redis
    for (const bridge of bridges) await bridge.close();
  });
});
