/**
 * What RedisStore does while Redis is away: the first calls after start-up share one
 * connection attempt (lazyConnect), and every call that fails because Redis cannot be reached
 * becomes one recognisable StoreUnavailableError, so channels refuse the message with a
 * retry (503, Telegram resends) instead of losing it. ioredis reconnects by itself. A command
 * that times out (a Redis that hangs) counts as unreachable too.
 */
import type { Redis } from 'ioredis';
import { StoreConflictError, StoreUnavailableError } from '../../core/errors.ts';
import type { Store } from '../../core/ports/store.ts';

export function guardAgainstOutages(store: Store & { close(): Promise<void> }, redis: Redis) {
  let firstConnect: Promise<unknown> | undefined;
  const connectOnce = async () => {
    if (redis.status === 'wait') firstConnect ??= redis.connect().catch(() => undefined);
    if (firstConnect && redis.status !== 'ready') await firstConnect;
  };
  const unavailable = (error: unknown): never => {
    if (error instanceof StoreConflictError) throw error;
    // "Command timed out": Redis is there but hangs (stopped, swapping, a slow script).
    if (
      redis.status !== 'ready' ||
      /closed|ECONNREFUSED|ECONNRESET|offline|MaxRetries|Command timed out/i.test(String(error))
    )
      throw new StoreUnavailableError((error as Error).message);
    throw error;
  };
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => {
    const slow = async (...args: A): Promise<R> => {
      await connectOnce();
      if (redis.status !== 'ready') throw new StoreUnavailableError(`redis ${redis.status}`);
      return call(...args).catch(unavailable);
    };
    // Connected (nearly always): no extra awaits on the hot path.
    return (...args: A): Promise<R> =>
      redis.status === 'ready' ? call(...args).catch(unavailable) : slow(...args);
  };
  for (const name of Object.keys(store) as Array<keyof typeof store>) {
    const method = store[name];
    if (typeof method !== 'function' || name === 'close') continue;
    (store as unknown as Record<string, unknown>)[name] = guard((...args: unknown[]) =>
      (method as (...a: unknown[]) => Promise<unknown>).apply(store, args),
    );
  }
  // A held turn's commit and release reach Redis too.
  const open = store.openTurn;
  store.openTurn = async (...args) => {
    const held = await open(...args);
    return { ...held, commit: guard(held.commit), release: guard(held.release) };
  };
}
