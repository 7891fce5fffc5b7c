/**
 * Runs one suite against both stores: the memory store and a real Redis of the suite's own,
 * started for the file and stopped after it, each store under a fresh key prefix so suites
 * never see each other's keys.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import { createMemoryStore } from '../../src/store/memory/memory-store.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

export type StoreSuite = (name: string, makeStore: () => Promise<Store>) => void;

export function onEachStore(prefix: string, suite: StoreSuite): void {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  const opened: RedisStore[] = [];
  let made = 0;
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await redis?.stop();
  });

  suite('memory', async () => createMemoryStore());
  suite('redis', async () => {
    const store = createRedisStore({
      url: redis.url,
      prefix: `${prefix}${++made}-${crypto.randomUUID().slice(0, 6)}:`,
    });
    opened.push(store);
    return store;
  });
}
