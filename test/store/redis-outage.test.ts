/**
 * Redis restarted in the middle of a run: while it is away every call of the store, a held
 * turn's commit included, fails with StoreUnavailableError (what channels turn into a 503 or
 * a resend) and nothing is half-written; ioredis prints nothing meanwhile. When Redis is back
 * the store reconnects by itself and the turn that failed is handled when it comes again.
 * A Redis that hangs (stopped with SIGSTOP, not down) is refused the same way once a command
 * waits longer than the timeout, and the store carries on when it answers again.
 * (That the web chat and the Telegram webhook answer 503 meanwhile belongs to their tests.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '../../src/core/errors.ts';
import { createRedisStore, type RedisStore } from '../../src/store/redis/redis-store.node.ts';
import { startRedis } from '../../src/testing/redis-server.node.ts';
import { commit, opts, turn } from '../contracts/fixtures.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let store: RedisStore;

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  await store?.close();
  await redis?.stop();
});

describe('a Redis outage', () => {
  it('refuses every call while Redis is away, writes nothing half, and carries on when it is back', {
    timeout: 60_000,
  }, async () => {
    const printed = vi.spyOn(console, 'error');
    store = createRedisStore({ url: redis.url, prefix: 'outage:' });
    await turn(store, 'web:o', {}, { messageId: 'm1' });
    const held = await store.openTurn('web:o', opts({ messageId: 'm2' }));

    // Redis goes away.
    await redis.stop();
    const line = { at: 1, from: 'person' as const, text: 'apostilla' };
    await expect(held.commit(commit('asking', { transcript: [line] }))).rejects.toThrow(
      StoreUnavailableError,
    );
    await expect(store.openTurn('web:o', opts({ messageId: 'm2' }))).rejects.toThrow(StoreUnavailableError);
    for (const call of [
      () => store.takeDue(Date.now()),
      () => store.listTickets(),
      () => store.queueSize(),
      () => store.ackOutbox('web:o', ['x']),
      () => store.getTranscript('web:o'),
      () => store.saveMedia('web:o', { mimetype: 'audio/ogg', data: new Uint8Array([1]) }),
      () => store.saveThread('web:o', 1),
    ])
      await expect(call()).rejects.toThrow(StoreUnavailableError);

    // Redis comes back on the same port (empty: the tests' Redis keeps nothing on disk); the store reconnects by itself.
    redis = await startRedis(redis.port);
    await expect.poll(() => store.redis.status, { timeout: 20_000 }).toBe('ready');
    const again = await store.openTurn('web:o', opts({ messageId: 'm2' }));
    expect(again.fresh).toBe(true);
    await again.commit(commit('asking', { transcript: [line] }));
    expect((await store.getTranscript('web:o')).map((l) => l.text)).toEqual(['apostilla']);
    expect(printed.mock.calls.flat().join(' ')).not.toMatch(/Unhandled error event/);
    printed.mockRestore();
  });

  it('refuses calls from the start when Redis cannot be reached, and tells onConnectionError, not the console', async () => {
    const printed = vi.spyOn(console, 'error');
    const errors: Error[] = [];
    const nowhere = createRedisStore({
      url: 'redis://127.0.0.1:1',
      prefix: 'nowhere:',
      onConnectionError: (e) => errors.push(e),
    });
    await expect(nowhere.openTurn('web:x', opts())).rejects.toThrow(StoreUnavailableError);
    await expect(nowhere.listTickets()).rejects.toThrow(StoreUnavailableError);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/ECONNREFUSED/);
    await nowhere.close();
    expect(printed.mock.calls.flat().join(' ')).not.toMatch(/Unhandled error event/);
    printed.mockRestore();
  });

  it('refuses calls to a Redis that hangs within the command timeout, and carries on when it answers again', {
    timeout: 30_000,
  }, async () => {
    const own = await startRedis();
    const hung = createRedisStore({ url: own.url, prefix: 'hung:', commandTimeoutMs: 300 });
    try {
      await turn(hung, 'web:h', {}, { messageId: 'h1' });
      own.process.kill('SIGSTOP');
      const started = Date.now();
      await expect(hung.listTickets()).rejects.toThrow(StoreUnavailableError);
      await expect(hung.openTurn('web:h', opts({ messageId: 'h2' }))).rejects.toThrow(StoreUnavailableError);
      // Refused after about the timeout, not after the whole hang.
      expect(Date.now() - started).toBeLessThan(3_000);
      own.process.kill('SIGCONT');
      await expect
        .poll(async () => (await hung.listTickets().catch(() => null)) !== null, { timeout: 10_000 })
        .toBe(true);
      const again = await hung.openTurn('web:h', opts({ messageId: 'h2' }));
      // What was written before the hang is still there.
      expect(again.record).not.toBeNull();
      await again.release();
    } finally {
      own.process.kill('SIGCONT');
      await hung.close();
      await own.stop();
    }
  });
});
