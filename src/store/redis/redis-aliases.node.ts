/**
 * RedisStore's ChatAliases (core/ports/chat-aliases.ts): one key per identifier
 * (`<prefix>alias:<channel>:<id>` → the conversation's chat id) and one per conversation that
 * is sent elsewhere than its own chat id (`<prefix>sendto:<conversation id>` → where), shared
 * by every instance on the same Redis and prefix. Each expires after the retention period,
 * like the person's other data, and every read of it starts the period again (GETEX): a link
 * in use lasts as long as the conversation it leads to. While Redis is away every call fails
 * with StoreUnavailableError, as the store's own do. Each conversation's alias keys are listed
 * (`<prefix>aliases:of:<conversation id>`), so its erase lets them go (`forgetRedisAliases`):
 * none is left naming the number it led to.
 */
import type { Redis } from 'ioredis';
import { addressOf, conversationId } from '../../core/address.ts';
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
  const listKey = (channel: string, chatId: string) => aliasesOf(prefix, conversationId({ channel, chatId }));
  const ttlSeconds = Math.max(1, Math.round((options.retentionDays ?? 90) * 86_400));
  const call = redisCaller(redis);
  /** The value, its retention started again. */
  const readFresh = (key: string) => call(() => redis.getex(key, 'EX', ttlSeconds));
  return {
    resolve: (channel, id) => readFresh(aliasKey(channel, id)),
    async link(channel, alias, chatId) {
      const [key, list] = [aliasKey(channel, alias), listKey(channel, chatId)];
      const linked = redis
        .multi()
        .set(key, chatId, 'EX', ttlSeconds)
        .sadd(list, key)
        .expire(list, ttlSeconds);
      await call(() => linked.exec());
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

const aliasesOf = (prefix: string, id: string) => `${prefix}aliases:of:${id}`;

// KEYS: the conversation's list of alias keys, its route, then the alias keys listed. ARGV:
// its chat id. An alias linked since to another conversation stays.
const FORGET = `
for i = 3, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
redis.call('DEL', KEYS[1], KEYS[2])`;

/** An erase: the conversation's aliases and route go (RedisStore calls it after an erasing commit). */
export async function forgetRedisAliases(redis: Redis, prefix: string, id: string): Promise<void> {
  const chatId = addressOf(id)?.chatId;
  if (chatId === undefined) return;
  const list = aliasesOf(prefix, id);
  const keys = await redis.smembers(list);
  await redis.eval(FORGET, keys.length + 2, list, `${prefix}sendto:${id}`, ...keys, chatId);
}
