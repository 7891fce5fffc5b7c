/**
 * RedisStore's ChatAliases (core/ports/chat-aliases.ts): one key per identifier
 * (`<prefix>alias:<channel>:<id>` → the conversation's chat id) and one per conversation that
 * is sent elsewhere than its own chat id (`<prefix>sendto:<conversation id>` → where), shared
 * by every instance on the same Redis and prefix. Each expires after the retention period,
 * like the person's other data, and every read of it starts the period again (GETEX): a link
 * in use lasts as long as the conversation it leads to. While Redis is away every call fails
 * with StoreUnavailableError, as the store's own do.
 */
import type { Redis } from 'ioredis';
import { conversationId } from '../../core/address.ts';
import type { ChatAliases } from '../../core/ports/chat-aliases.ts';
import { redisCaller } from './redis-call.node.ts';

export interface RedisChatAliasesOptions {
  /** The store's key prefix, e.g. "enlace:durango:". */
  prefix?: string;
  /** How long a person's data is kept after their last message. Default 90 days. */
  retentionDays?: number;
}

/** `redis`: the store's connection (RedisStore's `redis`), so both see the same outages. */
export function createRedisChatAliases(redis: Redis, options: RedisChatAliasesOptions = {}): ChatAliases {
  const prefix = options.prefix ?? '';
  const aliasKey = (channel: string, id: string) => `${prefix}alias:${channel}:${id}`;
  const routeKey = (channel: string, chatId: string) =>
    `${prefix}sendto:${conversationId({ channel, chatId })}`;
  const ttlSeconds = Math.max(1, Math.round((options.retentionDays ?? 90) * 86_400));
  const call = redisCaller(redis);
  /** The value, its retention started again. */
  const readFresh = (key: string) => call(() => redis.getex(key, 'EX', ttlSeconds));
  return {
    resolve: (channel, id) => readFresh(aliasKey(channel, id)),
    async link(channel, alias, chatId) {
      await call(() => redis.set(aliasKey(channel, alias), chatId, 'EX', ttlSeconds));
    },
    async sendTo(channel, chatId) {
      return (await readFresh(routeKey(channel, chatId))) ?? chatId;
    },
    async route(channel, chatId, to) {
      const key = routeKey(channel, chatId);
      await call<unknown>(() => (to === chatId ? redis.del(key) : redis.set(key, to, 'EX', ttlSeconds)));
    },
  };
}
