/**
 * SendSlots (core/ports/send-slots.ts) held to one behaviour in memory (one process), in Redis
 * (a Redis of its own) and in the office Durable Object (local workerd), each reached through
 * two handles as two instances or isolates would: a person's burst goes at once and then
 * their spacing holds whichever instance sends; another person is never kept waiting by it;
 * the sender's slots follow one another across instances; a number-wide throttle holds every
 * person back, a pair-rate refusal only that person. Waits are read as the store answers
 * them, so nothing sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memorySlots } from '../../src/core/memory-slots.ts';
import type { SendSlots } from '../../src/core/ports/send-slots.ts';
import { createRedisSendSlots } from '../../src/store/redis/redis-send-slots.node.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

/** Meta's pair rate shortened: a burst of 3, then one per second; 20 ms between any two of the number. */
const RULE = { senderMs: 20, personMs: 1_000, burst: 3 };
/** Room for the time the calls themselves take (an HTTP hop to workerd and back each). */
const SLACK = 200;

let redis: Awaited<ReturnType<typeof startRedis>>;
let worker: StoreWorker;
const stores: RedisStore[] = [];
let n = 0;

beforeAll(async () => {
  [redis, worker] = await Promise.all([startRedis(), startStoreWorker()]);
}, 60_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await Promise.all([redis?.stop(), worker?.dispose()]);
}, 30_000);

/** Two handles on one store: two instances (Redis connections) or isolates (office stubs). */
const kinds: Array<[string, () => [SendSlots, SendSlots]]> = [
  [
    'memory',
    () => {
      const one = memorySlots();
      return [one, one];
    },
  ],
  [
    'redis',
    () => {
      const prefix = `slots${++n}:`;
      const [a, b] = [0, 1].map(() => createRedisStore({ url: redis.url, prefix }));
      if (!a || !b) throw new Error('two stores');
      stores.push(a, b);
      return [createRedisSendSlots(a.redis, { prefix }), createRedisSendSlots(b.redis, { prefix })];
    },
  ],
  [
    'the office Durable Object',
    () => {
      const prefix = `slots${++n}:`;
      return [worker.connect({ prefix }).slots, worker.connect({ prefix }).slots];
    },
  ],
];

describe.each(kinds)('send slots in %s', (_kind, pair) => {
  it('lets a person’s burst go at once, then spaces them whichever instance sends', async () => {
    const [a, b] = pair();
    for (let i = 0; i < 3; i++) {
      const burst = await a.reserve('wa:1', 'p', RULE);
      expect(burst.senderTaken).toBe(true);
      expect(burst.waitMs).toBeLessThan(RULE.senderMs * 3 + 1);
    }
    const fourth = await b.reserve('wa:1', 'p', RULE);
    expect(fourth.senderTaken).toBe(false);
    expect(fourth.waitMs).toBeGreaterThan(RULE.personMs - SLACK);
    expect(fourth.waitMs).toBeLessThanOrEqual(RULE.personMs);
    const fifth = await a.reserve('wa:1', 'p', RULE);
    expect(fifth.waitMs).toBeGreaterThan(2 * RULE.personMs - SLACK);
  });

  it('never keeps another person waiting for someone’s spacing', async () => {
    const [a, b] = pair();
    for (let i = 0; i < 6; i++) await a.reserve('wa:1', 'p', RULE);
    const other = await b.reserve('wa:1', 'q', RULE);
    expect(other.senderTaken).toBe(true);
    expect(other.waitMs).toBeLessThan(SLACK);
    // The same person on another number is another person.
    expect((await b.reserve('wa:2', 'p', RULE)).waitMs).toBeLessThan(SLACK);
  });

  it('puts the sender’s slots one after another across instances', async () => {
    const [a, b] = pair();
    const rule = { ...RULE, senderMs: 100 };
    const waits = [];
    for (let i = 0; i < 6; i++) waits.push(await (i % 2 ? b : a).senderSlot('tg:9', rule));
    // Six slots 100 ms apart: the last waits about half a second, minus the time the calls took.
    expect(waits.at(-1)).toBeGreaterThan(500 - SLACK);
    for (let i = 1; i < waits.length; i++) expect(waits[i] ?? 0).toBeGreaterThan(waits[i - 1] ?? 0);
  });

  it('holds the whole sender back after a throttle, and only the person after a pair-rate refusal', async () => {
    const [a, b] = pair();
    await a.holdSender('wa:3', 800);
    expect(await b.senderSlot('wa:3', RULE)).toBeGreaterThan(800 - SLACK);
    expect((await b.reserve('wa:3', 'someone', RULE)).waitMs).toBeGreaterThan(800 - SLACK);
    await a.holdPerson('wa:4', 'p', RULE);
    const held = await b.reserve('wa:4', 'p', RULE);
    expect(held.senderTaken).toBe(false);
    expect(held.waitMs).toBeGreaterThan(RULE.personMs - SLACK);
    expect((await b.reserve('wa:4', 'q', RULE)).waitMs).toBeLessThan(SLACK);
  });
});
