/**
 * The store's command timeout measures Redis, not this process: a process too busy to read
 * the replies (thousands of commands in flight, the event loop held by other work for longer
 * than the timeout) gets every answer once it looks, where a timer started at the write refused
 * them all as "Command timed out" although Redis had answered in a millisecond. A Redis that
 * really hangs is still refused after the timeout (redis-outage.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let store: RedisStore;

beforeAll(async () => {
  redis = await startRedis();
  store = createRedisStore({ url: redis.url, prefix: 'busy:', commandTimeoutMs: 200 });
}, 20_000);
afterAll(async () => {
  await store?.close();
  await redis?.stop();
});

/** This process at work on something else (a burst of turns' understanding) for `ms`. */
function busyFor(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
}

describe('a busy client', () => {
  it('gets every answer Redis gave while it was too busy to read them, past the command timeout', async () => {
    await store.saveThread('web:busy', 7);
    const calls = Array.from({ length: 5_000 }, () => store.threadOf('web:busy'));
    busyFor(600);
    const settled = await Promise.allSettled(calls);
    const refused = settled.filter((s) => s.status === 'rejected');
    expect(refused.map((r) => String(r.reason)).slice(0, 1)).toEqual([]);
    expect(settled.every((s) => s.status === 'fulfilled' && s.value === 7)).toBe(true);
  });

  it('still refuses within the timeout when the client is idle and Redis hangs', {
    timeout: 20_000,
  }, async () => {
    redis.process.kill('SIGSTOP');
    try {
      const started = performance.now();
      await expect(store.threadOf('web:busy')).rejects.toThrow(/Command timed out/);
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      redis.process.kill('SIGCONT');
    }
    await expect.poll(() => store.threadOf('web:busy').catch(() => null), { timeout: 10_000 }).toBe(7);
  });
});
