/**
 * The Redis store against the shared contract, on a real redis-server of its own; and the
 * Redis-only promises: keys under the office's prefix, nothing left after erase.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis-store.node.ts';
import { storeContract } from '../contracts/store.contract.ts';
import { startRedis } from '../support/redis-server.ts';

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

storeContract('redis', async () => make());

describe('redis store', () => {
  it('keeps every key under the office prefix, and erase leaves none behind for that person', async () => {
    const store = make('office-a:');
    await store.putConversation(
      'web:p1',
      { flow: 'conversation', version: 1, state: { value: 'idle', context: {} } },
      null,
    );
    await store.claimMessage('web:p1', 'm1', 60_000);
    await store.appendTranscript('web:p1', { at: 1, from: 'person', text: 'hola' });
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
});
