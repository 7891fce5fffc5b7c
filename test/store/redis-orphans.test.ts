/**
 * After a kill -9, what the killed run left in Redis is taken up at once by the next run of
 * the same process (same name, new run), on a real redis-server of its own: a conversation it
 * held mid-turn is held again without waiting for the lease; the replies it committed and did
 * not send come back as leftovers at once, before the new turn's own, and its conversations
 * are made due for the sweep. Another process (another name) still waits for the lease and
 * the retry delay: it cannot tell a live holder from a dead one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { commit, deliver, opts } from '../contracts/fixtures.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
const stores: RedisStore[] = [];
let n = 0;
/** Long enough that a test waiting for it would time out: taking over must not wait for it. */
const LEASE_MS = 60_000;

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  for (const s of stores) await s.close();
  await redis?.stop();
});

/** A run of a process named `holder` (a new run each call, as after a restart). */
function run(prefix: string, holder?: string) {
  const store = createRedisStore({ url: redis.url, prefix, ...(holder ? { holder } : {}) });
  stores.push(store);
  return store;
}

/** Resolves with the turn if `openTurn` is held within `ms`, else null (the lease would be waited out). */
async function heldWithin(store: RedisStore, id: string, ms: number, now = 1_000) {
  const open = store.openTurn(id, opts({ leaseMs: LEASE_MS, now }));
  open.catch(() => undefined);
  return Promise.race([open, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

describe('redis store after a kill', () => {
  it('takes over a conversation an earlier run held mid-turn, at once', async () => {
    const prefix = `orph${++n}:`;
    const killed = run(prefix, 'host:3000');
    await killed.openTurn('telegram:1', opts({ leaseMs: LEASE_MS })); // never committed: the run died
    const other = await heldWithin(run(prefix, 'host:3001'), 'telegram:1', 300);
    expect(other).toBeNull(); // another process cannot know the holder died
    const restarted = await heldWithin(run(prefix, 'host:3000'), 'telegram:1', 2_000);
    expect(restarted?.fresh).toBe(true);
  });

  it('never takes a hold from a live turn of the same run', async () => {
    const prefix = `orph${++n}:`;
    const live = run(prefix, 'host:3000');
    await live.openTurn('telegram:2', opts({ leaseMs: LEASE_MS }));
    expect(await heldWithin(live, 'telegram:2', 300)).toBeNull();
  });

  it('hands back the replies an earlier run did not send, at once and first', async () => {
    const prefix = `orph${++n}:`;
    const killed = run(prefix, 'host:3000');
    const now = Date.now();
    const held = await killed.openTurn('telegram:42', opts({ now }));
    // Committed with the usual retry delay; the run died before sending.
    await held.commit(commit('menu', { outbox: [deliver('t1:p', 'first')], retryAt: now + LEASE_MS }));

    const other = await run(prefix, 'host:3001').openTurn('telegram:42', opts({ now }));
    expect(other.leftovers).toEqual([]); // not due yet, and not this process's to finish
    await other.release();

    const restarted = run(prefix, 'host:3000');
    expect(await restarted.markOrphansDue(now)).toBe(1);
    expect(await restarted.takeDue(now, 10)).toEqual(['telegram:42']);
    const again = await restarted.openTurn('telegram:42', opts({ now }));
    expect(again.leftovers.map((item) => item.id)).toEqual(['t1:p']);
    await again.release();
  });

  it('leaves a live run’s replies and a nameless process’s alone', async () => {
    const prefix = `orph${++n}:`;
    const now = Date.now();
    const live = run(prefix, 'host:3000');
    const nameless = run(prefix);
    for (const [store, id] of [
      [live, 'telegram:7'],
      [nameless, 'telegram:8'],
    ] as const) {
      const held = await store.openTurn(id, opts({ now }));
      await held.commit(commit('menu', { outbox: [deliver(`${id}:p`)], retryAt: now + LEASE_MS }));
    }
    expect(await live.markOrphansDue(now)).toBe(0);
    expect(await run(prefix).markOrphansDue(now)).toBe(0);
    const own = await live.openTurn('telegram:7', opts({ now }));
    expect(own.leftovers).toEqual([]); // its own live turn is still sending them
    await own.release();
  });
});
