/**
 * Where web conversations started (origins.ts), in Redis so that every instance knows: one
 * key per conversation under `${prefix}origin:`, expiring after an hour.
 */
import type { Redis } from 'ioredis';
import { ORIGIN_MS, type Origins } from './origins.ts';

export function redisOrigins(redis: Redis, prefix = 'enlace:'): Origins {
  const key = (conversationId: string) => `${prefix}origin:${conversationId}`;
  return {
    async remember(conversationId, address) {
      await redis.set(key(conversationId), address, 'PX', ORIGIN_MS);
    },
    of: (conversationId) => redis.get(key(conversationId)),
  };
}
