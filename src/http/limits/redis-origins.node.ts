/**
 * Where web conversations started (origins.ts), in Redis so that every instance knows: one
 * key per conversation under `${prefix}origin:`, expiring after an hour. While Redis is away
 * both calls fail as StoreUnavailableError, so the web chat answers 503 ("send it again"),
 * never a bare 500, for a new conversation as for any other.
 */
import type { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../core/errors.ts';
import { ORIGIN_MS, type Origins } from './origins.ts';

const away = (error: unknown): never => {
  throw new StoreUnavailableError(`origins: ${(error as Error).message}`);
};

export function redisOrigins(redis: Redis, prefix = 'enlace:'): Origins {
  const key = (conversationId: string) => `${prefix}origin:${conversationId}`;
  return {
    async remember(conversationId, address) {
      await redis.set(key(conversationId), address, 'PX', ORIGIN_MS).catch(away);
    },
    of: (conversationId) => redis.get(key(conversationId)).catch(away),
  };
}
