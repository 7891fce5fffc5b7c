/**
 * What a person's line keeps of the message it answers or reacts to (`replyTo` with its quote,
 * `reaction` with its emoji, or '' when taken back) is written and read back whole by all three
 * stores: memory, Redis (a redis-server of its own) and Durable Objects (in workerd, through
 * src/testing/durable-bridge.node.ts). They keep a transcript line as the object it is, so no
 * store needed a change for it: this holds them to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../src/core/ports/conversation-store.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { type StoreWorker, startStoreWorker } from '../../src/testing/durable-bridge.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { turn } from '../contracts/fixtures.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let redisStore: RedisStore;
let worker: StoreWorker;
beforeAll(async () => {
  [redis, worker] = await Promise.all([startRedis(), startStoreWorker()]);
  redisStore = createRedisStore({ url: redis.url, prefix: 'context:' });
}, 60_000);
afterAll(async () => {
  await redisStore?.close();
  await redis?.stop();
  await worker?.dispose();
});

const at = Date.now();
const LINES: TranscriptLine[] = [
  { at, from: 'bot', text: 'Puedes pedir una apostilla en el Instituto.', ref: 't1' },
  {
    at,
    from: 'person',
    text: '¿cuánto cuesta?',
    replyTo: { quote: 'Puedes pedir una apostilla en el Instituto.' },
  },
  { at, from: 'person', text: 'y dónde?', replyTo: {} },
  { at, from: 'person', text: '👍', reaction: '👍', replyTo: { quote: 'Puedes pedir una apostilla…' } },
  { at, from: 'person', text: '', reaction: '', replyTo: {} },
];

async function roundTrip(store: Store) {
  await turn(store, 'whatsapp-cloud:5215511130099', { transcript: LINES }, { now: at });
  const read = await store.getTranscript('whatsapp-cloud:5215511130099');
  return read.map(({ seq: _seq, ...line }) => line);
}

describe('a line with what it answered or reacted to', () => {
  it('is kept whole in memory', async () => {
    expect(await roundTrip(createMemoryStore({ now: () => at }))).toEqual(LINES);
  });
  it('is kept whole in Redis', async () => {
    expect(await roundTrip(redisStore)).toEqual(LINES);
  });
  it('is kept whole in Durable Objects', async () => {
    expect(await roundTrip(worker.connect().store)).toEqual(LINES);
  });
});
