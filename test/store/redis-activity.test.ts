/**
 * The Redis store's dashboard counters, beyond the shared contract: a closed day (two UTC days
 * back or more) is read once as a hash and then kept sealed as one JSON string, so a year of
 * days is one MGET; counting that day again (demo data added to the past) unseals it; the
 * office's today stays a live hash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const stores: RedisStore[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.stop();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('redis dashboard counters', () => {
  it('seals closed days after the first read, reads them with one MGET, and unseals a day counted again', async () => {
    const prefix = `sealed-${crypto.randomUUID().slice(0, 8)}:`;
    const store = createRedisStore({ url: redis.url, prefix });
    stores.push(store);
    const old = day(-10);
    const today = day(0);
    await store.countActivity(old, { turns: 3 });
    await store.countActivity(today, { turns: 1 });
    expect(await store.activity(old, today)).toEqual([
      { day: old, counts: { turns: 3 } },
      { day: today, counts: { turns: 1 } },
    ]);
    expect(await store.redis.get(`${prefix}activity-sealed:${old}`)).toBe('{"turns":3}');
    expect(await store.redis.exists(`${prefix}activity-sealed:${today}`)).toBe(0);
    // A sealed day is the one read: changing its hash behind the store's back shows nothing new…
    await store.redis.hset(`${prefix}activity:${old}`, 'turns', '99');
    expect((await store.activity(old, old))[0]?.counts.turns).toBe(3);
    // …but counting through the store unseals it.
    await store.countActivity(old, { turns: 1 });
    expect((await store.activity(old, old))[0]?.counts.turns).toBe(100);
    expect(await store.redis.pttl(`${prefix}activity-sealed:${old}`)).toBeGreaterThan(0);
  });
});
