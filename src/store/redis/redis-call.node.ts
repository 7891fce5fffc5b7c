/**
 * One Redis command for the small stores that share RedisStore's connection (blocked chats,
 * chat aliases): the connection is opened on first use (the store connects lazily, and such a
 * call may be the first thing asked after a start), and a command that fails because Redis is
 * away (not connected, or no answer in time) becomes StoreUnavailableError, as everywhere else.
 */
import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../core/errors.ts';

export function redisCaller(redis: Redis) {
  let firstConnect: Promise<unknown> | undefined;
  return async <T>(command: () => Promise<T>): Promise<T> => {
    if (redis.status === 'wait') firstConnect ??= redis.connect().catch(() => undefined);
    if (firstConnect && redis.status !== 'ready') await firstConnect;
    try {
      return await command();
    } catch (error) {
      if (
        redis.status !== 'ready' ||
        /closed|ECONN|offline|writeable|MaxRetries|timed out/i.test(String(error))
      )
        throw new StoreUnavailableError((error as Error).message);
      throw error;
    }
  };
}
