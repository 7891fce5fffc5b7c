/**
 * RedisStore's BlockedChats: one key per conversation whose person blocked the bot
 * (`<prefix>blocked:<conversation id>`), shared by every instance on the same Redis and
 * prefix. It expires after the retention period, like the person's other data: a flag is
 * only there while they stay silent, so it never outlives their conversation by more. While
 * Redis is away every call fails with StoreUnavailableError, as the store's own do.
 */
import type { Redis } from 'ioredis';
import type { BlockedChats } from '../../core/ports/blocked-chats.ts';
import { redisCaller } from './redis-call.node.ts';

export interface RedisBlockedChatsOptions {
  /** The store's key prefix, e.g. "enlace:durango:". */
  prefix?: string;
  /** How long a person's data is kept after their last message. Default 90 days. */
  retentionDays?: number;
}

/** `redis`: the store's connection (RedisStore's `redis`), so both see the same outages. */
export function createRedisBlockedChats(redis: Redis, options: RedisBlockedChatsOptions = {}): BlockedChats {
  const key = (conversationId: string) => `${options.prefix ?? ''}blocked:${conversationId}`;
  const ttlSeconds = Math.round((options.retentionDays ?? 90) * 86_400);
  const call = redisCaller(redis);
  return {
    async isBlocked(conversationId) {
      return (await call(() => redis.exists(key(conversationId)))) === 1;
    },
    async setBlocked(conversationId, blocked) {
      const id = key(conversationId);
      await call<unknown>(() => (blocked ? redis.set(id, '1', 'EX', ttlSeconds) : redis.del(id)));
    },
  };
}
